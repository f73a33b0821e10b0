import type { Node, Path } from '../generated/resolvers.ts';
import { readTransaction, type ReadContext } from '../neo4j/read.ts';
import { startNodes } from './expand.ts';
import { edgeProjection, NODE_FIELDS, toEdge, type StoredEdge } from './rows.ts';
import { statement } from './statements.ts';

export const MAX_HOPS = 8;
export const MAX_PATHS = 50;

/*
 * Neo4j takes neither the number of paths (SHORTEST k) nor the hop bound ({1,n}) as a
 * parameter, so each allowed combination is a fixed query built here once, at load time,
 * from integers. k comes in steps so a request for 3 paths does not pay for 50.
 */
const PATH_COUNTS = [3, 10, MAX_PATHS] as const;

function pathQuery(k: number, hops: number): string {
  return statement(
    `paths.SHORTEST_${k}_WITHIN_${hops}_HOPS`,
    `
MATCH p = SHORTEST ${k} (a:Entity {id: $from})(()-[r]-() WHERE type(r) IN $types){1,${hops}}(b:Entity {id: $to})
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH p ORDER BY length(p) LIMIT $first
RETURN [n IN nodes(p) | n {${NODE_FIELDS}}] AS nodes,
       [rel IN relationships(p) | ${edgeProjection('rel')}] AS edges`,
  );
}

const PATH_QUERIES: ReadonlyMap<string, string> = new Map(
  PATH_COUNTS.flatMap((k) =>
    Array.from({ length: MAX_HOPS }, (_, i) => [`${k}/${i + 1}`, pathQuery(k, i + 1)] as const),
  ),
);

export interface PathsInput {
  from: string;
  to: string;
  types: string[];
  maxHops: number;
  first: number;
}

/**
 * Up to `first` shortest paths without repeated nodes, shortest first; [] when none exists.
 * From an entity to itself there is one path, of length 0.
 */
export async function shortestPaths(ctx: ReadContext, input: PathsInput): Promise<Path[]> {
  const k = PATH_COUNTS.find((count) => count >= input.first) ?? MAX_PATHS;
  const query = PATH_QUERIES.get(`${k}/${input.maxHops}`);
  if (!query) throw new RangeError(`No path query for ${input.first} paths of at most ${input.maxHops} hops.`);
  return readTransaction(ctx, async (run) => {
    if (input.from === input.to) {
      const [node] = await startNodes(run, input.from);
      return node ? [{ nodes: [node], edges: [], length: 0 }] : [];
    }
    const rows = await run<{ nodes: Node[]; edges: StoredEdge[] }>(query, { ...input });
    return rows.map(({ nodes, edges }) => ({ nodes, edges: edges.map(toEdge), length: edges.length }));
  });
}
