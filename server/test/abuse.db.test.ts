import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { readRows } from '../src/neo4j/read.ts';
import { buildApp, data, post, seededApp, testConfig, testDriver, type App } from './helpers/api.ts';
import { closedPort } from './helpers/closed-port.ts';

function nested(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = `mentors { ${selection} }`;
  return `{ entity(id: "person:chaopeng-zhang") { ... on Person { ${selection} } } }`;
}

function aliased(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: stats { nodes { kind } }`).join(' ')} }`;
}

describe('expensive queries are refused before they reach Neo4j', () => {
  // Neo4j is unreachable for this app: anything that got as far as the database would fail differently.
  let driver: Driver;
  let app: App & { logs: string[] };
  beforeAll(async () => {
    driver = testDriver(`bolt://127.0.0.1:${await closedPort()}`);
    app = buildApp(driver);
  });
  afterAll(() => driver.close());

  it('refuses a query nested 20 levels deep', async () => {
    const result = await post(app, nested(20));
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // Its cost (which grows with depth) and its depth are both over the limits.
    expect(result.errors?.[0]?.message).toMatch(/cost|depth/i);
    expect(result.errors?.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')).toBe(false);
    const cheaper = await post(app, nested(13));
    expect(cheaper.data ?? null).toBeNull();
    expect(cheaper.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses a query with 100 aliases', async () => {
    const result = await post(app, aliased(100));
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
    expect(result.errors?.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')).toBe(false);
  });

  it('refuses an over-long query before parsing all of it', async () => {
    const result = await post(app, `{ stats { nodes { kind ${'count '.repeat(2100)} } } }`);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/token/i),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('reports an unreachable Neo4j clearly, without the detail', async () => {
    const result = await post(app, `{ stats { nodes { kind } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(result.errors?.[0]?.message).toMatch(/unreachable/);
    expect(JSON.stringify(result)).not.toMatch(/bolt:|127\.0\.0\.1|ServiceUnavailable/);
    expect(app.logs.join('\n')).toMatch(/Neo4j unavailable/);
  });
});

describe('abuse against the real graph', () => {
  const ctx = seededApp();

  it('lets ordinary nesting and a handful of aliases through', async () => {
    const result = await post(ctx.app, nested(5));
    expect(result.errors).toBeUndefined();
    expect((await post(ctx.app, aliased(10))).errors).toBeUndefined();
  });

  it('treats injection-shaped text as text in every argument', async () => {
    const texts = [
      "' OR 1=1 //",
      '}) DETACH DELETE n //',
      '`) MATCH (n) DETACH DELETE n //',
      '$id',
      "person:chaopeng-zhang' OR true //",
    ];
    const before = await data(ctx.app, `{ stats { nodes { kind count } relationships { kind count } } }`);
    for (const text of texts) {
      expect(
        (await post(ctx.app, `query($t: String!) { search(text: $t) { items { id } } }`, { t: text })).errors,
      ).toBeUndefined();
      expect(await data(ctx.app, `query($t: ID!) { entity(id: $t) { id } }`, { t: text })).toEqual({ entity: null });
      const hood = await post(ctx.app, `query($t: ID!) { neighborhood(id: $t) { truncated } }`, { t: text });
      expect(hood.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await data(ctx.app, `{ stats { nodes { kind count } relationships { kind count } } }`)).toEqual(before);
  });

  it('runs every read in a read transaction, so Neo4j itself refuses a write', async () => {
    const read = { driver: ctx.driver, database: undefined, queryTimeoutMs: 5000 };
    await expect(readRows(read, "CREATE (n:Entity {id: 'test:stray-write'}) RETURN n")).rejects.toThrow(/write|read/i);
    const rows = await readRows<{ n: number }>(read, "MATCH (n {id: 'test:stray-write'}) RETURN count(n) AS n");
    expect(rows[0]?.n).toBe(0);
  });

  it('stops a query that runs past the timeout with a clear error', async () => {
    const app = buildApp(ctx.driver, { config: { ...testConfig, queryTimeoutMs: 300 } });
    // An uncommitted schema change holds a lock on :Entity, so reads of :Entity wait for it.
    const session = ctx.driver.session();
    const tx = session.beginTransaction();
    try {
      await tx.run('CREATE INDEX test_timeout_probe IF NOT EXISTS FOR (n:Entity) ON (n.testTimeoutProbe)');
      const started = Date.now();
      const result = await post(app, `{ entity(id: "person:chaopeng-zhang") { id } }`);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(result.errors?.[0]?.message).toMatch(/longer than 300 ms/);
      expect(app.logs.join('\n')).toMatch(/timed out after 300 ms/);
    } finally {
      await tx.rollback();
      await session.close();
    }
    const indexes = await readRows<{ n: number }>(
      { driver: ctx.driver, database: undefined, queryTimeoutMs: 5000 },
      "SHOW INDEXES YIELD name WHERE name = 'test_timeout_probe' RETURN count(*) AS n",
    );
    expect(indexes[0]?.n).toBe(0);
  });
});
