import { LOOKUP_PROPERTIES } from '../store/cypher.ts';

/** How resolution asks the graph about what it already holds; every statement starts from an index. */

export type LookupProperty = (typeof LOOKUP_PROPERTIES)[number];

export const FIND_BY: Record<LookupProperty, string> = Object.fromEntries(
  LOOKUP_PROPERTIES.map((property) => [
    property,
    `UNWIND $values AS value
     MATCH (n:Entity {${property}: value})
     RETURN value, n.id AS id, n.kind AS kind, n.year AS year, coalesce(n.datasets, []) AS datasets`,
  ]),
) as Record<LookupProperty, string>;

export const CONNECTED_PAIRS = `
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.a})
MATCH (b:Entity {id: pair.b})
WHERE EXISTS { (a)--(b) }
RETURN pair.a AS a, pair.b AS b`;

export const EXISTING_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n.name AS name, n.kind AS kind, coalesce(n.datasets, []) AS datasets`;

/** Relationships of one type already between two nodes, to find a fact another dataset stated. */
export const RELATIONSHIPS_BETWEEN = `
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})-[r]->(b:Entity {id: pair.to})
WHERE type(r) = pair.type
RETURN pair.from AS from, pair.to AS to, pair.type AS type, r.id AS id, r.start AS start, r.position AS position`;
