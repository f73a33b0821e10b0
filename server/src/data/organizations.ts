import type { Node } from '../generated/resolvers.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { NODE_FIELDS } from './rows.ts';
import { statement } from './statements.ts';

const STRUCTURE = statement(
  'organizations.STRUCTURE',
  `
UNWIND $ids AS id
MATCH (o:Entity {id: id}) WHERE o:Organization
RETURN id,
       COLLECT { MATCH (o)-[:PART_OF]->(parent:Organization) RETURN parent {${NODE_FIELDS}} ORDER BY parent.name } AS parents,
       COLLECT { MATCH (unit:Organization)-[:PART_OF]->(o) RETURN unit {${NODE_FIELDS}} ORDER BY unit.name } AS units`,
);

export interface Structure {
  parent: Node | null;
  units: Node[];
}

/** Each organization's parent and units, for many organizations in one query. */
export async function structureOf(ctx: ReadContext, ids: readonly string[]): Promise<Structure[]> {
  const rows = await readRows<{ id: string; parents: Node[]; units: Node[] }>(ctx, STRUCTURE, { ids });
  const byId = new Map(rows.map((row) => [row.id, { parent: row.parents[0] ?? null, units: row.units }]));
  return ids.map((id) => byId.get(id) ?? { parent: null, units: [] });
}
