import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { SeedGraph } from '../graph/types.ts';
import { startProgress } from '../progress.ts';
import { ReadError, type ImportRecord } from '../records/model.ts';
import { resolveDataset, type ResolutionReport } from '../resolve/resolve-dataset.ts';
import type { DatasetFile, DatasetInfo } from '../write/write-dataset.ts';
import { fileDecisions, ImportRefused, planImport, sha256, type ImportOptions, type ImportPlan } from './plan.ts';

/** A dataset read and resolved, ready to be written. */
export interface PreparedImport {
  dataset: string;
  format: string;
  files: DatasetFile[];
  graph: SeedGraph;
  resolution: ResolutionReport;
}

/**
 * Reads files as one dataset, each by the reader of its format, and resolves the records
 * against each other and against the graph. Writes nothing.
 */
export async function prepareImport(
  driver: Driver,
  paths: string[],
  options: Omit<ImportOptions, 'dryRun'> = {},
): Promise<PreparedImport> {
  return prepareWhole(driver, await planImport(driver, paths, options), options);
}

export async function prepareWhole(
  driver: Driver,
  plan: ImportPlan,
  options: Omit<ImportOptions, 'dryRun'>,
): Promise<PreparedImport> {
  const { dataset, format, readers } = plan;
  const log = options.log ?? (() => {});
  const records: ImportRecord[] = [];
  const files: DatasetFile[] = [];
  for (const [i, file] of plan.paths.entries()) {
    log(`Reading ${file} (${format})...`);
    const progress = options.progress ? startProgress(path.basename(file), 'records') : undefined;
    try {
      for await (const record of readers[i]!.read(file)) {
        records.push(record);
        progress?.update(records.length);
      }
    } catch (error) {
      if (error instanceof ReadError) throw new ImportRefused(`${file}: ${error.message}`);
      throw error;
    } finally {
      progress?.stop();
    }
    files.push({ name: path.basename(file), sha256: await sha256(file) });
  }
  const skipped = records.filter((r) => r.type === 'skipped');
  if (options.strict && skipped.length > 0) {
    const first = skipped[0]!;
    throw new ImportRefused(
      `--strict: ${skipped.length} records cannot be imported, the first at ${first.file} ${first.locator}: ${first.reason}.`,
    );
  }
  log(`Resolving ${records.length} records...`);
  const { graph, report } = await resolveDataset(driver, records, {
    dataset,
    database: options.database,
    decisions: fileDecisions(options),
  });
  return { dataset, format, files, graph, resolution: report };
}

/** What the writer records of a prepared dataset, besides its graph: the bulk load records the same. */
export function datasetInfo(prepared: Pick<PreparedImport, 'format' | 'files' | 'resolution'>): DatasetInfo {
  const possibleDuplicates = prepared.resolution.possibleDuplicates.map((d) => ({
    entities: d.entities,
    for: d.for,
    against: d.against,
    where: d.where,
  }));
  return { format: prepared.format, files: prepared.files, possibleDuplicates };
}
