import type { Direction, TalentDimension } from './api/generated.ts';

/** How the talent map groups people: where they moved from and to, or what they share. */
export type TalentGrouping = TalentDimension | 'FLOW';

// Records rather than lists, so a value the schema adds fails type checking until it has a label.
// Their order is the order the choices are offered in.

export const TALENT_GROUPING_LABELS: Record<TalentGrouping, string> = {
  FLOW: 'Universities → companies',
  ORGANIZATION: 'By organization',
  SKILL: 'By skill',
  TOPIC: 'By topic',
  VENUE: 'By venue',
};

export const TALENT_GROUPINGS = Object.keys(TALENT_GROUPING_LABELS) as TalentGrouping[];

export const LINEAGE_DIRECTION_LABELS: Record<Direction, string> = {
  BOTH: 'Both',
  UP: 'Mentors',
  DOWN: 'Mentees',
};

export const LINEAGE_DIRECTIONS = Object.keys(LINEAGE_DIRECTION_LABELS) as Direction[];
