import type { Driver } from 'neo4j-driver';
import { readRows, readTransaction, type ReadContext } from '../neo4j/read.ts';
import { statement } from './statements.ts';

/*
 * A talent map or flow ranks every group of the graph, which takes seconds on a large graph,
 * while a page of it is a few rows. So a ranking is computed once and pages are cut from it,
 * until the graph changes: any import, re-import or removal rewrites a Dataset node, and what
 * changes the graph without one (a decision on a duplicate) shows within MAX_AGE_MS.
 *
 * A ranking may run for several query timeouts, since it serves many requests, but a request
 * waits for it no longer than one, and not at all when the graph has not changed. Past that,
 * it gets the ranking of the graph before its last change when there is one, and otherwise a
 * RankingPendingError; the ranking runs on and serves the requests that follow.
 */
const GRAPH_VERSION = statement(
  'rankingCache.GRAPH_VERSION',
  `MATCH (d:Dataset)
   RETURN count(d) AS datasets, max(d.importedAt) AS latest`,
);

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 64;
/** How many query timeouts a ranking may take. */
const PATIENCE = 6;

/** The ranking a request asked for is not ready within the query timeout; it will be soon. */
export class RankingPendingError extends Error {
  override name = 'RankingPendingError';
  constructor() {
    super('This ranking of the whole graph is still being computed; ask again in a few seconds.');
  }
}

interface Entry {
  version: string;
  storedAt: number;
  rows: Promise<unknown[]>;
  /** The last ranking this key computed, of this graph version or an earlier one. */
  settled?: unknown[];
}

const NOT_YET = Symbol('not yet');

export class RankingCache {
  private readonly byDriver = new WeakMap<Driver, Map<string, Entry>>();

  constructor(private readonly patience = PATIENCE) {}

  async read<T>(
    ctx: ReadContext,
    cypher: string,
    params: Record<string, unknown>,
    shape: (rows: unknown[]) => T[],
  ): Promise<T[]> {
    const entries = this.entriesFor(ctx.driver);
    const key = JSON.stringify([ctx.database ?? null, cypher, params]);
    const version = await graphVersion(ctx);
    let entry = entries.get(key);
    if (!entry || entry.version !== version || Date.now() - entry.storedAt >= MAX_AGE_MS) {
      const unchanged = entry?.version === version ? entry.settled : undefined;
      entry = this.start(ctx, entries, key, version, cypher, params, entry?.settled);
      // Only age calls for a fresh ranking: the one there is serves while it is computed.
      if (unchanged) return shape(unchanged);
    }
    const rows = await within(entry.rows, ctx.queryTimeoutMs);
    if (rows !== NOT_YET) return shape(rows);
    if (entry.settled) return shape(entry.settled);
    throw new RankingPendingError();
  }

  private start(
    ctx: ReadContext,
    entries: Map<string, Entry>,
    key: string,
    version: string,
    cypher: string,
    params: Record<string, unknown>,
    settled: unknown[] | undefined,
  ): Entry {
    const patient = { ...ctx, queryTimeoutMs: ctx.queryTimeoutMs * this.patience };
    const rows = readTransaction(patient, (run) => run<unknown>(cypher, params));
    const entry: Entry = { version, storedAt: Date.now(), rows, settled };
    entries.delete(key);
    entries.set(key, entry);
    for (const oldest of entries.keys()) {
      if (entries.size <= MAX_ENTRIES) break;
      entries.delete(oldest);
    }
    rows.then(
      (ranked) => {
        entry.settled = ranked;
      },
      // A failed read is not remembered (the next request tries again), but what it replaced is.
      () => {
        if (entries.get(key) !== entry) return;
        if (settled) entries.set(key, { version: '', storedAt: 0, rows: Promise.resolve(settled), settled });
        else entries.delete(key);
      },
    );
    return entry;
  }

  private entriesFor(driver: Driver): Map<string, Entry> {
    const known = this.byDriver.get(driver) ?? new Map<string, Entry>();
    this.byDriver.set(driver, known);
    return known;
  }
}

/** The rows, or NOT_YET when they take longer than `ms`; a failure is thrown as it comes. */
async function within(rows: Promise<unknown[]>, ms: number): Promise<unknown[] | typeof NOT_YET> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof NOT_YET>((resolve) => {
    timer = setTimeout(() => resolve(NOT_YET), ms);
    timer.unref();
  });
  try {
    return await Promise.race([rows, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function graphVersion(ctx: ReadContext): Promise<string> {
  const [row] = await readRows<{ datasets: number; latest: string | null }>(ctx, GRAPH_VERSION);
  return `${row?.datasets ?? 0}|${row?.latest ?? ''}`;
}
