import { startProgress, writeDataset, type SeedNode, type SeedRelationship } from '@cohort/seed';
import type { Driver } from 'neo4j-driver';
import { figures, type LoadFigures } from './figures.ts';
import { datasetSlices } from './slices.ts';

export interface WriterInput {
  nodes: Iterable<SeedNode>;
  relationships: Iterable<SeedRelationship>;
  /** For the progress bar only. */
  expectedRows: number;
}

/** Loads through the dataset writer, as `npm run import` does, one dataset per slice (see datasetSlices). */
export async function loadWithWriter(
  driver: Driver,
  input: WriterInput,
  dataset: string,
  sliceSize: number,
  label: string,
): Promise<LoadFigures> {
  const bar = startProgress(label, 'rows', input.expectedRows);
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  try {
    for (const { name, graph, info } of datasetSlices(input, dataset, sliceSize)) {
      await writeDataset(driver, name, graph, info);
      nodes += graph.nodes.length;
      relationships += graph.relationships.length;
      bar.update(nodes + relationships);
    }
  } finally {
    bar.stop();
  }
  return figures(nodes, relationships, started);
}
