import type { SeedNode, SeedRelationship } from '@cohort/seed';
import type { Driver } from 'neo4j-driver';
import { figures, type LoadFigures } from './figures.ts';
import { rawNodeRow, rawNodeStatement, rawRelationshipRow, rawRelationshipStatement } from './raw-rows.ts';
import { BATCH_ROWS, slices } from './slices.ts';

function byKind<T extends { kind: string }>(items: T[]): Map<T['kind'], T[]> {
  const groups = new Map<T['kind'], T[]>();
  for (const item of items) {
    const group = groups.get(item.kind);
    if (group) group.push(item);
    else groups.set(item.kind, [item]);
  }
  return groups;
}

/**
 * The baseline: the same rows as plain `UNWIND $rows MERGE … SET` batches, one committed
 * transaction per batch of the writer's size, with none of the writer's bookkeeping (other
 * datasets' evidence kept, membership records, content hash).
 */
export async function loadRaw(
  driver: Driver,
  nodes: SeedNode[],
  relationships: SeedRelationship[],
  dataset: string,
): Promise<LoadFigures> {
  const started = performance.now();
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    for (const [kind, group] of byKind(nodes)) {
      for (const batch of slices(group, BATCH_ROWS)) {
        const rows = batch.map((node) => rawNodeRow(node, dataset));
        await session.executeWrite((tx) => tx.run(rawNodeStatement(kind), { rows }));
      }
    }
    for (const [kind, group] of byKind(relationships)) {
      for (const batch of slices(group, BATCH_ROWS)) {
        const rows = batch.map((relationship) => rawRelationshipRow(relationship, dataset));
        await session.executeWrite((tx) => tx.run(rawRelationshipStatement(kind), { rows }));
      }
    }
  } finally {
    await session.close();
  }
  return figures(nodes.length, relationships.length, started);
}
