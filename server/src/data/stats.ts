import type { GraphStats, KindCount } from '../generated/resolvers.ts';
import { readTransaction, type ReadContext } from '../neo4j/read.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './relations.ts';

/*
 * Counts with a literal label or type come from Neo4j's count store, not a scan, so these
 * stay instant on a large graph. The literals come from the fixed tables.
 */
const NODE_COUNTS = Object.entries(NODE_LABELS)
  .map(([kind, label]) => `MATCH (n:${label}) RETURN '${kind}' AS kind, count(n) AS count`)
  .join('\nUNION ALL\n');

const RELATIONSHIP_COUNTS = Object.values(RELATIONSHIP_TYPES)
  .map((type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS kind, count(r) AS count`)
  .join('\nUNION ALL\n');

export function graphStats(ctx: ReadContext): Promise<GraphStats> {
  return readTransaction(ctx, async (run) => ({
    nodes: await run<KindCount>(NODE_COUNTS),
    relationships: await run<KindCount>(RELATIONSHIP_COUNTS),
  }));
}
