import type { GraphStats, KindCount } from '../generated/resolvers.ts';
import { readTransaction, type ReadContext } from '../neo4j/read.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './relations.ts';
import { statement } from './statements.ts';

/*
 * Counts with a literal label or type come from Neo4j's count store, not a scan, so these
 * stay instant on a large graph. The literals come from the fixed tables. The count is taken
 * before the kind is added: grouped by the kind (RETURN 'PERSON' AS kind, count(n)) it would
 * be counted by scanning the label.
 */
const NODE_COUNTS = statement(
  'stats.NODE_COUNTS',
  Object.entries(NODE_LABELS)
    .map(([kind, label]) => `MATCH (n:${label}) WITH count(n) AS count RETURN '${kind}' AS kind, count`)
    .join('\nUNION ALL\n'),
);

const RELATIONSHIP_COUNTS = statement(
  'stats.RELATIONSHIP_COUNTS',
  Object.values(RELATIONSHIP_TYPES)
    .map((type) => `MATCH ()-[r:${type}]->() WITH count(r) AS count RETURN '${type}' AS kind, count`)
    .join('\nUNION ALL\n'),
);

export function graphStats(ctx: ReadContext): Promise<GraphStats> {
  return readTransaction(ctx, async (run) => ({
    nodes: await run<KindCount>(NODE_COUNTS),
    relationships: await run<KindCount>(RELATIONSHIP_COUNTS),
  }));
}
