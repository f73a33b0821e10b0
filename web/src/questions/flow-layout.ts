import { sankey, sankeyLinkHorizontal, type SankeyNode } from 'd3-sankey';
import type { TalentFlowQuery } from '../lib/api/generated.ts';
import type { GraphNode } from '../lib/graph/types.ts';

export type Flow = TalentFlowQuery['talentFlow']['items'][number];

interface Side {
  key: string;
  entity: GraphNode;
  side: 'from' | 'to';
}

interface Stream {
  flow: Flow;
}

export type FlowNode = SankeyNode<Side, Stream>;

/**
 * Places universities on the left and companies on the right, bands as wide as the number of
 * people who made that move. Keys carry the side so an organization on both sides stays two nodes.
 */
export function layoutFlows(flows: Flow[], width: number, height: number) {
  const nodes = new Map<string, Side>();
  for (const flow of flows) {
    nodes.set(`from|${flow.from.id}`, { key: `from|${flow.from.id}`, entity: flow.from, side: 'from' });
    nodes.set(`to|${flow.to.id}`, { key: `to|${flow.to.id}`, entity: flow.to, side: 'to' });
  }
  const layout = sankey<Side, Stream>()
    .nodeId((n) => n.key)
    .nodeWidth(16)
    .nodePadding(18)
    .nodeSort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .extent([
      [0, 8],
      [width, height - 8],
    ]);
  const graph = layout({
    nodes: [...nodes.values()].map((n) => ({ ...n })),
    links: flows.map((flow) => ({
      source: `from|${flow.from.id}`,
      target: `to|${flow.to.id}`,
      value: flow.count,
      flow,
    })),
  });
  return { nodes: graph.nodes, links: graph.links, path: sankeyLinkHorizontal<Side, Stream>() };
}
