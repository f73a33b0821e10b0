import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ReadError, type ImportRecord, type Reader } from '../records/model.ts';
import { isHeaderOf, TABLES, tableOfName, type Table } from './cohort-csv/columns.ts';
import { readTable } from './cohort-csv/dataset.ts';
import { newIds } from './cohort-csv/tables.ts';

/**
 * Cohort's own CSV format for spreadsheet users (docs/import-csv.md): one file per table in a
 * folder, or one file whose name says its table. Ids are the user's keys, good within the
 * dataset only; they join rows and never reach the graph.
 */

/** The folder's files by table, matched by exact name (any case): a folder is one dataset. */
async function folderTables(path: string): Promise<{ table: Table; path: string; file: string }[]> {
  const names = await readdir(path);
  return TABLES.flatMap((table) => {
    const file = names.find((name) => name.toLowerCase() === `${table}.csv`);
    return file ? [{ table, path: join(path, file), file }] : [];
  });
}

/**
 * A CSV whose name says its table and whose first line names only that table's columns, or,
 * for a folder (its file names one a line in `head`), one holding any of the six files. The
 * header check keeps LinkedIn's own `Publications.csv` and `Organizations.csv` out.
 */
export function detectCohortCsv(name: string, head: string): boolean {
  const base = basename(name);
  if (base.toLowerCase().endsWith('.csv')) {
    const table = tableOfName(base);
    const header = head.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').split(/\r?\n/, 1)[0] ?? '';
    return table !== undefined && isHeaderOf(table, header);
  }
  if (base.includes('.')) return false;
  const listed = head.split(/\r?\n/).map((line) => basename(line.trim()));
  return !listed.includes('Profile.csv') && TABLES.some((table) => listed.includes(`${table}.csv`));
}

export const cohortCsvReader: Reader = {
  format: 'csv',
  detect: detectCohortCsv,
  async *read(path: string): AsyncGenerator<ImportRecord> {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new ReadError(`${basename(path)} does not exist`);
    let tables: { table: Table; path: string; file: string }[];
    if (info.isDirectory()) {
      tables = await folderTables(path);
      if (tables.length === 0) {
        throw new ReadError(
          `${basename(path)} holds none of the Cohort CSV files (${TABLES.map((t) => `${t}.csv`).join(', ')})`,
        );
      }
    } else {
      const table = tableOfName(basename(path));
      if (!table) {
        throw new ReadError(
          `${basename(path)} is not a Cohort CSV file: its name must say which table it holds (${TABLES.join(', ')})`,
        );
      }
      tables = [{ table, path, file: basename(path) }];
    }
    const ids = newIds();
    for (const { table, path: file, file: name } of tables) yield* readTable(file, name, table, ids);
  },
};
