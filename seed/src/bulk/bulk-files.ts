import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ImportSources } from '@cohort/db';
import type { SeedGraph } from '../graph/types.ts';
import { ENTITY_LABEL, RELATIONSHIP_TYPE, type RelationKind } from '../kinds.ts';
import { nodeRows, relationshipKey, relationshipRows } from '../write/rows.ts';
import {
  contentHash,
  datasetProperties,
  flaggedRows,
  membershipChunks,
  summarise,
  type DatasetInfo,
  type WriteSummary,
} from '../write/write-dataset.ts';
import { arrayDelimiter, hasLineBreak, tables, writeTable, type TableRow, type Value } from './csv-table.ts';

/**
 * Entities are found by their id, as the writer's MERGE finds them; the records by a key of
 * their own, named after their dataset, since one neo4j-admin run may load several datasets.
 */
const ENTITY_ID = 'id:ID(Entity)';
const RECORD_ID = ':ID(DatasetRecord)';

interface Group {
  labels?: string[];
  kind?: RelationKind;
  rows: TableRow[];
}

/** What the CSV files cannot carry, to be set by Cypher once the database is up. */
export interface Deferrals {
  entities: { id: string; properties: Record<string, Value> }[];
  relationships: { kind: RelationKind; id: string; properties: Record<string, Value> }[];
  chunks: { part: Value; properties: Record<string, Value> }[];
  flags: { pair: Value; properties: Record<string, Value> }[];
  dataset?: Record<string, Value>;
}

export interface BulkFiles {
  sources: ImportSources;
  deferred: Deferrals;
  summary: WriteSummary;
}

/**
 * The graph `writeDataset` would make of this dataset in an empty database, as neo4j-admin
 * CSV files in `dir`: entities with their kind's label, relationships with the dataset's
 * evidence, the :Dataset node, its :DatasetChunk membership records and the
 * :PossibleDuplicate pairs it flags.
 */
export async function writeBulkFiles(
  dir: string,
  dataset: string,
  graph: SeedGraph,
  info: DatasetInfo,
): Promise<BulkFiles> {
  mkdirSync(dir, { recursive: true });
  const summary = summarise(dataset, graph, false);
  const groups: Group[] = [];
  for (const [kind, rows] of nodeRows(graph)) {
    if (rows.length === 0) continue;
    groups.push({
      labels: ['Entity', ENTITY_LABEL[kind]],
      rows: rows.map((row) => {
        const { id: _id, ...properties } = row.properties;
        return { ids: { [ENTITY_ID]: row.id }, properties: { ...properties, datasets: [dataset] } };
      }),
    });
  }
  const keys: string[] = [];
  for (const [kind, rows] of relationshipRows(graph, dataset)) {
    groups.push({
      kind,
      rows: rows.map((row) => {
        keys.push(relationshipKey(kind, row.id));
        return {
          ids: { ':START_ID(Entity)': row.from, ':END_ID(Entity)': row.to },
          properties: { ...row.properties, datasets: [dataset], ...row.evidence },
        };
      }),
    });
  }
  const chunks = membershipChunks([...new Set(graph.nodes.map((n) => n.id))], keys);
  groups.push({
    labels: ['DatasetChunk'],
    rows: chunks.map((chunk) => ({
      ids: { [RECORD_ID]: `${dataset} chunk ${chunk.part}` },
      properties: { dataset, ...chunk },
    })),
  });
  const flagged = flaggedRows(info);
  if (flagged.length > 0) {
    groups.push({
      labels: ['PossibleDuplicate'],
      rows: flagged.map((row, i) => ({
        ids: { [RECORD_ID]: `${dataset} flag ${i}` },
        properties: { dataset, ...row },
      })),
    });
  }
  const properties = datasetProperties(info, contentHash(graph, info), summary);
  groups.push({
    labels: ['Dataset'],
    rows: [{ ids: { [RECORD_ID]: dataset }, properties: { ...properties, name: dataset } }],
  });

  const allRows = groups.flatMap((group) => group.rows);
  const delimiter = arrayDelimiter(allRows);
  const sources: ImportSources = {
    nodes: [],
    relationships: [],
    arrayDelimiter: delimiter,
    multilineFields: allRows.some(hasLineBreak),
  };
  const deferred: Deferrals = { entities: [], relationships: [], chunks: [], flags: [] };
  let fileNumber = 0;
  for (const group of groups) {
    for (const table of tables(group.rows)) {
      const name = group.kind ? RELATIONSHIP_TYPE[group.kind] : group.labels!.at(-1)!;
      const file = path.join(dir, `${String(fileNumber++).padStart(3, '0')}-${name}.csv`);
      const later = await writeTable(file, table, delimiter);
      if (group.kind) sources.relationships.push({ type: name, file });
      else sources.nodes.push({ labels: group.labels!, file });
      for (const { row, properties: values } of later) {
        if (row.ids[ENTITY_ID] !== undefined) deferred.entities.push({ id: row.ids[ENTITY_ID], properties: values });
        else if (group.kind)
          deferred.relationships.push({ kind: group.kind, id: String(row.properties.id), properties: values });
        else if (group.labels?.includes('Dataset')) deferred.dataset = values;
        else if (group.labels?.includes('PossibleDuplicate'))
          deferred.flags.push({ pair: row.properties.pair!, properties: values });
        else deferred.chunks.push({ part: row.properties.part!, properties: values });
      }
    }
  }
  return { sources, deferred, summary };
}
