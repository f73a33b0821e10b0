import { ENTITY_LABEL, RELATIONSHIP_TYPE, type SeedNode, type SeedRelationship } from '@cohort/seed';
import neo4j from 'neo4j-driver';

/** The integer-valued properties of the data model; every other number is stored as text, as the writer does. */
const INTEGERS = new Set(['year', 'position', 'week']);

const stored = (name: string, value: string | number | boolean) =>
  typeof value === 'number' ? (INTEGERS.has(name) ? neo4j.int(value) : String(value)) : value;

/**
 * What the writer stores for a node a single dataset asserts: the same properties, plus a
 * stand-in name key (the writer's key function is internal to the seed package; a lower-cased
 * name costs the same to store).
 */
export function rawNodeRow(node: SeedNode, dataset: string) {
  const properties: Record<string, unknown> = {
    id: node.id,
    kind: node.kind,
    name: node.name,
    aliases: node.aliases,
    nameKey: node.name.toLowerCase(),
    datasets: [dataset],
  };
  if (node.nameZh !== undefined) properties.nameZh = node.nameZh;
  for (const [name, value] of Object.entries(node.details)) properties[name] = stored(name, value);
  return { id: node.id, properties };
}

/** A relationship's properties and its evidence as the writer's parallel lists. */
export function rawRelationshipRow(relationship: SeedRelationship, dataset: string) {
  const properties: Record<string, unknown> = { id: relationship.id, datasets: [dataset] };
  for (const [name, value] of Object.entries(relationship.values)) properties[name] = stored(name, value);
  properties.evidenceDatasets = relationship.evidence.map(() => dataset);
  properties.evidenceSources = relationship.evidence.map((e) => e.source);
  properties.evidenceLines = relationship.evidence.map((e) => neo4j.int(e.line ?? 0));
  properties.evidenceQuotes = relationship.evidence.map((e) => e.quote);
  properties.evidenceLocators = relationship.evidence.map((e) => e.locator ?? `line ${e.line}`);
  return { id: relationship.id, from: relationship.from, to: relationship.to, properties };
}

/** The plain statements the writer is measured against: MERGE on the indexed id, then SET. */
export const rawNodeStatement = (kind: SeedNode['kind']) =>
  `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.properties, n:${ENTITY_LABEL[kind]}`;

export const rawRelationshipStatement = (kind: SeedRelationship['kind']) =>
  `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${RELATIONSHIP_TYPE[kind]} {id: row.id}]->(b)
SET r = row.properties`;
