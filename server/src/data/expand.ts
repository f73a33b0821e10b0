import type { Edge, Node } from '../generated/resolvers.ts';
import type { RunQuery } from '../neo4j/read.ts';
import { edgeProjection, NODE_FIELDS, toEdge, type StoredEdge } from './rows.ts';

/*
 * Breadth-first expansion with one query per level (at most three levels), never one per
 * node. A level query gets the frontier ($frontier), everything already reached ($seen) and
 * how many more nodes may come back ($room), and returns rows of `node`. Nodes joined to the
 * frontier by more relationships come first, so a cut keeps the best connected.
 */

const START = `MATCH (n:Entity {id: $id}) RETURN n {${NODE_FIELDS}} AS node`;

/** Relationships of the allowed types among a set of nodes, each once. */
const EDGES_AMONG = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN ${edgeProjection('r')} AS edge
ORDER BY edge.kind, edge.source, edge.target`;

export interface Expansion {
  nodes: Node[];
  truncated: boolean;
}

export async function startNode(run: RunQuery, id: string): Promise<Node | null> {
  const rows = await run<{ node: Node }>(START, { id });
  return rows[0]?.node ?? null;
}

export async function expand(
  run: RunQuery,
  start: Node,
  level: string,
  params: Record<string, unknown>,
  depth: number,
  limit: number,
): Promise<Expansion> {
  const nodes = [start];
  const seen = new Set([start.id]);
  let frontier = [start.id];
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

export async function edgesAmong(run: RunQuery, nodes: Node[], types: string[]): Promise<Edge[]> {
  const rows = await run<{ edge: StoredEdge }>(EDGES_AMONG, { ids: nodes.map((n) => n.id), types });
  return rows.map(({ edge }) => toEdge(edge));
}
