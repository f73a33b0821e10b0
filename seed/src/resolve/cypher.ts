import { LOOKUP_PROPERTIES } from '../store/cypher.ts';

/** How resolution asks the graph about what it already holds; every statement starts from an index. */

export type LookupProperty = (typeof LOOKUP_PROPERTIES)[number];

/** A node's identifiers (every lookup property but the name key), to tell namesakes apart. */
const NODE_IDS = `n {${LOOKUP_PROPERTIES.filter((p) => p !== 'nameKey')
  .map((p) => `.${p}`)
  .join(', ')}}`;

export const FIND_BY: Record<LookupProperty, string> = Object.fromEntries(
  LOOKUP_PROPERTIES.map((property) => [
    property,
    `UNWIND $values AS value
     MATCH (n:Entity {${property}: value})
     RETURN value, n.id AS id, n.kind AS kind, n.year AS year, coalesce(n.datasets, []) AS datasets,
            ${NODE_IDS} AS ids, n.importRun AS run`,
  ]),
) as Record<LookupProperty, string>;

/**
 * People by name key, leaving out those an identifier tells apart (the node holds another value
 * of a scheme the person has): a large DBLP file's homonyms never come back by the thousand.
 */
export const COMPATIBLE_NAMESAKES = `
UNWIND $people AS person
UNWIND person.keys AS key
MATCH (n:Entity {nameKey: key})
WHERE n.kind = 'PERSON' AND all(s IN keys(person.ids) WHERE n[s] IS NULL OR toLower(n[s]) = toLower(person.ids[s]))
RETURN DISTINCT person.index AS person, key AS value, n.id AS id, n.kind AS kind, n.year AS year,
       coalesce(n.datasets, []) AS datasets, ${NODE_IDS} AS ids, n.importRun AS run`;

export const CONNECTED_PAIRS = `
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.a})
MATCH (b:Entity {id: pair.b})
WHERE EXISTS { (a)--(b) }
RETURN pair.a AS a, pair.b AS b`;

export const EXISTING_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n.name AS name, n.kind AS kind, coalesce(n.datasets, []) AS datasets, ${NODE_IDS} AS ids, n.importRun AS run`;

/** Relationships of one type already between two nodes, to find a fact another dataset stated. */
export const RELATIONSHIPS_BETWEEN = `
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})-[r]->(b:Entity {id: pair.to})
WHERE type(r) = pair.type
RETURN pair.from AS from, pair.to AS to, pair.type AS type, r.id AS id, r.start AS start, r.position AS position`;
