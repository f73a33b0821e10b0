import { ReadError } from '../../records/model.ts';

/** The six files of a Cohort CSV dataset, in the order they are read: entities before the rows that join them. */
export const TABLES = [
  'people',
  'organizations',
  'publications',
  'affiliations',
  'authorships',
  'mentorships',
] as const;
export type Table = (typeof TABLES)[number];

export const ENTITY_TABLES: readonly Table[] = ['people', 'organizations', 'publications'];

export const COLUMNS: Record<Table, { required: string[]; optional: string[] }> = {
  people: { required: ['id', 'name'], optional: ['name_zh', 'aliases', 'orcid', 'homepage', 'headline'] },
  organizations: { required: ['id', 'name'], optional: ['name_zh', 'aliases', 'kind', 'ror', 'parent'] },
  publications: { required: ['id', 'title'], optional: ['year', 'kind', 'doi', 'venue'] },
  affiliations: {
    required: ['person', 'organization', 'relation'],
    optional: ['role', 'degree', 'field', 'start', 'end', 'basis'],
  },
  authorships: { required: ['person', 'publication'], optional: ['position'] },
  mentorships: { required: ['mentor', 'mentee'], optional: ['context', 'start', 'end', 'basis'] },
};

/**
 * The table a file's name says it holds: `people.csv`, or a single file named with the table
 * as a word of it (`lab-people.csv`, `people_2024.csv`).
 */
export function tableOfName(fileName: string): Table | undefined {
  const stem = fileName.toLowerCase().replace(/\.csv$/, '');
  if (stem === fileName.toLowerCase()) return undefined;
  return TABLES.find((table) => stem.split(/[^a-z]+/).includes(table));
}

/** Header cells as compared: case and surrounding blanks do not matter. */
export const columnName = (cell: string) => cell.trim().toLowerCase();

/**
 * Column positions of a header row, refusing the whole file for a column it does not know or
 * lacks: a misspelt `orcd` silently dropped would lose every identifier in the file.
 * Unnamed columns (trailing commas a spreadsheet leaves) are ignored.
 */
export function checkHeader(table: Table, cells: string[], file: string): Map<string, number> {
  const { required, optional } = COLUMNS[table];
  const known = [...required, ...optional];
  const columns = new Map<string, number>();
  cells.forEach((cell, index) => {
    const name = columnName(cell);
    if (name === '') return;
    if (!known.includes(name)) {
      throw new ReadError(`${file} row 1: unknown column "${cell.trim()}"; ${file} takes ${known.join(', ')}`);
    }
    if (columns.has(name)) throw new ReadError(`${file} row 1: column "${name}" appears twice`);
    columns.set(name, index);
  });
  const missing = required.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    throw new ReadError(
      `${file} row 1: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
    );
  }
  return columns;
}

/** Whether a header line (as raw text) names only columns of this table, with all the required ones. */
export function isHeaderOf(table: Table, line: string): boolean {
  const cells = line
    .split(',')
    .map((cell) => columnName(cell.replace(/^\s*"|"\s*$/g, '')))
    .filter(Boolean);
  const { required, optional } = COLUMNS[table];
  return (
    required.every((name) => cells.includes(name)) && cells.every((cell) => [...required, ...optional].includes(cell))
  );
}
