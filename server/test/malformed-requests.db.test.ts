import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../src/http/listen.ts';
import { seededApp } from './helpers/api.ts';
import { missingSecurityHeaders, rawRequest } from './helpers/raw-http.ts';

/** A small seeded generator, so that a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/** Every byte percent-encoded (encodeURIComponent refuses a lone surrogate, which is junk worth sending). */
const percent = (text: string) => [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

type Request = { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer };

const QUERIES = [
  '{ stats { nodes { kind count } } }',
  'query Search($t: String!) { search(text: $t) { items { id } } }',
  'query Hood($id: ID!) { neighborhood(id: $id) { truncated } }',
];
const JUNK = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  'null',
  'true',
  '\\u0000',
  '\\',
  '%',
  '\u00e9',
  '\ud83d',
  '1e999',
  '-',
];
// Only methods Node's parser knows: it answers one it does not (say FOO) with a bare 400 itself.
const METHODS = ['PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS', 'POST', 'PROPFIND', 'PURGE', 'MKCOL'];
const PATHS = ['/', '/index.html', '/assets/x.js', '/health', '/ready', '/graphql', '/connect'];
const JSON_HEADERS = { 'content-type': 'application/json' };

/** Requests a careless or hostile client might send, none of which is the server's fault. */
function malformedRequests(count: number): Request[] {
  const g = generator(20240601);
  const junk = (n: number) => Array.from({ length: n }, () => g.pick(JUNK)).join('');
  const valid = () => JSON.stringify({ query: g.pick(QUERIES), variables: { t: 'Zhang', id: 'person:x' } });
  const kinds: (() => Request)[] = [
    // A JSON body cut short, salted with junk, or of the wrong shape.
    () => {
      const body = valid();
      return { path: '/graphql', method: 'POST', headers: JSON_HEADERS, body: body.slice(0, g.int(body.length)) };
    },
    () => ({ path: '/graphql', method: 'POST', headers: JSON_HEADERS, body: junk(1 + g.int(30)) }),
    () => ({
      path: '/graphql',
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(
        g.pick([
          { query: 5 },
          { query: g.pick(QUERIES), variables: junk(5) },
          { query: g.pick(QUERIES), variables: { t: { nested: [1] }, id: 12 } },
          { query: g.pick(QUERIES), extensions: [1, 2] },
          { query: g.pick(QUERIES), operationName: 42 },
          { query: `{ ${junk(8)} }` },
          [{ query: g.pick(QUERIES) }],
        ]),
      ),
    }),
    // Nested 10 000 deep: JSON that parses but nobody should have to walk.
    () => ({ path: '/graphql', method: 'POST', headers: JSON_HEADERS, body: '['.repeat(10_000) + ']'.repeat(10_000) }),
    () => ({
      path: '/graphql',
      method: 'POST',
      headers: JSON_HEADERS,
      body: Buffer.from([0xff, 0xfe, 0x7b, 0xc0, 0x80]),
    }),
    () => ({
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': g.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/graphql']) },
      body: g.pick([`query=${encodeURIComponent(g.pick(QUERIES))}&variables=${junk(4)}`, junk(10), g.pick(QUERIES)]),
    }),
    // Bad GET parameters, with and without the CSRF header.
    () => {
      const params = [
        `query=${encodeURIComponent(g.pick(QUERIES))}`,
        g.pick(['variables', 'extensions', 'operationName', 'query']) + '=' + percent(junk(1 + g.int(12))),
      ];
      if (g.int(3) === 0) params.push(params[1]!);
      const headers: Record<string, string> = g.int(4) ? { 'x-graphql-yoga-csrf': '1' } : {};
      return { path: `/graphql?${params.join('&')}`, headers };
    },
    () => ({
      path: `/graphql?query=${g.pick(['%E0%A4%A', '%', '%zz', '%C0%AF'])}`,
      headers: { 'x-graphql-yoga-csrf': '1' },
    }),
    // Malformed paths.
    () => ({
      path:
        g.pick(PATHS) +
        g.pick(['%E0%A4%A', '%', '%%', '%ff%fe', '/../..', '/%2e%2e/', '\\..\\', '//', '/.', '%00', '%c0%ae%c0%ae/']),
      headers: { accept: g.pick(['text/html', '*/*', 'application/json']) },
    }),
    () => ({ path: '/' + 'a/'.repeat(2000), headers: { accept: 'text/html' } }),
    // Wrong methods everywhere.
    () => ({ path: g.pick(PATHS), method: g.pick(METHODS), body: g.int(2) ? junk(5) : undefined }),
    // Bodies far larger than any query the limits let through.
    () => ({
      path: '/graphql',
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: g.pick(QUERIES), variables: { t: 'x'.repeat(150_000 + g.int(1_000_000)) } }),
    }),
    () => ({ path: g.pick(PATHS), method: 'PUT', body: Buffer.alloc(300_000 + g.int(300_000), 'a') }),
    // Odd ranges and validators on files.
    () => ({
      path: g.pick(['/', '/favicon.svg', '/index.html']),
      headers: {
        range: g.pick(['bytes=9-2', 'bytes=abc', 'bytes=-', 'bytes=0-0,5-1']),
        'if-none-match': junk(3).replace(/[^\x20-\x7e]/g, '?'),
      },
    }),
  ];
  return Array.from({ length: count }, () => g.pick(kinds)());
}

describe('malformed requests', () => {
  // A client of two files, so that static paths answer as they do once the client is built.
  const webDist = mkdtempSync(path.join(tmpdir(), 'cohort-dist-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Cohort</title>');
  writeFileSync(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const ctx = seededApp({ config: { corsOrigins: [], graphiql: false, queryTimeoutMs: 5000, webDist } });
  let server: Listening;
  beforeAll(async () => {
    server = await listen(ctx.app.handle, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('never get a 5xx, always get the hardening headers, and are not logged as failures', async () => {
    const requests = malformedRequests(2000);
    const failures: string[] = [];
    // A few at a time, as a client with several connections would.
    for (let i = 0; i < requests.length; i += 8) {
      const batch = requests.slice(i, i + 8);
      const responses = await Promise.all(batch.map((r) => rawRequest(server.url, r)));
      responses.forEach((response, j) => {
        const request = batch[j]!;
        const missing = missingSecurityHeaders(response);
        if (response.status >= 500 || missing.length) {
          const body = String(request.body ?? '').slice(0, 80);
          failures.push(
            `${request.method ?? 'GET'} ${request.path.slice(0, 80)} ${body} → ${response.status} ${missing}`,
          );
        }
      });
    }
    expect(failures).toEqual([]);
    expect(ctx.app.logs.filter((line) => /Internal error|failed/.test(line))).toEqual([]);
  }, 120_000);
});
