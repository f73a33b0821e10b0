import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/*
 * The layout of views too big for fcose: d3-force's Barnes–Hut simulation, run for a few ticks
 * only. It starts from a placement that already keeps linked nodes together, so it has to
 * relax that placement rather than untangle a random one: that is what makes a few ticks enough.
 */

export interface SpreadInput {
  /** Nodes are the numbers 0 to count - 1. */
  count: number;
  /** The lines as pairs of nodes: source, target, source, target, … */
  links: Uint32Array;
  /** The view's subject, if it has one: fixed in the middle. */
  anchor?: number;
  /** Where the nodes already are (x, y, x, y, …) and which of them stay there: an expansion. */
  start?: { positions: Float64Array; fixed: Uint8Array };
}

/** Nodes start this far apart: about where d3-force's default link and charge forces leave them. */
const CELL = 20;
/** From d3-force's units to the canvas's, where nodes are 30 to 54 pixels wide. */
const SCALE = 3;
/**
 * Few ticks: from that placement they are enough to gather what is linked and part what is not
 * (more barely change the picture), and each costs about 10 ms per 1,000 nodes.
 */
const TICKS = 15;
/** How strongly every node is drawn towards the middle, in place of the lines to the subject. */
const PULL = 0.02;

/** Positions for every node (x, y, x, y, …), in canvas units. */
export function spreadLayout(input: SpreadInput): Float64Array {
  const { anchor } = input;
  const nodes = input.start ? placedNodes(input.start) : curvePlacement(linkedOrder(input), anchor);
  if (anchor !== undefined) Object.assign(nodes[anchor]!, { fx: nodes[anchor]!.x, fy: nodes[anchor]!.y });
  // Every node of a focus view is linked to the focus: those lines say only "near the middle",
  // which a gentle pull towards it says for far less, and without drawing the nearest into a knot.
  const links = [];
  for (let i = 0; i < input.links.length; i += 2) {
    const [source, target] = [input.links[i]!, input.links[i + 1]!];
    if (source !== anchor && target !== anchor) links.push({ source, target });
  }
  // A fresh view needs more shaking than an expansion, whose old nodes are already where they belong.
  const alpha = input.start ? 0.3 : 0.6;
  forceSimulation(nodes)
    .force('charge', forceManyBody().theta(1.2))
    .force('link', forceLink(links))
    .force('x', forceX().strength(PULL))
    .force('y', forceY().strength(PULL))
    .alpha(alpha)
    .alphaDecay(1 - Math.pow(0.001 / alpha, 1 / TICKS))
    .stop()
    .tick(TICKS);
  const positions = new Float64Array(2 * input.count);
  nodes.forEach((node, i) => {
    positions[2 * i] = node.x! * SCALE;
    positions[2 * i + 1] = node.y! * SCALE;
  });
  return positions;
}

function placedNodes({ positions, fixed }: NonNullable<SpreadInput['start']>): SimulationNodeDatum[] {
  return Array.from({ length: fixed.length }, (_, i) => {
    const x = positions[2 * i]! / SCALE;
    const y = positions[2 * i + 1]! / SCALE;
    return fixed[i] ? { x, y, fx: x, fy: y } : { x, y };
  });
}

/**
 * The nodes but the subject in breadth-first order over the lines that do not touch it: every
 * node of a focus view is linked to the focus, so only the other lines tell what belongs together.
 */
export function linkedOrder({ count, links, anchor }: SpreadInput): number[] {
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < links.length; i += 2) {
    const [s, t] = [links[i]!, links[i + 1]!];
    if (s === anchor || t === anchor) continue;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  const order: number[] = [];
  const seen = new Uint8Array(count);
  if (anchor !== undefined) seen[anchor] = 1;
  for (let root = 0; root < count; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    for (let head = order.push(root) - 1; head < order.length; head++) {
      for (const next of neighbours[order[head]!]!) {
        if (seen[next]) continue;
        seen[next] = 1;
        order.push(next);
      }
    }
  }
  return order;
}

/**
 * Lays `order` along a Hilbert curve, whose consecutive stretches fill compact patches: nodes
 * that came together in the order start out together. The subject starts in the middle.
 */
export function curvePlacement(order: number[], anchor: number | undefined): SimulationNodeDatum[] {
  const nodes: SimulationNodeDatum[] = [];
  let level = 0;
  while (4 ** level < order.length) level++;
  const side = 2 ** level;
  const step = (side * side) / Math.max(1, order.length);
  order.forEach((node, i) => {
    const [x, y] = hilbertPoint(level, Math.floor(i * step)).map((v) => (v + 0.5 - side / 2) * CELL);
    // Squares around the middle become circles: a round graph rather than a square one.
    const round = Math.max(Math.abs(x!), Math.abs(y!)) / Math.hypot(x!, y!);
    nodes[node] = { x: x! * round, y: y! * round };
  });
  if (anchor !== undefined) nodes[anchor] = { x: 0, y: 0 };
  return nodes;
}

/** The cell at distance `d` along the Hilbert curve filling a 2^level square. */
export function hilbertPoint(level: number, d: number): [number, number] {
  let x = 0;
  let y = 0;
  for (let size = 1; size < 2 ** level; size *= 2) {
    const right = 1 & (d >> 1);
    const up = 1 & (d ^ right);
    // Each quadrant holds the curve of the level below, turned so that the quadrants join up.
    if (!up) {
      if (right) [x, y] = [size - 1 - x, size - 1 - y];
      [x, y] = [y, x];
    }
    x += size * right;
    y += size * up;
    d >>= 2;
  }
  return [x, y];
}
