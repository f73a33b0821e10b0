import type { EntityKind, RelationKind } from '../src/lib/api/generated.ts';
import type { GraphEdge, GraphNode, Path, ShownNode } from '../src/lib/graph/types.ts';

export function node(id: string, name: string, kind: EntityKind = 'PERSON', extra: Partial<ShownNode> = {}): ShownNode {
  return { id, kind, name, nameZh: null, orgKind: null, year: null, role: 'neighbor', ...extra };
}

export function edge(
  id: string,
  kind: RelationKind,
  source: string,
  target: string,
  extra: Partial<GraphEdge> = {},
): GraphEdge {
  return {
    id,
    kind,
    source,
    target,
    start: null,
    end: null,
    role: null,
    degree: null,
    field: null,
    context: null,
    position: null,
    roleZh: null,
    fieldZh: null,
    location: null,
    year: null,
    week: null,
    note: null,
    evidence: [],
    conflicts: [],
    inferred: false,
    ...extra,
  };
}

/** A path through the given nodes over edges given as [id, kind, source, target]. */
export function path(nodes: GraphNode[], edges: [string, RelationKind, string, string][]): Path {
  return { length: edges.length, nodes, edges: edges.map(([id, kind, s, t]) => edge(id, kind, s, t)) };
}
