import { rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, startManagedNeo4j } from '@cohort/db';
import { bulkLoadDatasets, finishBulkLoad, type BulkDataset } from '@cohort/seed';
import neo4j from 'neo4j-driver';
import type { TierSpec } from '../tiers.ts';
import { figures, type LoadFigures } from './figures.ts';

export interface BulkFigures extends LoadFigures {
  /** Of `seconds`: writing the CSV files, and neo4j-admin itself. */
  csvSeconds: number;
  importSeconds: number;
}

/** Scratch: made afresh for each run and removed after it, never the tier's own store. */
export const bulkHome = (tier: TierSpec) => path.join(repoRoot, '.cohort', `bench-${tier.name.toLowerCase()}-bulk`);

const neo4jOptions = (home: string, tier: TierSpec) => ({
  home,
  port: 0,
  heap: tier.heap,
  pageCache: tier.pageCache,
  startTimeoutMs: 600_000,
  log: () => {},
});

/** neo4j-admin's progress is many lines a second; its summary is what a reader wants. */
const adminSummary = (log: (line: string) => void) => (line: string) => {
  if (/^(IMPORT DONE|Imported|\s+\d+ (nodes|relationships))/.test(line)) log(`  ${line.trim()}`);
};

/**
 * `npm run import -- --bulk`'s path on the datasets given, into the store at `home`, which a
 * Neo4j has run from once and which is stopped now: CSV files, neo4j-admin, the restart, the
 * schema and its indexes online, the values the files could not carry. The clock runs from the
 * CSV files to the end, restart included, as a user waits for it. Neo4j is stopped again after.
 */
export async function bulkLoadInto(
  home: string,
  tier: TierSpec,
  datasets: Iterable<BulkDataset>,
  log: (line: string) => void,
): Promise<BulkFigures> {
  const started = performance.now();
  const loaded = await bulkLoadDatasets({ home, database: undefined }, datasets, { log: adminSummary(log) });
  const server = await startManagedNeo4j(neo4jOptions(home, tier));
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  try {
    await finishBulkLoad(driver, loaded.datasets);
  } finally {
    await driver.close();
    await server.stop();
  }
  const count = (of: 'nodeCount' | 'relationshipCount') =>
    loaded.datasets.reduce((sum, { summary }) => sum + summary[of], 0);
  return {
    ...figures(count('nodeCount'), count('relationshipCount'), started),
    csvSeconds: loaded.csvSeconds,
    importSeconds: loaded.importSeconds,
  };
}

/** The datasets bulk-loaded into an empty Neo4j of their own (bulkHome), removed afterwards. */
export async function loadBulk(
  tier: TierSpec,
  datasets: Iterable<BulkDataset>,
  log: (line: string) => void,
): Promise<BulkFigures> {
  const home = bulkHome(tier);
  rmSync(home, { recursive: true, force: true });
  try {
    // A first start makes the empty store, its conf and its password; the import replaces the store.
    await (await startManagedNeo4j(neo4jOptions(home, tier))).stop();
    return await bulkLoadInto(home, tier, datasets, log);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
