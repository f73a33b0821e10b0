import { csvRows } from '../csv-rows.ts';
import { ReadError } from '../../records/model.ts';
import type { ExportSource } from './source.ts';

/** The columns that make a file LinkedIn's; the export adds others over the years, which are read if known. */
export const LINKEDIN_HEADERS: Record<string, string[]> = {
  'Profile.csv': ['First Name', 'Last Name', 'Headline'],
  'Positions.csv': ['Company Name', 'Title', 'Started On', 'Finished On'],
  'Education.csv': ['School Name', 'Start Date', 'End Date', 'Degree Name'],
  'Skills.csv': ['Name'],
  'Email Addresses.csv': ['Email Address', 'Primary'],
};

/** A data row of an export file, its values looked up by column name. */
export interface ExportRow {
  get(column: string): string;
  /** Counted as a spreadsheet shows them once the preamble is gone: the header is row 1. */
  row: number;
  line: number;
}

const isHeader = (fields: string[], required: string[]) => required.every((column) => fields.includes(column));

/**
 * The data rows of one file of the export. Some files open with a `Notes:` paragraph before
 * their header; everything before the header row is that preamble and is passed over.
 */
export async function* exportRows(source: ExportSource, name: string): AsyncGenerator<ExportRow> {
  const required = LINKEDIN_HEADERS[name] ?? [];
  const label = source.fileOf(name) === name ? name : `${name} in ${source.fileOf(name)}`;
  let columns: Map<string, number> | undefined;
  let row = 1;
  for await (const { fields, line } of csvRows(await source.open(name), label)) {
    if (!columns) {
      if (isHeader(fields, required)) columns = new Map(fields.map((column, index) => [column, index]));
      continue;
    }
    row += 1;
    const index = columns;
    yield { get: (column) => fields[index.get(column) ?? -1]?.trim() ?? '', row, line };
  }
  if (!columns) {
    throw new ReadError(
      `${label} has no LinkedIn header row (${required.join(', ')}); it is not a file of a LinkedIn export`,
    );
  }
}
