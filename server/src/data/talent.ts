import type { Node, OrgKind, TalentDimension } from '../generated/resolvers.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import type { Counted, PageRequest } from './paging.ts';
import { RankingCache } from './ranking-cache.ts';
import { NODE_LABELS } from './relations.ts';
import { nodeMap } from './rows.ts';
import { statement } from './statements.ts';

const rankings = new RankingCache();

/** How a person reaches each kind of group; an organization counts everyone in its units too. */
const MEMBER_OF: Readonly<Record<TalentDimension, string>> = {
  ORGANIZATION: '(p:Person)-[:STUDIED_AT|WORKED_AT]->(:Organization)-[:PART_OF*0..5]->(g)',
  SKILL: '(p:Person)-[:HAS_SKILL]->(g)',
  TOPIC: '(p:Person)-[:RESEARCHES]->(g)',
  VENUE: '(p:Person)-[:AUTHORED]->(:Publication)-[:PUBLISHED_IN]->(g)',
};

/*
 * Each group and its size. A person holds a skill or researches a topic once, so those sizes
 * are relationship counts, which Neo4j keeps per node; the others need every member visited.
 */
const SIZED_GROUPS: Readonly<Record<TalentDimension, string>> = {
  ORGANIZATION: `MATCH (g:Organization) WHERE NOT (g)-[:PART_OF]->(:Organization) AND ($orgKind IS NULL OR g.orgKind = $orgKind)
MATCH ${MEMBER_OF.ORGANIZATION}
WITH g, count(DISTINCT p) AS count`,
  SKILL: `MATCH (g:Skill)
WITH g, COUNT { (g)<-[:HAS_SKILL]-() } AS count`,
  TOPIC: `MATCH (g:Topic)
WITH g, COUNT { (g)<-[:RESEARCHES]-() } AS count`,
  VENUE: `MATCH ${MEMBER_OF.VENUE} WHERE g:Venue
WITH g, count(DISTINCT p) AS count`,
};

const TALENT_MAP = Object.fromEntries(
  (Object.keys(SIZED_GROUPS) as TalentDimension[]).map((by) => [
    by,
    statement(
      `talent.MAP_BY_${by}`,
      `
${SIZED_GROUPS[by]}
WHERE count >= $minCount
RETURN ${nodeMap('g')} AS group, count
ORDER BY count DESC, g.name, g.id`,
    ),
  ]),
) as Readonly<Record<TalentDimension, string>>;

/** A group of the talent map; its people are read a page at a time, by name. */
export interface TalentGroupRow {
  by: TalentDimension;
  group: Node;
  count: number;
}

export interface TalentMapInput extends PageRequest {
  by: TalentDimension;
  orgKind: OrgKind | null;
  minCount: number;
}

/** One group's size, counted as its ranking counts it; a group of no one has no row. */
const GROUP = Object.fromEntries(
  (Object.keys(SIZED_GROUPS) as TalentDimension[]).map((by) => [
    by,
    statement(
      `talent.GROUP_BY_${by}`,
      `
MATCH (g:Entity {id: $id}) WHERE g:${NODE_LABELS[by]}
CALL {
  WITH g
  MATCH ${MEMBER_OF[by]}
  RETURN count(DISTINCT p) AS count
}
WITH g, count WHERE count > 0
RETURN ${nodeMap('g')} AS group, count`,
    ),
  ]),
) as Readonly<Record<TalentDimension, string>>;

export async function readTalentGroup(
  ctx: ReadContext,
  by: TalentDimension,
  id: string,
): Promise<TalentGroupRow | undefined> {
  const [row] = await readRows<Omit<TalentGroupRow, 'by'>>(ctx, GROUP[by], { id });
  return row && { ...row, by };
}

/** A page of the groups, largest first; the ranking is computed once per graph version. */
export async function readTalentMap(ctx: ReadContext, input: TalentMapInput): Promise<Counted<TalentGroupRow>> {
  const { by, orgKind, minCount } = input;
  const ranked = await rankings.read(ctx, TALENT_MAP[by], { by, orgKind, minCount }, (rows) =>
    (rows as Omit<TalentGroupRow, 'by'>[]).map((row) => ({ ...row, by })),
  );
  return { totalCount: ranked.length, items: ranked.slice(input.offset, input.offset + input.first) };
}

/*
 * A group's people, a page at a time, in the order the graph holds them. The group's size is
 * known from the ranking, so only the page is read. Ordering by name would read the name of
 * every member of a skill held by 35,000 people for each page; the stored order reads none.
 */
const PEOPLE_PAGE = `
WITH DISTINCT p
RETURN ${nodeMap('p')} AS person
ORDER BY elementId(p)
SKIP $offset LIMIT $first`;

const GROUP_PEOPLE = Object.fromEntries(
  (Object.keys(MEMBER_OF) as TalentDimension[]).map((by) => [
    by,
    statement(
      `talent.PEOPLE_BY_${by}`,
      `
UNWIND $ids AS id
MATCH (g:Entity {id: id})
CALL {
  WITH g
  MATCH ${MEMBER_OF[by]}
  ${PEOPLE_PAGE}
}
RETURN id, collect(person) AS people`,
    ),
  ]),
) as Readonly<Record<TalentDimension, string>>;

/** A page of each group's people, for groups of one dimension. */
export async function groupPeople(
  ctx: ReadContext,
  by: TalentDimension,
  ids: readonly string[],
  request: PageRequest,
): Promise<Node[][]> {
  const rows = await readRows<{ id: string; people: Node[] }>(ctx, GROUP_PEOPLE[by], { ids, ...request });
  const byId = new Map(rows.map((row) => [row.id, row.people]));
  return ids.map((id) => byId.get(id) ?? []);
}

/**
 * Studied at an organization of one kind, then worked at one of another: the work began no
 * earlier than the study did, compared at the precision both dates share; a missing date
 * does not rule the move out.
 */
const STUDY_THEN_WORK = `(s.start IS NULL OR w.start IS NULL
       OR left(w.start, size(s.start)) >= left(s.start, size(w.start)))`;

const MOVED = `
MATCH (p:Person)-[s:STUDIED_AT]->(:Organization)-[:PART_OF*0..5]->(school:Organization)
WHERE NOT (school)-[:PART_OF]->(:Organization) AND school.orgKind = $from
MATCH (p)-[w:WORKED_AT]->(:Organization)-[:PART_OF*0..5]->(employer:Organization)
WHERE NOT (employer)-[:PART_OF]->(:Organization) AND employer.orgKind = $to AND employer <> school
  AND ${STUDY_THEN_WORK}`;

const TALENT_FLOW = statement(
  'talent.FLOW',
  `${MOVED}
WITH school, employer, count(DISTINCT p) AS count
RETURN ${nodeMap('school')} AS from, ${nodeMap('employer')} AS to, count
ORDER BY count DESC, school.name, employer.name, school.id, employer.id`,
);

/** A move from one organization to another; its people are read a page at a time. */
export interface TalentFlowRow {
  from: Node;
  to: Node;
  count: number;
}

export async function readTalentFlow(
  ctx: ReadContext,
  input: { from: OrgKind; to: OrgKind } & PageRequest,
): Promise<Counted<TalentFlowRow>> {
  const ranked = await rankings.read(
    ctx,
    TALENT_FLOW,
    { from: input.from, to: input.to },
    (rows) => rows as TalentFlowRow[],
  );
  return { totalCount: ranked.length, items: ranked.slice(input.offset, input.offset + input.first) };
}

const MOVE = statement(
  'talent.MOVE',
  `
MATCH (school:Entity {id: $from}), (employer:Entity {id: $to})
WHERE school:Organization AND employer:Organization AND school <> employer
MATCH (p:Person)-[s:STUDIED_AT]->(:Organization)-[:PART_OF*0..5]->(school)
MATCH (p)-[w:WORKED_AT]->(:Organization)-[:PART_OF*0..5]->(employer)
WHERE ${STUDY_THEN_WORK}
WITH school, employer, count(DISTINCT p) AS count
RETURN ${nodeMap('school')} AS from, ${nodeMap('employer')} AS to, count`,
);

/** One move by its two organizations, counted as the flow counts it; undefined when no one made it. */
export async function readTalentMove(ctx: ReadContext, from: string, to: string): Promise<TalentFlowRow | undefined> {
  const [row] = await readRows<TalentFlowRow>(ctx, MOVE, { from, to });
  return row;
}

const FLOW_PEOPLE = statement(
  'talent.FLOW_PEOPLE',
  `
UNWIND $pairs AS pair
MATCH (school:Entity {id: pair.from}), (employer:Entity {id: pair.to})
CALL {
  WITH school, employer
  MATCH (p:Person)-[s:STUDIED_AT]->(:Organization)-[:PART_OF*0..5]->(school)
  MATCH (p)-[w:WORKED_AT]->(:Organization)-[:PART_OF*0..5]->(employer)
  WHERE ${STUDY_THEN_WORK}
  ${PEOPLE_PAGE}
}
RETURN pair.key AS key, collect(person) AS people`,
);

/** Names a move by its two organizations, for batching. */
export const flowKey = (flow: { from: Node; to: Node }) => JSON.stringify([flow.from.id, flow.to.id]);

/** A page of each move's people, the moves named by flowKey. */
export async function flowPeople(ctx: ReadContext, keys: readonly string[], request: PageRequest): Promise<Node[][]> {
  const pairs = keys.map((key) => {
    const [from, to] = JSON.parse(key) as [string, string];
    return { key, from, to };
  });
  const rows = await readRows<{ key: string; people: Node[] }>(ctx, FLOW_PEOPLE, { pairs, ...request });
  const byKey = new Map(rows.map((row) => [row.key, row.people]));
  return keys.map((key) => byKey.get(key) ?? []);
}
