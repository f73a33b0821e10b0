import type { KindCount, Subgraph } from '../generated/resolvers.ts';
import { readRows, readTransaction, type ReadContext } from '../neo4j/read.ts';
import { edgesAmong, expand, startNodes } from './expand.ts';
import { NODE_FIELDS } from './rows.ts';
import { statement } from './statements.ts';

const NEIGHBOURS = statement(
  'neighborhood.NEIGHBOURS',
  `
UNWIND $frontier AS fid
MATCH (:Entity {id: fid})-[r]-(n:Entity)
WHERE type(r) IN $types AND NOT n.id IN $seen
WITH n, count(r) AS links
ORDER BY links DESC, n.name
LIMIT $room
RETURN n {${NODE_FIELDS}} AS node`,
);

const NEIGHBOUR_COUNTS = statement(
  'neighborhood.NEIGHBOUR_COUNTS',
  `
MATCH (:Entity {id: $id})-[r]-(n:Entity)
RETURN type(r) AS kind, count(DISTINCT n) AS count
ORDER BY count DESC, kind`,
);

export interface NeighborhoodInput {
  id: string;
  depth: number;
  types: string[];
  limit: number;
  /** An organization's units join it at the start, so their neighbours count as its own. */
  includeUnits: boolean;
}

/** The entity and what lies within `depth` hops over the allowed types; null for an unknown id. */
export function readNeighborhood(ctx: ReadContext, input: NeighborhoodInput): Promise<Subgraph | null> {
  return readTransaction(ctx, async (run) => {
    const starts = await startNodes(run, input.id, input.includeUnits);
    if (starts.length === 0) return null;
    const { nodes, truncated } = await expand(
      run,
      starts,
      NEIGHBOURS,
      { types: input.types },
      input.depth,
      input.limit,
    );
    return { nodes, edges: await edgesAmong(run, nodes, input.types, starts), truncated };
  });
}

/** How many distinct neighbours an entity has through each relation kind. */
export function readNeighborCounts(ctx: ReadContext, id: string): Promise<KindCount[]> {
  return readRows<KindCount>(ctx, NEIGHBOUR_COUNTS, { id });
}
