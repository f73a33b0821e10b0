import { messageFor, request } from '../lib/api/client.ts';
import { SearchDocument, type EntityKind } from '../lib/api/generated.ts';
import type { SearchResult } from './search-facts.ts';

// About what the dropdown shows without scrolling far; more come on request.
const PAGE = 20;

/**
 * The answers to what is typed in one search box, a page at a time. A new search cancels the
 * one before, and the answers are not kept: each keystroke asks afresh.
 */
export class SearchResults {
  items = $state.raw<SearchResult[]>([]);
  total = $state(0);
  status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  error = $state('');
  /** The further page asked for: loading, or why it did not come. */
  more = $state<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  #next = $state<string | null>(null);
  #query = '';
  #controller: AbortController | null = null;
  readonly #kinds: () => EntityKind[] | null;

  constructor(kinds: () => EntityKind[] | null) {
    this.#kinds = kinds;
  }

  get hasMore(): boolean {
    return this.#next !== null;
  }

  clear(): void {
    this.#controller?.abort();
    this.items = [];
    this.#next = null;
    this.status = 'idle';
  }

  async search(query: string): Promise<void> {
    const signal = this.#start();
    this.status = 'loading';
    try {
      const { search } = await request(SearchDocument, { text: query, kinds: this.#kinds(), first: PAGE }, signal);
      this.#query = query;
      this.items = search.items;
      this.total = search.totalCount;
      this.#next = search.pageInfo.hasNextPage ? search.pageInfo.endCursor : null;
      this.status = 'ready';
    } catch (failure) {
      if (signal.aborted) return;
      this.error = messageFor(failure);
      this.status = 'failed';
    }
  }

  /** Appends the next page; resolves to the results it added, none if it failed or was overtaken. */
  async loadMore(): Promise<SearchResult[]> {
    const after = this.#next;
    if (!after || this.more.loading) return [];
    const signal = this.#start();
    this.more = { loading: true, error: null };
    try {
      const variables = { text: this.#query, kinds: this.#kinds(), first: PAGE, after };
      const { search } = await request(SearchDocument, variables, signal);
      const known = new Set(this.items.map((r) => r.id));
      const added = search.items.filter((r) => !known.has(r.id));
      this.items = [...this.items, ...added];
      this.total = search.totalCount;
      this.#next = search.pageInfo.hasNextPage ? search.pageInfo.endCursor : null;
      this.more = { loading: false, error: null };
      return added;
    } catch (failure) {
      if (!signal.aborted) this.more = { loading: false, error: messageFor(failure) };
      return [];
    }
  }

  #start(): AbortSignal {
    this.#controller?.abort();
    this.#controller = new AbortController();
    this.more = { loading: false, error: null };
    return this.#controller.signal;
  }
}
