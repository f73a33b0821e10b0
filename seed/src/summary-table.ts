import type { LoadSummary } from './store/load.ts';

function table(title: string, counts: Record<string, number>, total: number): string[] {
  const names = Object.keys(counts).sort();
  const width = Math.max(title.length, ...names.map((name) => name.length + 2));
  return [
    `${title.padEnd(width)}  ${String(total).padStart(5)}`,
    ...names.map((name) => `  ${name.padEnd(width - 2)}  ${String(counts[name]).padStart(5)}`),
  ];
}

/** The counts a load ends with, as lines for a terminal. */
export function summaryLines(summary: LoadSummary): string[] {
  if (summary.unchanged) return [`Dataset ${summary.dataset} is unchanged: nothing was written.`];
  return [
    ...table('Nodes', summary.nodes, summary.nodeCount),
    ...table('Relationships', summary.relationships, summary.relationshipCount),
    `Relationships with conflicting sources: ${summary.conflicts}`,
    `No longer in the dataset: ${summary.removed.nodes} nodes, ${summary.removed.relationships} relationships`,
  ];
}
