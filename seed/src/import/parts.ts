import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { startProgress } from '../progress.ts';
import { ReadError, type ImportRecord } from '../records/model.ts';
import { resolveDataset, type ResolutionReport } from '../resolve/resolve-dataset.ts';
import { beginRun, completedRun, finishRun, partHash, writePart } from '../write/write-parts.ts';
import {
  digests,
  fileDecisions,
  ImportRefused,
  type ImportOptions,
  type ImportPlan,
  type ImportReport,
} from './plan.ts';
import { datasetInfo } from './whole.ts';

/** Entries kept per list of a report summed over parts; the rest are counted. */
const REPORT_LIST_LIMIT = 1_000;

/** Records of the files, counted up to a little past `limit`: enough to know whether to read them in parts. */
export async function countRecords(plan: ImportPlan, limit: number): Promise<number> {
  let count = 0;
  for await (const part of readParts(plan, limit)) {
    count += part.length;
    if (count > limit) break;
  }
  return count;
}

const whereIs = (record: ImportRecord) =>
  record.type === 'skipped' ? `${record.file} ${record.locator}` : `${record.evidence.file} ${record.evidence.locator}`;

/**
 * The files' records in parts of about `size`: a part ends only where the locator changes, so
 * the records of one entry of a file (a publication, its venue, its authors) share a part.
 */
async function* readParts(plan: ImportPlan, size: number): AsyncGenerator<ImportRecord[]> {
  let part: ImportRecord[] = [];
  for (const [i, file] of plan.paths.entries()) {
    try {
      for await (const record of plan.readers[i]!.read(file)) {
        if (part.length >= size && whereIs(record) !== whereIs(part.at(-1)!)) {
          yield part;
          part = [];
        }
        part.push(record);
      }
    } catch (error) {
      if (error instanceof ReadError) throw new ImportRefused(`${file}: ${error.message}`);
      throw error;
    }
  }
  if (part.length > 0) yield part;
}

function emptyReport(): ResolutionReport {
  return {
    records: 0,
    entities: { created: 0, matched: 0 },
    merges: [],
    matches: [],
    possibleDuplicates: [],
    skipped: [],
    warnings: [],
    omitted: { merges: 0, matches: 0, possibleDuplicates: 0, skipped: 0, warnings: 0 },
  };
}

/** Adds a part's resolution to the total: counts in full, each list up to its limit. */
function addPart(total: ResolutionReport, part: ResolutionReport): void {
  total.records += part.records;
  total.entities.created += part.entities.created;
  total.entities.matched += part.entities.matched;
  for (const list of ['merges', 'matches', 'possibleDuplicates', 'skipped', 'warnings'] as const) {
    const entries = part[list] as unknown[];
    const room = Math.max(REPORT_LIST_LIMIT - total[list].length, 0);
    (total[list] as unknown[]).push(...entries.slice(0, room));
    total.omitted![list] += Math.max(entries.length - room, 0);
  }
}

/**
 * A file too large to hold is read, resolved and written a part at a time (see write-parts.ts);
 * each part is resolved against the graph, where the parts before it already are. A re-import
 * first resolves the parts again without writing, and stops writing nothing if every part
 * comes out as the last complete import wrote it. `--strict` reads the files once more first,
 * since a part is written before the next is read.
 */
export async function importInParts(
  driver: Driver,
  plan: ImportPlan,
  partSize: number,
  options: ImportOptions,
): Promise<ImportReport> {
  const log = options.log ?? (() => {});
  const { dataset, format } = plan;
  if (options.strict) await refuseSkipped(plan, partSize);
  const files = await digests(plan.paths);
  const decisions = fileDecisions(options);
  const run = randomUUID();
  const resolve = (records: ImportRecord[]) =>
    resolveDataset(driver, records, { dataset, database: options.database, decisions, run });
  const base = { dataset, format, files, dryRun: options.dryRun ?? false };

  const previous = options.dryRun ? undefined : await completedRun(driver, dataset, options.database);
  if (previous) {
    log(`Comparing ${dataset} with its last import, part by part...`);
    const resolution = emptyReport();
    let parts = 0;
    const progress = options.progress ? startProgress(`Comparing ${dataset}`, 'records') : undefined;
    try {
      for await (const records of readParts(plan, partSize)) {
        const { graph, report } = await resolve(records);
        if (partHash(graph) !== previous.partHashes[parts++]) break;
        addPart(resolution, report);
        progress?.update(resolution.records);
      }
    } finally {
      progress?.stop();
    }
    if (parts === previous.partHashes.length) {
      log(`Dataset ${dataset} is already in the graph as given: nothing to write.`);
      // Each part found the others' entities in the graph: the dataset's own count says how many there are.
      resolution.entities = { created: 0, matched: previous.summary.nodeCount };
      return { ...base, resolution, written: previous.summary, parts };
    }
  }

  log(`Importing ${dataset} in parts of about ${partSize} records${options.dryRun ? ' (dry run)' : ''}...`);
  const info = { format, files };
  const state = options.dryRun ? undefined : await beginRun(driver, dataset, info, { run, database: options.database });
  if (state?.summary.interrupted) log(`An import of ${dataset} begun at ${state.summary.interrupted} did not finish.`);
  const resolution = emptyReport();
  const hashes: string[] = [];
  let parts = 0;
  const progress = options.progress ? startProgress(`Importing ${dataset}`, 'records') : undefined;
  try {
    for await (const records of readParts(plan, partSize)) {
      const { graph, report } = await resolve(records);
      addPart(resolution, report);
      parts++;
      if (state) {
        const flagged = datasetInfo({ format, files, resolution: report }).possibleDuplicates;
        await writePart(driver, state, graph, flagged);
        hashes.push(partHash(graph));
      }
      progress?.update(resolution.records);
    }
  } finally {
    progress?.stop();
  }
  if (!state) return { ...base, resolution, parts };
  log(`Taking back what ${dataset} no longer says...`);
  const written = await finishRun(driver, state, info, hashes);
  return { ...base, resolution, written, parts };
}

/** --strict for a file read in parts: every record is read once before anything is written. */
async function refuseSkipped(plan: ImportPlan, partSize: number): Promise<void> {
  let count = 0;
  let first: ImportRecord | undefined;
  for await (const part of readParts(plan, partSize)) {
    for (const record of part) {
      if (record.type !== 'skipped') continue;
      count++;
      first ??= record;
    }
  }
  if (first?.type === 'skipped') {
    throw new ImportRefused(
      `--strict: ${count} records cannot be imported, the first at ${first.file} ${first.locator}: ${first.reason}.`,
    );
  }
}
