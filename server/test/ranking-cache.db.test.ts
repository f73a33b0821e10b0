import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RankingCache, RankingPendingError } from '../src/data/ranking-cache.ts';
import type { ReadContext } from '../src/neo4j/read.ts';
import { testDriver } from './helpers/api.ts';

// Counts to twenty million: long past a 200 ms wait on any machine, and far inside the ranking's own limit.
const SLOW_RANKING = 'UNWIND range(1, 20000000) AS x WITH sum(x) AS total RETURN total, $mark AS mark';
const DATASET = 'ranking-cache-test';

describe('rankings that take longer than a request may wait', () => {
  let driver: Driver;
  let ctx: ReadContext;
  const cache = new RankingCache(1000);
  const read = (mark: string) =>
    cache.read(ctx, SLOW_RANKING, { mark }, (rows) => rows as { total: unknown; mark: string }[]);
  const changeGraph = (at: string) =>
    driver.executeQuery('MERGE (d:Dataset {name: $name}) SET d.importedAt = $at', { name: DATASET, at });

  beforeAll(async () => {
    driver = testDriver();
    ctx = { driver, database: undefined, queryTimeoutMs: 200 };
    await changeGraph('2026-01-01T00:00:00Z');
  });
  afterAll(async () => {
    await driver.executeQuery('MATCH (d:Dataset {name: $name}) DELETE d', { name: DATASET });
    await driver.close();
  });

  it('says the ranking is on its way, and serves it once it is done', async () => {
    await expect(read('first')).rejects.toBeInstanceOf(RankingPendingError);
    await expect
      .poll(() => read('first').catch(() => []), { timeout: 30_000, interval: 100 })
      .toEqual([{ total: expect.anything(), mark: 'first' }]);
  });

  it('serves the ranking of the graph before its last change while the new one is computed', async () => {
    await changeGraph('2026-01-02T00:00:00Z');
    const started = Date.now();
    expect(await read('first')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
