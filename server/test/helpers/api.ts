import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { testNeo4j, useSeedGraph } from '../../../test/support/database.ts';
import { createApp, type AppOptions } from '../../src/app.ts';
import { createDriver } from '../../src/neo4j/driver.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export type App = ReturnType<typeof createApp>;

export const testConfig: AppOptions['config'] = {
  corsOrigins: ['http://localhost:5173'],
  graphiql: false,
  queryTimeoutMs: 5000,
  webDist: '/nonexistent-web-dist',
};

/** A driver for the test run's Neo4j, or for another address (a closed port, a proxy). */
export function testDriver(uri = testNeo4j().uri): Driver {
  const { username, password } = testNeo4j();
  return createDriver({ uri, username, password });
}

export function buildApp(driver: Driver, overrides: Partial<AppOptions> = {}): App & { logs: string[] } {
  const logs: string[] = [];
  const app = createApp({
    driver,
    database: undefined,
    config: testConfig,
    logError: (m) => logs.push(m),
    ...overrides,
  });
  return { ...app, logs };
}

/** POSTs a GraphQL request the way the web client does. */
export async function post<T = Record<string, any>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Like post(), but fails the test on any GraphQL error and returns the data. */
export async function data<T = Record<string, any>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await post<T>(app, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/**
 * An app over the seed graph (loaded afresh before the file's first test), shared by one test
 * file; the driver is closed after the file's tests.
 */
export function seededApp(overrides: Partial<AppOptions> = {}): { app: App & { logs: string[] }; driver: Driver } {
  const context = {} as { app: App & { logs: string[] }; driver: Driver };
  useSeedGraph();
  beforeAll(async () => {
    context.driver = testDriver();
    context.app = buildApp(context.driver, overrides);
  });
  afterAll(async () => {
    await context.driver?.close();
  });
  return context;
}

export const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);
