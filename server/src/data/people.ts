import type { Affiliation, Coauthorship, Node } from '../generated/resolvers.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { AFFILIATION, byPeriod, toAffiliation, type StoredAffiliation } from './affiliations.ts';
import { entityProjection, NODE_FIELDS, nodeMap, toEntity, type EntityRow, type StoredEntity } from './rows.ts';
import type { Counted, PageRequest } from './paging.ts';
import { statement } from './statements.ts';

/*
 * Batched reads behind the Person fields: each takes many person ids (one DataLoader batch)
 * and answers in the same order with one query, however many people a response lists.
 */

const AFFILIATIONS = statement(
  'people.AFFILIATIONS',
  `
UNWIND $ids AS id
MATCH (p:Entity {id: id})-[r:STUDIED_AT|WORKED_AT]->(o:Organization)
WHERE p:Person
RETURN id, ${AFFILIATION} AS affiliation`,
);

// A prolific author has thousands of publications, each with its authors: a page at a time.
const PUBLICATIONS = statement(
  'people.PUBLICATIONS',
  `
UNWIND $ids AS id
MATCH (p:Entity {id: id}) WHERE p:Person
CALL {
  WITH p
  MATCH (p)-[:AUTHORED]->(pub:Publication)
  WITH pub ORDER BY pub.year DESC, pub.name, pub.id
  RETURN collect(pub) AS newestFirst
}
RETURN id, size(newestFirst) AS totalCount,
       [pub IN newestFirst[$offset..$offset + $first] | ${entityProjection('pub')}] AS items`,
);

const MENTORSHIP = statement(
  'people.MENTORSHIP',
  `
UNWIND $ids AS id
MATCH (p:Entity {id: id})-[r:MENTORED]-(other:Person)
WHERE p:Person
RETURN id, startNode(r) = other AS isMentor, ${entityProjection('other')} AS person
ORDER BY other.name`,
);

/** What a person has and does, by the kind of thing at the other end. */
const FACETS = statement(
  'people.FACETS',
  `
UNWIND $ids AS id
MATCH (p:Entity {id: id})-[:HAS_SKILL|RESEARCHES|RECEIVED|PARTICIPATED_IN|CONTRIBUTED_TO]->(n:Entity)
WHERE p:Person AND n.kind IN ['SKILL', 'TOPIC', 'AWARD', 'PROJECT']
RETURN DISTINCT id, n {${NODE_FIELDS}} AS node
ORDER BY node.name`,
);

/**
 * Co-authors through shared publications, most shared first; ties keep the order in which
 * the publications list them. Each person's co-authors are ranked in full and cut to the page
 * before their shared publications are read.
 */
const COAUTHORS = statement(
  'people.COAUTHORS',
  `
UNWIND $ids AS id
MATCH (p:Entity {id: id}) WHERE p:Person
CALL {
  WITH p
  MATCH (p)-[:AUTHORED]->(pub:Publication)<-[a:AUTHORED]-(c:Person)
  WHERE c <> p
  WITH c, count(DISTINCT pub) AS count, min(coalesce(a.position, 1000000)) AS position
  ORDER BY count DESC, position, c.name, c.id
  RETURN collect({c: c, count: count}) AS ranked
}
RETURN id, size(ranked) AS totalCount,
       [row IN ranked[$offset..$offset + $first] | {
         person: ${nodeMap('row.c')},
         count: row.count,
         publications: [(p)-[:AUTHORED]->(pub:Publication)<-[:AUTHORED]-(c) WHERE c = row.c | ${nodeMap('pub')}]
       }] AS items`,
);

function groupById<T>(ids: readonly string[], rows: { id: string; value: T }[]): T[][] {
  const groups = new Map(ids.map((id) => [id, [] as T[]]));
  for (const row of rows) groups.get(row.id)?.push(row.value);
  return ids.map((id) => groups.get(id) ?? []);
}

export async function affiliationsOf(ctx: ReadContext, ids: readonly string[]): Promise<Affiliation[][]> {
  const rows = await readRows<{ id: string; affiliation: StoredAffiliation }>(ctx, AFFILIATIONS, { ids });
  const groups = groupById(
    ids,
    rows.map(({ id, affiliation }) => ({ id, value: toAffiliation(affiliation) })),
  );
  return groups.map((group) => group.sort(byPeriod));
}

export async function publicationsOf(
  ctx: ReadContext,
  ids: readonly string[],
  request: PageRequest,
): Promise<Counted<EntityRow>[]> {
  const rows = await readRows<{ id: string; totalCount: number; items: StoredEntity[] }>(ctx, PUBLICATIONS, {
    ids,
    ...request,
  });
  const byId = new Map(rows.map(({ id, totalCount, items }) => [id, { totalCount, items: items.map(toEntity) }]));
  return ids.map((id) => byId.get(id) ?? { totalCount: 0, items: [] });
}

export interface Mentorship {
  mentors: EntityRow[];
  mentees: EntityRow[];
}

export async function mentorshipOf(ctx: ReadContext, ids: readonly string[]): Promise<Mentorship[]> {
  const rows = await readRows<{ id: string; isMentor: boolean; person: StoredEntity }>(ctx, MENTORSHIP, { ids });
  return groupById(
    ids,
    rows.map((row) => ({ id: row.id, value: row })),
  ).map((group) => ({
    mentors: group.filter((row) => row.isMentor).map((row) => toEntity(row.person)),
    mentees: group.filter((row) => !row.isMentor).map((row) => toEntity(row.person)),
  }));
}

export interface Facets {
  skills: Node[];
  topics: Node[];
  awards: Node[];
  projects: Node[];
}

export async function facetsOf(ctx: ReadContext, ids: readonly string[]): Promise<Facets[]> {
  const rows = await readRows<{ id: string; node: Node }>(ctx, FACETS, { ids });
  return groupById(
    ids,
    rows.map(({ id, node }) => ({ id, value: node })),
  ).map((nodes) => ({
    skills: nodes.filter((n) => n.kind === 'SKILL'),
    topics: nodes.filter((n) => n.kind === 'TOPIC'),
    awards: nodes.filter((n) => n.kind === 'AWARD'),
    projects: nodes.filter((n) => n.kind === 'PROJECT'),
  }));
}

/** A page of each person's co-authors; their shared publications newest first. */
export async function coauthorsOf(
  ctx: ReadContext,
  ids: readonly string[],
  request: PageRequest,
): Promise<Counted<Coauthorship>[]> {
  const rows = await readRows<{ id: string } & Counted<Coauthorship>>(ctx, COAUTHORS, { ids, ...request });
  const byId = new Map(rows.map(({ id, ...page }) => [id, page]));
  return ids.map((id) => {
    const found = byId.get(id) ?? { items: [], totalCount: 0 };
    for (const coauthorship of found.items) coauthorship.publications.sort(newestFirst);
    return found;
  });
}

function newestFirst(a: Node, b: Node): number {
  return (b.year ?? 0) - (a.year ?? 0) || a.name.localeCompare(b.name);
}
