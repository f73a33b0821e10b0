import type {
  Claim,
  Conflict,
  Edge,
  EntityKind,
  Evidence,
  Identifier,
  IdentifierScheme,
  OrgKind,
  RelationKind,
} from '../generated/resolvers.ts';
import { withoutEmails } from '../privacy.ts';

/**
 * Cypher projections shared by the queries, and the one place stored values become API
 * values. Projections name properties explicitly, so nothing stored by mistake (an e-mail
 * address) can leak out through a `.*`.
 */

const NODE_PROPERTIES = ['id', 'kind', 'name', 'nameZh', 'orgKind', 'year'] as const;

/** The fields a node shows wherever it appears, as a map projection of a variable: `n {${NODE_FIELDS}}`. */
export const NODE_FIELDS = NODE_PROPERTIES.map((p) => `.${p}`).join(', ');

/** The same fields of a node that is not in a variable (`row.group`), where a map projection cannot reach. */
export function nodeMap(expression: string): string {
  return `{${NODE_PROPERTIES.map((p) => `${p}: ${expression}.${p}`).join(', ')}}`;
}

/** The node property each identifier scheme is stored in. */
const IDENTIFIER_PROPERTIES: Readonly<Record<IdentifierScheme, string>> = {
  ORCID: 'orcid',
  OPENALEX: 'openalex',
  WIKIDATA: 'wikidata',
  DBLP: 'dblp',
  DBLP_NAME: 'dblpName',
  ROR: 'ror',
  DOI: 'doi',
  SCOPUS: 'scopus',
  ISNI: 'isni',
};

const ENTITY_FIELDS =
  '.id, .kind, .name, .nameZh, .aliases, .headline, .homepage, .partial, .orgKind, .location, ' +
  '.year, .pubKind, .award, .description, .url, .datasets, ' +
  Object.values(IDENTIFIER_PROPERTIES)
    .map((p) => `.${p}`)
    .join(', ');

/** A map projection of node variable `v` with every field an entity page shows. */
export function entityProjection(v: string): string {
  return `${v} {${ENTITY_FIELDS}}`;
}

/** A map projection of relationship variable `v` with its kind, ends, evidence and conflicts. */
export function edgeProjection(v: string): string {
  return (
    `${v} {.id, .role, .roleZh, .degree, .field, .fieldZh, .location, .context, .position, .year, .week, .note, .start, .end, ` +
    `.evidenceSources, .evidenceLines, .evidenceQuotes, .evidenceDatasets, .evidenceLocators, .conflicts, .basis, ` +
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
  datasets: string[];
  identifiers: Identifier[];
}

export type StoredEntity = Omit<EntityRow, 'aliases' | 'partial' | 'datasets' | 'identifiers'> & {
  aliases: string[] | null;
  partial: boolean | null;
  datasets: string[] | null;
} & Record<string, unknown>;

export function toEntity(stored: StoredEntity): EntityRow {
  const identifiers: Identifier[] = [];
  for (const [scheme, property] of Object.entries(IDENTIFIER_PROPERTIES) as [IdentifierScheme, string][]) {
    const value = stored[property];
    if (typeof value === 'string' && value) identifiers.push({ scheme, value });
  }
  const entity = { ...stored } as Record<string, unknown>;
  for (const property of Object.values(IDENTIFIER_PROPERTIES)) delete entity[property];
  return {
    ...(entity as Omit<EntityRow, 'aliases' | 'partial' | 'datasets' | 'identifiers'>),
    aliases: stored.aliases ?? [],
    partial: stored.partial ?? false,
    // Nodes loaded before datasets were recorded belong to the seed.
    datasets: stored.datasets ?? ['seed'],
    identifiers,
  };
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
  evidenceDatasets: string[] | null;
  evidenceLocators: string[] | null;
  conflicts: string | null;
  basis: string | null;
}

export function toEdge(stored: StoredEdge): Edge {
  const {
    evidenceSources,
    evidenceLines,
    evidenceQuotes,
    evidenceDatasets,
    evidenceLocators,
    conflicts,
    basis,
    ...fields
  } = stored;
  return {
    ...fields,
    evidence: (evidenceSources ?? []).map((source, i) =>
      toEvidence(source, evidenceLines?.[i], evidenceQuotes?.[i], evidenceDatasets?.[i], evidenceLocators?.[i]),
    ),
    conflicts: toConflicts(conflicts),
    inferred: basis === 'inferred',
  };
}

/** Lines are stored as 0 where a format has none; evidence from before datasets is the seed's. */
function toEvidence(
  source: string,
  line: number | null | undefined,
  quote: string | null | undefined,
  dataset: string | null | undefined,
  locator: string | null | undefined,
): Evidence {
  const known = line ? line : null;
  return {
    source,
    line: known,
    quote: withoutEmails(quote ?? ''),
    dataset: dataset || 'seed',
    locator: locator || (known ? `line ${known}` : ''),
  };
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
    // Conflicts are recorded among the curated seed's sources.
    evidence: toEvidence(claim.source ?? '', claim.line, claim.quote, 'seed', undefined),
  };
}
