import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { SeedGraph } from './graph/types.ts';
import { startProgress } from './progress.ts';
import { detectReader, FORMATS, readerFor } from './read/index.ts';
import { ReadError, type ImportRecord, type Reader } from './records/model.ts';
import { resolveDataset, type ResolutionReport } from './resolve/resolve-dataset.ts';
import { READ_DATASET } from './write/cypher.ts';
import type { Decision, DecisionOutcome } from './decide/decide.ts';
import { applyDecisionsFile, decisionsFile, DecisionsFileError, readDecisionsFile } from './decide/decisions-file.ts';
import { writeDataset, type DatasetFile, type DatasetInfo, type WriteSummary } from './write/write-dataset.ts';

/** The import did not happen; the message says why, and the graph is as it was. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

export interface ImportOptions {
  /** Default: the first path's name without its extension. */
  dataset?: string;
  /** Default: detected from each file's name and content. */
  format?: string;
  /** Read and resolve, report, write nothing. */
  dryRun?: boolean;
  /** Refuse the whole import when any record has to be skipped. */
  strict?: boolean;
  /** Show progress while reading and writing (the CLI does; tests and the API do not). */
  progress?: boolean;
  database?: string;
  log?: (line: string) => void;
  /**
   * The curated decisions on possible duplicates to honour (see decide/decisions-file.ts); by
   * default COHORT_DECISIONS, or seed/decisions.yaml when it exists; false for none.
   */
  decisions?: string | false;
}

export interface ImportReport {
  dataset: string;
  format: string;
  files: DatasetFile[];
  dryRun: boolean;
  resolution: ResolutionReport;
  /** What the decisions file decided that the graph did not hold yet; absent on a dry run. */
  decided?: DecisionOutcome[];
  /** What was written; absent on a dry run. */
  written?: WriteSummary;
}

const HEAD_BYTES = 8192;
const DATASET_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,79}$/u;

async function head(file: string): Promise<string> {
  const info = await stat(file);
  if (info.isDirectory()) return (await readdir(file)).join('\n');
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

async function sha256(file: string): Promise<string> {
  const info = await stat(file);
  const hash = createHash('sha256');
  if (info.isDirectory()) {
    for (const name of (await readdir(file)).sort()) {
      hash.update(name);
      hash.update(await sha256(path.join(file, name)));
    }
    return hash.digest('hex');
  }
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function chooseReader(file: string, format: string | undefined): Promise<Reader> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new ImportRefused(`${file} does not exist.`);
  if (info.isFile() && info.size === 0) throw new ImportRefused(`${file} is empty.`);
  if (format) {
    const reader = readerFor(format);
    if (!reader) throw new ImportRefused(`Unknown format "${format}"; the formats are ${FORMATS.join(', ')}.`);
    return reader;
  }
  const reader = detectReader(path.basename(file), await head(file));
  if (!reader) {
    throw new ImportRefused(
      `Cannot tell the format of ${file} from its name and content. Name it with --format ` +
        `(${FORMATS.join(', ')}).`,
    );
  }
  return reader;
}

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
  const log = options.log ?? (() => {});
  if (paths.length === 0) throw new ImportRefused('Name at least one file or folder to import.');
  const dataset = options.dataset ?? path.basename(paths[0]!).replace(/\.[^.]+$/, '');
  if (!DATASET_NAME.test(dataset)) {
    throw new ImportRefused(
      `"${dataset}" cannot name a dataset: use letters, digits, spaces, dots, dashes and underscores (at most 80).`,
    );
  }
  const readers = await Promise.all(paths.map((file) => chooseReader(file, options.format)));
  const format = readers[0]!.format;
  const mixed = readers.find((reader) => reader.format !== format);
  if (mixed) {
    throw new ImportRefused(
      `One dataset holds one format: ${paths[0]} is ${format}, but another file is ${mixed.format}.`,
    );
  }
  const existing = (
    await driver.executeQuery(READ_DATASET, { dataset }, { database: options.database, routing: 'READ' })
  ).records[0]?.get('dataset') as { format?: string } | null;
  if (existing?.format && existing.format !== format) {
    throw new ImportRefused(
      `The dataset "${dataset}" exists with the format ${existing.format}; this is ${format}. ` +
        'Choose another name with --dataset, or remove it first with --remove.',
    );
  }

  const records: ImportRecord[] = [];
  const files: DatasetFile[] = [];
  for (const [i, file] of paths.entries()) {
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

function fileDecisions(options: Pick<ImportOptions, 'decisions'>): Decision[] {
  const file = options.decisions === false ? undefined : (options.decisions ?? decisionsFile());
  try {
    return file ? readDecisionsFile(file) : [];
  } catch (error) {
    if (error instanceof DecisionsFileError) throw new ImportRefused(error.message);
    throw error;
  }
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

/**
 * Imports files as one dataset: read and resolved (see prepareImport), then written (see
 * writeDataset). Re-importing the same files changes nothing.
 */
export async function importFiles(driver: Driver, paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
  // The merges a decisions file asks for come first, so that resolution meets the graph as decided.
  const decided = options.dryRun
    ? undefined
    : await applyDecisionsFile(driver, fileDecisions(options), { database: options.database });
  const { dataset, format, files, graph, resolution } = await prepareImport(driver, paths, options);
  if (options.dryRun) return { dataset, format, files, dryRun: true, resolution };
  const log = options.log ?? (() => {});
  const written = await writeDataset(driver, dataset, graph, datasetInfo({ format, files, resolution }), {
    database: options.database,
    log,
    progress: options.progress,
  });
  return { dataset, format, files, dryRun: false, resolution, written, decided };
}
