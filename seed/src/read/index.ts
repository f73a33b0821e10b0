import type { Reader } from '../records/model.ts';
import { bibtexReader } from './bibtex.ts';
import { cohortCsvReader } from './cohort-csv.ts';
import { dblpReader } from './dblp.ts';
import { jsonResumeReader } from './json-resume.ts';
import { linkedinReader } from './linkedin.ts';
import { openalexReader } from './openalex.ts';
import { orcidReader } from './orcid.ts';
import { wikidataReader } from './wikidata.ts';

/**
 * Every format Cohort reads. Detection asks them in this order, the most particular first:
 * a JSON Resume or an ORCID record would also pass for generic JSON, a LinkedIn export for CSV.
 */
export const READERS: readonly Reader[] = [
  orcidReader,
  jsonResumeReader,
  openalexReader,
  wikidataReader,
  dblpReader,
  bibtexReader,
  linkedinReader,
  cohortCsvReader,
];

export const FORMATS = READERS.map((reader) => reader.format);

export function readerFor(format: string): Reader | undefined {
  return READERS.find((reader) => reader.format === format);
}

/** The reader whose format a file is, from its name and its first bytes (a folder: its file names). */
export function detectReader(name: string, head: string): Reader | undefined {
  return READERS.find((reader) => reader.detect(name, head));
}
