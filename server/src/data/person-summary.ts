import type { YearRange } from '../generated/resolvers.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { statement } from './statements.ts';

/** What tells namesakes apart at a glance, beside their latest affiliation. */
export interface PersonSummary {
  coauthorCount: number;
  activeYears: YearRange | null;
}

/** Years come from publications and from the dates of education and work. */
const SUMMARIES = statement(
  'personSummary.SUMMARIES',
  `
UNWIND $ids AS id
MATCH (p:Entity {id: id}) WHERE p:Person
CALL {
  WITH p
  OPTIONAL MATCH (p)-[:AUTHORED]->(:Publication)<-[:AUTHORED]-(c:Person)
  WHERE c <> p
  RETURN count(DISTINCT c) AS coauthorCount
}
CALL {
  WITH p
  UNWIND [(p)-[:AUTHORED]->(pub:Publication) WHERE pub.year IS NOT NULL | pub.year] +
         [(p)-[r:STUDIED_AT|WORKED_AT]->() WHERE r.start IS NOT NULL | toInteger(left(r.start, 4))] +
         [(p)-[r:STUDIED_AT|WORKED_AT]->() WHERE r.end IS NOT NULL | toInteger(left(r.end, 4))] AS year
  RETURN min(year) AS fromYear, max(year) AS toYear
}
RETURN id, coauthorCount, fromYear, toYear`,
);

export async function personSummariesOf(ctx: ReadContext, ids: readonly string[]): Promise<PersonSummary[]> {
  const rows = await readRows<{ id: string; coauthorCount: number; fromYear: number | null; toYear: number | null }>(
    ctx,
    SUMMARIES,
    { ids },
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    const activeYears = row?.fromYear != null && row.toYear != null ? { from: row.fromYear, to: row.toYear } : null;
    return { coauthorCount: row?.coauthorCount ?? 0, activeYears };
  });
}
