import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { detectReader, FORMATS, readerFor } from '../read/index.ts';
import type { Reader } from '../records/model.ts';
import type { ResolutionReport } from '../resolve/resolve-dataset.ts';
import { READ_DATASET } from '../write/cypher.ts';
import type { Decision, DecisionOutcome } from '../decide/decide.ts';
import { decisionsFile, DecisionsFileError, readDecisionsFile } from '../decide/decisions-file.ts';
import type { DatasetFile, WriteSummary } from '../write/write-dataset.ts';

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
  /** Records per part for a large file read in parts (see importInParts); default 100,000. */
  partRecords?: number;
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
  /** How many parts the files were read in, when too large to read at once. */
  parts?: number;
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

export async function sha256(file: string): Promise<string> {
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

/** Files checked and named as one dataset, each with its reader. */
export interface ImportPlan {
  dataset: string;
  format: string;
  paths: string[];
  readers: Reader[];
}

/** Names the dataset and picks each file's reader; refuses what cannot be imported. */
export async function planImport(
  driver: Driver,
  paths: string[],
  options: Pick<ImportOptions, 'dataset' | 'format' | 'database'>,
): Promise<ImportPlan> {
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
  return { dataset, format, paths, readers };
}

export function fileDecisions(options: Pick<ImportOptions, 'decisions'>): Decision[] {
  const file = options.decisions === false ? undefined : (options.decisions ?? decisionsFile());
  try {
    return file ? readDecisionsFile(file) : [];
  } catch (error) {
    if (error instanceof DecisionsFileError) throw new ImportRefused(error.message);
    throw error;
  }
}

export async function digests(paths: string[]): Promise<DatasetFile[]> {
  const files: DatasetFile[] = [];
  for (const file of paths) files.push({ name: path.basename(file), sha256: await sha256(file) });
  return files;
}
