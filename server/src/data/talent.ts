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

/**
 * How many of a group's people a ranking keeps, in the order pages give them: the first pages
 * of every group then cost a lookup by id, where reading them from the graph would visit every
 * member of each of fifty groups, tens of thousands for a hub.
 */
export const KEPT_PEOPLE = 200;

/** The group's members in the order pages give them, sized and cut to the kept ones. */
const COUNTED_MEMBERS = `WITH DISTINCT g, p ORDER BY elementId(p)
WITH g, collect(p.id) AS members
WITH g, size(members) AS count, members[..$kept] AS firstPeople`;

/*
 * Each group, its size and its first people. A person holds a skill or researches a topic
 * once, so those sizes are relationship counts, which Neo4j keeps per node; the others need
 * every member visited anyway.
 */
const SIZED_GROUPS: Readonly<Record<TalentDimension, string>> = {
  ORGANIZATION: `MATCH (g:Organization) WHERE NOT (g)-[:PART_OF]->(:Organization) AND ($orgKind IS NULL OR g.orgKind = $orgKind)
MATCH ${MEMBER_OF.ORGANIZATION}
${COUNTED_MEMBERS}`,
  SKILL: `MATCH (g:Skill)
WITH g, COUNT { (g)<-[:HAS_SKILL]-() } AS count
CALL { WITH g MATCH ${MEMBER_OF.SKILL} WITH p ORDER BY elementId(p) LIMIT $kept RETURN collect(p.id) AS firstPeople }
WITH g, count, firstPeople`,
  TOPIC: `MATCH (g:Topic)
WITH g, COUNT { (g)<-[:RESEARCHES]-() } AS count
CALL { WITH g MATCH ${MEMBER_OF.TOPIC} WITH p ORDER BY elementId(p) LIMIT $kept RETURN collect(p.id) AS firstPeople }
WITH g, count, firstPeople`,
  VENUE: `MATCH ${MEMBER_OF.VENUE} WHERE g:Venue
${COUNTED_MEMBERS}`,
};

const TALENT_MAP = Object.fromEntries(
  (Object.keys(SIZED_GROUPS) as TalentDimension[]).map((by) => [
    by,
    statement(
      `talent.MAP_BY_${by}`,
      `
${SIZED_GROUPS[by]}
WHERE count >= $minCount
RETURN ${nodeMap('g')} AS group, count, firstPeople
ORDER BY count DESC, g.name, g.id`,
    ),
  ]),
) as Readonly<Record<TalentDimension, string>>;

/** A group of the talent map; its people are read a page at a time. */
export interface TalentGroupRow {
  by: TalentDimension;
  group: Node;
  count: number;
  /** The ids of its first KEPT_PEOPLE people, in page order. */
  firstPeople: string[];
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
MATCH ${MEMBER_OF[by]}
${COUNTED_MEMBERS}
RETURN ${nodeMap('g')} AS group, count, firstPeople`,
    ),
  ]),
) as Readonly<Record<TalentDimension, string>>;

export async function readTalentGroup(
  ctx: ReadContext,
  by: TalentDimension,
  id: string,
): Promise<TalentGroupRow | undefined> {
  const [row] = await readRows<Omit<TalentGroupRow, 'by'>>(ctx, GROUP[by], { id, kept: KEPT_PEOPLE });
  return row && { ...row, by };
}

/** A page of the groups, largest first; the ranking is computed once per graph version. */
export async function readTalentMap(ctx: ReadContext, input: TalentMapInput): Promise<Counted<TalentGroupRow>> {
  const { by, orgKind, minCount } = input;
  const ranked = await rankings.read(ctx, TALENT_MAP[by], { by, orgKind, minCount, kept: KEPT_PEOPLE }, (rows) =>
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

/** The people who made a move in the order pages give them, counted and cut to the kept ones. */
const COUNTED_MOVERS = `WITH DISTINCT school, employer, p ORDER BY elementId(p)
WITH school, employer, collect(p.id) AS movers
RETURN ${nodeMap('school')} AS from, ${nodeMap('employer')} AS to, size(movers) AS count, movers[..$kept] AS firstPeople`;

const TALENT_FLOW = statement(
  'talent.FLOW',
  `${MOVED}
${COUNTED_MOVERS}
ORDER BY count DESC, school.name, employer.name, school.id, employer.id`,
);

/** A move from one organization to another; its people are read a page at a time. */
export interface TalentFlowRow {
  from: Node;
  to: Node;
  count: number;
  /** The ids of its first KEPT_PEOPLE people, in page order. */
  firstPeople: string[];
}

export async function readTalentFlow(
  ctx: ReadContext,
  input: { from: OrgKind; to: OrgKind } & PageRequest,
): Promise<Counted<TalentFlowRow>> {
  const ranked = await rankings.read(
    ctx,
    TALENT_FLOW,
    { from: input.from, to: input.to, kept: KEPT_PEOPLE },
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
${COUNTED_MOVERS}`,
);

/** One move by its two organizations, counted as the flow counts it; undefined when no one made it. */
export async function readTalentMove(ctx: ReadContext, from: string, to: string): Promise<TalentFlowRow | undefined> {
  const [row] = await readRows<TalentFlowRow>(ctx, MOVE, { from, to, kept: KEPT_PEOPLE });
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

/**
 * The ids of a page of people when the ranking kept them all (a page within the kept ones, or
 * a group no larger); undefined when the page has to be read from the graph.
 */
export function keptPage(firstPeople: string[], count: number, request: PageRequest): string[] | undefined {
  const end = request.offset + request.first;
  return end <= firstPeople.length || firstPeople.length === count ? firstPeople.slice(request.offset, end) : undefined;
}

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
