import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverTarget {
  uri: string;
  username: string;
  password: string;
}

/**
 * The one driver of the process. The driver's defaults (30 s of retries, 60 s waiting for a
 * pooled connection) would make every request hang while Neo4j is down; these fail fast.
 * Integers arrive as plain numbers: Cohort's counts and years are far below 2^53.
 */
export function createDriver(target: DriverTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    logging: { level: 'error', logger: () => {} },
  });
}
