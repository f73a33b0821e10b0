/**
 * The fixed vocabulary of the seed graph. Node labels and relationship types reach Cypher only
 * through these tables, never from the data files.
 */

export const ENTITY_KINDS = [
  'PERSON',
  'ORGANIZATION',
  'PUBLICATION',
  'VENUE',
  'COURSE',
  'PROJECT',
  'SKILL',
  'TOPIC',
  'AWARD',
  'REPOSITORY',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The Neo4j label each entity kind is stored with (besides Entity). */
export const ENTITY_LABEL: Readonly<Record<EntityKind, string>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PUBLICATION: 'Publication',
  VENUE: 'Venue',
  COURSE: 'Course',
  PROJECT: 'Project',
  SKILL: 'Skill',
  TOPIC: 'Topic',
  AWARD: 'Award',
  REPOSITORY: 'Repository',
};

export const ID_PREFIX: Record<EntityKind, string> = {
  PERSON: 'person',
  ORGANIZATION: 'org',
  PUBLICATION: 'pub',
  VENUE: 'venue',
  COURSE: 'course',
  PROJECT: 'project',
  SKILL: 'skill',
  TOPIC: 'topic',
  AWARD: 'award',
  REPOSITORY: 'repo',
};

export const ORG_KINDS = ['UNIVERSITY', 'COMPANY', 'LAB', 'INSTITUTE'] as const;
export const PUB_KINDS = ['paper', 'patent', 'thesis', 'manuscript'] as const;
export const MENTOR_CONTEXTS = ['host', 'leader', 'advisor', 'supervisor'] as const;

export const RELATION_KINDS = [
  'STUDIED_AT',
  'WORKED_AT',
  'PART_OF',
  'MENTORED',
  'AUTHORED',
  'PUBLISHED_IN',
  'TAUGHT',
  'ASSISTED',
  'HAS_SKILL',
  'RESEARCHES',
  'RECEIVED',
  'PARTICIPATED_IN',
  'CONTRIBUTED_TO',
  'REPRODUCED',
  'CITES',
  'AFFILIATED_WITH',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** The Neo4j relationship type each relation kind is stored as. */
export const RELATIONSHIP_TYPE: Readonly<Record<RelationKind, string>> = Object.freeze({
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
  AFFILIATED_WITH: 'AFFILIATED_WITH',
});

/** Which kinds of entity each relation may join, in its direction. */
export const RELATION_ENDS: Record<RelationKind, { from: readonly EntityKind[]; to: readonly EntityKind[] }> = {
  STUDIED_AT: { from: ['PERSON'], to: ['ORGANIZATION'] },
  WORKED_AT: { from: ['PERSON'], to: ['ORGANIZATION'] },
  PART_OF: { from: ['ORGANIZATION'], to: ['ORGANIZATION'] },
  MENTORED: { from: ['PERSON'], to: ['PERSON'] },
  AUTHORED: { from: ['PERSON'], to: ['PUBLICATION'] },
  PUBLISHED_IN: { from: ['PUBLICATION'], to: ['VENUE'] },
  TAUGHT: { from: ['PERSON'], to: ['COURSE'] },
  ASSISTED: { from: ['PERSON'], to: ['COURSE'] },
  HAS_SKILL: { from: ['PERSON'], to: ['SKILL'] },
  RESEARCHES: { from: ['PERSON'], to: ['TOPIC'] },
  RECEIVED: { from: ['PERSON'], to: ['AWARD'] },
  PARTICIPATED_IN: { from: ['PERSON'], to: ['PROJECT', 'AWARD'] },
  CONTRIBUTED_TO: { from: ['PERSON'], to: ['REPOSITORY', 'PROJECT'] },
  REPRODUCED: { from: ['PERSON'], to: ['PUBLICATION'] },
  CITES: { from: ['COURSE', 'PUBLICATION'], to: ['PUBLICATION'] },
  AFFILIATED_WITH: { from: ['PERSON'], to: ['ORGANIZATION'] },
};

export const FACT_PROPERTIES = [
  'role',
  'roleZh',
  'degree',
  'field',
  'fieldZh',
  'location',
  'start',
  'end',
  'year',
  'context',
  'position',
  'week',
  'note',
] as const;
export type FactProperty = (typeof FACT_PROPERTIES)[number];

/** Which relations a fact property belongs to; `undefined` means any relation. */
export const FACT_PROPERTY_USE: Record<FactProperty, readonly RelationKind[] | undefined> = {
  role: ['WORKED_AT', 'PARTICIPATED_IN', 'ASSISTED', 'TAUGHT'],
  roleZh: ['WORKED_AT', 'PARTICIPATED_IN', 'ASSISTED', 'TAUGHT'],
  degree: ['STUDIED_AT'],
  field: ['STUDIED_AT'],
  fieldZh: ['STUDIED_AT'],
  location: ['STUDIED_AT', 'WORKED_AT'],
  start: undefined,
  end: undefined,
  year: ['RECEIVED', 'PARTICIPATED_IN', 'CITES', 'AFFILIATED_WITH'],
  context: ['MENTORED'],
  position: ['AUTHORED'],
  week: ['TAUGHT'],
  note: undefined,
};

/** Properties stored as Neo4j integers rather than floats. */
export const INTEGER_PROPERTIES = new Set(['year', 'position', 'week']);

/** One statement per kind, built from the fixed tables: how labels and types reach Cypher text. */
export function perKind<K extends string>(kinds: readonly K[], build: (kind: K) => string): Record<K, string> {
  return Object.fromEntries(kinds.map((kind) => [kind, build(kind)])) as Record<K, string>;
}
