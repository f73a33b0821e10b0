import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_DATA_DIR, sourcesDirFor } from '../paths.ts';
import { SeedValidationError } from '../problems.ts';
import { validateSeedData } from '../validate.ts';
import { writeDataset, type WriteSummary } from '../write/write-dataset.ts';

export interface LoadOptions {
  /** Empty the whole database first (in the same transaction as the load). */
  reset?: boolean;
  database?: string;
  dataDir?: string;
  /** Where the source documents are; by default `sources` beside the data folder. */
  sourcesDir?: string;
  log?: (line: string) => void;
}

export type LoadSummary = WriteSummary;

/** The curated seed is a dataset like any import, under this name. */
export const SEED_DATASET = 'seed';

/**
 * Validates the seed data and writes it as the dataset `seed`: what the seed no longer says
 * leaves the graph unless another dataset says it too, and what other datasets say stays.
 * The seed is small enough to be written in one transaction, so a failure changes nothing.
 */
export async function loadSeedGraph(driver: Driver, options: LoadOptions = {}): Promise<LoadSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const validation = validateSeedData(dataDir, { sourcesDir: options.sourcesDir });
  if (!validation.graph) throw new SeedValidationError(validation.problems);
  const graph = validation.graph;
  log(
    `Validated ${validation.files} data files: ${validation.entities} entities, ${validation.facts} facts ` +
      `-> ${graph.nodes.length} nodes, ${graph.relationships.length} relationships.`,
  );
  const files = [...fileHashes(dataDir), ...fileHashes(options.sourcesDir ?? sourcesDirFor(dataDir))];
  const summary = await writeDataset(
    driver,
    SEED_DATASET,
    graph,
    { format: 'cohort-yaml', files },
    {
      database: options.database,
      reset: options.reset,
      log,
    },
  );
  if (summary.reset) log('Emptied the database before loading.');
  return summary;
}

function fileHashes(dir: string): { name: string; sha256: string }[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({
      name,
      sha256: createHash('sha256')
        .update(readFileSync(path.join(dir, name)))
        .digest('hex'),
    }));
}
