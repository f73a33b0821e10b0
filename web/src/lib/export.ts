import type { VisibleGraph } from './graph/filter.ts';

/** The visible graph as plain data, with the evidence behind every edge. */
export function graphJson(graph: VisibleGraph): string {
  return JSON.stringify(
    {
      nodes: graph.nodes.map(({ id, kind, name, nameZh, orgKind }) => ({ id, kind, name, nameZh, orgKind })),
      edges: graph.edges,
    },
    null,
    2,
  );
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(graph: VisibleGraph): string {
  return csv(
    ['id', 'kind', 'name', 'nameZh', 'orgKind'],
    graph.nodes.map((n) => [n.id, n.kind, n.name, n.nameZh, n.orgKind]),
  );
}

export function edgesCsv(graph: VisibleGraph): string {
  return csv(
    ['id', 'kind', 'source', 'target', 'start', 'end', 'role', 'degree', 'field', 'context', 'position', 'evidence'],
    graph.edges.map((e) => [
      e.id,
      e.kind,
      e.source,
      e.target,
      e.start,
      e.end,
      e.role,
      e.degree,
      e.field,
      e.context,
      e.position,
      e.evidence.map((ev) => `${ev.source}:${ev.line} "${ev.quote}"`).join(' | '),
    ]),
  );
}

export function download(filename: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
