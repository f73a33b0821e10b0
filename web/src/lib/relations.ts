import type { RelationKind } from './api/generated.ts';

export interface RelationWords {
  /** Short label for filters and edge labels. */
  label: string;
  /** Source first: "{s} studied at {t}". */
  forward: string;
  /** Target first, continuing a sentence whose subject is the target. */
  backward: string;
  /** Source first, continuing a sentence that ended on the source, where repeating it would read badly. */
  chained?: string;
  /** How much a link of this kind says about two people; lower says more. */
  weight: number;
  color: string;
}

// Mentorship and co-authorship say the most about a connection; shared skills and topics the least.
export const RELATIONS: Record<RelationKind, RelationWords> = {
  MENTORED: {
    label: 'Mentored',
    forward: '{s} mentored {t}',
    backward: '{t} was mentored by {s}',
    weight: 1,
    color: '#c2410c',
  },
  AUTHORED: {
    label: 'Authored',
    forward: '{s} is an author of {t}',
    backward: 'whose authors include {s}',
    weight: 1,
    color: '#be185d',
  },
  STUDIED_AT: {
    label: 'Studied at',
    forward: '{s} studied at {t}',
    backward: 'where {s} studied',
    weight: 2,
    color: '#1d4ed8',
  },
  WORKED_AT: {
    label: 'Worked at',
    forward: '{s} worked at {t}',
    backward: 'where {s} worked',
    weight: 2,
    color: '#6d28d9',
  },
  TAUGHT: { label: 'Taught', forward: '{s} taught {t}', backward: 'which {s} taught', weight: 2, color: '#4d7c0f' },
  ASSISTED: {
    label: 'Assisted',
    forward: '{s} assisted in {t}',
    backward: 'which {s} assisted in',
    weight: 2,
    color: '#4d7c0f',
  },
  PARTICIPATED_IN: {
    label: 'Took part in',
    forward: '{s} took part in {t}',
    backward: 'in which {s} took part',
    weight: 2,
    color: '#b45309',
  },
  CONTRIBUTED_TO: {
    label: 'Contributed to',
    forward: '{s} contributed to {t}',
    backward: 'to which {s} contributed',
    weight: 2,
    color: '#1f2937',
  },
  REPRODUCED: {
    label: 'Reproduced',
    forward: '{s} reproduced {t}',
    backward: 'which {s} reproduced',
    weight: 2,
    color: '#be185d',
  },
  PART_OF: {
    label: 'Part of',
    forward: '{s} is part of {t}',
    backward: 'which includes {s}',
    chained: 'part of {t}',
    weight: 2,
    color: '#64748b',
  },
  PUBLISHED_IN: {
    label: 'Published in',
    forward: '{s} appeared in {t}',
    backward: 'where {s} appeared',
    weight: 3,
    color: '#4b5563',
  },
  CITES: { label: 'Cites', forward: '{s} cites {t}', backward: 'which is cited by {s}', weight: 3, color: '#4b5563' },
  AFFILIATED_WITH: {
    label: 'Affiliated with (on a paper)',
    forward: '{s} gave {t} as affiliation on a paper',
    backward: 'which {s} gave as affiliation on a paper',
    weight: 3,
    color: '#0e7490',
  },
  RECEIVED: {
    label: 'Received',
    forward: '{s} received {t}',
    backward: 'which {s} received',
    weight: 3,
    color: '#a16207',
  },
  RESEARCHES: {
    label: 'Researches',
    forward: '{s} researches {t}',
    backward: 'which {s} researches',
    weight: 4,
    color: '#4338ca',
  },
  HAS_SKILL: {
    label: 'Has skill',
    forward: '{s} knows {t}',
    backward: 'which {s} also knows',
    weight: 4,
    color: '#047857',
  },
};

export const RELATION_ORDER = Object.keys(RELATIONS) as RelationKind[];

/** Relations that say how people came across each other; shared skills and topics only say they are alike. */
export const TELLING_RELATIONS = RELATION_ORDER.filter((kind) => RELATIONS[kind].weight < 4);

export function isRelationKind(value: string): value is RelationKind {
  return Object.hasOwn(RELATIONS, value);
}
