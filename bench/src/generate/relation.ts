import type { RelationKind, SeedRelationship } from '@cohort/seed';

/** What a synthetic fact states besides its ends: the values of seed/src/kinds.ts FACT_PROPERTIES. */
export type Values = SeedRelationship['values'];

/**
 * One relationship as the resolver would hand it to the writer: the id in the data model's
 * `TYPE:from->to#key` form, one line of evidence (the synthetic source has one line per fact).
 */
export function relation(
  source: string,
  line: number,
  kind: RelationKind,
  from: string,
  to: string,
  key: string,
  values: Values = {},
): SeedRelationship {
  return {
    id: `${kind}:${from}->${to}#${key}`,
    kind,
    from,
    to,
    values,
    evidence: [{ source, line, quote: `${from} ${kind.toLowerCase()} ${to}` }],
    conflicts: [],
  };
}
