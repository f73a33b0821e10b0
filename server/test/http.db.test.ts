import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNeo4j } from '../../test/support/database.ts';
import type { Driver } from 'neo4j-driver';
import { buildApp, seededApp, testConfig, testDriver, type App } from './helpers/api.ts';
import { closedPort } from './helpers/closed-port.ts';
import { listen } from './helpers/http.ts';
import { TcpProxy } from './helpers/tcp-proxy.ts';

const QUERY = '{ stats { nodes { kind count } } }';
const LISTED = 'http://localhost:5173';

describe('the HTTP surface', () => {
  const ctx = seededApp();
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await listen(ctx.app.handle);
  });
  afterAll(() => server.close());

  const postJson = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: QUERY }),
    });

  it('answers a listed origin with CORS headers and an unlisted one without', async () => {
    const listed = await postJson({ origin: LISTED });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(listed.headers.get('vary')).toMatch(/origin/i);

    const unlisted = await postJson({ origin: 'https://evil.example' });
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no cross-origin caller at all when no origin is listed', async () => {
    const closed = buildApp(ctx.driver, { config: { ...testConfig, corsOrigins: [] } });
    const response = await closed.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a GET without the CSRF header, and serves one with it', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent(QUERY)}`;
    const bare = await fetch(url);
    expect(bare.status).toBe(403);
    expect(await bare.text()).not.toContain('"stats"');
    const withHeader = await fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(200);
    const { data } = (await withHeader.json()) as { data: { stats: { nodes: { kind: string; count: number }[] } } };
    expect(data.stats.nodes).toContainEqual({ kind: 'PERSON', count: expect.any(Number) });
  });

  it('refuses multipart uploads', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: QUERY }));
    form.append('map', '{}');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      body: form,
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('serves GraphiQL only when configured to', async () => {
    const page = (url: string) => fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await (await page(server.url)).text()).not.toMatch(/graphiql/i);
    const withGraphiql = buildApp(ctx.driver, { config: { ...testConfig, graphiql: true } });
    const other = await listen(withGraphiql.handle);
    try {
      expect(await (await page(other.url)).text()).toMatch(/graphiql/i);
    } finally {
      await other.close();
    }
  });

  it("shows Neo4j's version and edition on /health, and is ready", async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as {
      status: string;
      neo4j: { reachable: boolean; version: string; edition: string };
    };
    expect(body.status).toBe('ok');
    expect(body.neo4j.reachable).toBe(true);
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.neo4j.edition).toBe('community');
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
  });
});

describe('when Neo4j is unreachable', () => {
  let driver: Driver;
  let app: App & { logs: string[] };
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    driver = testDriver(`bolt://127.0.0.1:${await closedPort()}`);
    app = buildApp(driver);
    server = await listen(app.handle);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('answers /ready with 503 and /health with degraded, quickly', async () => {
    const started = Date.now();
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    const health = (await (await fetch(`${server.url}/health`)).json()) as {
      status: string;
      neo4j: { reachable: boolean };
    };
    expect(health).toMatchObject({ status: 'degraded', neo4j: { reachable: false } });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers a query with a clear error within seconds, not a hang', async () => {
    const started = Date.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('when Neo4j goes away and comes back', () => {
  const target = new URL(testNeo4j().uri.replace(/^bolt/, 'http'));
  const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port) });
  let driver: Driver;
  let app: App & { logs: string[] };
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const port = await proxy.start();
    driver = testDriver(`bolt://127.0.0.1:${port}`);
    app = buildApp(driver);
    server = await listen(app.handle);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
    await proxy.stop();
  });

  const query = async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    return (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
  };

  it('recovers by itself, without a restart', async () => {
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect((await query()).errors).toBeUndefined();

    await proxy.stop();
    expect((await fetch(`${server.url}/ready`)).status).toBe(503);
    expect((await query()).errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');

    await proxy.start();
    const deadline = Date.now() + 10_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${server.url}/ready`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    expect((await query()).errors).toBeUndefined();
  });
});
