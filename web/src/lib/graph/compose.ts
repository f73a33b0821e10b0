import type { ReadCache } from './cache.svelte.ts';
import type { Plan } from './plan.ts';
import type { Graph, GraphEdge, ShownNode } from './types.ts';

/**
 * Joins the answers a plan needs into one graph; missing answers show as loading or errors.
 * Of overlapping sources (the people compared for common ground) only what two or more of
 * them reach is kept: that is what the people share.
 */
export function compose(plan: Plan, cache: ReadCache): Graph {
  const nodes = new Map<string, ShownNode>();
  const edges = new Map<string, GraphEdge>();
  const reachedFrom = new Map<string, number>();
  const whole = new Set<string>();
  const truncated: string[] = [];
  const errors: unknown[] = [];
  let loading = false;

  const waiting = plan.base.some((source) => cache.peek(source.read)?.status !== 'ready');
  for (const source of waiting ? plan.base : [...plan.base, ...plan.expansions]) {
    const entry = cache.peek(source.read);
    if (!entry || entry.status === 'loading') {
      loading = true;
      continue;
    }
    if (entry.status === 'failed') {
      errors.push(entry.error);
      continue;
    }
    if (waiting) continue;
    const subgraph = source.subgraph(entry.value);
    if (subgraph.truncated && source.root) truncated.push(source.root);
    for (const node of subgraph.nodes) {
      if (!nodes.has(node.id)) nodes.set(node.id, { ...node, role: 'neighbor' });
      if (source.overlap) reachedFrom.set(node.id, (reachedFrom.get(node.id) ?? 0) + 1);
      else whole.add(node.id);
    }
    for (const edge of subgraph.edges) edges.set(edge.id, edge);
  }

  for (const node of nodes.values()) {
    const shared = (reachedFrom.get(node.id) ?? 0) > 1;
    if (plan.anchors.includes(node.id)) node.role = 'anchor';
    else if (plan.expanded.includes(node.id)) node.role = 'expanded';
    else if (shared) node.role = 'shared';
    else if (!whole.has(node.id)) nodes.delete(node.id);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)),
    truncated,
    loading,
    errors,
  };
}
