import type { Affiliation, CommonGround, Node, SharedOrganization } from '../generated/resolvers.ts';
import { sharedTime } from '../domain/period.ts';
import { readTransaction, type ReadContext } from '../neo4j/read.ts';
import { AFFILIATION, byPeriod, toAffiliation, type StoredAffiliation } from './affiliations.ts';
import { NODE_FIELDS } from './rows.ts';
import { statement } from './statements.ts';

/**
 * Organizations everyone was at, rolled up to the top of the PART_OF chain: two people in
 * different schools of one university share the university.
 */
const SHARED_ORGANIZATIONS = statement(
  'commonGround.SHARED_ORGANIZATIONS',
  `
UNWIND $people AS pid
MATCH (p:Entity {id: pid})-[r:STUDIED_AT|WORKED_AT]->(o:Organization)-[:PART_OF*0..5]->(top:Organization)
WHERE p:Person AND NOT (top)-[:PART_OF]->(:Organization)
WITH top, collect(${AFFILIATION}) AS affiliations, count(DISTINCT pid) AS present
WHERE present = size($people)
RETURN top {${NODE_FIELDS}} AS organization, affiliations
ORDER BY top.name`,
);

/*
 * Each person's own publications, co-authors, mentors and skills, counted across the people:
 * what all of them reach is shared. Reading from the people keeps the cost to what they touch;
 * testing each candidate against every person instead reads a skill held by tens of thousands.
 */
const COAUTHORED = statement(
  'commonGround.COAUTHORED',
  `
UNWIND $people AS pid
MATCH (a:Entity {id: pid})-[:AUTHORED]->(pub:Publication)
WHERE a:Person
WITH pub, count(DISTINCT pid) AS present
WHERE present = size($people)
RETURN pub {${NODE_FIELDS}} AS node
ORDER BY pub.year DESC, pub.name`,
);

const SHARED_COAUTHORS = statement(
  'commonGround.SHARED_COAUTHORS',
  `
UNWIND $people AS pid
MATCH (a:Entity {id: pid})-[:AUTHORED]->(:Publication)<-[:AUTHORED]-(c:Person)
WHERE a:Person AND NOT c.id IN $people
WITH c, count(DISTINCT pid) AS present
WHERE present = size($people)
RETURN c {${NODE_FIELDS}} AS node
ORDER BY c.name`,
);

const SHARED_MENTORS = statement(
  'commonGround.SHARED_MENTORS',
  `
UNWIND $people AS pid
MATCH (m:Person)-[:MENTORED]->(mentee:Entity {id: pid})
WHERE mentee:Person AND NOT m.id IN $people
WITH m, count(DISTINCT pid) AS present
WHERE present = size($people)
RETURN m {${NODE_FIELDS}} AS node
ORDER BY m.name`,
);

const SHARED_SKILLS = statement(
  'commonGround.SHARED_SKILLS',
  `
UNWIND $people AS pid
MATCH (p:Entity {id: pid})-[:HAS_SKILL]->(s:Entity)
WHERE p:Person
WITH s, count(DISTINCT pid) AS present
WHERE present = size($people)
RETURN s {${NODE_FIELDS}} AS node
ORDER BY s.name`,
);

/** What two or more (existing, distinct) people share. */
export function readCommonGround(ctx: ReadContext, people: string[], today = new Date()): Promise<CommonGround> {
  const params = { people };
  return readTransaction(ctx, async (run) => {
    const nodes = async (query: string) => (await run<{ node: Node }>(query, params)).map((row) => row.node);
    const organizations = await run<{ organization: Node; affiliations: StoredAffiliation[] }>(
      SHARED_ORGANIZATIONS,
      params,
    );
    return {
      organizations: organizations.map((row) =>
        sharedOrganization(row.organization, row.affiliations.map(toAffiliation), today),
      ),
      coauthoredPublications: await nodes(COAUTHORED),
      sharedCoauthors: await nodes(SHARED_COAUTHORS),
      sharedMentors: await nodes(SHARED_MENTORS),
      sharedSkills: await nodes(SHARED_SKILLS),
    };
  });
}

function sharedOrganization(organization: Node, affiliations: Affiliation[], today: Date): SharedOrganization {
  const perPerson = new Map<string, Affiliation[]>();
  for (const affiliation of affiliations) {
    const list = perPerson.get(affiliation.person.id) ?? [];
    list.push(affiliation);
    perPerson.set(affiliation.person.id, list);
  }
  const periods = [...perPerson.values()].map((list) =>
    list.map(({ start, end }) => ({ start: start ?? null, end: end ?? null })),
  );
  const { overlap, status } = sharedTime(periods, today);
  return { organization, affiliations: affiliations.sort(byPeriod), overlap, overlapStatus: status };
}
