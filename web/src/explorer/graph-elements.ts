import { appearanceOf, iconUrl, lookOf } from '../lib/kinds.ts';
import { formatPeriod } from '../lib/dates.ts';
import type { GraphEdge, ShownNode } from '../lib/graph/types.ts';
import { RELATIONS } from '../lib/relations.ts';

export interface NodeData {
  id: string;
  label: string;
  look: string;
  color: string;
  shape: string;
  icon: string;
  size: number;
  role: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string;
  color: string;
  disputed: boolean;
}

const icons = new Map<string, string>();

function cachedIcon(path: string): string {
  let url = icons.get(path);
  if (!url) icons.set(path, (url = iconUrl(path)));
  return url;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The focus's size: no node is drawn larger. */
export const NODE_SIZE_MAX = 54;

export function nodeData(node: ShownNode): NodeData {
  const look = appearanceOf(node);
  // Chinese names tell people apart whose pinyin is alike; for other kinds they only add lines.
  const bilingual = node.kind === 'PERSON' && node.nameZh && node.nameZh !== node.name ? `\n${node.nameZh}` : '';
  return {
    id: node.id,
    label: shorten(node.name, 32) + bilingual,
    look: lookOf(node),
    color: look.color,
    shape: look.shape,
    icon: cachedIcon(look.icon),
    size: node.role === 'anchor' ? NODE_SIZE_MAX : node.kind === 'PERSON' || node.kind === 'ORGANIZATION' ? 38 : 30,
    role: node.role,
  };
}

export function edgeData(edge: GraphEdge): EdgeData {
  const words = RELATIONS[edge.kind];
  const when = edge.start || edge.end ? ` (${formatPeriod(edge.start, edge.end)})` : edge.year ? ` (${edge.year})` : '';
  const detail = edge.role ?? edge.degree;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    kind: edge.kind,
    label: `${words.label}${detail ? `: ${detail}` : ''}${when}`,
    color: words.color,
    disputed: edge.conflicts.length > 0,
  };
}
