import { ENTITY_LABEL, RELATION_KINDS, RELATIONSHIP_TYPE } from '@cohort/seed';
import type { EntityKind, RelationKind } from '../generated/resolvers.ts';

/**
 * The only way a label or relationship type reaches Cypher: looked up in the seed's fixed
 * tables from an enum value, never taken from request text. Types travel as $params
 * (`type(r) IN $types`).
 */
export const NODE_LABELS: Readonly<Record<EntityKind, string>> = ENTITY_LABEL;
export const RELATIONSHIP_TYPES: Readonly<Record<RelationKind, string>> = RELATIONSHIP_TYPE;

/** The relationship types to traverse; all of them when the caller names none. */
export function relationshipTypes(kinds: readonly RelationKind[] | null | undefined): string[] {
  return (kinds ?? RELATION_KINDS).map((kind) => RELATIONSHIP_TYPES[kind]);
}
