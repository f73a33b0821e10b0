import neo4j, { type Integer } from 'neo4j-driver';
import { ENTITY_KINDS, INTEGER_PROPERTIES, type EntityKind, type RelationKind } from '../kinds.ts';
import type { SeedGraph } from '../graph/types.ts';

type Stored = string | boolean | Integer | string[] | Integer[];

export interface NodeRow {
  id: string;
  properties: Record<string, Stored>;
}

export interface RelationshipRow {
  id: string;
  from: string;
  to: string;
  properties: Record<string, Stored>;
}

/** JS numbers would arrive in Neo4j as floats; years, positions, weeks and lines are integers. */
function storedValue(name: string, value: string | number | boolean): Stored {
  if (typeof value === 'number') return INTEGER_PROPERTIES.has(name) ? neo4j.int(value) : String(value);
  return value;
}

/** Node rows grouped by kind, in the fixed order of the kind table. */
export function nodeRows(graph: SeedGraph): Map<EntityKind, NodeRow[]> {
  const byKind = new Map<EntityKind, NodeRow[]>(ENTITY_KINDS.map((kind) => [kind, []]));
  for (const node of graph.nodes) {
    const properties: Record<string, Stored> = { id: node.id, kind: node.kind, name: node.name, aliases: node.aliases };
    if (node.nameZh !== undefined) properties.nameZh = node.nameZh;
    for (const [name, value] of Object.entries(node.details)) properties[name] = storedValue(name, value);
    byKind.get(node.kind)?.push({ id: node.id, properties });
  }
  return byKind;
}

/** Relationship rows grouped by type; evidence as three parallel lists, conflicts as JSON. */
export function relationshipRows(graph: SeedGraph): Map<RelationKind, RelationshipRow[]> {
  const byType = new Map<RelationKind, RelationshipRow[]>();
  for (const relationship of graph.relationships) {
    const properties: Record<string, Stored> = { id: relationship.id };
    for (const [name, value] of Object.entries(relationship.values)) properties[name] = storedValue(name, value);
    properties.evidenceSources = relationship.evidence.map((e) => e.source);
    properties.evidenceLines = relationship.evidence.map((e) => neo4j.int(e.line));
    properties.evidenceQuotes = relationship.evidence.map((e) => e.quote);
    if (relationship.conflicts.length > 0) properties.conflicts = JSON.stringify(relationship.conflicts);
    const rows = byType.get(relationship.kind) ?? [];
    rows.push({ id: relationship.id, from: relationship.from, to: relationship.to, properties });
    byType.set(relationship.kind, rows);
  }
  return byType;
}
