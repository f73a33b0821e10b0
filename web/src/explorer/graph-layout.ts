/** Layout settings: force-directed for neighbourhoods, layered for mentorship trees. */

export interface Pinned {
  nodeId: string;
  position: { x: number; y: number };
}

interface LaidOutEdge {
  source(): { degree(includeLoops: boolean): number };
  target(): { degree(includeLoops: boolean): number };
}

/** Lines from a busy node are longer, so its neighbours get a ring wide enough for their labels. */
function edgeLength(edge: LaidOutEdge): number {
  const busiest = Math.max(edge.source().degree(false), edge.target().degree(false));
  return Math.min(220, 60 + 4 * busiest);
}

export function forceLayout(options: { pinned: Pinned[] | null }) {
  const incremental = options.pinned !== null;
  return {
    name: 'fcose',
    quality: incremental ? 'proof' : 'default',
    // Expanding keeps what is on screen where it is: old nodes are pinned, new ones settle around them.
    randomize: !incremental,
    fixedNodeConstraint: options.pinned ?? undefined,
    animate: true,
    animationDuration: 350,
    fit: !incremental,
    padding: 40,
    nodeRepulsion: 20000,
    idealEdgeLength: edgeLength,
    nodeSeparation: 100,
    packComponents: false,
  };
}

export function treeLayout() {
  return {
    name: 'dagre',
    rankDir: 'TB',
    nodeSep: 40,
    rankSep: 90,
    edgeSep: 10,
    padding: 40,
    fit: true,
    animate: false,
  };
}

interface DiscNode {
  id(): string;
  data(key: string): unknown;
  degree(includeLoops: boolean): number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * An instant placement on a sunflower disc: the focus in the middle, the best connected near
 * it. It is shown while the force layout runs.
 */
export function discLayout(nodes: DiscNode[]) {
  // Counted once per node: a busy node's degree costs as much as its lines, too much per comparison.
  const rank = new Map(
    nodes.map((node) => [node, node.data('role') === 'anchor' ? Number.MAX_SAFE_INTEGER : node.degree(false)]),
  );
  const positions: Record<string, { x: number; y: number }> = {};
  nodes
    .toSorted((a, b) => rank.get(b)! - rank.get(a)!)
    .forEach((node, i) => {
      const radius = 48 * Math.sqrt(i);
      positions[node.id()] = { x: radius * Math.cos(i * GOLDEN_ANGLE), y: radius * Math.sin(i * GOLDEN_ANGLE) };
    });
  return { name: 'preset', positions, fit: false, animate: false };
}
