import type { Counted, PageRequest } from '../data/paging.ts';
import type { PageInfo } from '../generated/resolvers.ts';
import { badInput, intInRange } from './arguments.ts';

export interface Page<T> {
  totalCount: number;
  items: T[];
  pageInfo: PageInfo;
}

const CURSOR_PREFIX = 'offset:';

/*
 * A cursor is the offset of the item it stands for, wrapped so clients treat it as opaque. Every
 * paged list has a total order (ties broken by id), so an offset names the same item for as long
 * as the graph does not change, and the data layer can SKIP to it without a keyset per list.
 */
export function cursorAt(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function offsetAfter(cursor: string | null | undefined, argument: string): number {
  if (cursor === null || cursor === undefined) return 0;
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const offset = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || cursorAt(offset) !== cursor) {
    throw badInput(argument, `${argument}: "${cursor.slice(0, 40)}" is not a cursor this API gave.`);
  }
  return offset + 1;
}

/** Reads `first` and `after`, refusing a page longer than `max` or a cursor the API did not give. */
export function pageRequest(
  args: { first?: number | null; after?: string | null },
  { fallback, max }: { fallback: number; max: number },
): PageRequest {
  return {
    first: intInRange(args.first, 'first', { min: 1, max, fallback }),
    offset: offsetAfter(args.after, 'after'),
  };
}

/** The page of a list found at `request.offset`. */
export function page<T>({ items, totalCount }: Counted<T>, request: PageRequest): Page<T> {
  const last = request.offset + items.length - 1;
  return {
    totalCount,
    items,
    pageInfo: {
      endCursor: items.length > 0 ? cursorAt(last) : null,
      hasNextPage: last + 1 < totalCount,
    },
  };
}
