import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { classifyDriverError } from './errors.ts';

export interface ReadContext {
  driver: Driver;
  database: string | undefined;
  queryTimeoutMs: number;
}

/** Runs one named query inside a read transaction and returns its records as plain objects. */
export type RunQuery = <Row>(cypher: string, params?: Record<string, unknown>) => Promise<Row[]>;

/**
 * Runs `work` in one read transaction with the configured timeout, so several queries see one
 * snapshot. Read transactions route to readers in a cluster, and Neo4j itself refuses a write
 * in one. The transaction is explicit rather than executeRead's: that one retries a failed
 * connection about a second later, and while Neo4j is down a request should fail at once.
 */
export async function readTransaction<T>(ctx: ReadContext, work: (run: RunQuery) => Promise<T>): Promise<T> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.READ });
  const started = performance.now();
  const tx = session.beginTransaction({ timeout: ctx.queryTimeoutMs });
  try {
    const result = await work(runner(tx));
    await tx.commit();
    return result;
  } catch (error) {
    throw classifyDriverError(error, ctx.queryTimeoutMs, performance.now() - started);
  } finally {
    // Nothing was written, so a rollback that fails (the connection is gone) loses nothing.
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    await session.close();
  }
}

/** One named, parameterised query in its own read transaction. */
export function readRows<Row>(ctx: ReadContext, cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return readTransaction(ctx, (run) => run<Row>(cypher, params));
}

function runner(tx: Transaction): RunQuery {
  return async <Row>(cypher: string, params: Record<string, unknown> = {}) => {
    const result = await tx.run(cypher, toCypherParams(params));
    return result.records.map((record) => record.toObject() as Row);
  };
}

/**
 * JavaScript numbers travel as floats, which LIMIT and range bounds refuse; whole numbers go
 * as Cypher integers instead.
 */
function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toCypherValue(value)]));
}

function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  return value;
}
