import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startManagedNeo4j, type RunningNeo4j } from '@cohort/db';
import type { TestNeo4j } from './database.ts';

interface Shared {
  server: Promise<{ neo4j: RunningNeo4j; home: string }>;
  users: number;
}

// The db and browser projects each run this set-up; both must get the same server, so it is
// kept on the main process's global object rather than in this module.
const key = Symbol.for('cohort.test-neo4j');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

async function start(): Promise<{ neo4j: RunningNeo4j; home: string }> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'cohort-test-neo4j-'));
  const started = Date.now();
  // Generous timeouts: a busy machine must slow the tests down, not fail them.
  const neo4j = await startManagedNeo4j({
    home,
    port: 0,
    password: 'cohort-test-password',
    transactionTimeout: '120s',
    startTimeoutMs: 300_000,
    log: () => {},
  });
  console.log(`[tests] Neo4j 5.26 started at ${neo4j.uri} in ${Date.now() - started} ms`);
  return { neo4j, home };
}

/**
 * vitest global set-up: one disposable Neo4j per test run, on a free port with its own data
 * folder, removed afterwards. It starts empty; each test file loads the graph it needs.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[key] ??= { server: start(), users: 0 });
  shared.users += 1;
  const { neo4j } = await shared.server;
  project.provide('neo4j', { uri: neo4j.uri, username: neo4j.username, password: neo4j.password } satisfies TestNeo4j);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    registry[key] = undefined;
    const { neo4j: server, home } = await shared.server;
    await server.stop();
    rmSync(home, { recursive: true, force: true });
    console.log('[tests] Neo4j stopped and its data folder removed');
  };
}
