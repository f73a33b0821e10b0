import { perKind, RELATION_KINDS, RELATIONSHIP_TYPE } from '../kinds.ts';

/**
 * The graph's schema (constraints and indexes) and the statements around it. Labels and
 * relationship types cannot be parameters, so the queries that need them are built here, once,
 * from the fixed tables in ../kinds.ts: no data value can reach a query's text.
 */

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
export const AWAIT_INDEXES = 'CALL db.awaitIndexes($seconds)';

export const CREATE_RELATIONSHIP_ID_INDEX = perKind(
  RELATION_KINDS,
  (kind) => `CREATE INDEX ${kind.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${RELATIONSHIP_TYPE[kind]}]-() ON (r.id)`,
);

/** The identifiers sources give, each stored in a node property of its name. */
export const IDENTIFIER_PROPERTIES = [
  'orcid',
  'openalex',
  'wikidata',
  'dblp',
  'dblpName',
  'ror',
  'doi',
  'scopus',
  'isni',
] as const;

/** Properties later imports look nodes up by: the identifiers, and the name key. */
export const LOOKUP_PROPERTIES = ['nameKey', ...IDENTIFIER_PROPERTIES] as const;
export const CREATE_LOOKUP_INDEX = Object.fromEntries(
  LOOKUP_PROPERTIES.map((p) => [p, `CREATE INDEX entity_${p.toLowerCase()} IF NOT EXISTS FOR (n:Entity) ON (n.${p})`]),
) as Record<(typeof LOOKUP_PROPERTIES)[number], string>;

export const DELETE_ALL = 'MATCH (n) DETACH DELETE n';
export const IS_GRAPH_EMPTY = 'RETURN NOT EXISTS { MATCH (n) } AS empty';
