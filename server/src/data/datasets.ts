import type { Dataset } from '../generated/resolvers.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { statement } from './statements.ts';

// One node per import, so reading them all stays small however large the graph grows.
const DATASETS = statement(
  'datasets.ALL',
  `MATCH (d:Dataset)
   RETURN d.name AS name, d.format AS format, d.files AS files, d.importedAt AS importedAt,
          d.nodeCount AS nodeCount, d.relationshipCount AS relationshipCount
   ORDER BY d.importedAt DESC, d.name`,
);

interface StoredDataset {
  name: string;
  format: string;
  files: string[] | null;
  importedAt: string | null;
  nodeCount: number | null;
  relationshipCount: number | null;
}

export async function readDatasets(ctx: ReadContext): Promise<Dataset[]> {
  const rows = await readRows<StoredDataset>(ctx, DATASETS);
  return rows.map((row) => ({
    name: row.name,
    format: row.format,
    // The writer keeps each file as JSON text: {name, sha256}.
    files: (row.files ?? []).map((file) => JSON.parse(file) as { name: string; sha256: string }),
    importedAt: row.importedAt ?? '',
    nodeCount: row.nodeCount ?? 0,
    relationshipCount: row.relationshipCount ?? 0,
  }));
}
