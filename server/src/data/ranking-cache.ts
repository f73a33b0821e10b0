import type { Driver } from 'neo4j-driver';
import { readRows, readTransaction, type ReadContext } from '../neo4j/read.ts';
import { statement } from './statements.ts';

/*
 * A talent map or flow ranks every group of the graph, which takes seconds on a large graph,
 * while a page of it is a few rows. So a ranking is computed once and pages are cut from it,
 * until the graph changes: any import, re-import or removal rewrites a Dataset node, and what
 * changes the graph without one (a decision on a duplicate) shows within MAX_AGE_MS.
 */
const GRAPH_VERSION = statement(
  'rankingCache.GRAPH_VERSION',
  `MATCH (d:Dataset)
   RETURN count(d) AS datasets, max(d.importedAt) AS latest`,
);

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 64;

interface Entry {
  version: string;
  storedAt: number;
  rows: Promise<unknown[]>;
}

export class RankingCache {
  private readonly byDriver = new WeakMap<Driver, Map<string, Entry>>();

  async read<T>(
    ctx: ReadContext,
    cypher: string,
    params: Record<string, unknown>,
    shape: (rows: unknown[]) => T[],
  ): Promise<T[]> {
    const entries = this.entriesFor(ctx.driver);
    const key = JSON.stringify([ctx.database ?? null, cypher, params]);
    const version = await graphVersion(ctx);
    const known = entries.get(key);
    if (known && known.version === version && Date.now() - known.storedAt < MAX_AGE_MS) {
      return shape(await known.rows);
    }
    const rows = readTransaction(ctx, (run) => run<unknown>(cypher, params));
    entries.delete(key);
    entries.set(key, { version, storedAt: Date.now(), rows });
    for (const oldest of entries.keys()) {
      if (entries.size <= MAX_ENTRIES) break;
      entries.delete(oldest);
    }
    // A failed read is not remembered: the next request tries again.
    rows.catch(() => entries.get(key)?.rows === rows && entries.delete(key));
    return shape(await rows);
  }

  private entriesFor(driver: Driver): Map<string, Entry> {
    const known = this.byDriver.get(driver) ?? new Map<string, Entry>();
    this.byDriver.set(driver, known);
    return known;
  }
}

async function graphVersion(ctx: ReadContext): Promise<string> {
  const [row] = await readRows<{ datasets: number; latest: string | null }>(ctx, GRAPH_VERSION);
  return `${row?.datasets ?? 0}|${row?.latest ?? ''}`;
}
