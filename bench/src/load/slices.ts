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

/** Rows per write transaction: the writer's own batch size, so both sides commit alike. */
export const BATCH_ROWS = 5_000;
