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
 * dataset's aliases and takes the details it states. A dataset written in parts passes its
 * `$run` (null otherwise): a node an earlier part of the run wrote keeps what that part gave
 * and gains what this one adds, as one whole-file entity would. `fresh` lists the nodes the
 * run had not written before, so each is counted and recorded once.
 */
export const UPSERT_NODES: Record<EntityKind, string> = perKind(
  ENTITY_KINDS,
  (kind) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [d IN coalesce(n.datasets, []) WHERE d <> $dataset] AS others,
     coalesce(n.importRun = $run, false) AS again, properties(n) AS before
${when('size(others) = 0 AND NOT again', 'SET n = row.properties')}
${when(
  'size(others) > 0 AND NOT again',
  'SET n += row.details, n.aliases = coalesce(n.aliases, []) + [a IN row.properties.aliases WHERE NOT a IN coalesce(n.aliases, [])]',
)}
${when(
  'again',
  'SET n += row.details SET n += before SET n.aliases = coalesce(n.aliases, []) + [a IN [row.properties.name] + row.properties.aliases WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])]',
)}
SET n:${ENTITY_LABEL[kind]}, n.datasets = others + $dataset, n.importRun = coalesce($run, n.importRun)
RETURN count(n) AS written, collect(CASE WHEN again THEN null ELSE n.id END) AS fresh`,
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

/*
 * A relationship is `inferred` only while every dataset that asserts it only infers it;
 * `inferredIn` lists those datasets, so a stating dataset's removal makes it inferred again.
 */
const setBasis = (asserting: string) =>
  `r.inferredIn = CASE WHEN size(inferredIn) > 0 THEN inferredIn END, ` +
  `r.basis = CASE WHEN size(inferredIn) = ${asserting} THEN 'inferred' END`;
const INFERRED_BY_OTHERS = `[d IN coalesce(r.inferredIn, []) WHERE d IN others]`;

/** As UPSERT_NODES: a relationship an earlier part of the run wrote keeps that part's evidence too. */
export const UPSERT_RELATIONSHIPS: Record<RelationKind, string> = perKind(
  RELATION_KINDS,
  (kind) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
// Found from its ends rather than merged by id: once the type has many relationships the planner
// seeks them through the id index, and a seek inside a transaction that has already created
// thousands of them reads all of those again, row after row (minutes for one batch).
OPTIONAL MATCH (a)-[found:${RELATIONSHIP_TYPE[kind]}]->(b) WHERE coalesce(found.id, '') = row.id
CALL (a, b, row, found) {
  WITH found WHERE found IS NULL
  CREATE (a)-[made:${RELATIONSHIP_TYPE[kind]} {id: row.id}]->(b)
  RETURN made AS r
  UNION
  WITH found WHERE found IS NOT NULL
  RETURN found AS r
}
WITH r, row, [d IN coalesce(r.datasets, []) WHERE d <> $dataset] AS others, coalesce(r.importRun = $run, false) AS again
WITH r, row, others, again,
     [i IN range(0, size(coalesce(r.evidenceDatasets, [])) - 1) WHERE again OR r.evidenceDatasets[i] <> $dataset] AS kept
WITH r, row, others, again, ${keptEvidence},
     ${INFERRED_BY_OTHERS} + CASE
       WHEN row.properties.basis = 'inferred' AND (NOT again OR $dataset IN coalesce(r.inferredIn, [])) THEN [$dataset]
       ELSE []
     END AS inferredIn
${when('size(others) = 0 AND NOT again', 'SET r = row.properties')}
${when('size(others) > 0 OR again', 'SET r += row.properties')}
SET r.datasets = others + $dataset, r.importRun = coalesce($run, r.importRun), ${setBasis('size(others) + 1')},
    ${EVIDENCE_LISTS.map((list) => `r.${list} = ${list} + row.evidence.${list}`).join(',\n    ')}
RETURN count(r) AS written, collect(CASE WHEN again THEN null ELSE r.id END) AS fresh`,
);

/** What the dataset no longer states: its evidence goes, and the relationship with it if no other dataset states it. */
/**
 * The dataset's word leaves these relationships (those `where` keeps): its evidence goes, and the
 * relationship with it if no other dataset states it.
 */
const withdrawRelationships = (kind: RelationKind, where = 'true') => `
UNWIND $ids AS id
MATCH ()-[r:${RELATIONSHIP_TYPE[kind]} {id: id}]->()
WHERE ${where}
WITH r, [d IN coalesce(r.datasets, []) WHERE d <> $dataset] AS others, ${KEPT_POSITIONS}
WITH r, others, ${keptEvidence}, ${INFERRED_BY_OTHERS} AS inferredIn
${when('size(others) = 0', 'DELETE r')}
${when(
  'size(others) > 0',
  `SET r.datasets = others, ${setBasis('size(others)')}, ${EVIDENCE_LISTS.map((list) => `r.${list} = ${list}`).join(', ')}`,
)}
RETURN count(*) AS retracted`;

/** As withdrawRelationships, for nodes: one no other dataset asserts goes. */
const withdrawNodes = (where = 'true') => `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE ${where}
WITH n, [d IN coalesce(n.datasets, []) WHERE d <> $dataset] AS others
${when('size(others) = 0', 'DETACH DELETE n')}
${when('size(others) > 0', 'SET n.datasets = others')}
RETURN count(*) AS retracted`;

/** What the dataset no longer states. */
export const RETRACT_RELATIONSHIPS: Record<RelationKind, string> = perKind(RELATION_KINDS, (kind) =>
  withdrawRelationships(kind),
);

export const RETRACT_NODES = withdrawNodes();

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

/*
 * A dataset written in parts (see write-parts.ts). Each run has an id, stamped on every node and
 * relationship it writes (`importRun`) and on the membership chunks and flags it records; at the
 * end, what the dataset's earlier runs recorded and this run did not stamp loses its word.
 */

/** The run starts: a crash from here on leaves the dataset marked as interrupted. */
export const BEGIN_RUN = `
MERGE (d:Dataset {name: $dataset})
WITH d, d.runInProgress AS interrupted, d.runStartedAt AS interruptedStartedAt
SET d.format = $format, d.files = $files, d.runInProgress = $run, d.runStartedAt = $startedAt,
    d.nodeCount = coalesce(d.nodeCount, 0), d.relationshipCount = coalesce(d.relationshipCount, 0)
REMOVE d.contentHash, d.partHashes
RETURN interrupted, interruptedStartedAt`;

export const WRITE_RUN_CHUNKS = `
UNWIND $chunks AS chunk
CREATE (:DatasetChunk {dataset: $dataset, run: $run, part: chunk.part,
                       nodeIds: chunk.nodeIds, relationshipKeys: chunk.relationshipKeys})`;

export const WRITE_RUN_POSSIBLE_DUPLICATES = `
UNWIND $rows AS row
CREATE (:PossibleDuplicate {
  dataset: $dataset, run: $run, pair: row.pair, a: row.a, b: row.b,
  reasonsFor: row.reasonsFor, reasonsAgainst: row.reasonsAgainst, locator: row.locator
})`;

/** The membership chunks a dataset's other runs (or a whole-file import) recorded, one by one. */
export const OTHER_RUNS_CHUNKS = `
MATCH (c:DatasetChunk {dataset: $dataset})
WHERE c.run IS NULL OR c.run <> $run
RETURN elementId(c) AS chunk`;

/** Every membership chunk of a dataset, one by one. */
export const DATASET_CHUNKS = `
MATCH (c:DatasetChunk {dataset: $dataset})
RETURN elementId(c) AS chunk`;

export const READ_CHUNK = `
MATCH (c:DatasetChunk)
WHERE elementId(c) = $chunk
RETURN c.nodeIds AS nodeIds, c.relationshipKeys AS relationshipKeys`;

export const DELETE_CHUNK = `
MATCH (c:DatasetChunk)
WHERE elementId(c) = $chunk
DELETE c`;

/** Of these relationships and nodes, those the dataset asserts and this run did not write lose its word. */
const NOT_THIS_RUN = (v: string) =>
  `$dataset IN coalesce(${v}.datasets, []) AND coalesce(${v}.importRun <> $run, true)`;
export const SWEEP_RELATIONSHIPS: Record<RelationKind, string> = perKind(RELATION_KINDS, (kind) =>
  withdrawRelationships(kind, NOT_THIS_RUN('r')),
);
export const SWEEP_NODES = withdrawNodes(NOT_THIS_RUN('n'));

/** The flags of the dataset's other runs go, a batch at a time. */
export const DELETE_OTHER_RUNS_POSSIBLE_DUPLICATES = `
MATCH (p:PossibleDuplicate {dataset: $dataset})
WHERE p.run IS NULL OR p.run <> $run
WITH p LIMIT $limit
DELETE p
RETURN count(*) AS deleted`;
