import {
  ENTITY_KINDS,
  ENTITY_LABEL,
  RELATION_KINDS,
  RELATIONSHIP_TYPE,
  type EntityKind,
  type RelationKind,
} from '../kinds.ts';

/**
 * Every query the seed loader runs. Values always travel as $parameters. Labels and
 * relationship types cannot be parameters, so the queries that need them are built here, once,
 * from the fixed tables in ../kinds.ts: no data value can reach a query's text.
 */

function perKind<K extends string>(kinds: readonly K[], build: (kind: K) => string): Record<K, string> {
  return Object.fromEntries(kinds.map((kind) => [kind, build(kind)])) as Record<K, string>;
}

export const ENTITY_SEARCH_INDEX = 'entity_search';
/** CJK splits Chinese into overlapping pairs of characters and lower-cases Latin words. */
export const ENTITY_SEARCH_ANALYZER = 'cjk';
export const ENTITY_SEARCH_PROPERTIES = ['name', 'nameZh', 'aliases'];

export const CREATE_ENTITY_ID_CONSTRAINT =
  'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE';
export const CREATE_ENTITY_KIND_INDEX = 'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)';
export const CREATE_ENTITY_NAME_INDEX = 'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)';
export const CREATE_ENTITY_SEARCH_INDEX = `
CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS
FOR (n:Entity) ON EACH [${ENTITY_SEARCH_PROPERTIES.map((p) => `n.${p}`).join(', ')}]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${ENTITY_SEARCH_ANALYZER}', \`fulltext.eventually_consistent\`: false}}`;
export const SHOW_INDEX = `
SHOW INDEXES YIELD name, labelsOrTypes, properties, options
WHERE name = $name
RETURN labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`;
export const DROP_ENTITY_SEARCH_INDEX = `DROP INDEX ${ENTITY_SEARCH_INDEX} IF EXISTS`;
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(120)';

export const CREATE_RELATIONSHIP_ID_INDEX = perKind(
  RELATION_KINDS,
  (kind) => `CREATE INDEX ${kind.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${RELATIONSHIP_TYPE[kind]}]-() ON (r.id)`,
);

export const DELETE_ALL = 'MATCH (n) DETACH DELETE n';
export const IS_GRAPH_EMPTY = 'RETURN NOT EXISTS { MATCH (n) } AS empty';

export const DELETE_STALE_RELATIONSHIPS = `
MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) IN $types AND (r.id IS NULL OR NOT r.id IN $ids)
DELETE r
RETURN count(r) AS removed`;

export const DELETE_STALE_NODES = `
MATCH (n:Entity)
WHERE n.id IS NULL OR NOT n.id IN $ids
DETACH DELETE n
RETURN count(n) AS removed`;

/** `SET n = ...` replaces every property, so one the data no longer states disappears. */
export const UPSERT_NODES: Record<EntityKind, string> = perKind(
  ENTITY_KINDS,
  (kind) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.properties, n:${ENTITY_LABEL[kind]}
RETURN count(n) AS written`,
);

export const UPSERT_RELATIONSHIPS: Record<RelationKind, string> = perKind(
  RELATION_KINDS,
  (kind) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${RELATIONSHIP_TYPE[kind]} {id: row.id}]->(b)
SET r = row.properties
RETURN count(r) AS written`,
);

export const COUNT_NODES_BY_LABEL = `
MATCH (n:Entity)
UNWIND labels(n) AS label
WITH label WHERE label <> 'Entity'
RETURN label, count(*) AS count
ORDER BY label`;

export const COUNT_RELATIONSHIPS_BY_TYPE = `
MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) IN $types
RETURN type(r) AS type, count(*) AS count, count(r.conflicts) AS conflicted
ORDER BY type`;
