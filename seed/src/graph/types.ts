import type { EntityKind, FactProperty, RelationKind } from '../kinds.ts';
import type { FactValue } from '../records.ts';

/** One source's version of a disputed value, with the words it rests on (redacted). */
export interface Claim {
  value: string;
  source: string;
  line?: number;
  quote: string;
}

export interface Conflict {
  field: string;
  claims: Claim[];
}

export interface StoredEvidence {
  /** The file's name. */
  source: string;
  /** 1-based; absent where the format has no lines. */
  line?: number;
  /** Where in the file, in the format's terms (`line 12`, `@article{he2016}`, `/works/3`); `line N` by default. */
  locator?: string;
  quote: string;
}

export interface SeedNode {
  id: string;
  kind: EntityKind;
  name: string;
  nameZh?: string;
  aliases: string[];
  /** Kind-specific properties: headline, homepage, partial, orgKind, location, year, ... */
  details: Record<string, string | number | boolean>;
}

export interface SeedRelationship {
  /** `KIND:from->to#key`: stable across runs, unique, and readable in the API. */
  id: string;
  kind: RelationKind;
  from: string;
  to: string;
  values: Partial<Record<FactProperty, FactValue>>;
  evidence: StoredEvidence[];
  conflicts: Conflict[];
  /** `inferred` when the fact follows from what the sources say rather than being said; stated otherwise. */
  basis?: 'stated' | 'inferred';
}

/** The validated, resolved graph, ready to store; holds no e-mail address or phone number. */
export interface SeedGraph {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}
