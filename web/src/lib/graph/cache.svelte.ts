import { SvelteMap } from 'svelte/reactivity';
import type { GraphRead } from './reads.ts';

export type Entry<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * Answers from the API, by read key. Views read entries; only actions start reads, so
 * nothing is fetched from inside a derivation.
 */
export class ReadCache {
  #entries = new SvelteMap<string, Entry<unknown>>();

  peek<T>(read: GraphRead<T>): Entry<T> | undefined {
    return this.#entries.get(read.key) as Entry<T> | undefined;
  }

  ensure(reads: GraphRead<unknown>[]): void {
    for (const { key, run } of reads) {
      if (this.#entries.has(key)) continue;
      this.#entries.set(key, { status: 'loading' });
      run().then(
        (value) => this.#entries.set(key, { status: 'ready', value }),
        (error: unknown) => this.#entries.set(key, { status: 'failed', error }),
      );
    }
  }

  /** Ensures one read, asking again if it failed: for reads the user starts, who may try twice. */
  retry(read: GraphRead<unknown>): void {
    if (this.#entries.get(read.key)?.status === 'failed') this.#entries.delete(read.key);
    this.ensure([read]);
  }

  /** Reads once and caches, for actions that need the answer before they go on. */
  async fetch<T>(read: GraphRead<T>): Promise<T> {
    const value = await read.run();
    this.#entries.set(read.key, { status: 'ready', value });
    return value;
  }

  forgetFailures(): void {
    for (const [key, entry] of this.#entries) {
      if (entry.status === 'failed') this.#entries.delete(key);
    }
  }
}
