import { ENTITY_LABEL } from '../../../seed/src/kinds.ts';
import type { EntityKind, RelationKind } from '../generated/resolvers.ts';

/**
 * The only way a relationship type or label reaches Cypher: looked up here from an enum
 * value, never taken from request text. Types travel as $params (`type(r) IN $types`).
 */
export const RELATIONSHIP_TYPES: Readonly<Record<RelationKind, string>> = Object.freeze({
  STUDIED_AT: 'STUDIED_AT',
  WORKED_AT: 'WORKED_AT',
  PART_OF: 'PART_OF',
  MENTORED: 'MENTORED',
  AUTHORED: 'AUTHORED',
  PUBLISHED_IN: 'PUBLISHED_IN',
  TAUGHT: 'TAUGHT',
  ASSISTED: 'ASSISTED',
  HAS_SKILL: 'HAS_SKILL',
  RESEARCHES: 'RESEARCHES',
  RECEIVED: 'RECEIVED',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  CONTRIBUTED_TO: 'CONTRIBUTED_TO',
  REPRODUCED: 'REPRODUCED',
  CITES: 'CITES',
});

/** Node labels as the seed loader stores them: one table for both sides. */
export const NODE_LABELS: Readonly<Record<EntityKind, string>> = ENTITY_LABEL;

const RELATION_KINDS = Object.keys(RELATIONSHIP_TYPES) as RelationKind[];

/** The relationship types to traverse; all of them when the caller names none. */
export function relationshipTypes(kinds: readonly RelationKind[] | null | undefined): string[] {
  return (kinds ?? RELATION_KINDS).map((kind) => RELATIONSHIP_TYPES[kind]);
}
