import type { Driver } from 'neo4j-driver';
import { percentile } from './percentiles.ts';
import { replay, type Recording } from './recording-driver.ts';
import type { Shape } from './shapes.ts';

export interface ShapeResult {
  name: string;
  status: 'ok' | 'timeout' | 'error';
  /** The error code (QUERY_TIMEOUT, …) and message of a failing shape. */
  error?: string;
  samples: number;
  p50: number;
  p95: number;
  bareP50: number;
  bareP95: number;
  /** GraphQL p95 over bare-driver p95. */
  ratio: number;
  /** Size of the GraphQL answer, as sent. */
  bytes: number;
  /** Read transactions and statements one request ran. */
  transactions: number;
  statements: number;
  targetMs?: number;
  defaults: boolean;
  scaling: boolean;
}

export interface Bench {
  /** One GraphQL request through the app, returning its body. */
  graphql(query: string, variables: Record<string, unknown>): Promise<string>;
  take(): Recording;
  bare: Driver;
  timeoutMs: number;
}

/** How long a warm-up waits for a talent ranking the server is still computing. */
const RANKING_WAIT_MS = 120_000;

/** A warm-up slower than this marks a slow shape: the shape gets at most SLOW_REPEATS samples. */
const SLOW_MS = 2_000;
const SLOW_REPEATS = 5;
/** No shape spends more than this on its samples (at least three are taken). */
const SHAPE_BUDGET_MS = 60_000;

function failure(body: string): string | undefined {
  const parsed = JSON.parse(body) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const first = parsed.errors?.[0];
  return first ? `${first.extensions?.code ?? 'ERROR'}: ${first.message}` : undefined;
}

/**
 * Runs one shape: a warm-up, then request by request a GraphQL call and at once the same
 * Cypher on the bare driver, so both sides see the same cache and the same load on a shared
 * machine. A failure (timeout, error) ends the shape and is recorded, never thrown.
 */
export async function measureShape(bench: Bench, shape: Shape, repeats: number): Promise<ShapeResult> {
  const result: ShapeResult = {
    name: shape.name,
    status: 'ok',
    samples: 0,
    p50: Number.NaN,
    p95: Number.NaN,
    bareP50: Number.NaN,
    bareP95: Number.NaN,
    ratio: Number.NaN,
    bytes: 0,
    transactions: 0,
    statements: 0,
    ...(shape.targetMs ? { targetMs: shape.targetMs } : {}),
    defaults: shape.defaults,
    scaling: shape.scaling,
  };
  const api: number[] = [];
  const bare: number[] = [];
  const began = performance.now();
  let wanted = repeats + 1;
  let retried = false;
  for (let round = 0; round < wanted; round++) {
    try {
      let started = performance.now();
      const body = await bench.graphql(shape.query, shape.variables);
      const apiMs = performance.now() - started;
      const recording = bench.take();
      const problem = failure(body);
      // A ranking still being computed asks to be asked again, as a client would, within a bound.
      if (problem?.startsWith('RANKING_PENDING') && round === 0 && performance.now() - began < RANKING_WAIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        round--;
        continue;
      }
      // A cold first request on a busy machine may time out where warm ones do not: one more try.
      if (problem && round === 0 && !retried) {
        retried = true;
        round--;
        continue;
      }
      if (problem) {
        result.status = problem.startsWith('QUERY_TIMEOUT') ? 'timeout' : 'error';
        result.error = problem;
        break;
      }
      started = performance.now();
      await replay(bench.bare, recording, bench.timeoutMs);
      const bareMs = performance.now() - started;
      result.bytes = Buffer.byteLength(body);
      result.transactions = recording.length;
      result.statements = recording.reduce((sum, statements) => sum + statements.length, 0);
      // Round 0 warms the caches and the plan cache; it is not counted.
      if (round === 0) {
        if (apiMs > SLOW_MS) wanted = Math.min(wanted, SLOW_REPEATS + 1);
        continue;
      }
      api.push(apiMs);
      bare.push(bareMs);
      if (api.length >= 3 && performance.now() - began > SHAPE_BUDGET_MS) break;
    } catch (error) {
      // The bare replay failing where GraphQL did not: most often the same 5 s timeout.
      const message = (error as Error).message;
      result.status = /timeout|timed out|not completed within/i.test(message) ? 'timeout' : 'error';
      result.error = `bare driver: ${message.slice(0, 160)}`;
      bench.take();
      break;
    }
  }
  result.samples = api.length;
  result.p50 = percentile(api, 50);
  result.p95 = percentile(api, 95);
  result.bareP50 = percentile(bare, 50);
  result.bareP95 = percentile(bare, 95);
  result.ratio = result.p95 / result.bareP95;
  return result;
}
