import type { RelationKind } from '../api/generated.ts';
import { touchesYears, yearOf } from '../dates.ts';
import type { ViewState } from '../view-state.ts';
import type { Graph, GraphEdge, ShownNode } from './types.ts';

export interface VisibleGraph {
  nodes: ShownNode[];
  edges: GraphEdge[];
}

/**
 * Applies what the user hid and filtered. A publication dated outside the year range goes,
 * lines and all, and so does a node that loses all its edges to the filters; what the view is
 * about always stays.
 */
export function visibleGraph(graph: Graph, view: ViewState): VisibleGraph {
  const { relations, years } = view;
  const kept = (n: ShownNode) => n.role === 'anchor' || n.role === 'expanded';
  const outOfYears = years
    ? graph.nodes.filter((n) => !kept(n) && n.year != null && (n.year < years.from || n.year > years.to))
    : [];
  const hidden = new Set([...view.hidden, ...outOfYears.map((n) => n.id)]);
  const edges = graph.edges.filter(
    (e) =>
      !hidden.has(e.source) &&
      !hidden.has(e.target) &&
      (!relations || relations.includes(e.kind)) &&
      (!years || touchesYears(e.start ?? yearText(e.year), e.end ?? yearText(e.year), years.from, years.to)),
  );
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = graph.nodes.filter((n) => !hidden.has(n.id) && (linked.has(n.id) || kept(n)));
  return { nodes, edges };
}

/** A bare year (an award's, a competition's) dates an edge as that whole year. */
function yearText(year: number | null): string | null {
  return year === null ? null : String(year);
}

export function relationCounts(graph: Graph): Map<RelationKind, number> {
  const counts = new Map<RelationKind, number>();
  for (const edge of graph.edges) counts.set(edge.kind, (counts.get(edge.kind) ?? 0) + 1);
  return counts;
}

/** The years the graph's dated edges and publications span, for the year filter's bounds. */
export function yearBounds(graph: Graph): { min: number; max: number } | null {
  const years = [
    ...graph.edges.flatMap((e) => [yearOf(e.start), yearOf(e.end), e.year]),
    ...graph.nodes.map((n) => n.year),
  ].filter((y): y is number => y != null);
  if (years.length === 0) return null;
  return { min: Math.min(...years), max: Math.max(...years) };
}
