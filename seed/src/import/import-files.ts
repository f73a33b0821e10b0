import type { Driver } from 'neo4j-driver';
import { applyDecisionsFile } from '../decide/decisions-file.ts';
import { writeDataset } from '../write/write-dataset.ts';
import { countRecords, importInParts } from './parts.ts';
import { fileDecisions, planImport, type ImportOptions, type ImportReport } from './plan.ts';
import { datasetInfo, prepareWhole } from './whole.ts';

/*
 * An import: plan.ts checks the files and names the dataset, whole.ts reads and resolves files
 * held in memory at once, parts.ts takes a file too large for that a part at a time.
 */

/** Records per part of a file read in parts: about 200 MB of live heap while one is resolved and written. */
const PART_RECORDS = 100_000;
/**
 * Formats whose large files are read in parts: each record carries its strong key (a DBLP key,
 * a DBLP name), and the records one entry of the file gives (its entities and the relations
 * between them) come together, so a part never splits them.
 */
const STREAMED_FORMATS = new Set(['dblp']);

/**
 * Imports files as one dataset: read and resolved (see prepareImport), then written (see
 * writeDataset). Re-importing the same files changes nothing.
 */
export async function importFiles(driver: Driver, paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
  // The merges a decisions file asks for come first, so that resolution meets the graph as decided.
  const decided = options.dryRun
    ? undefined
    : await applyDecisionsFile(driver, fileDecisions(options), { database: options.database });
  const plan = await planImport(driver, paths, options);
  const partSize = options.partRecords ?? (Number(process.env.COHORT_IMPORT_PART_RECORDS) || PART_RECORDS);
  if (STREAMED_FORMATS.has(plan.format) && (await countRecords(plan, partSize)) > partSize) {
    return { ...(await importInParts(driver, plan, partSize, options)), decided };
  }
  const { dataset, format, files, graph, resolution } = await prepareWhole(driver, plan, options);
  if (options.dryRun) return { dataset, format, files, dryRun: true, resolution };
  const log = options.log ?? (() => {});
  const written = await writeDataset(driver, dataset, graph, datasetInfo({ format, files, resolution }), {
    database: options.database,
    log,
    progress: options.progress,
  });
  return { dataset, format, files, dryRun: false, resolution, written, decided };
}
