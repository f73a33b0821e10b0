import { removeDataset, type SeedNode, type SeedRelationship } from '@cohort/seed';
import type { Driver } from 'neo4j-driver';
import { syntheticGraph } from '../generate/graph.ts';
import { sampleTier, type TierSpec } from '../tiers.ts';
import { loadBulk, type BulkFigures } from './bulk-load.ts';
import type { LoadFigures } from './figures.ts';
import { loadRaw } from './raw-load.ts';
import { BATCH_ROWS, datasetSlices, slices } from './slices.ts';
import { loadWithWriter } from './writer-load.ts';

export interface LoadComparison {
  sample: { nodes: number; relationships: number };
  writer: LoadFigures;
  raw: LoadFigures;
  /** Writer throughput as a share of raw UNWIND's. */
  ratio: number;
  /** The same rows bulk-loaded into an empty Neo4j of their own; absent from results of older runs. */
  bulk?: BulkFigures;
}

/** Prefixes every entity id of the sample (inside relationship ids too): the copies never meet the graph. */
const prefixed = (id: string, prefix: string) =>
  id.replace(/\b(person|org|pub|skill|topic|venue):/g, (_, kind: string) => `${kind}:${prefix}`);

function copy(nodes: SeedNode[], relationships: SeedRelationship[], prefix: string) {
  return {
    nodes: nodes.map((node) => ({ ...node, id: prefixed(node.id, prefix) })),
    relationships: relationships.map((r) => ({
      ...r,
      id: prefixed(r.id, prefix),
      from: prefixed(r.from, prefix),
      to: prefixed(r.to, prefix),
    })),
  };
}

/**
 * Writer against raw UNWIND on the same rows, in the same run and database: a sample graph
 * (see sampleTier) written twice under fresh ids, raw first,
 * then taken out again. Fresh ids on both sides, so neither updates what the other made.
 * Then the same rows bulk-loaded into an empty database (see loadBulk).
 */
export async function compareLoads(
  driver: Driver,
  tier: TierSpec,
  log: (line: string) => void,
): Promise<LoadComparison> {
  const sample = syntheticGraph(sampleTier(tier));
  const nodes = [...sample.nodes()];
  const relationships = [...sample.relationships()];
  log(`Load comparison on a sample of ${nodes.length} nodes and ${relationships.length} relationships.`);
  const raw = copy(nodes, relationships, 'raw-');
  const rawFigures = await loadRaw(driver, raw.nodes, raw.relationships, 'bench-raw');
  const written = copy(nodes, relationships, 'cmp-');
  const expectedRows = nodes.length + relationships.length;
  const writerFigures = await loadWithWriter(
    driver,
    { ...written, expectedRows },
    'bench-compare',
    expectedRows,
    'writer (sample)',
  );
  // Relationships first: a node dataset's removal would otherwise detach them uncounted.
  await removeDataset(driver, 'bench-compare-001');
  await removeDataset(driver, 'bench-compare-000');
  for (const batch of slices(raw.nodes, BATCH_ROWS)) {
    await driver.executeQuery('UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n', {
      ids: batch.map((node) => node.id),
    });
  }
  log('Bulk load of the same sample into an empty Neo4j of its own...');
  const bulk = await loadBulk(tier, datasetSlices({ nodes, relationships }, 'bench-bulk', expectedRows), log);
  return {
    sample: { nodes: nodes.length, relationships: relationships.length },
    writer: writerFigures,
    raw: rawFigures,
    ratio: writerFigures.rowsPerSecond / rawFigures.rowsPerSecond,
    bulk,
  };
}
