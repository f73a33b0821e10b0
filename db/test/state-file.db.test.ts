import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startManagedNeo4j } from '../src/managed-neo4j.ts';
import { repoRoot } from '../src/paths.ts';
import { freePort } from '../src/ports.ts';
import { isAlive, javaProcessesFor } from '../src/processes.ts';
import { readRunningServer, stateFile } from '../src/state-file.ts';

const homes: string[] = [];
const sleepers: ChildProcess[] = [];
afterAll(() => {
  homes.forEach((home) => rmSync(home, { recursive: true, force: true }));
  sleepers.forEach((sleeper) => sleeper.kill('SIGKILL'));
});

function tempHome(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'cohort-state-test-'));
  homes.push(home);
  return home;
}

/** A process that is not Neo4j, whose pid a state file can name: it must survive everything. */
function foreignPid(): number {
  const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
  sleepers.push(sleeper);
  return sleeper.pid ?? 0;
}

function plant(home: string, pid: number, port = 1): void {
  writeFileSync(stateFile(home), JSON.stringify({ pid, port, uri: `bolt://127.0.0.1:${port}` }));
}

/** Runs `npm run db:<command>` on this home; resolves with its exit code and output. */
async function db(command: string, home: string, port: number): Promise<{ code: number; output: string }> {
  const env = { ...process.env, COHORT_NEO4J_HOME: home, COHORT_NEO4J_BOLT_PORT: String(port) };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['scripts/run.mjs', 'db/src/cli.ts', command],
      { cwd: repoRoot, env },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the state file', () => {
  it('is not trusted when its pid is not our Java: db:stop signals nothing and removes it', async () => {
    const home = tempHome();
    const pid = foreignPid();
    plant(home, pid);
    expect(readRunningServer(home)).toBeUndefined();

    const stop = await db('stop', home, await freePort());
    expect(stop.output).toContain('No managed Neo4j is running (removed a stale state file)');
    expect(isAlive(pid)).toBe(true);
    expect(existsSync(stateFile(home))).toBe(false);

    plant(home, pid);
    const status = await db('status', home, await freePort());
    expect(status.code).toBe(3);
    expect(isAlive(pid)).toBe(true);
  }, 60_000);

  it(
    "replaces a stale one on start, and another start's server keeps its file and its process",
    { timeout: 180_000 },
    async () => {
      const home = tempHome();
      const foreign = foreignPid();
      plant(home, foreign);
      const server = await startManagedNeo4j({ home, port: 0, log: () => {} });
      try {
        expect(isAlive(foreign)).toBe(true);
        expect(readRunningServer(home)).toMatchObject({ pid: server.pid, owner: process.pid });

        // This process owns the server, as npm start would: db:start and db:stop leave it be.
        const start = await db('start', home, server.port);
        expect(start.code).toBe(1);
        expect(start.output).toContain(`already running (pid ${server.pid}`);
        const stop = await db('stop', home, server.port);
        expect(stop.code).toBe(1);
        expect(stop.output).toContain(`belongs to the process ${process.pid}`);
        expect(javaProcessesFor(home)).toEqual([server.pid]);
        expect(readRunningServer(home)?.pid).toBe(server.pid);
      } finally {
        // Meanwhile another start took over the state file: stopping ours must not delete it.
        plant(home, foreign);
        await server.stop();
      }
      expect(javaProcessesFor(home)).toEqual([]);
      expect(JSON.parse(readFileSync(stateFile(home), 'utf8'))).toMatchObject({ pid: foreign });
      expect(isAlive(foreign)).toBe(true);
    },
  );
});
