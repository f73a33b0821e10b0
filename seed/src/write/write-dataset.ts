import { createHash } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { ENTITY_LABEL, RELATIONSHIP_TYPE, type RelationKind } from '../kinds.ts';
import type { SeedGraph } from '../graph/types.ts';
import { DELETE_ALL } from '../store/cypher.ts';
import { ensureSchema } from '../store/schema.ts';
import {
  DATASET_CHUNKS,
  DELETE_CHUNK,
  DELETE_DATASET,
  DELETE_DATASET_CHUNKS,
  DELETE_POSSIBLE_DUPLICATES,
  READ_DATASET,
  READ_CHUNK,
  READ_DATASET_CHUNKS,
  RETRACT_NODES,
  RETRACT_RELATIONSHIPS,
  UPSERT_NODES,
  UPSERT_RELATIONSHIPS,
  WRITE_DATASET,
  WRITE_DATASET_CHUNKS,
  WRITE_POSSIBLE_DUPLICATES,
} from './cypher.ts';
import { pairId } from '../decide/decide.ts';
import { nodeRows, relationshipKey, relationshipRows } from './rows.ts';
import { startProgress } from '../progress.ts';
import { writeSession } from '../store/write-session.ts';

export interface DatasetFile {
  name: string;
  sha256: string;
}

/** A pair of entities the dataset's resolution could neither merge nor tell apart. */
export interface FlaggedDuplicate {
  entities: [string, string];
  for: string[];
  against: string[];
  /** Where the dataset names them: file and locator. */
  where: string;
}

export interface DatasetInfo {
  format: string;
  files: DatasetFile[];
  /** Kept in the graph for review, replacing what an earlier import of the dataset flagged. */
  possibleDuplicates?: FlaggedDuplicate[];
}

export interface WriteOptions {
  database?: string;
  /** Empty the whole database first (with the write, when the write is one transaction). */
  reset?: boolean;
  log?: (line: string) => void;
  /** Show the rows written as they go, for a dataset written in batches. */
  progress?: boolean;
}

export interface WriteSummary {
  dataset: string;
  /** The dataset was already in the graph exactly as given: nothing was written. */
  unchanged: boolean;
  /** The dataset's nodes by label and relationships by type, as given. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  nodeCount: number;
  relationshipCount: number;
  /** Relationships whose sources disagree on some value. */
  conflicts: number;
  /** What the dataset asserted before and no longer does. */
  removed: { nodes: number; relationships: number };
  reset: boolean;
  /** When an earlier import of the dataset began that never finished: this one completed it. */
  interrupted?: string;
}

/** Rows per write transaction. A dataset that fits in one is written atomically. */
const BATCH_ROWS = 5_000;
/** Ids per membership chunk node: the record of what a dataset asserts, read back on re-import. */
const CHUNK_IDS = 10_000;

type Step = { statement: string; params: Record<string, unknown>; rows: number };

export function batches<T>(rows: T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export function contentHash(graph: SeedGraph, info: DatasetInfo): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: info.format, graph, flagged: info.possibleDuplicates ?? [] }))
    .digest('hex');
}

export function summarise(dataset: string, graph: SeedGraph, reset: boolean): WriteSummary {
  const summary: WriteSummary = {
    dataset,
    unchanged: false,
    nodes: {},
    relationships: {},
    nodeCount: graph.nodes.length,
    relationshipCount: graph.relationships.length,
    conflicts: graph.relationships.filter((r) => r.conflicts.length > 0).length,
    removed: { nodes: 0, relationships: 0 },
    reset,
  };
  for (const node of graph.nodes) {
    const label = ENTITY_LABEL[node.kind];
    summary.nodes[label] = (summary.nodes[label] ?? 0) + 1;
  }
  for (const relationship of graph.relationships) {
    const type = RELATIONSHIP_TYPE[relationship.kind];
    summary.relationships[type] = (summary.relationships[type] ?? 0) + 1;
  }
  return summary;
}

/** What a dataset asserts, as the chunk nodes that record it (at least one, maybe with empty lists). */
export function membershipChunks(nodeIds: string[], relationshipKeys: string[]) {
  const parts = Math.max(Math.ceil(nodeIds.length / CHUNK_IDS), Math.ceil(relationshipKeys.length / CHUNK_IDS), 1);
  return Array.from({ length: parts }, (_, part) => ({
    part: neo4j.int(part),
    nodeIds: nodeIds.slice(part * CHUNK_IDS, (part + 1) * CHUNK_IDS),
    relationshipKeys: relationshipKeys.slice(part * CHUNK_IDS, (part + 1) * CHUNK_IDS),
  }));
}

/** The possible duplicates a dataset flags, as the properties of their nodes (besides the dataset). */
export function flaggedRows(info: DatasetInfo) {
  return (info.possibleDuplicates ?? []).map((d) => ({
    pair: pairId(...d.entities),
    a: d.entities[0],
    b: d.entities[1],
    reasonsFor: d.for,
    reasonsAgainst: d.against,
    locator: d.where,
  }));
}

/** The Dataset node's properties besides its name. */
export function datasetProperties(info: DatasetInfo, hash: string, summary: WriteSummary) {
  return {
    format: info.format,
    files: info.files.map((f) => JSON.stringify(f)),
    importedAt: new Date().toISOString(),
    contentHash: hash,
    nodeCount: neo4j.int(summary.nodeCount),
    relationshipCount: neo4j.int(summary.relationshipCount),
  };
}

/** Relationship ids by kind, from `KIND id` keys. */
export function idsByKind(relationshipKeys: Iterable<string>): Map<RelationKind, string[]> {
  const byKind = new Map<RelationKind, string[]>();
  for (const key of relationshipKeys) {
    const [kind, id] = key.split(' ', 2) as [RelationKind, string];
    const ids = byKind.get(kind) ?? [];
    ids.push(id);
    byKind.set(kind, ids);
  }
  return byKind;
}

/** Takes the dataset's word back from these relationships (`KIND id` keys) and nodes, in batches. */
function retractionSteps(dataset: string, relationshipKeys: Iterable<string>, nodeIds: Iterable<string>): Step[] {
  const steps: Step[] = [];
  for (const [kind, ids] of idsByKind(relationshipKeys)) {
    for (const batch of batches(ids))
      steps.push({ statement: RETRACT_RELATIONSHIPS[kind], params: { dataset, ids: batch }, rows: batch.length });
  }
  for (const batch of batches([...nodeIds]))
    steps.push({ statement: RETRACT_NODES, params: { dataset, ids: batch }, rows: batch.length });
  return steps;
}

/** The ids one membership chunk records. */
export async function readChunk(session: Session, chunk: string) {
  const record = (await session.executeRead((tx) => tx.run(READ_CHUNK, { chunk }))).records[0];
  return {
    nodeIds: (record?.get('nodeIds') as string[] | undefined) ?? [],
    relationshipKeys: (record?.get('relationshipKeys') as string[] | undefined) ?? [],
  };
}

async function previousMembership(tx: ManagedTransaction, dataset: string) {
  const nodeIds = new Set<string>();
  const relationshipKeys = new Set<string>();
  for (const record of (await tx.run(READ_DATASET_CHUNKS, { dataset })).records) {
    for (const id of record.get('nodeIds') as string[]) nodeIds.add(id);
    for (const key of record.get('relationshipKeys') as string[]) relationshipKeys.add(key);
  }
  return { nodeIds, relationshipKeys };
}

/**
 * Makes the graph hold what `dataset` says, as `graph`: its nodes and relationships are merged
 * on their ids, carrying the dataset's name and evidence; what it said before and no longer says
 * loses the dataset's evidence, and goes when no other dataset says it. Every statement starts
 * from an index, so the cost follows the dataset, not the graph. A dataset small enough for one
 * transaction is written atomically; a larger one in batches, each committed, so a re-run after
 * a crash completes it.
 */
export async function writeDataset(
  driver: Driver,
  dataset: string,
  graph: SeedGraph,
  info: DatasetInfo,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const log = options.log ?? (() => {});
  const reset = options.reset ?? false;
  const summary = summarise(dataset, graph, reset);
  const hash = contentHash(graph, info);
  const session = writeSession(driver, options.database);
  try {
    await ensureSchema(session);
    const before = await session.executeRead(async (tx) => {
      const stored = (await tx.run(READ_DATASET, { dataset })).records[0]?.get('dataset') as Record<
        string,
        unknown
      > | null;
      return { stored, ...(await previousMembership(tx, dataset)) };
    });
    if (!reset && before.stored?.contentHash === hash) {
      log(`Dataset ${dataset} is already in the graph as given: nothing to write.`);
      return { ...summary, unchanged: true };
    }

    const steps: Step[] = [];
    if (reset) steps.push({ statement: DELETE_ALL, params: {}, rows: 1 });
    for (const [kind, rows] of nodeRows(graph)) {
      for (const batch of batches(rows))
        steps.push({ statement: UPSERT_NODES[kind], params: { dataset, run: null, rows: batch }, rows: batch.length });
    }
    const keys = new Set<string>();
    for (const [kind, rows] of relationshipRows(graph, dataset)) {
      for (const row of rows) keys.add(relationshipKey(kind, row.id));
      for (const batch of batches(rows))
        steps.push({
          statement: UPSERT_RELATIONSHIPS[kind],
          params: { dataset, run: null, rows: batch },
          rows: batch.length,
        });
    }
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const staleRelationships = reset ? [] : [...before.relationshipKeys].filter((key) => !keys.has(key));
    const staleNodes = reset ? [] : [...before.nodeIds].filter((id) => !nodeIds.has(id));
    steps.push(...retractionSteps(dataset, staleRelationships, staleNodes));

    // What the dataset now asserts, recorded last: a crash before this leaves the old record,
    // so a re-run still retracts what the old version said.
    const chunks = membershipChunks([...nodeIds], [...keys]);
    steps.push({ statement: DELETE_DATASET_CHUNKS, params: { dataset }, rows: 1 });
    steps.push({ statement: DELETE_POSSIBLE_DUPLICATES, params: { dataset }, rows: 1 });
    const flagged = flaggedRows(info);
    for (const batch of batches(flagged))
      steps.push({ statement: WRITE_POSSIBLE_DUPLICATES, params: { dataset, rows: batch }, rows: batch.length });
    for (const batch of batches(chunks, 10))
      steps.push({ statement: WRITE_DATASET_CHUNKS, params: { dataset, chunks: batch }, rows: batch.length });
    const properties = datasetProperties(info, hash, summary);
    steps.push({ statement: WRITE_DATASET, params: { dataset, properties }, rows: 1 });

    const totalRows = steps.reduce((sum, step) => sum + step.rows, 0);
    if (totalRows <= BATCH_ROWS) {
      await session.executeWrite(async (tx) => {
        for (const step of steps) await tx.run(step.statement, step.params);
      });
    } else {
      const progress = options.progress ? startProgress(`Writing ${dataset}`, 'rows', totalRows) : undefined;
      let done = 0;
      try {
        for (const step of steps) {
          await session.executeWrite((tx) => tx.run(step.statement, step.params));
          done += step.rows;
          progress?.update(done);
        }
      } finally {
        progress?.stop();
      }
    }
    summary.removed = { nodes: staleNodes.length, relationships: staleRelationships.length };
    return summary;
  } finally {
    await session.close();
  }
}

/**
 * Takes a dataset out of the graph: its evidence goes everywhere, and every node and
 * relationship no other dataset asserts goes with it. Undefined when there is no such dataset.
 */
export async function removeDataset(
  driver: Driver,
  dataset: string,
  options: { database?: string } = {},
): Promise<{ nodes: number; relationships: number } | undefined> {
  const session = writeSession(driver, options.database);
  try {
    const stored = await session.executeRead(
      async (tx) => (await tx.run(READ_DATASET, { dataset })).records[0]?.get('dataset') as unknown,
    );
    if (!stored) return undefined;
    // Chunk by chunk, each deleted once its word is taken back: a large dataset never sits in
    // memory whole, and a removal cut short resumes where it stopped.
    const removed = { nodes: 0, relationships: 0 };
    const chunks = await session.executeRead(async (tx) =>
      (await tx.run(DATASET_CHUNKS, { dataset })).records.map((r) => r.get('chunk') as string),
    );
    for (const chunk of chunks) {
      const { nodeIds, relationshipKeys } = await readChunk(session, chunk);
      for (const step of retractionSteps(dataset, relationshipKeys, nodeIds)) {
        await session.executeWrite((tx) => tx.run(step.statement, step.params));
      }
      await session.executeWrite((tx) => tx.run(DELETE_CHUNK, { chunk }));
      removed.nodes += nodeIds.length;
      removed.relationships += relationshipKeys.length;
    }
    await session.executeWrite(async (tx) => {
      await tx.run(DELETE_POSSIBLE_DUPLICATES, { dataset });
      await tx.run(DELETE_DATASET, { dataset });
    });
    return removed;
  } finally {
    await session.close();
  }
}
