import {
  readDbSettings,
  resolveNeo4j,
  runningManagedNeo4j,
  startManagedNeo4j,
  stopDetachedNeo4j,
  type RunningManagedNeo4j,
} from '@cohort/db';
import neo4j, { type Driver } from 'neo4j-driver';
import { ImportRefused, type ImportOptions, type ImportReport } from '../import/plan.ts';
import { datasetInfo, prepareImport } from '../import/whole.ts';
import { bulkLoadDatasets, finishBulkLoad } from './bulk-load.ts';
import { COUNT_NODES } from './cypher.ts';

export type BulkImportOptions = Omit<ImportOptions, 'dryRun' | 'database'> & { env?: NodeJS.ProcessEnv };

export interface BulkImportReport extends ImportReport {
  bulk: { csvSeconds: number; importSeconds: number };
}

const noop = async () => {};
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** NEO4J_URI may name the managed Neo4j itself (db:start prints that address); any other server is out of reach. */
function isManaged(uri: string, running: RunningManagedNeo4j | undefined): boolean {
  if (!running) return false;
  try {
    const url = new URL(uri);
    return LOCAL_HOSTS.has(url.hostname) && Number(url.port || 7687) === running.port;
  } catch {
    return false;
  }
}

const connect = (target: { uri: string; username: string; password: string }): Driver =>
  neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));

/**
 * A first import of a large dataset into the empty database of the managed Neo4j: the files
 * are read and resolved as by importFiles, then loaded with neo4j-admin while that Neo4j is
 * stopped, and the schema is built once it runs again. The graph is the one the online writer
 * would make. A Neo4j that `npm run db:start` runs is stopped and started again; one started
 * here is stopped at the end.
 */
export async function bulkImportFiles(paths: string[], options: BulkImportOptions = {}): Promise<BulkImportReport> {
  const log = options.log ?? (() => {});
  const env = options.env ?? process.env;
  const settings = readDbSettings(env);
  const { home, database } = settings;
  const before = runningManagedNeo4j(home);
  if (settings.uri && !isManaged(settings.uri, before)) {
    throw new ImportRefused(
      `--bulk writes the store of the Neo4j Cohort manages on this machine (data in ${home}), but NEO4J_URI ` +
        `points at ${settings.uri}, which it does not manage. Unset NEO4J_URI to load the managed Neo4j, ` +
        'or import without --bulk.',
    );
  }
  const local = { ...env, NEO4J_URI: '' };
  const target = await resolveNeo4j(local, { log });
  let prepared;
  try {
    const driver = connect(target);
    try {
      const { records } = await driver.executeQuery(COUNT_NODES, {}, { database, routing: 'READ' });
      const nodes = Number(records[0]?.get('nodes') ?? 0);
      if (nodes > 0) {
        throw new ImportRefused(
          `--bulk loads an empty database only, and the managed Neo4j's database (data in ${home}) holds ` +
            `${nodes} nodes. Import without --bulk to add to it. Nothing was changed.`,
        );
      }
      if (before?.owner !== undefined) {
        throw new ImportRefused(
          `--bulk must stop the managed Neo4j (pid ${before.pid}) to write its store, but the process ` +
            `${before.owner} that started it (npm start) is using it. Stop that process first.`,
        );
      }
      prepared = await prepareImport(driver, paths, { ...options, database });
    } finally {
      await driver.close();
    }
  } catch (error) {
    await target.release();
    throw error;
  }

  const { dataset, format, files, graph, resolution } = prepared;
  if (before) {
    log(`Stopping the managed Neo4j (pid ${before.pid}) for the bulk import; it is started again afterwards.`);
    await stopDetachedNeo4j(home);
  } else await target.release();
  let loaded;
  try {
    loaded = await bulkLoadDatasets(settings, [{ name: dataset, graph, info: datasetInfo(prepared) }], {
      log,
      env: local,
    });
  } catch (error) {
    if (before) await startManagedNeo4j({ home, port: before.port, detached: true, env: local, log });
    throw error;
  }
  // The restarted Neo4j is of the same kind as before: db:start's again, or ours to stop at the end.
  const after = before
    ? { ...(await startManagedNeo4j({ home, port: before.port, detached: true, env: local, log })), release: noop }
    : await resolveNeo4j(local, { log });
  try {
    log('Building the constraints and indexes...');
    const driver = connect(after);
    try {
      await finishBulkLoad(driver, loaded.datasets, { database });
    } finally {
      await driver.close();
    }
  } finally {
    await after.release();
  }
  return {
    dataset,
    format,
    files,
    dryRun: false,
    resolution,
    written: loaded.datasets[0]!.summary,
    bulk: { csvSeconds: loaded.csvSeconds, importSeconds: loaded.importSeconds },
  };
}
