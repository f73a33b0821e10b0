import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverTarget {
  uri: string;
  username: string;
  password: string;
}

/**
 * The one driver of the process. The driver's defaults (30 s of retries, 60 s waiting for a
 * pooled connection) would make every request hang while Neo4j is down. Here connecting and
 * waiting for a pooled connection take no longer than a query may; the API's reads run in
 * explicit transactions (neo4j/read.ts), which the driver never retries, and anything that
 * uses its managed transactions gets the fewest retries it allows.
 * Integers arrive as plain numbers: Cohort's counts and years are far below 2^53.
 */
export function createDriver(target: DriverTarget, options: { queryTimeoutMs?: number } = {}): Driver {
  const timeoutMs = options.queryTimeoutMs ?? 5_000;
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    disableLosslessIntegers: true,
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
}
