import { createHash } from 'node:crypto';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { ENTITY_LABEL, RELATIONSHIP_TYPE } from '../kinds.ts';
import type { SeedGraph } from '../graph/types.ts';
import { ensureSchema } from '../store/schema.ts';
import {
  BEGIN_RUN,
  DELETE_CHUNK,
  DELETE_OTHER_RUNS_POSSIBLE_DUPLICATES,
  OTHER_RUNS_CHUNKS,
  READ_DATASET,
  SWEEP_NODES,
  SWEEP_RELATIONSHIPS,
  UPSERT_NODES,
  UPSERT_RELATIONSHIPS,
  WRITE_DATASET,
  WRITE_RUN_CHUNKS,
  WRITE_RUN_POSSIBLE_DUPLICATES,
} from './cypher.ts';
import { nodeRows, relationshipKey, relationshipRows } from './rows.ts';
import {
  batches,
  datasetProperties,
  flaggedRows,
  idsByKind,
  readChunk,
  type DatasetInfo,
  type WriteSummary,
} from './write-dataset.ts';
import { writeSession } from '../store/write-session.ts';

/*
 * A dataset too large to hold in memory is written part by part, by one run with its own id.
 * Every node and relationship a part writes is stamped with the run, and each write batch
 * records the ids it stamped first (a membership chunk, in the same transaction), so what the
 * run wrote is always on record. When the last part is written, the ids the dataset's other
 * runs recorded are swept: those this run did not stamp lose the dataset's word. The sweep
 * reads chunk by chunk, so it costs what the dataset costs, never what the graph does.
 */

export interface PartsRun {
  dataset: string;
  run: string;
  database?: string;
  summary: WriteSummary;
  /** Chunks recorded so far, to number the next. */
  chunks: number;
}

/** What a dataset's last complete run recorded: its parts' hashes and its counts. */
export interface CompletedRun {
  partHashes: string[];
  summary: WriteSummary;
}

/** Possible-duplicate flags deleted per transaction when a run's flags replace another's. */
const FLAG_BATCH = 10_000;

export function partHash(graph: SeedGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

function runHash(format: string, partHashes: string[]): string {
  return createHash('sha256').update(JSON.stringify({ format, partHashes })).digest('hex');
}

function emptySummary(dataset: string): WriteSummary {
  return {
    dataset,
    unchanged: false,
    nodes: {},
    relationships: {},
    nodeCount: 0,
    relationshipCount: 0,
    conflicts: 0,
    removed: { nodes: 0, relationships: 0 },
    reset: false,
  };
}

/** The dataset's last run, when it was written in parts and finished; undefined otherwise. */
export async function completedRun(
  driver: Driver,
  dataset: string,
  database?: string,
): Promise<CompletedRun | undefined> {
  const { records } = await driver.executeQuery(READ_DATASET, { dataset }, { database, routing: 'READ' });
  const stored = records[0]?.get('dataset') as Record<string, unknown> | null | undefined;
  if (!stored || stored.runInProgress || !Array.isArray(stored.partHashes) || typeof stored.counts !== 'string')
    return undefined;
  const counts = JSON.parse(stored.counts) as Pick<WriteSummary, 'nodes' | 'relationships' | 'conflicts'>;
  const total = (byLabel: Record<string, number>) => Object.values(byLabel).reduce((sum, n) => sum + n, 0);
  return {
    partHashes: stored.partHashes as string[],
    summary: {
      ...emptySummary(dataset),
      ...counts,
      unchanged: true,
      nodeCount: total(counts.nodes),
      relationshipCount: total(counts.relationships),
    },
  };
}

/**
 * Marks the dataset as being written by `run`. A mark left by a run that never finished is
 * reported: this run completes what that one began.
 */
export async function beginRun(
  driver: Driver,
  dataset: string,
  info: DatasetInfo,
  options: { run: string; database?: string },
): Promise<PartsRun> {
  const session = writeSession(driver, options.database);
  try {
    await ensureSchema(session);
    const result = await session.executeWrite((tx) =>
      tx.run(BEGIN_RUN, {
        dataset,
        run: options.run,
        format: info.format,
        files: info.files.map((f) => JSON.stringify(f)),
        startedAt: new Date().toISOString(),
      }),
    );
    const summary = emptySummary(dataset);
    const record = result.records[0];
    if (record?.get('interrupted')) summary.interrupted = String(record.get('interruptedStartedAt') ?? 'unknown');
    return { dataset, run: options.run, database: options.database, summary, chunks: 0 };
  } finally {
    await session.close();
  }
}

/** Writes one part's nodes, relationships and possible duplicates, counting what the run had not written yet. */
export async function writePart(
  driver: Driver,
  state: PartsRun,
  graph: SeedGraph,
  flagged: DatasetInfo['possibleDuplicates'],
): Promise<void> {
  const { dataset, run, summary } = state;
  const session = writeSession(driver, state.database);
  const upsert = async (statement: string, rows: unknown[], chunk: (fresh: string[]) => object) =>
    session.executeWrite(async (tx) => {
      const fresh = ((await tx.run(statement, { dataset, run, rows })).records[0]?.get('fresh') as string[]) ?? [];
      if (fresh.length === 0) return fresh;
      const part = neo4j.int(state.chunks++);
      await tx.run(WRITE_RUN_CHUNKS, {
        dataset,
        run,
        chunks: [{ part, nodeIds: [], relationshipKeys: [], ...chunk(fresh) }],
      });
      return fresh;
    });
  try {
    for (const [kind, rows] of nodeRows(graph)) {
      for (const batch of batches(rows)) {
        const fresh = await upsert(UPSERT_NODES[kind], batch, (nodeIds) => ({ nodeIds }));
        summary.nodes[ENTITY_LABEL[kind]] = (summary.nodes[ENTITY_LABEL[kind]] ?? 0) + fresh.length;
        summary.nodeCount += fresh.length;
      }
    }
    for (const [kind, rows] of relationshipRows(graph, dataset)) {
      for (const batch of batches(rows)) {
        const fresh = await upsert(UPSERT_RELATIONSHIPS[kind], batch, (ids) => ({
          relationshipKeys: ids.map((id) => relationshipKey(kind, id)),
        }));
        const type = RELATIONSHIP_TYPE[kind];
        summary.relationships[type] = (summary.relationships[type] ?? 0) + fresh.length;
        summary.relationshipCount += fresh.length;
        const isFresh = new Set(fresh);
        summary.conflicts += batch.filter((row) => row.properties.conflicts && isFresh.has(row.id)).length;
      }
    }
    for (const rows of batches(flaggedRows({ format: '', files: [], possibleDuplicates: flagged })))
      await session.executeWrite((tx) => tx.run(WRITE_RUN_POSSIBLE_DUPLICATES, { dataset, run, rows }));
  } finally {
    await session.close();
  }
}

/** Takes the dataset's word back from what its other runs recorded and this one did not write. */
async function sweep(session: Session, state: PartsRun): Promise<void> {
  const { dataset, run, summary } = state;
  const chunks = await session.executeRead(async (tx) =>
    (await tx.run(OTHER_RUNS_CHUNKS, { dataset, run })).records.map((r) => r.get('chunk') as string),
  );
  const retract = async (statement: string, ids: string[]) => {
    let retracted = 0;
    for (const batch of batches(ids)) {
      const result = await session.executeWrite((tx) => tx.run(statement, { dataset, run, ids: batch }));
      retracted += neo4j.integer.toNumber(result.records[0]?.get('retracted') ?? 0);
    }
    return retracted;
  };
  // Relationships first, from every chunk, so a node is only deleted once nothing of the dataset hangs on it.
  for (const chunk of chunks) {
    const { relationshipKeys } = await readChunk(session, chunk);
    for (const [kind, ids] of idsByKind(relationshipKeys))
      summary.removed.relationships += await retract(SWEEP_RELATIONSHIPS[kind], ids);
  }
  for (const chunk of chunks) {
    summary.removed.nodes += await retract(SWEEP_NODES, (await readChunk(session, chunk)).nodeIds);
    await session.executeWrite((tx) => tx.run(DELETE_CHUNK, { chunk }));
  }
  for (;;) {
    const result = await session.executeWrite((tx) =>
      tx.run(DELETE_OTHER_RUNS_POSSIBLE_DUPLICATES, { dataset, run, limit: neo4j.int(FLAG_BATCH) }),
    );
    if (neo4j.integer.toNumber(result.records[0]?.get('deleted') ?? 0) < FLAG_BATCH) break;
  }
}

/** Ends the run: the sweep, then the Dataset node's record of this run, which clears the mark. */
export async function finishRun(
  driver: Driver,
  state: PartsRun,
  info: DatasetInfo,
  partHashes: string[],
): Promise<WriteSummary> {
  const session = writeSession(driver, state.database);
  try {
    await sweep(session, state);
    const { summary } = state;
    const properties = {
      ...datasetProperties(info, runHash(info.format, partHashes), summary),
      partHashes,
      counts: JSON.stringify({
        nodes: summary.nodes,
        relationships: summary.relationships,
        conflicts: summary.conflicts,
      }),
    };
    await session.executeWrite((tx) => tx.run(WRITE_DATASET, { dataset: state.dataset, properties }));
    return summary;
  } finally {
    await session.close();
  }
}
