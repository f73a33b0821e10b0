import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
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
 * folder, removed afterwards. Tests reach it through `inject('neo4j')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'cohort-test-neo4j-'));
  const started = Date.now();
  const server = await startManagedNeo4j({ home, port: 0, password: 'cohort-test-password' });
  console.log(`[tests] Neo4j 5.26 started at ${server.uri} in ${Date.now() - started} ms`);
  project.provide('neo4j', { uri: server.uri, username: server.username, password: server.password });
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
    console.log('[tests] Neo4j stopped and its data folder removed');
  };
}
