import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, javaProcessesFor } from '@cohort/db';
import { createApp, listen } from '@cohort/server';
import { Shutdown } from '../server/src/shutdown.ts';
import { connectNeo4j } from '../server/src/supervise/neo4j.ts';

const home = mkdtempSync(path.join(os.tmpdir(), 'cohort-supervision-test-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const QUERY = JSON.stringify({ query: '{ stats { nodes { kind count } } }' });

it(
  "restarts npm start's Neo4j after a kill -9; /health says restarting meanwhile, and queries come back by themselves",
  { timeout: 240_000 },
  async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, COHORT_NEO4J_HOME: home };
    env.COHORT_NEO4J_BOLT_PORT = String(await freePort());
    delete env.NEO4J_URI;
    delete env.NEO4J_PASSWORD;
    const logs: string[] = [];
    const log = (line: string) => logs.push(line);
    const shutdown = new Shutdown({ signals: [], log });
    try {
      // The same start main.ts makes, with a clean-up the test runs itself.
      // A generous timeout: a cold Neo4j on a busy machine plans its first queries slowly.
      const queryTimeoutMs = 20_000;
      const { target, driver } = await connectNeo4j(env, shutdown, { queryTimeoutMs, log });
      const config = { corsOrigins: [], graphiql: false, queryTimeoutMs, webDist: '/nonexistent' };
      const app = createApp({ driver, database: target.database, config, logError: () => {} });
      const server = await listen(app.handle, { host: '127.0.0.1', port: 0 });
      shutdown.add(() => server.close());

      const query = async () => {
        const started = Date.now();
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: QUERY,
        });
        const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
        return { ms: Date.now() - started, code: body.errors?.[0]?.extensions.code ?? 'OK' };
      };
      const health = async () => {
        const started = Date.now();
        const body = (await (await fetch(`${server.url}/health`)).json()) as { status: string };
        return { ms: Date.now() - started, status: body.status };
      };

      await waitFor(async () => (await query()).code === 'OK', 60_000, 'the first query');
      expect((await health()).status).toBe('ok');
      const [pid] = javaProcessesFor(home);
      process.kill(pid ?? 0, 'SIGKILL');

      await waitFor(async () => (await health()).status === 'restarting', 10_000, 'restarting');
      // While Neo4j is down, the answers are quick: /health at once, a query after the one
      // retry the driver insists on (0.8 to 1.2 s later), not after seconds of retries.
      const down = await query();
      expect(down.code).toBe('DATABASE_UNAVAILABLE');
      expect(down.ms).toBeLessThan(1_600);
      expect((await health()).ms).toBeLessThan(500);

      const readyLines = () => logs.filter((line) => line.startsWith('Neo4j is ready at')).length;
      await waitFor(async () => readyLines() === 2, 150_000, 'the restarted Neo4j');
      const back = Date.now();
      const answers: string[] = [];
      await waitFor(
        async () => {
          const answer = await query();
          answers.push(`${answer.code} after ${Date.now() - back} ms`);
          return answer.code === 'OK';
        },
        10_000,
        'a query to succeed',
      );
      expect(Date.now() - back, answers.join('; ')).toBeLessThan(10_000);
      expect((await health()).status).toBe('ok');

      const exit = logs.findIndex((line) =>
        line.startsWith(`Neo4j (pid ${pid}) stopped unexpectedly (signal SIGKILL)`),
      );
      expect(exit).toBeGreaterThan(-1);
      // Then the end of Neo4j's own log, which told of its start.
      expect(logs[exit + 1]).toMatch(/Started\./);
      expect(logs).toContain('Restarting Neo4j in 1 s...');
      // Same address, new process: the driver found it by itself.
      const now = javaProcessesFor(home);
      expect(now).toHaveLength(1);
      expect(now[0]).not.toBe(pid);
      expect(target.uri).toBe(`bolt://127.0.0.1:${env.COHORT_NEO4J_BOLT_PORT}`);
    } finally {
      await shutdown.stop();
    }
    expect(javaProcessesFor(home)).toEqual([]);
  },
);

async function waitFor(done: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
