import { rmSync } from 'node:fs';
import path from 'node:path';
import { importDatabase, type DbSettings, type ImportSources } from '@cohort/db';
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
import { writeSession } from '../store/write-session.ts';

/** One dataset of a bulk load: the graph the online writer would be given. */
export interface BulkDataset {
  name: string;
  graph: SeedGraph;
  info: DatasetInfo;
}

/** What a dataset's CSV files could not carry, to be set once Neo4j runs. */
export interface BulkLoadedDataset {
  dataset: string;
  summary: WriteSummary;
  deferred: Deferrals;
}

export interface BulkLoaded {
  datasets: BulkLoadedDataset[];
  /** Seconds spent writing the CSV files, and in neo4j-admin. */
  csvSeconds: number;
  importSeconds: number;
}

/** Indexes are built over the whole graph at once after a bulk load: give them time. */
const INDEX_WAIT_SECONDS = 3_600;
const BATCH_ROWS = 5_000;

/**
 * Writes each dataset as CSV files under the managed Neo4j's import folder and loads them all
 * with one neo4j-admin run into its database, which must be empty, while that Neo4j is
 * stopped. The datasets are taken one at a time from the iterable, so a graph too large for
 * memory can come as many datasets; a relationship may end at a node of another dataset. The
 * files are removed afterwards. Once Neo4j runs again, finishBulkLoad completes the graph.
 */
export async function bulkLoadDatasets(
  settings: Pick<DbSettings, 'home' | 'database'>,
  datasets: Iterable<BulkDataset>,
  options: { log?: (line: string) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<BulkLoaded> {
  const log = options.log ?? (() => {});
  const dir = path.join(settings.home, 'import', `bulk-${process.pid}-${Date.now()}`);
  try {
    let started = performance.now();
    const loaded: BulkLoadedDataset[] = [];
    let sources: ImportSources | undefined;
    let nodes = 0;
    let relationships = 0;
    for (const { name, graph, info } of datasets) {
      const files = await writeBulkFiles(path.join(dir, String(loaded.length).padStart(4, '0')), name, graph, info);
      sources = joinSources(sources, files.sources);
      loaded.push({ dataset: name, summary: files.summary, deferred: files.deferred });
      nodes += graph.nodes.length;
      relationships += graph.relationships.length;
    }
    if (!sources) throw new Error('A bulk load needs at least one dataset.');
    const csvSeconds = (performance.now() - started) / 1000;
    log(
      `Wrote ${sources.nodes.length + sources.relationships.length} CSV files for neo4j-admin ` +
        `(${nodes} nodes, ${relationships} relationships) in ${csvSeconds.toFixed(1)} s.`,
    );
    started = performance.now();
    await importDatabase(settings, sources, { log, env: options.env });
    const importSeconds = (performance.now() - started) / 1000;
    return { datasets: loaded, csvSeconds, importSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** neo4j-admin reads every file with one array delimiter. */
function joinSources(all: ImportSources | undefined, next: ImportSources): ImportSources {
  if (!all) return next;
  if (all.arrayDelimiter !== next.arrayDelimiter) {
    throw new Error(
      'The datasets of this bulk load need different list delimiters (their lists contain control ' +
        'characters); load them one at a time.',
    );
  }
  return {
    nodes: [...all.nodes, ...next.nodes],
    relationships: [...all.relationships, ...next.relationships],
    arrayDelimiter: all.arrayDelimiter,
    multilineFields: all.multilineFields || next.multilineFields,
  };
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
  loaded: BulkLoadedDataset[],
  options: { database?: string } = {},
): Promise<void> {
  const session = writeSession(driver, options.database);
  try {
    await ensureSchema(session, INDEX_WAIT_SECONDS);
    for (const { dataset, deferred } of loaded) {
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
    }
  } finally {
    await session.close();
  }
}
