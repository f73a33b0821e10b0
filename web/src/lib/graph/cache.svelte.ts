import { SvelteMap } from 'svelte/reactivity';
import type { Request } from './requests.ts';

export type Entry<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * Answers from the API, by request key. Views read entries; only actions start requests, so
 * nothing is fetched from inside a derivation.
 */
export class Cache {
  #entries = new SvelteMap<string, Entry<unknown>>();

  peek<T>(request: Request<T>): Entry<T> | undefined {
    return this.#entries.get(request.key) as Entry<T> | undefined;
  }

  ensure(requests: Request<unknown>[]): void {
    for (const { key, run } of requests) {
      if (this.#entries.has(key)) continue;
      this.#entries.set(key, { status: 'loading' });
      run().then(
        (value) => this.#entries.set(key, { status: 'ready', value }),
        (error: unknown) => this.#entries.set(key, { status: 'failed', error }),
      );
    }
  }

  /** Reads once and caches, for actions that need the answer before they go on. */
  async fetch<T>(request: Request<T>): Promise<T> {
    const value = await request.run();
    this.#entries.set(request.key, { status: 'ready', value });
    return value;
  }

  forgetFailures(): void {
    for (const [key, entry] of this.#entries) {
      if (entry.status === 'failed') this.#entries.delete(key);
    }
  }
}
