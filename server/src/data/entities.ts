import { readRows, type ReadContext } from '../neo4j/read.ts';
import { entityProjection, toEntity, type EntityRow, type StoredEntity } from './rows.ts';
import { statement } from './statements.ts';

const ENTITIES_BY_ID = statement(
  'entities.ENTITIES_BY_ID',
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${entityProjection('n')} AS entity`,
);

/** The entities with these ids, in the same order; null where no entity has the id. */
export async function entitiesById(ctx: ReadContext, ids: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await readRows<{ entity: StoredEntity }>(ctx, ENTITIES_BY_ID, { ids });
  const byId = new Map(rows.map(({ entity }) => [entity.id, toEntity(entity)]));
  return ids.map((id) => byId.get(id) ?? null);
}
