import type { EntityRef, GraphEdge, Path } from './graph/types.ts';
import { RELATIONS } from './relations.ts';

/** One hop of a path told in words: a joining word, then a clause about two entities. */
export interface Step {
  joiner: string;
  template: string;
  s: EntityRef;
  t: EntityRef;
  edge: GraphEdge;
}

/**
 * Tells a path as one sentence, each hop continuing from the entity the last one ended on:
 * "A studied at B, where C studied; C was mentored by D".
 */
export function pathSteps(path: Path): Step[] {
  const byId = new Map(path.nodes.map((n) => [n.id, n]));
  const steps: Step[] = [];
  for (let i = 0; i + 1 < path.nodes.length; i++) {
    const from = path.nodes[i]!.id;
    const to = path.nodes[i + 1]!.id;
    const edge = path.edges.find(
      (e) => (e.source === from && e.target === to) || (e.source === to && e.target === from),
    );
    const s = edge && byId.get(edge.source);
    const t = edge && byId.get(edge.target);
    if (!edge || !s || !t) continue;
    const words = RELATIONS[edge.kind];
    const chained = steps.length > 0 ? words.chained : undefined;
    const template = edge.source === from ? (chained ?? words.forward) : words.backward;
    const joiner = steps.length === 0 ? '' : template.startsWith('{') ? '; ' : ', ';
    steps.push({ joiner, template, s, t, edge });
  }
  return steps;
}
