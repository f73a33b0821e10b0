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

/**
 * Relations into entities that very many share: a skill, a research topic, a venue. Through
 * one of them nearly everyone is two hops from everyone, so a path there tells little, and a
 * search that may cross them fans out over most of the graph. Paths follow them only when
 * the caller names them.
 */
export const HUB_RELATIONS: readonly RelationKind[] = ['HAS_SKILL', 'RESEARCHES', 'PUBLISHED_IN'];

/** The relationship types a path may follow; every relation but the hub ones when the caller names none. */
export function pathRelationshipTypes(kinds: readonly RelationKind[] | null | undefined): string[] {
  return relationshipTypes(kinds ?? RELATION_KINDS.filter((kind) => !HUB_RELATIONS.includes(kind)));
}
