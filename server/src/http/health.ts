import type { ServerResponse } from 'node:http';
import type { Neo4jStatus } from '@cohort/db';
import type { Driver } from 'neo4j-driver';
import { neo4jInfo } from '../data/health.ts';
import type { ReadContext } from '../neo4j/read.ts';

/** Per driver, whether the Neo4j behind it is one this process restarts after a crash. */
const supervised = new WeakMap<Driver, () => Neo4jStatus>();

/** main.ts tells /health about the Neo4j it started, so that a restart shows as such. */
export function reportNeo4jStatus(driver: Driver, status: () => Neo4jStatus): void {
  supervised.set(driver, status);
}

/** GET /health: always 200, with what the server knows about itself and Neo4j. */
export async function health(ctx: ReadContext, res: ServerResponse): Promise<void> {
  if (supervised.get(ctx.driver)?.() === 'restarting') {
    const message = 'Neo4j stopped unexpectedly and is being restarted; the API answers with errors until it is back.';
    return json(res, 200, { status: 'restarting', neo4j: { reachable: false, message } });
  }
  // A connection check first: it fails at once while Neo4j is down, where the driver would
  // retry the read transaction once, a second later.
  const info = ctx.driver.verifyConnectivity({ database: ctx.database }).then(() => neo4jInfo(ctx));
  const body = await info.then(
    (info) => ({ status: 'ok', neo4j: { reachable: true, ...info } }),
    () => ({
      status: 'degraded',
      neo4j: { reachable: false, message: 'Neo4j is unreachable; the API answers with errors until it is back.' },
    }),
  );
  json(res, 200, body);
}

/** GET /ready: 200 while Neo4j answers, 503 while it does not (for load balancers). */
export async function ready(ctx: ReadContext, res: ServerResponse): Promise<void> {
  try {
    await ctx.driver.verifyConnectivity({ database: ctx.database });
    json(res, 200, { ready: true });
  } catch {
    json(res, 503, { ready: false, reason: 'Neo4j is unreachable' });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
