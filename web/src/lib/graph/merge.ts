import type { GraphEdge, GraphNode, Subgraph } from './types.ts';

/** One subgraph holding each node and edge of the given ones once. */
export function mergeSubgraphs(parts: Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const part of parts) {
    for (const node of part.nodes) nodes.set(node.id, node);
    for (const edge of part.edges) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: parts.some((p) => p.truncated) };
}
