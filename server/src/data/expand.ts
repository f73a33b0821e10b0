import type { Edge, Node } from '../generated/resolvers.ts';
import type { RunQuery } from '../neo4j/read.ts';
import { edgeProjection, NODE_FIELDS, toEdge, type StoredEdge } from './rows.ts';
import { statement } from './statements.ts';

/*
 * Breadth-first expansion with one query per level (at most three levels), never one per
 * node. A level query gets the frontier ($frontier), everything already reached ($seen) and
 * how many more nodes may come back ($room), and returns rows of `node`. Nodes joined to the
 * frontier by more relationships come first, so a cut keeps the best connected.
 */

/**
 * The entity and, when asked for, its units and theirs, so that people recorded at a school
 * or a lab are reached from the same frontier as the university. Five levels is deeper than
 * any chain the sources describe.
 */
const START = statement(
  'expand.START',
  `
MATCH (n:Entity {id: $id})
RETURN n {${NODE_FIELDS}} AS node,
       COLLECT {
         MATCH (unit:Organization)-[:PART_OF*1..5]->(n)
         WHERE $includeUnits
         RETURN DISTINCT unit {${NODE_FIELDS}} AS unit ORDER BY unit.name
       } AS units`,
);

/**
 * Relationships of the allowed types among a set of nodes, each once; PART_OF links within
 * $chain (an organization and its units) come whatever the types, since they are why the units
 * are there. Each is found from its start node: left to itself, the planner went from the end
 * node, and so read every member of a skill or an organization in the set (350,000 for the
 * commonest skill at T2, 1.4 s), where the start nodes' own relationships are a person's handful.
 */
const EDGES_AMONG = statement(
  'expand.EDGES_AMONG',
  `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND (type(r) IN $types OR (type(r) = 'PART_OF' AND a.id IN $chain AND b.id IN $chain))
RETURN ${edgeProjection('r')} AS edge
ORDER BY edge.kind, edge.source, edge.target`,
);

export interface Expansion {
  nodes: Node[];
  truncated: boolean;
}

/** The entity, then its units if asked for (an organization may have some); empty for an unknown id. */
export async function startNodes(run: RunQuery, id: string, includeUnits = false): Promise<Node[]> {
  const rows = await run<{ node: Node; units: Node[] }>(START, { id, includeUnits });
  const row = rows[0];
  return row ? [row.node, ...row.units] : [];
}

/** Breadth-first from `starts`, which lead the answer and count towards `limit` like any other node. */
export async function expand(
  run: RunQuery,
  starts: Node[],
  level: string,
  params: Record<string, unknown>,
  depth: number,
  limit: number,
): Promise<Expansion> {
  if (starts.length > limit) return { nodes: starts.slice(0, limit), truncated: true };
  const nodes = [...starts];
  const seen = new Set(starts.map((node) => node.id));
  let frontier = [...seen];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const room = limit - nodes.length;
    const rows = await run<{ node: Node }>(level, { ...params, frontier, seen: [...seen], room: room + 1 });
    if (rows.length > room) {
      nodes.push(...rows.slice(0, room).map((row) => row.node));
      return { nodes, truncated: true };
    }
    frontier = rows.map((row) => row.node.id);
    for (const { node } of rows) {
      nodes.push(node);
      seen.add(node.id);
    }
  }
  return { nodes, truncated: false };
}

export async function edgesAmong(run: RunQuery, nodes: Node[], types: string[], chain: Node[] = []): Promise<Edge[]> {
  const rows = await run<{ edge: StoredEdge }>(EDGES_AMONG, {
    ids: nodes.map((n) => n.id),
    types,
    chain: chain.map((n) => n.id),
  });
  return rows.map(({ edge }) => toEdge(edge));
}
