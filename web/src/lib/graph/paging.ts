/** One page of a list the API answers a page at a time. */
export interface Page<T> {
  totalCount: number;
  items: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** A page as it was read: `after` is the cursor it began after, null for the first. */
export interface LoadedPage<T> {
  after: string | null;
  page: Page<T>;
}

const COUNT = new Intl.NumberFormat('en');

/** "50 of 1,204". */
export function shownOf(shown: number, total: number): string {
  return `${COUNT.format(shown)} of ${COUNT.format(total)}`;
}
