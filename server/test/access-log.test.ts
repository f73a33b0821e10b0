import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { ConfigError, readConfig } from '../src/config.ts';
import { listen, type Listening } from '../src/http/listen.ts';
import { createLogger, type LogLevel } from '../src/log/logger.ts';
import { createDriver } from '../src/neo4j/driver.ts';
import { closedPort } from './helpers/closed-port.ts';
import { rawRequest } from './helpers/raw-http.ts';

/** A logger whose lines land in an array, parsed. */
function capture(level: LogLevel = 'info') {
  const lines: Record<string, any>[] = [];
  return { lines, logger: createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line)) }) };
}

describe('the access log', () => {
  let driver: Driver;
  let server: Listening;
  const { lines, logger } = capture();
  // The line is written once the response has closed, just after the client has read it.
  const lineFor = async (id: unknown) => {
    await expect.poll(() => lines.find((line) => line.reqId === id)).toBeTruthy();
    return lines.find((line) => line.reqId === id)!;
  };

  beforeAll(async () => {
    driver = createDriver({ uri: `bolt://127.0.0.1:${await closedPort()}`, username: 'neo4j', password: 'unused' });
    const app = createApp({
      driver,
      database: undefined,
      config: { corsOrigins: [], graphiql: false, queryTimeoutMs: 5000, webDist: '/nonexistent' },
      logger,
    });
    server = await listen(app.handle, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('writes one line per request with its id, status and duration', async () => {
    const response = await rawRequest(server.url, { path: '/nothing-here?x=1', method: 'PUT' });
    const id = response.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await lineFor(id);
    expect(line).toMatchObject({ level: 30, msg: 'request', method: 'PUT', path: '/nothing-here', status: 405 });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(lines.filter((l) => l.reqId === id)).toHaveLength(1);
  });

  it('names the GraphQL operation, from the document or as asked for', async () => {
    const named = await rawRequest(server.url, {
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Counts { stats { nodes { kind } } }' }),
    });
    expect((await lineFor(named.headers['x-request-id'])).operation).toBe('Counts');

    const chosen = await rawRequest(server.url, {
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { __typename } query B { __typename }', operationName: 'B' }),
    });
    expect((await lineFor(chosen.headers['x-request-id'])).operation).toBe('B');
  });

  it('sends errors through the same logger, without e-mail addresses or phone numbers', async () => {
    // Neo4j is unreachable: the error masker logs why, at level error.
    await rawRequest(server.url, {
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes { kind } } }' }),
    });
    await expect.poll(() => lines.find((line) => line.level === 50)?.msg).toMatch(/Neo4j unavailable at stats/);

    const response = await rawRequest(server.url, { path: '/people/jane.doe@example.com/+86%20138%200013%208000' });
    const line = await lineFor(response.headers['x-request-id']);
    expect(line.path).not.toMatch(/jane|example\.com|138/);
    expect(line.path).toMatch(/\[e-mail removed\]/);
  });
});

describe('the logger', () => {
  it('removes personal data from messages and fields, and keeps request ids', () => {
    const { lines, logger } = capture();
    logger.info({ reqId: '12345678-1234-1234-1234-123456789012', note: 'call +1 (555) 010-9999' }, 'from a@b.org');
    logger.error(new Error('mail hexin@megvii.com'));
    expect(lines[0]).toMatchObject({
      reqId: '12345678-1234-1234-1234-123456789012',
      note: 'call [number removed]',
      msg: 'from [e-mail removed]',
    });
    expect(JSON.stringify(lines[1])).not.toContain('megvii');
    expect(lines[1]!.error).toMatchObject({ type: 'Error', message: 'mail [e-mail removed]' });
  });

  it('writes nothing below its level', () => {
    const { lines, logger } = capture('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
  });
});

describe('the settings', () => {
  it('leaves GraphiQL off unless COHORT_GRAPHIQL=true, in production or not', () => {
    expect(readConfig({}).graphiql).toBe(false);
    expect(readConfig({ NODE_ENV: 'development' }).graphiql).toBe(false);
    expect(readConfig({ COHORT_GRAPHIQL: 'true' }).graphiql).toBe(true);
    expect(readConfig({ COHORT_GRAPHIQL: 'false' }).graphiql).toBe(false);
    expect(() => readConfig({ COHORT_GRAPHIQL: 'yes' })).toThrow(ConfigError);
  });

  it('reads LOG_LEVEL, info by default', () => {
    expect(readConfig({}).logLevel).toBe('info');
    expect(readConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(readConfig({ LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });
});
