import type { Affiliation, Node } from '../generated/resolvers.ts';
import { edgeProjection, NODE_FIELDS, toEdge, type StoredEdge } from './rows.ts';

/** Projection of person `p`, organization `o` and their STUDIED_AT/WORKED_AT relationship `r`. */
export const AFFILIATION = `{person: p {${NODE_FIELDS}}, organization: o {${NODE_FIELDS}}, edge: ${edgeProjection('r')}}`;

export interface StoredAffiliation {
  person: Node;
  organization: Node;
  edge: StoredEdge;
}

export function toAffiliation({ person, organization, edge }: StoredAffiliation): Affiliation {
  const { kind, role, roleZh, degree, field, fieldZh, location, start, end, evidence, conflicts, inferred } =
    toEdge(edge);
  return {
    person,
    organization,
    relation: kind,
    role,
    roleZh,
    degree,
    field,
    fieldZh,
    location,
    start,
    end,
    evidence,
    conflicts,
    inferred,
  };
}

/** Oldest first; a period known only by its end sorts by that end, an unknown one last. */
export function byPeriod(a: Affiliation, b: Affiliation): number {
  const key = (x: Affiliation) => x.start ?? x.end ?? '9999';
  return key(a).localeCompare(key(b)) || a.organization.name.localeCompare(b.organization.name);
}
