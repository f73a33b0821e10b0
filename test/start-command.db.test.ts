import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, expect, inject, it } from 'vitest';
import { repoRoot } from './support/paths.ts';
import { freePort, javaProcessesFor } from '@cohort/db';

const home = mkdtempSync(path.join(os.tmpdir(), 'cohort-start-test-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

it('npm start serves GraphQL and /health with its own Neo4j, and Ctrl-C leaves no Java behind', async () => {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    COHORT_NEO4J_BOLT_PORT: String(await freePort()),
    COHORT_NEO4J_HOME: home,
  };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    await waitFor(
      () => output.includes('Cohort is running at'),
      150_000,
      () => output,
    );

    const graphql = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });

    const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as {
      status: string;
      neo4j: { reachable: boolean; version: string; edition: string };
    };
    expect(health.status).toBe('ok');
    expect(health.neo4j.version).toMatch(/^5\.26\./);
    expect(health.neo4j.edition).toBe('community');
    expect(javaProcessesFor(home)).toHaveLength(1);
  } finally {
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }
  expect(output).toContain('Stopped.');
  expect(javaProcessesFor(home)).toHaveLength(0);
}, 240_000);

/** Runs `npm start`'s script to completion with the given settings; returns exit code and output. */
async function startAndWaitForExit(settings: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(await freePort()), ...settings };
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

it('names the cause and the fix when NEO4J_URI points at nothing', async () => {
  const { code, output } = await startAndWaitForExit({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
  expect(code).toBe(1);
  expect(output).toMatch(/Cannot use the Neo4j at bolt:\/\/127\.0\.0\.1:\d+ \(NEO4J_URI\)/);
  expect(output).toContain('Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD');
}, 60_000);

it('names the cause and the fix when the password is wrong', async () => {
  const { uri } = inject('neo4j');
  const { code, output } = await startAndWaitForExit({ NEO4J_URI: uri, NEO4J_PASSWORD: 'not-the-password' });
  expect(code).toBe(1);
  expect(output).toMatch(/Cannot use the Neo4j at .*authentication failure/i);
}, 60_000);

async function waitFor(done: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Timed out. Output so far:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
