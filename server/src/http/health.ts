import type { ServerResponse } from 'node:http';
import { neo4jInfo } from '../data/health.ts';
import type { ReadContext } from '../neo4j/read.ts';

/** GET /health: always 200, with what the server knows about itself and Neo4j. */
export async function health(ctx: ReadContext, res: ServerResponse): Promise<void> {
  const body = await neo4jInfo(ctx).then(
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
