import type { Affiliation } from '../generated/resolvers.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { AFFILIATION, byPeriod, toAffiliation, type StoredAffiliation } from './affiliations.ts';
import { statement } from './statements.ts';

const ALUMNI = statement(
  'alumni.ALUMNI',
  `
MATCH (top:Entity {id: $id}) WHERE top:Organization
MATCH (o:Organization)-[:PART_OF*0..5]->(top)
WHERE $includeUnits OR o = top
MATCH (p:Person)-[r:STUDIED_AT|WORKED_AT]->(o)
RETURN DISTINCT ${AFFILIATION} AS affiliation`,
);

/** Everyone who studied or worked at the organization (and its units), oldest first. */
export async function readAlumni(ctx: ReadContext, id: string, includeUnits: boolean): Promise<Affiliation[]> {
  const rows = await readRows<{ affiliation: StoredAffiliation }>(ctx, ALUMNI, { id, includeUnits });
  return rows.map((row) => toAffiliation(row.affiliation)).sort(byPeriod);
}
