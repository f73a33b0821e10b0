import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../src/app.ts';
import { listen, type Listening } from '../src/http/listen.ts';
import { createLogger } from '../src/log/logger.ts';
import { createDriver } from '../src/neo4j/driver.ts';
import { closedPort } from './helpers/closed-port.ts';
import { missingSecurityHeaders, rawRequest, type RawResponse } from './helpers/raw-http.ts';

// No Neo4j here: the driver points at a closed port, and everything tested is answered before
// a query would reach the database (or is the answer to it being unreachable).

const SCRIPT = 'console.log("the client");\n'.repeat(50);
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head></html>';

/** A built client of a few files, with precompressed copies of the script. */
function fakeDist(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cohort-dist-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), INDEX);
  writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(root, 'assets', 'app-1a2b3c.js'), SCRIPT);
  writeFileSync(path.join(root, 'assets', 'app-1a2b3c.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(path.join(root, 'assets', 'app-1a2b3c.js.gz'), gzipSync(SCRIPT));
  return root;
}

/**
 * Writes `parts` on a fresh connection, each after the server answered the one before, and
 * resolves with everything the server sent until it closed the connection, and whether it did
 * (a server that keeps it open past a few seconds fails the test).
 */
function rawExchange(url: string, parts: string[]): Promise<{ text: string; closed: boolean }> {
  const { hostname, port } = new URL(url);
  const pending = [...parts];
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(pending.shift() ?? ''));
    const chunks: Buffer[] = [];
    const text = () => Buffer.concat(chunks).toString('latin1');
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text: text(), closed: false });
    }, 3_000);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // A small answer on this machine arrives whole long before this.
      if (pending.length > 0) setTimeout(() => socket.write(pending.shift() ?? ''), 200);
    });
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text: text(), closed: true });
    });
  });
}

/** The status and headers of each HTTP response in `text`, in order. */
function responses(text: string): RawResponse[] {
  return text
    .split('\r\n\r\n')
    .filter((head) => head.startsWith('HTTP/1.1 '))
    .map((head) => {
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      return { status: Number(statusLine.split(' ')[1]), headers, body: Buffer.alloc(0), text: '' };
    });
}

interface Running {
  url: string;
  lines: Record<string, any>[];
  errors: string[];
  close(): Promise<void>;
}

async function start(driver: Driver, config: Partial<AppOptions['config']> = {}, logErrors = false): Promise<Running> {
  const lines: Record<string, any>[] = [];
  const errors: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
  const app = createApp({
    driver,
    database: undefined,
    config: { corsOrigins: [], graphiql: false, queryTimeoutMs: 5000, webDist: '/nonexistent', ...config },
    logger,
    ...(logErrors ? { logError: (m: string) => void errors.push(m) } : {}),
  });
  const server: Listening = await listen(app.handle, { host: '127.0.0.1', port: 0 });
  return { url: server.url, lines, errors, close: server.close };
}

describe('the HTTP surface without a database', () => {
  let driver: Driver;
  let dist: string;
  let server: Running;
  const get = (p: string, headers: Record<string, string> = {}, method = 'GET') =>
    rawRequest(server.url, { path: p, method, headers });
  const graphqlGet = (query: string) => get(query, { 'x-graphql-yoga-csrf': '1' });

  beforeAll(async () => {
    driver = createDriver({ uri: `bolt://127.0.0.1:${await closedPort()}`, username: 'neo4j', password: 'unused' });
    dist = fakeDist();
    server = await start(driver, { webDist: dist }, true);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers a malformed % sequence in the path with 400', async () => {
    for (const p of ['/%E0%A4%A', '/%', '/assets/%zz.js', '/graphql%E0']) {
      const response = await get(p);
      expect(response.status, p).toBe(400);
      expect(missingSecurityHeaders(response)).toEqual([]);
    }
    expect(server.errors).toEqual([]);
  });

  it('answers malformed GET variables or extensions with a 400 GraphQL error', async () => {
    for (const param of ['variables={bad', 'extensions={bad', 'variables=%7B%22a%22%3A', 'extensions=nope']) {
      const response = await graphqlGet(`/graphql?query=%7Bstats%7Bnodes%7Bkind%7D%7D%7D&${param}`);
      expect(response.status, param).toBe(400);
      const body = JSON.parse(response.text);
      expect(body.errors[0]).toMatchObject({
        message: expect.stringMatching(/"variables" and "extensions" parameters must be JSON/),
        extensions: { code: 'BAD_REQUEST' },
      });
    }
    expect(server.errors).toEqual([]);
  });

  it('refuses an over-long query with 400 whatever the client accepts', async () => {
    const query = `{ stats { nodes { kind ${'count '.repeat(2100)} } } }`;
    for (const accept of [undefined, 'application/json', 'application/graphql-response+json']) {
      const response = await rawRequest(server.url, {
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query }),
      });
      expect(response.status, accept).toBe(400);
      expect(JSON.parse(response.text).errors[0]).toMatchObject({
        message: expect.stringMatching(/token/i),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      });
    }
    expect(server.errors).toEqual([]);
  });

  it('puts the hardening headers on pages, assets, the API, /health and errors', async () => {
    const responses: [string, RawResponse][] = [
      ['page', await get('/', { accept: 'text/html' })],
      ['asset', await get('/assets/app-1a2b3c.js')],
      ['graphql', await graphqlGet('/graphql?query=%7B__typename%7D')],
      ['health', await get('/health')],
      ['not found', await get('/assets/missing.js')],
      ['not allowed', await get('/', {}, 'DELETE')],
    ];
    for (const [what, response] of responses) {
      expect(missingSecurityHeaders(response), what).toEqual([]);
      expect(response.headers['referrer-policy'], what).toBe('no-referrer');
      expect(response.headers['x-content-type-options'], what).toBe('nosniff');
    }
    const csp = String(responses[0]![1].headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
  });

  it('answers a request Node cannot parse with the hardening headers, and closes the connection', async () => {
    const cases: [string, string, number][] = [
      ['unknown method', 'FOO / HTTP/1.1\r\nHost: localhost\r\n\r\n', 400],
      ['not HTTP', 'hello\r\n\r\n', 400],
      ['oversized headers', `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ];
    for (const [what, bytes, status] of cases) {
      const answer = await rawExchange(server.url, [bytes]);
      expect(answer.closed, what).toBe(true);
      const [response, ...more] = responses(answer.text);
      expect(response?.status, what).toBe(status);
      expect(missingSecurityHeaders(response!), what).toEqual([]);
      expect(more, what).toEqual([]);
    }
    expect(server.errors).toEqual([]);
  });

  it('answers a bad request after a good one on the same connection, after the first answer', async () => {
    const good = 'GET /assets/missing.js HTTP/1.1\r\nHost: localhost\r\n\r\n';
    const answer = await rawExchange(server.url, [good, 'FOO / HTTP/1.1\r\nHost: localhost\r\n\r\n']);
    expect(answer.closed).toBe(true);
    expect(responses(answer.text).map((response) => response.status)).toEqual([404, 400]);
    expect(responses(answer.text).map(missingSecurityHeaders)).toEqual([[], []]);
  });

  it('answers other methods than GET and HEAD on static paths with 405 and Allow', async () => {
    for (const method of ['PUT', 'DELETE', 'TRACE', 'PATCH', 'POST', 'OPTIONS']) {
      for (const p of ['/', '/assets/app-1a2b3c.js', '/health']) {
        const response = await get(p, {}, method);
        expect(response.status, `${method} ${p}`).toBe(405);
        expect(response.headers.allow).toBe('GET, HEAD');
        expect(response.text).not.toContain('the client');
      }
    }
    expect((await get('/', { accept: 'text/html' }, 'HEAD')).status).toBe(200);
  });

  it('caches hashed assets for good and revalidates index.html with ETag and 304', async () => {
    const asset = await get('/assets/app-1a2b3c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.text).toBe(SCRIPT);

    const page = await get('/', { accept: 'text/html' });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const etag = String(page.headers.etag);
    expect(etag).toBeTruthy();
    const again = await get('/', { accept: 'text/html', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(missingSecurityHeaders(again)).toEqual([]);
  });

  it('serves the brotli or gzip copy to a browser that takes it', async () => {
    const br = await get('/assets/app-1a2b3c.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await get('/assets/app-1a2b3c.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    expect(String(gz.headers.vary)).toMatch(/accept-encoding/i);
  });

  it('answers deep links with the app and a missing file with 404', async () => {
    for (const p of ['/connect', '/?focus=person:chaopeng-zhang', '/lineage/person:x']) {
      const response = await get(p, { accept: 'text/html,application/xhtml+xml' });
      expect(response.status, p).toBe(200);
      expect(response.text).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    expect((await get('/assets/app-0000.js', { accept: 'text/html' })).status).toBe(404);
    expect((await get('/missing.png', { accept: 'image/png' })).status).toBe(404);
  });

  it('never serves a file outside the built client', async () => {
    const attempts = [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '//etc/passwd',
      '/.%2e/.%2e/etc/hostname',
    ];
    for (const p of attempts) {
      const response = await get(p, { accept: 'text/html' });
      expect(response.status, p).toBeLessThan(500);
      expect(response.text, p).not.toMatch(/"workspaces"|root:/);
      if (response.status === 200) expect(response.text).toBe(INDEX);
    }
  });

  it('picks up a rebuilt client without a restart', async () => {
    const dir = fakeDist();
    const other = await start(driver, { webDist: dir });
    try {
      expect((await rawRequest(other.url, { path: '/assets/later-9z.js' })).status).toBe(404);
      writeFileSync(path.join(dir, 'assets', 'later-9z.js'), 'later');
      writeFileSync(path.join(dir, 'index.html'), INDEX.replace('app-1a2b3c', 'later-9z'));
      const later = new Date(Date.now() + 5000);
      utimesSync(path.join(dir, 'index.html'), later, later);
      expect((await rawRequest(other.url, { path: '/assets/later-9z.js' })).text).toBe('later');
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says the client is not built, with the hardening headers', async () => {
    const other = await start(driver);
    try {
      const response = await rawRequest(other.url, { path: '/', headers: { accept: 'text/html' } });
      expect(response.status).toBe(503);
      expect(response.text).toMatch(/npm run build/);
      expect(missingSecurityHeaders(response)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('GraphiQL', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = createDriver({ uri: `bolt://127.0.0.1:${await closedPort()}`, username: 'neo4j', password: 'unused' });
  });
  afterAll(() => driver.close());

  it('is served from the bundle, with a policy that allows exactly its own script', async () => {
    const server = await start(driver, { graphiql: true });
    try {
      const page = await rawRequest(server.url, { path: '/graphql', headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/YogaGraphiQL/);
      // Nothing from elsewhere: no script or stylesheet by URL, no CDN.
      expect(page.text).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|unpkg\.com|jsdelivr/);
      const csp = String(page.headers['content-security-policy']);
      const script = page.text.slice(page.text.indexOf('<script>') + 8, page.text.lastIndexOf('</script>'));
      const { createHash } = await import('node:crypto');
      const hash = createHash('sha256').update(script).digest('base64');
      expect(csp).toContain(`script-src 'sha256-${hash}'`);
      expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|'self')/);
      expect(csp).toMatch(/worker-src blob:/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      // The API's own answers keep the strict policy.
      const api = await rawRequest(server.url, {
        path: '/graphql?query=%7B__typename%7D',
        headers: { 'x-graphql-yoga-csrf': '1' },
      });
      expect(api.headers['content-security-policy']).not.toContain('sha256');
    } finally {
      await server.close();
    }
  });

  it('is not served when not asked for', async () => {
    const server = await start(driver);
    try {
      const page = await rawRequest(server.url, { path: '/graphql', headers: { accept: 'text/html' } });
      expect(page.text).not.toMatch(/graphiql/i);
      expect(page.status).toBeLessThan(500);
    } finally {
      await server.close();
    }
  });
});
