import type { Claim, Conflict, Edge, EntityKind, Evidence, OrgKind, RelationKind } from '../generated/resolvers.ts';
import { withoutEmails } from '../privacy.ts';

/**
 * Cypher projections shared by the queries, and the one place stored values become API
 * values. Projections name properties explicitly, so nothing stored by mistake (an e-mail
 * address) can leak out through a `.*`.
 */

export const NODE_FIELDS = '.id, .kind, .name, .nameZh, .orgKind, .year';

const ENTITY_FIELDS =
  '.id, .kind, .name, .nameZh, .aliases, .headline, .homepage, .partial, .orgKind, .location, ' +
  '.year, .pubKind, .award, .description, .url';

/** A map projection of node variable `v` with every field an entity page shows. */
export function entityProjection(v: string): string {
  return `${v} {${ENTITY_FIELDS}}`;
}

/** A map projection of relationship variable `v` with its kind, ends, evidence and conflicts. */
export function edgeProjection(v: string): string {
  return (
    `${v} {.id, .role, .roleZh, .degree, .field, .fieldZh, .location, .context, .position, .year, .week, .note, .start, .end, ` +
    `.evidenceSources, .evidenceLines, .evidenceQuotes, .conflicts, ` +
    `kind: type(${v}), source: startNode(${v}).id, target: endNode(${v}).id}`
  );
}

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  nameZh: string | null;
  aliases: string[];
  headline: string | null;
  homepage: string | null;
  partial: boolean;
  orgKind: OrgKind | null;
  location: string | null;
  year: number | null;
  pubKind: string | null;
  award: string | null;
  description: string | null;
  url: string | null;
}

export type StoredEntity = Omit<EntityRow, 'aliases' | 'partial'> & {
  aliases: string[] | null;
  partial: boolean | null;
};

export function toEntity(stored: StoredEntity): EntityRow {
  return { ...stored, aliases: stored.aliases ?? [], partial: stored.partial ?? false };
}

export interface StoredEdge {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  role: string | null;
  roleZh: string | null;
  degree: string | null;
  field: string | null;
  fieldZh: string | null;
  location: string | null;
  context: string | null;
  position: number | null;
  year: number | null;
  week: number | null;
  note: string | null;
  start: string | null;
  end: string | null;
  evidenceSources: string[] | null;
  evidenceLines: number[] | null;
  evidenceQuotes: string[] | null;
  conflicts: string | null;
}

export function toEdge(stored: StoredEdge): Edge {
  const { evidenceSources, evidenceLines, evidenceQuotes, conflicts, ...fields } = stored;
  return {
    ...fields,
    evidence: toEvidence(evidenceSources, evidenceLines, evidenceQuotes),
    conflicts: toConflicts(conflicts),
  };
}

function toEvidence(sources: string[] | null, lines: number[] | null, quotes: string[] | null): Evidence[] {
  return (sources ?? []).map((source, i) => ({
    source,
    line: lines?.[i] ?? 0,
    quote: withoutEmails(quotes?.[i] ?? ''),
  }));
}

interface StoredClaim {
  value?: unknown;
  source?: string;
  line?: number;
  quote?: string;
}

/** The loader stores conflicts as JSON text: [{field, claims: [{value, source, line, quote}]}]. */
function toConflicts(json: string | null): Conflict[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map((conflict: { field?: string; claims?: StoredClaim[] }) => ({
    field: String(conflict.field ?? ''),
    claims: (conflict.claims ?? []).map(toClaim),
  }));
}

function toClaim(claim: StoredClaim): Claim {
  return {
    value: claim.value === undefined || claim.value === null ? null : String(claim.value),
    evidence: { source: claim.source ?? '', line: claim.line ?? 0, quote: withoutEmails(claim.quote ?? '') },
  };
}
