import type { Node, Path } from '../generated/resolvers.ts';
import { readTransaction, type ReadContext } from '../neo4j/read.ts';
import { startNodes } from './expand.ts';
import { edgeProjection, NODE_FIELDS, toEdge, type StoredEdge } from './rows.ts';
import { statement } from './statements.ts';

export const MAX_HOPS = 8;
export const MAX_PATHS = 50;

/*
 * SHORTEST k in Neo4j 5 keeps relationships distinct but not nodes, so among the k shortest
 * walks some may pass an entity twice, and a WHERE on the whole path is applied only after
 * the k are chosen: asking for `first` walks can leave fewer paths. So the walks are asked
 * for in growing numbers (each step four times the last) until enough of them are paths, or
 * the search found fewer walks than it asked for, and then no path is left out. The last
 * step bounds the work: on the 100,000-person benchmark graph 200 walks of 8 hops take up to
 * a few seconds, 800 longer than the 5 s query timeout.
 *
 * Neo4j takes neither k nor the hop bound as a parameter, so each combination is a fixed
 * query built here once, at load time, from integers.
 */
const WALK_COUNTS = [3, 12, 50, 200] as const;

/** Walks are sorted before collect() so the simple ones come out shortest first. */
function pathQuery(k: number, hops: number): string {
  return statement(
    `paths.SHORTEST_${k}_WITHIN_${hops}_HOPS`,
    `
MATCH p = SHORTEST ${k} (a:Entity {id: $from})(()-[r]-() WHERE type(r) IN $types){1,${hops}}(b:Entity {id: $to})
WITH p ORDER BY length(p)
WITH count(p) AS walks,
     collect(CASE WHEN all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n)) THEN p END)[..$first] AS paths
RETURN walks,
       [p IN paths | {nodes: [n IN nodes(p) | n {${NODE_FIELDS}}],
                      edges: [rel IN relationships(p) | ${edgeProjection('rel')}]}] AS paths`,
  );
}

const PATH_QUERIES: ReadonlyMap<string, string> = new Map(
  WALK_COUNTS.flatMap((k) =>
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

interface PathsRow {
  walks: number;
  paths: { nodes: Node[]; edges: StoredEdge[] }[];
}

/**
 * Up to `first` shortest paths without repeated nodes, shortest first; [] when none exists.
 * From an entity to itself there is one path, of length 0.
 */
export async function shortestPaths(ctx: ReadContext, input: PathsInput): Promise<Path[]> {
  const steps = WALK_COUNTS.filter((k) => k >= input.first).map((k) => {
    const query = PATH_QUERIES.get(`${k}/${input.maxHops}`);
    if (!query) throw new RangeError(`No path query for ${input.first} paths of at most ${input.maxHops} hops.`);
    return { k, query };
  });
  if (steps.length === 0) throw new RangeError(`No path query for ${input.first} paths.`);
  return readTransaction(ctx, async (run) => {
    if (input.from === input.to) {
      const [node] = await startNodes(run, input.from);
      return node ? [{ nodes: [node], edges: [], length: 0 }] : [];
    }
    let found: PathsRow['paths'] = [];
    for (const { k, query } of steps) {
      const [row] = await run<PathsRow>(query, { ...input });
      found = row?.paths ?? [];
      if (found.length >= input.first || (row?.walks ?? 0) < k) break;
    }
    return found.map(({ nodes, edges }) => ({ nodes, edges: edges.map(toEdge), length: edges.length }));
  });
}
