import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABEL, RELATIONSHIP_TYPE } from '../kinds.ts';
import type { SeedGraph } from '../graph/types.ts';
import { DEFAULT_DATA_DIR } from '../paths.ts';
import { SeedValidationError } from '../problems.ts';
import { validateSeedData } from '../validate.ts';
import {
  COUNT_NODES_BY_LABEL,
  COUNT_RELATIONSHIPS_BY_TYPE,
  DELETE_ALL,
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONSHIPS,
  UPSERT_NODES,
  UPSERT_RELATIONSHIPS,
} from './cypher.ts';
import { nodeRows, relationshipRows } from './rows.ts';
import { ensureSchema } from './schema.ts';

export interface LoadOptions {
  /** Empty the whole database first (in the same transaction as the load). */
  reset?: boolean;
  database?: string;
  dataDir?: string;
  /** Where the source documents are; by default `sources` beside the data folder. */
  sourcesDir?: string;
  log?: (line: string) => void;
}

export interface LoadSummary {
  /** Seed nodes in the database after the load, by kind label (Person, Organization, ...). */
  nodes: Record<string, number>;
  /** Seed relationships after the load, by type. */
  relationships: Record<string, number>;
  nodeCount: number;
  relationshipCount: number;
  /** Relationships whose sources disagree on some property. */
  conflicts: number;
  /** Seed nodes and relationships that were in the database but are no longer in the data. */
  removed: { nodes: number; relationships: number };
  reset: boolean;
}

const BATCH_SIZE = 500;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

function count(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0);
}

/**
 * Validates the seed data and makes the database hold exactly the seed graph: one write
 * transaction upserts every node and relationship and removes seed nodes (label Entity) and
 * seed relationships the data no longer has, so a failure anywhere leaves the old graph as it was.
 */
export async function loadSeedGraph(driver: Driver, options: LoadOptions = {}): Promise<LoadSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const validation = validateSeedData(options.dataDir ?? DEFAULT_DATA_DIR, { sourcesDir: options.sourcesDir });
  if (!validation.graph) throw new SeedValidationError(validation.problems);
  const graph = validation.graph;
  log(
    `Validated ${validation.files} data files: ${validation.entities} entities, ${validation.facts} facts ` +
      `-> ${graph.nodes.length} nodes, ${graph.relationships.length} relationships.`,
  );

  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    await ensureSchema(session);
    log('Constraints and indexes are in place.');
    return await session.executeWrite((tx) => writeGraph(tx, graph, options.reset ?? false, log));
  } finally {
    await session.close();
  }
}

async function writeGraph(
  tx: ManagedTransaction,
  graph: SeedGraph,
  reset: boolean,
  log: (line: string) => void,
): Promise<LoadSummary> {
  if (reset) {
    await tx.run(DELETE_ALL);
    log('Emptied the database (committed only if the load succeeds).');
  }
  const relationshipIds = graph.relationships.map((r) => r.id);
  const staleRelationships = await tx.run(DELETE_STALE_RELATIONSHIPS, {
    types: Object.values(RELATIONSHIP_TYPE),
    ids: relationshipIds,
  });
  const staleNodes = await tx.run(DELETE_STALE_NODES, { ids: graph.nodes.map((n) => n.id) });
  const removed = {
    relationships: count(staleRelationships.records[0]?.get('removed')),
    nodes: count(staleNodes.records[0]?.get('removed')),
  };

  for (const [kind, rows] of nodeRows(graph)) {
    if (rows.length === 0) continue;
    for (const batch of batches(rows)) await tx.run(UPSERT_NODES[kind], { rows: batch });
    log(`  nodes ${ENTITY_LABEL[kind]}: ${rows.length}`);
  }
  for (const [type, rows] of relationshipRows(graph)) {
    let written = 0;
    for (const batch of batches(rows)) {
      const result = await tx.run(UPSERT_RELATIONSHIPS[type], { rows: batch });
      written += count(result.records[0]?.get('written'));
    }
    // Validation guarantees both ends; a shortfall means the database disagrees, so roll back.
    if (written !== rows.length)
      throw new Error(`Only ${written} of ${rows.length} ${type} relationships found both ends.`);
    log(`  relationships ${type}: ${rows.length}`);
  }
  return summarise(tx, reset, removed);
}

async function summarise(
  tx: ManagedTransaction,
  reset: boolean,
  removed: LoadSummary['removed'],
): Promise<LoadSummary> {
  const summary: LoadSummary = {
    nodes: {},
    relationships: {},
    nodeCount: 0,
    relationshipCount: 0,
    conflicts: 0,
    removed,
    reset,
  };
  for (const record of (await tx.run(COUNT_NODES_BY_LABEL)).records) {
    const n = count(record.get('count'));
    summary.nodes[record.get('label') as string] = n;
    summary.nodeCount += n;
  }
  for (const record of (await tx.run(COUNT_RELATIONSHIPS_BY_TYPE, { types: Object.values(RELATIONSHIP_TYPE) }))
    .records) {
    const n = count(record.get('count'));
    summary.relationships[record.get('type') as string] = n;
    summary.relationshipCount += n;
    summary.conflicts += count(record.get('conflicted'));
  }
  return summary;
}
