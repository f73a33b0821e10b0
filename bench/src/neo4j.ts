import path from 'node:path';
import { repoRoot, startManagedNeo4j, type RunningNeo4j } from '@cohort/db';
import { createDriver } from '@cohort/server';
import type { Driver } from 'neo4j-driver';
import type { TierSpec } from './tiers.ts';

/** Each tier keeps its own Neo4j home, so T1 is generated and loaded once and reused afterwards. */
export const benchHome = (tier: TierSpec) => path.join(repoRoot, '.cohort', `bench-${tier.name.toLowerCase()}`);

export interface BenchDatabase {
  neo4j: RunningNeo4j;
  driver: Driver;
  version: string;
  stop(): Promise<void>;
}

/**
 * A managed Neo4j of the bench's own on a free port, never the developer's: the bench writes
 * hundreds of thousands of synthetic people. The transaction timeout is raised for the load;
 * queries still run with the server's own 5 s read timeout.
 */
export async function startBenchDatabase(tier: TierSpec, log: (line: string) => void): Promise<BenchDatabase> {
  const neo4j = await startManagedNeo4j({
    home: benchHome(tier),
    port: 0,
    heap: tier.heap,
    pageCache: tier.pageCache,
    transactionTimeout: '300s',
    startTimeoutMs: 180_000,
    log,
  });
  const driver = createDriver(neo4j);
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
  const version = String(records[0]?.get('version') ?? 'unknown');
  return {
    neo4j,
    driver,
    version,
    async stop() {
      await driver.close();
      await neo4j.stop();
    },
  };
}
