import type { EntityKind, FactProperty, RelationKind } from './kinds.ts';
import type { FieldPath } from './problems.ts';
import type { YamlFile } from './parse/yaml-file.ts';

/** Where in the data files something was declared. */
export interface Origin {
  yaml: YamlFile;
  at: FieldPath;
}

/** An entity as declared, before resolution adds generated aliases. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  nameZh?: string;
  aliases: string[];
  /** Identity key only; never stored. */
  email?: string;
  partial: boolean;
  /** What the node stores beyond id, kind, names and aliases (headline, orgKind, year, ...). */
  details: Record<string, string | number | boolean>;
  origin: Origin;
}

export interface EvidenceRecord {
  /** The source document's file name, e.g. `000_047d70e5b9cb1943.txt`. */
  source: string;
  line: number;
  /** As written in the data file; redaction happens when the graph is built. */
  quote: string;
  origin: Origin;
}

export type FactValue = string | number;

export interface FactRecord {
  kind: RelationKind;
  from: string;
  to: string;
  key: string;
  values: Partial<Record<FactProperty, FactValue>>;
  basis: 'stated' | 'inferred';
  evidence: EvidenceRecord[];
  origin: Origin;
}

export interface SeedRecords {
  entities: EntityRecord[];
  facts: FactRecord[];
  /** Source documents by file name, as read from the sources folder. */
  sources: Map<string, string>;
}
