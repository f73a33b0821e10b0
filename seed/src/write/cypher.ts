import {
  ENTITY_KINDS,
  ENTITY_LABEL,
  perKind,
  RELATION_KINDS,
  RELATIONSHIP_TYPE,
  type EntityKind,
  type RelationKind,
} from '../kinds.ts';

/**
 * The statements of the dataset writer. Every one starts from an indexed id (a node's
 * `Entity.id`, a relationship's per-type `id`, a dataset's name), so what a write costs grows
 * with the dataset, never with the graph. Labels and types come from the kind tables only.
 */

/** One branch of a FOREACH: runs its updates only when the condition holds. */
const when = (condition: string, updates: string) =>
  `FOREACH (_ IN CASE WHEN ${condition} THEN [1] ELSE [] END | ${updates})`;

export const CREATE_DATASET_CONSTRAINT =
  'CREATE CONSTRAINT dataset_name_unique IF NOT EXISTS FOR (d:Dataset) REQUIRE d.name IS UNIQUE';
export const CREATE_DATASET_CHUNK_INDEX =
  'CREATE INDEX dataset_chunk_dataset IF NOT EXISTS FOR (c:DatasetChunk) ON (c.dataset)';

export const READ_DATASET = `
OPTIONAL MATCH (d:Dataset {name: $dataset})
RETURN d {.*} AS dataset`;

export const READ_DATASET_CHUNKS = `
MATCH (c:DatasetChunk {dataset: $dataset})
RETURN c.nodeIds AS nodeIds, c.relationshipKeys AS relationshipKeys`;

export const DELETE_DATASET_CHUNKS = `
MATCH (c:DatasetChunk {dataset: $dataset})
DELETE c`;

export const WRITE_DATASET_CHUNKS = `
UNWIND $chunks AS chunk
CREATE (:DatasetChunk {dataset: $dataset, part: chunk.part, nodeIds: chunk.nodeIds, relationshipKeys: chunk.relationshipKeys})`;

export const WRITE_DATASET = `
MERGE (d:Dataset {name: $dataset})
SET d = $properties, d.name = $dataset`;

export const DELETE_DATASET = `
MATCH (d:Dataset {name: $dataset})
DELETE d`;

/**
 * A node only this dataset asserts takes exactly the properties the dataset states (so a value
 * it stops stating disappears); a node other datasets assert too keeps its name, gains the
 * dataset's aliases and takes the details it states.
 */
export const UPSERT_NODES: Record<EntityKind, string> = perKind(
  ENTITY_KINDS,
  (kind) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [d IN coalesce(n.datasets, []) WHERE d <> $dataset] AS others
${when('size(others) = 0', 'SET n = row.properties')}
${when(
  'size(others) > 0',
  'SET n += row.details, n.aliases = coalesce(n.aliases, []) + [a IN row.properties.aliases WHERE NOT a IN coalesce(n.aliases, [])]',
)}
SET n:${ENTITY_LABEL[kind]}, n.datasets = others + $dataset
RETURN count(n) AS written`,
);

/** Evidence kept as parallel lists; these are the ones a dataset's entries are cut from. */
export const EVIDENCE_LISTS = [
  'evidenceDatasets',
  'evidenceSources',
  'evidenceLines',
  'evidenceQuotes',
  'evidenceLocators',
];
const EVIDENCE_DEFAULT: Record<string, string> = { evidenceLines: '0' };

/** Keeps the entries of other datasets (`kept` holds their positions) of every evidence list. */
const keptEvidence = EVIDENCE_LISTS.map(
  (list) => `[i IN kept | coalesce(r.${list}[i], ${EVIDENCE_DEFAULT[list] ?? "''"})] AS ${list}`,
).join(', ');
const KEPT_POSITIONS = `[i IN range(0, size(coalesce(r.evidenceDatasets, [])) - 1) WHERE r.evidenceDatasets[i] <> $dataset] AS kept`;

export const UPSERT_RELATIONSHIPS: Record<RelationKind, string> = perKind(
  RELATION_KINDS,
  (kind) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${RELATIONSHIP_TYPE[kind]} {id: row.id}]->(b)
WITH r, row, [d IN coalesce(r.datasets, []) WHERE d <> $dataset] AS others, ${KEPT_POSITIONS}
WITH r, row, others, ${keptEvidence}
${when('size(others) = 0', 'SET r = row.properties')}
${when('size(others) > 0', 'SET r += row.properties')}
SET r.datasets = others + $dataset,
    ${EVIDENCE_LISTS.map((list) => `r.${list} = ${list} + row.evidence.${list}`).join(',\n    ')}
RETURN count(r) AS written`,
);

/** What the dataset no longer states: its evidence goes, and the relationship with it if no other dataset states it. */
export const RETRACT_RELATIONSHIPS: Record<RelationKind, string> = perKind(
  RELATION_KINDS,
  (kind) => `
UNWIND $ids AS id
MATCH ()-[r:${RELATIONSHIP_TYPE[kind]} {id: id}]->()
WITH r, [d IN coalesce(r.datasets, []) WHERE d <> $dataset] AS others, ${KEPT_POSITIONS}
WITH r, others, ${keptEvidence}
${when('size(others) = 0', 'DELETE r')}
${when(
  'size(others) > 0',
  `SET r.datasets = others, ${EVIDENCE_LISTS.map((list) => `r.${list} = ${list}`).join(', ')}`,
)}
RETURN count(*) AS retracted`,
);

export const RETRACT_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, [d IN coalesce(n.datasets, []) WHERE d <> $dataset] AS others
${when('size(others) = 0', 'DETACH DELETE n')}
${when('size(others) > 0', 'SET n.datasets = others')}
RETURN count(*) AS retracted`;

/**
 * Possible duplicates are kept per dataset, one node for each pair a dataset flags, so a
 * re-import replaces exactly its own flags and a removal takes them away.
 */
export const CREATE_POSSIBLE_DUPLICATE_INDEXES = ['dataset', 'pair', 'a', 'b'].map(
  (property) =>
    `CREATE INDEX possible_duplicate_${property} IF NOT EXISTS FOR (p:PossibleDuplicate) ON (p.${property})`,
);

export const DELETE_POSSIBLE_DUPLICATES = `
MATCH (p:PossibleDuplicate {dataset: $dataset})
DELETE p`;

export const WRITE_POSSIBLE_DUPLICATES = `
UNWIND $rows AS row
CREATE (:PossibleDuplicate {
  dataset: $dataset, pair: row.pair, a: row.a, b: row.b,
  reasonsFor: row.reasonsFor, reasonsAgainst: row.reasonsAgainst, locator: row.locator
})`;
