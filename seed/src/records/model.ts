import type { EntityKind, FactProperty, RelationKind } from '../kinds.ts';

/**
 * The one model every reader produces, whatever its format: entities, the relations between
 * them, and the records a reader had to skip. Resolution and writing see only this.
 */

/** Where a record rests in its file, and the words it rests on. */
export interface Evidence {
  /** The file's name as imported (no folders of the machine it came from). */
  file: string;
  /**
   * How to find the record again: `line 12` for text formats, the record key for BibTeX
   * (`@article{he2016}`) and DBLP (`journals/cacm/Knuth74`), the id or a JSON pointer for JSON
   * (`/results/3/authorships/0`), `row 7` for CSV.
   */
  locator: string;
  /** 1-based line in the file, where the format has lines and the reader knows it. */
  line?: number;
  /** Verbatim from the file, short (a line, a field, an element); phones and e-mails are removed later. */
  snippet: string;
}

/** Strong identifiers: two records with the same one are the same entity. */
export interface Identifiers {
  /** `0000-0002-1825-0097`, without the https://orcid.org/ prefix. */
  orcid?: string;
  /** `A5023888391`, `W2741809807`, `I136199984`, `S4306420609`: the id without its URL. */
  openalex?: string;
  /** `Q42`. */
  wikidata?: string;
  /**
   * A DBLP person id (`95/7448-1`, as dblp.org/pid/… and Wikidata give it) or a DBLP record key
   * (`conf/iccv/HeGDG17`).
   */
  dblp?: string;
  /**
   * A DBLP person name with its homonym number (`Wei Wang 0001`): unique in DBLP, and all a
   * publication's author line gives when it carries no id.
   */
  dblpName?: string;
  /** `https://ror.org/02v51f717` becomes `02v51f717`. */
  ror?: string;
  /** Lower case, without `https://doi.org/`: `10.1109/iccv.2017.322`. */
  doi?: string;
  scopus?: string;
  isni?: string;
}

export type IdentifierKind = keyof Identifiers;

export interface EntityRecord {
  type: 'entity';
  /** Unique within one file's records; relations point at entities by it. */
  ref: string;
  kind: EntityKind;
  /** As the source writes it, LaTeX and markup removed; for a DBLP person, without the homonym number. */
  name: string;
  nameZh?: string;
  aliases?: string[];
  ids?: Identifiers;
  /** Serves identity only; never stored. */
  email?: string;
  homepage?: string;
  /**
   * Kind-specific values: `headline` (person), `orgKind` (UNIVERSITY, COMPANY, LAB, INSTITUTE),
   * `pubKind` (paper, patent, thesis, manuscript), `year` (publication, as a number), `award`.
   */
  details?: Record<string, string | number | boolean>;
  /** Things worth telling the user about this record (an impossible date that was cut to its month). */
  warnings?: string[];
  evidence: Evidence;
}

export interface RelationRecord {
  type: 'relation';
  kind: RelationKind;
  /** `ref`s of entity records of the same file. */
  from: string;
  to: string;
  /** Dates are partial dates (`2019`, `2019-05`, `2019-05-01`); `position` counts authors from 1. */
  values?: Partial<Record<FactProperty, string | number>>;
  /** `stated` unless the reader derives the fact from others (then `inferred`). */
  basis?: 'stated' | 'inferred';
  warnings?: string[];
  evidence: Evidence;
}

/** A record the reader could not use; the rest of the file still imports. */
export interface SkippedRecord {
  type: 'skipped';
  file: string;
  locator: string;
  reason: string;
}

export type ImportRecord = EntityRecord | RelationRecord | SkippedRecord;

/** One file format: how to recognize it and how to turn a file into records. */
export interface Reader {
  /** `bibtex`, `dblp`, `openalex`, `orcid`, `wikidata`, `json-resume`, `linkedin`, `csv`, `cohort-yaml`. */
  format: string;
  /** Whether a file looks like this format, from its name and its first few kilobytes. */
  detect(name: string, head: string): boolean;
  /**
   * The records of a file, streamed: a reader never holds a large file in memory. A problem
   * with one record yields a SkippedRecord; a file that is not of this format at all throws
   * a ReadError.
   */
  read(path: string): AsyncIterable<ImportRecord>;
}

/** The whole file cannot be read as this format; the message says what and where. */
export class ReadError extends Error {
  override name = 'ReadError';
}
