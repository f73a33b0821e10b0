import type { Affiliation } from '../generated/resolvers.ts';
import type { ReadContext } from '../neo4j/read.ts';
import { AFFILIATION, toAffiliation, type StoredAffiliation } from './affiliations.ts';
import { readPage, type Counted, type PageRequest } from './paging.ts';
import { statement } from './statements.ts';

const MEMBERS = `
MATCH (top:Entity {id: $id}) WHERE top:Organization
MATCH (o:Organization)-[:PART_OF*0..5]->(top)
WHERE $includeUnits OR o = top
MATCH (p:Person)-[r:STUDIED_AT|WORKED_AT]->(o)`;

/*
 * Oldest first, as affiliations are everywhere: by start, else end, an undated one last; then
 * by organization and person, and the relationship's id so every row has one place.
 */
const ALUMNI = statement(
  'alumni.ALUMNI',
  `${MEMBERS}
WITH DISTINCT p, r, o
ORDER BY coalesce(r.start, r.end, '9999'), o.name, p.name, r.id
SKIP $offset LIMIT $first
RETURN ${AFFILIATION} AS affiliation`,
);

const ALUMNI_COUNT = statement(
  'alumni.ALUMNI_COUNT',
  `${MEMBERS}
RETURN count(DISTINCT r) AS total`,
);

/** A page of everyone who studied or worked at the organization (and its units), oldest first. */
export function readAlumni(
  ctx: ReadContext,
  input: { id: string; includeUnits: boolean } & PageRequest,
): Promise<Counted<Affiliation>> {
  return readPage<{ affiliation: StoredAffiliation }, Affiliation>(
    ctx,
    { page: ALUMNI, count: ALUMNI_COUNT },
    { ...input },
    (row) => toAffiliation(row.affiliation),
  );
}
