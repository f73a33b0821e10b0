import { perKind, RELATION_KINDS, RELATIONSHIP_TYPE } from '../kinds.ts';

/**
 * Sets, after a bulk import, the values neo4j-admin's CSV cannot express (empty lists), each
 * found from an index, as the writer would have stored them.
 */
export const SET_ENTITY_PROPERTIES = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.properties`;

export const SET_RELATIONSHIP_PROPERTIES = perKind(
  RELATION_KINDS,
  (kind) => `
UNWIND $rows AS row
MATCH ()-[r:${RELATIONSHIP_TYPE[kind]} {id: row.id}]->()
SET r += row.properties`,
);

export const SET_CHUNK_PROPERTIES = `
UNWIND $rows AS row
MATCH (c:DatasetChunk {dataset: $dataset, part: row.part})
SET c += row.properties`;

export const SET_FLAG_PROPERTIES = `
UNWIND $rows AS row
MATCH (p:PossibleDuplicate {dataset: $dataset, pair: row.pair})
SET p += row.properties`;

export const SET_DATASET_PROPERTIES = `
MATCH (d:Dataset {name: $dataset})
SET d += $properties`;

export const COUNT_NODES = 'MATCH (n) RETURN count(n) AS nodes';
