import { startProgress, writeDataset, type SeedGraph, type SeedNode, type SeedRelationship } from '@cohort/seed';
import type { Driver } from 'neo4j-driver';
import { figures, type LoadFigures } from './figures.ts';
import { slices } from './slices.ts';

export interface WriterInput {
  nodes: Iterable<SeedNode>;
  relationships: Iterable<SeedRelationship>;
  /** For the progress bar only. */
  expectedRows: number;
}

/**
 * Loads through the dataset writer, as `npm run import` does, one dataset per slice: the
 * writer hashes and keeps a membership record of each dataset in memory, which a T2 graph in
 * one dataset would not fit. Nodes go first, so every relationship finds both ends.
 */
export async function loadWithWriter(
  driver: Driver,
  input: WriterInput,
  dataset: string,
  sliceSize: number,
  label: string,
): Promise<LoadFigures> {
  const bar = startProgress(label, 'rows', input.expectedRows);
  let written = 0;
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  let part = 0;
  const write = async (graph: SeedGraph) => {
    const name = `${dataset}-${String(part++).padStart(3, '0')}`;
    await writeDataset(driver, name, graph, { format: 'bench', files: [] });
    written += graph.nodes.length + graph.relationships.length;
    bar.update(written);
  };
  try {
    for (const slice of slices(input.nodes, sliceSize)) {
      await write({ nodes: slice, relationships: [] });
      nodes += slice.length;
    }
    for (const slice of slices(input.relationships, sliceSize)) {
      await write({ nodes: [], relationships: slice });
      relationships += slice.length;
    }
  } finally {
    bar.stop();
  }
  return figures(nodes, relationships, started);
}
