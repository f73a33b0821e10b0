import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, javaProcessesFor } from '@cohort/db';
import { repoRoot } from './support/paths.ts';

const homes: string[] = [];
afterAll(() => homes.forEach((home) => rmSync(home, { recursive: true, force: true })));

/** What npm start prints as it enters each phase. */
const PHASES = {
  'Java start-up': 'Waiting for Neo4j to accept connections',
  seeding: 'The graph is empty: loading the seed graph...',
  serving: 'Cohort is running at',
} as const;
/** What it prints on entering the next phase: the signal must have come before it. */
const NEXT = { 'Java start-up': 'Neo4j is ready at', seeding: 'Cohort is running at', serving: undefined };

// Every signal, to the process and to its group, during Java start-up (seconds each); then,
// as a full start takes a minute on a busy machine, one case each while seeding and serving.
// test/start-command.db.test.ts covers SIGINT to the process while serving.
const CASES: [NodeJS.Signals, 'process' | 'group', keyof typeof PHASES][] = [
  ['SIGINT', 'process', 'Java start-up'],
  ['SIGINT', 'group', 'Java start-up'],
  ['SIGTERM', 'process', 'Java start-up'],
  ['SIGTERM', 'group', 'Java start-up'],
  ['SIGHUP', 'process', 'Java start-up'],
  ['SIGHUP', 'group', 'Java start-up'],
  ['SIGINT', 'group', 'seeding'],
  ['SIGTERM', 'process', 'serving'],
];

it.each(CASES)(
  'after %s to npm start (its %s) during %s, nothing of it is left within 15 s',
  { timeout: 150_000 },
  async (signal, target, phase) => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'cohort-signal-test-'));
    homes.push(home);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(await freePort()),
      COHORT_NEO4J_BOLT_PORT: String(await freePort()),
      COHORT_NEO4J_HOME: home,
      LOG_LEVEL: 'warn',
    };
    delete env.NEO4J_URI;
    delete env.NEO4J_PASSWORD;
    // Its own process group, as a terminal gives it, so that the group can be signalled.
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: repoRoot,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pid = child.pid ?? 0;
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await waitFor(
        () => output.includes(PHASES[phase]),
        130_000,
        () => output,
      );
      process.kill(target === 'group' ? -pid : pid, signal);
      const signalled = Date.now();
      const code = await exited;
      await waitFor(
        () => javaProcessesFor(home).length === 0 && !groupAlive(pid),
        15_000,
        () => output,
      );
      expect(Date.now() - signalled).toBeLessThan(15_000);
      expect(code, output).toBe(0);
      expect(output).toContain(`${signal}: stopping...`);
      const next = NEXT[phase];
      if (next) expect(output).not.toContain(next);
    } finally {
      if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
    }
  },
);

/** True while any process of the group that `pid` leads remains (node, or the Java it started). */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(done: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Timed out. Output so far:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
