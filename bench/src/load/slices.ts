import type { BulkDataset, SeedNode, SeedRelationship } from '@cohort/seed';

/** Cuts a stream into arrays of `size`, so a tier's graph is never in memory whole. */
export function* slices<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let slice: T[] = [];
  for (const item of items) {
    slice.push(item);
    if (slice.length >= size) {
      yield slice;
      slice = [];
    }
  }
  if (slice.length > 0) yield slice;
}

/**
 * A graph as datasets of at most `size` nodes or relationships each, `name-000` on: the
 * writer hashes and keeps a membership record of each dataset in memory, which a T2 graph in
 * one dataset would not fit. Nodes come first, so every relationship finds both ends.
 */
export function* datasetSlices(
  graph: { nodes: Iterable<SeedNode>; relationships: Iterable<SeedRelationship> },
  name: string,
  size: number,
): Generator<BulkDataset> {
  let part = 0;
  const dataset = (nodes: SeedNode[], relationships: SeedRelationship[]): BulkDataset => ({
    name: `${name}-${String(part++).padStart(3, '0')}`,
    graph: { nodes, relationships },
    info: { format: 'bench', files: [] },
  });
  for (const slice of slices(graph.nodes, size)) yield dataset(slice, []);
  for (const slice of slices(graph.relationships, size)) yield dataset([], slice);
}

/** Rows per write transaction: the writer's own batch size, so both sides commit alike. */
export const BATCH_ROWS = 5_000;
