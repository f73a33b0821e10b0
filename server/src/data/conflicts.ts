import type { Edge } from '../generated/resolvers.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { edgeProjection, toEdge, type StoredEdge } from './rows.ts';
import { statement } from './statements.ts';

const CONFLICTED = statement(
  'conflicts.CONFLICTED',
  `
MATCH (:Entity)-[r]->(:Entity)
WHERE r.conflicts IS NOT NULL
RETURN ${edgeProjection('r')} AS edge
ORDER BY edge.source, edge.kind, edge.target`,
);

/** Relationships whose sources disagree, each with every claim and its evidence. */
export async function conflictedEdges(ctx: ReadContext): Promise<Edge[]> {
  const rows = await readRows<{ edge: StoredEdge }>(ctx, CONFLICTED);
  return rows.map(({ edge }) => toEdge(edge)).filter((edge) => edge.conflicts.length > 0);
}
