import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, createDriver, listen, type Listening } from '@cohort/server';

/** A port that accepts connections and never answers, as a hung or unreachable server would. */
async function silentPort(): Promise<{ port: number; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      server.close();
    },
  };
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The app over a driver to `uri`, served on a free port, with the given query timeout. */
async function serve(uri: string, queryTimeoutMs: number) {
  const driver = createDriver({ uri, username: 'neo4j', password: 'unused' }, { queryTimeoutMs });
  const config = { corsOrigins: [], graphiql: false, queryTimeoutMs, webDist: '/nonexistent' };
  const server = await listen(createApp({ driver, database: undefined, config, logError: () => {} }).handle, {
    host: '127.0.0.1',
    port: 0,
  });
  return { server, close: async () => (await server.close(), await driver.close()) };
}

async function timed(server: Listening, pathname: string, body?: string) {
  const started = Date.now();
  const response = await fetch(`${server.url}${pathname}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const json = (await response.json()) as { status?: string; errors?: { extensions: { code: string } }[] };
  return { ms: Date.now() - started, status: json.status, code: json.errors?.[0]?.extensions.code };
}

const QUERY = JSON.stringify({ query: '{ stats { nodes { kind count } } }' });

describe('while Neo4j is down', () => {
  let app: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    app = await serve(`bolt://127.0.0.1:${await closedPort()}`, 5000);
  });
  afterAll(() => app.close());

  it('a query and /health fail at once, without a retry of the driver', async () => {
    const queries: number[] = [];
    const checks: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const query = await timed(app.server, '/graphql', QUERY);
      expect(query.code).toBe('DATABASE_UNAVAILABLE');
      queries.push(query.ms);
      const health = await timed(app.server, '/health');
      expect(health.status).toBe('degraded');
      checks.push(health.ms);
    }
    // A retry of the driver alone would make every request wait 0.8 to 1.2 s; the fastest of
    // three is what a busy machine cannot slow down for long.
    expect(Math.min(...queries)).toBeLessThan(500);
    expect(Math.min(...checks)).toBeLessThan(500);
  });
});

describe('while Neo4j accepts connections but does not answer', () => {
  let silent: Awaited<ReturnType<typeof silentPort>>;
  let app: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    silent = await silentPort();
    app = await serve(`bolt://127.0.0.1:${silent.port}`, 500);
  });
  afterAll(async () => {
    await app.close();
    silent.close();
  });

  it('COHORT_QUERY_TIMEOUT_MS bounds the wait for a connection too, even below 2 s', async () => {
    const query = await timed(app.server, '/graphql', QUERY);
    expect(query.code).toBe('DATABASE_UNAVAILABLE');
    expect(query.ms).toBeGreaterThanOrEqual(400);
    expect(query.ms).toBeLessThan(3_000);
    const health = await timed(app.server, '/health');
    expect(health.status).toBe('degraded');
    expect(health.ms).toBeLessThan(1_500);
  });
});
