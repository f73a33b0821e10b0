import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import neo4j from 'neo4j-driver';
import { loadSeedGraph } from '../../seed/src/index.ts';
import { startManagedNeo4j } from './managed-neo4j.ts';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * vitest global setup: one disposable Neo4j per test run, on a free port with its own data
 * folder, removed afterwards, holding the seed graph. Tests reach it through `inject('neo4j')`;
 * a test file that changes the graph loads the seed graph again when it is done.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'cohort-test-neo4j-'));
  const started = Date.now();
  const server = await startManagedNeo4j({ home, port: 0, password: 'cohort-test-password' });
  console.log(`[tests] Neo4j 5.26 started at ${server.uri} in ${Date.now() - started} ms`);
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  try {
    const summary = await loadSeedGraph(driver, { log: () => {} });
    console.log(`[tests] seed graph loaded: ${summary.nodeCount} nodes, ${summary.relationshipCount} relationships`);
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    await driver.close();
  }
  project.provide('neo4j', { uri: server.uri, username: server.username, password: server.password });
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
    console.log('[tests] Neo4j stopped and its data folder removed');
  };
}
