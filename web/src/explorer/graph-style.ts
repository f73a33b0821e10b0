/** The canvas stylesheet: every colour, shape and icon comes from the elements' data. */
export interface StyleBlock {
  selector: string;
  style: Record<string, string | number>;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif';

/** Large graphs draw labels only once zoomed in this far, where the 12-pixel lettering reads as 9 pixels. */
export const BIG_LABEL_ZOOM = 0.75;

export function graphStyle(big: boolean): StyleBlock[] {
  const lettering = {
    label: 'data(label)',
    'font-family': FONT,
    'font-size': 12,
    color: '#111827',
    'text-valign': 'bottom',
    'text-margin-y': 4,
    'text-wrap': 'wrap',
    'text-max-width': '120px',
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.85,
    'text-background-padding': '2px',
    'text-background-shape': 'round-rectangle',
    'min-zoomed-font-size': big ? 12 * BIG_LABEL_ZOOM : 6,
  };
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        // Thousands of icons cost more to draw than they tell at the zoom such a graph is seen at.
        ...(big ? {} : { 'background-image': 'data(icon)', 'background-width': '58%', 'background-height': '58%' }),
        'border-width': 2,
        'border-color': '#ffffff',
        // A large graph letters only the nodes on screen once zoomed in (class `labelled`): cytoscape
        // measures every label it is given, which took 0.4 s for a thousand nodes none could read.
        ...(big ? {} : lettering),
      },
    },
    ...(big ? [{ selector: 'node.labelled', style: lettering }] : []),
    {
      selector: 'node[role = "anchor"]',
      style: { 'border-width': 4, 'border-color': '#111827', 'font-size': 13, 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'node[role = "expanded"]',
      style: { 'border-width': 3, 'border-color': '#374151', 'border-style': 'double' },
    },
    { selector: 'node[role = "shared"]', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
    {
      selector: 'edge',
      style: { width: 1.6, 'line-color': 'data(color)', opacity: 0.75, 'curve-style': big ? 'haystack' : 'bezier' },
    },
    {
      selector: 'edge[kind = "MENTORED"]',
      // Haystack lines draw no arrowheads: set on thousands of lines, their style would cost and show nothing.
      style: big
        ? { width: 2.6 }
        : { width: 2.6, 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 1.1 },
    },
    { selector: 'edge[?disputed]', style: { 'line-style': 'dashed' } },
    // Lettering only for the lines that show their label: cytoscape sets each matching property on every line.
    {
      selector: 'edge.hover, edge.selected, edge.highlight',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 10,
        color: '#111827',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
    { selector: 'edge.hover, edge.selected', style: { width: 3.5, opacity: 1, 'z-index': 20 } },
    { selector: 'node.selected', style: { 'border-width': 5, 'border-color': '#2563eb', 'z-index': 30 } },
    { selector: '.highlight', style: { opacity: 1, 'z-index': 25 } },
    {
      selector: 'edge.highlight',
      style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' },
    },
    { selector: 'node.highlight', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
    { selector: '.faded', style: { opacity: 0.2, 'text-opacity': 0.35 } },
  ];
}
