import { readTransaction, type ReadContext } from '../neo4j/read.ts';

/** Where a page starts in a list and how many items it holds. */
export interface PageRequest {
  offset: number;
  first: number;
}

/** One page of a list, and how long the whole list is. */
export interface Counted<T> {
  items: T[];
  totalCount: number;
}

/**
 * One page and the list's length, read in one transaction so they agree. The page statement
 * takes $offset and $first; the count statement returns one row with `total`.
 */
export function readPage<Row, T>(
  ctx: ReadContext,
  statements: { page: string; count: string },
  params: PageRequest & Record<string, unknown>,
  toItem: (row: Row) => T,
): Promise<Counted<T>> {
  return readTransaction(ctx, async (run) => {
    const [rows, [count]] = await Promise.all([
      run<Row>(statements.page, params),
      run<{ total: number }>(statements.count, params),
    ]);
    return { items: rows.map(toItem), totalCount: count?.total ?? 0 };
  });
}
