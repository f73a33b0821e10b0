import { rmSync } from 'node:fs';
import path from 'node:path';
import { importDatabase, type DbSettings } from '@cohort/db';
import type { Driver } from 'neo4j-driver';
import type { SeedGraph } from '../graph/types.ts';
import { ensureSchema } from '../store/schema.ts';
import type { DatasetInfo, WriteSummary } from '../write/write-dataset.ts';
import { writeBulkFiles, type Deferrals } from './bulk-files.ts';
import {
  SET_CHUNK_PROPERTIES,
  SET_DATASET_PROPERTIES,
  SET_ENTITY_PROPERTIES,
  SET_FLAG_PROPERTIES,
  SET_RELATIONSHIP_PROPERTIES,
} from './cypher.ts';

export interface BulkLoaded {
  summary: WriteSummary;
  deferred: Deferrals;
  /** Seconds spent writing the CSV files, and in neo4j-admin. */
  csvSeconds: number;
  importSeconds: number;
}

/** Indexes are built over the whole graph at once after a bulk load: give them time. */
const INDEX_WAIT_SECONDS = 3_600;
const BATCH_ROWS = 5_000;

/**
 * Writes the dataset as CSV files under the managed Neo4j's import folder and loads them with
 * neo4j-admin into its database, which must be empty, while that Neo4j is stopped. The files
 * are removed afterwards. Once Neo4j runs again, finishBulkLoad completes the graph.
 */
export async function bulkLoadDataset(
  settings: Pick<DbSettings, 'home' | 'database'>,
  dataset: string,
  graph: SeedGraph,
  info: DatasetInfo,
  options: { log?: (line: string) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<BulkLoaded> {
  const log = options.log ?? (() => {});
  const dir = path.join(settings.home, 'import', `bulk-${process.pid}-${Date.now()}`);
  try {
    let started = performance.now();
    const files = await writeBulkFiles(dir, dataset, graph, info);
    const csvSeconds = (performance.now() - started) / 1000;
    log(
      `Wrote ${files.sources.nodes.length + files.sources.relationships.length} CSV files for neo4j-admin ` +
        `(${graph.nodes.length} nodes, ${graph.relationships.length} relationships) in ${csvSeconds.toFixed(1)} s.`,
    );
    started = performance.now();
    await importDatabase(settings, files.sources, { log, env: options.env });
    const importSeconds = (performance.now() - started) / 1000;
    return { summary: files.summary, deferred: files.deferred, csvSeconds, importSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) yield rows.slice(i, i + BATCH_ROWS);
}

/**
 * After a bulk load, with Neo4j running: builds the constraints and indexes (waiting until
 * they are online), then sets the values the CSV files could not carry, each found by an index.
 */
export async function finishBulkLoad(
  driver: Driver,
  dataset: string,
  deferred: Deferrals,
  options: { database?: string } = {},
): Promise<void> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    await ensureSchema(session, INDEX_WAIT_SECONDS);
    const run = (statement: string, params: Record<string, unknown>) =>
      session.executeWrite((tx) => tx.run(statement, { dataset, ...params }));
    for (const rows of batches(deferred.entities)) await run(SET_ENTITY_PROPERTIES, { rows });
    for (const [kind, statement] of Object.entries(SET_RELATIONSHIP_PROPERTIES)) {
      const ofKind = deferred.relationships.filter((r) => r.kind === kind);
      for (const rows of batches(ofKind)) await run(statement, { rows });
    }
    for (const rows of batches(deferred.chunks)) await run(SET_CHUNK_PROPERTIES, { rows });
    for (const rows of batches(deferred.flags)) await run(SET_FLAG_PROPERTIES, { rows });
    if (deferred.dataset) await run(SET_DATASET_PROPERTIES, { properties: deferred.dataset });
  } finally {
    await session.close();
  }
}
