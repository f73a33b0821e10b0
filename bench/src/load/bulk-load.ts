import { rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, startManagedNeo4j } from '@cohort/db';
import { bulkLoadDataset, finishBulkLoad, type SeedNode, type SeedRelationship } from '@cohort/seed';
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

/**
 * The same rows as one dataset through `npm run import -- --bulk`'s path, into an empty Neo4j
 * of its own: CSV files, neo4j-admin with Neo4j stopped, the restart, the schema and its
 * indexes online. The clock runs from the CSV files to the indexes, restart included, as a
 * user waits for it.
 */
export async function loadBulk(
  tier: TierSpec,
  nodes: SeedNode[],
  relationships: SeedRelationship[],
  log: (line: string) => void,
): Promise<BulkFigures> {
  const home = bulkHome(tier);
  rmSync(home, { recursive: true, force: true });
  const options = { home, port: 0, heap: tier.heap, pageCache: tier.pageCache, startTimeoutMs: 180_000, log: () => {} };
  try {
    // A first start makes the empty store, its conf and its password; the import replaces the store.
    await (await startManagedNeo4j(options)).stop();
    const started = performance.now();
    const loaded = await bulkLoadDataset(
      { home, database: undefined },
      'bench-bulk',
      { nodes, relationships },
      { format: 'bench', files: [] },
      { log: (line) => /^(IMPORT DONE|Imported|\s+\d+ (nodes|relationships))/.test(line) && log(`  ${line.trim()}`) },
    );
    const server = await startManagedNeo4j(options);
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
    try {
      await finishBulkLoad(driver, 'bench-bulk', loaded.deferred);
      return {
        ...figures(nodes.length, relationships.length, started),
        csvSeconds: loaded.csvSeconds,
        importSeconds: loaded.importSeconds,
      };
    } finally {
      await driver.close();
      await server.stop();
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
