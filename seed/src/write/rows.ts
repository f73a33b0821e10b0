import neo4j, { type Integer } from 'neo4j-driver';
import { ENTITY_KINDS, INTEGER_PROPERTIES, type EntityKind, type RelationKind } from '../kinds.ts';
import type { SeedGraph } from '../graph/types.ts';
import { nameKeyOf } from '../resolve/name-keys.ts';

type Stored = string | boolean | Integer | string[] | Integer[];

export interface NodeRow {
  id: string;
  /** Everything the node stores, for a node this dataset alone asserts. */
  properties: Record<string, Stored>;
  /** What a dataset adds to a node others assert too: its details, not its names. */
  details: Record<string, Stored>;
}

export interface RelationshipRow {
  id: string;
  from: string;
  to: string;
  properties: Record<string, Stored>;
  /** This dataset's evidence, as the parallel lists the relationship keeps. */
  evidence: Record<string, Stored[]>;
}

/** JS numbers would arrive in Neo4j as floats; years, positions, weeks and lines are integers. */
function storedValue(name: string, value: string | number | boolean): Stored {
  if (typeof value === 'number') return INTEGER_PROPERTIES.has(name) ? neo4j.int(value) : String(value);
  return value;
}

/** How a dataset's membership records name a relationship it asserts. */
export const relationshipKey = (kind: RelationKind, id: string) => `${kind} ${id}`;

/** Node rows grouped by kind, in the fixed order of the kind table. */
export function nodeRows(graph: SeedGraph): Map<EntityKind, NodeRow[]> {
  const byKind = new Map<EntityKind, NodeRow[]>(ENTITY_KINDS.map((kind) => [kind, []]));
  for (const node of graph.nodes) {
    const details: Record<string, Stored> = {};
    for (const [name, value] of Object.entries(node.details)) details[name] = storedValue(name, value);
    const properties: Record<string, Stored> = { id: node.id, kind: node.kind, name: node.name, aliases: node.aliases };
    if (node.nameZh !== undefined) properties.nameZh = node.nameZh;
    // Later imports find the node by this key when nothing stronger than its name identifies it.
    const nameKey = nameKeyOf(node.kind, node.name);
    if (nameKey) properties.nameKey = nameKey;
    byKind.get(node.kind)?.push({ id: node.id, properties: { ...properties, ...details }, details });
  }
  return byKind;
}

/** Relationship rows grouped by kind; conflicts as JSON. Lines are 0 where the format has none. */
export function relationshipRows(graph: SeedGraph, dataset: string): Map<RelationKind, RelationshipRow[]> {
  const byKind = new Map<RelationKind, RelationshipRow[]>();
  for (const relationship of graph.relationships) {
    const properties: Record<string, Stored> = { id: relationship.id };
    for (const [name, value] of Object.entries(relationship.values)) properties[name] = storedValue(name, value);
    if (relationship.basis === 'inferred') {
      properties.basis = 'inferred';
      properties.inferredIn = [dataset];
    }
    if (relationship.conflicts.length > 0) properties.conflicts = JSON.stringify(relationship.conflicts);
    const evidence = {
      evidenceDatasets: relationship.evidence.map(() => dataset),
      evidenceSources: relationship.evidence.map((e) => e.source),
      evidenceLines: relationship.evidence.map((e) => neo4j.int(e.line ?? 0)),
      evidenceQuotes: relationship.evidence.map((e) => e.quote),
      evidenceLocators: relationship.evidence.map((e) => e.locator ?? `line ${e.line}`),
    };
    const rows = byKind.get(relationship.kind) ?? [];
    rows.push({ id: relationship.id, from: relationship.from, to: relationship.to, properties, evidence });
    byKind.set(relationship.kind, rows);
  }
  return byKind;
}
