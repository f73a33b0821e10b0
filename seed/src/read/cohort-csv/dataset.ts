import { createReadStream } from 'node:fs';
import { ReadError, type ImportRecord } from '../../records/model.ts';
import { cleanText, csvRows } from '../csv-rows.ts';
import { checkHeader, ENTITY_TABLES, type Table } from './columns.ts';
import { recordsOf, type Ids, type Row } from './tables.ts';
import { BadValue } from './values.ts';

type EntityTable = keyof Ids;

/** The data rows of one file, after its header was checked. */
async function* rowsOf(
  path: string,
  file: string,
  table: Table,
): AsyncGenerator<Row | { row: number; reason: string }> {
  let columns: Map<string, number> | undefined;
  let row = 1;
  for await (const { fields, line } of csvRows(createReadStream(path), file)) {
    if (!columns) {
      columns = checkHeader(table, fields, file);
      continue;
    }
    row += 1;
    if (fields.every((value) => value === '')) continue;
    const named = new Set(columns.values());
    const stray = fields.findIndex((value, index) => value !== '' && !named.has(index));
    if (stray >= 0) {
      yield {
        row,
        reason: `value "${cleanText(fields[stray]!, 40)}" is in column ${stray + 1}, which has no name in row 1`,
      };
      continue;
    }
    const index = columns;
    yield {
      get: (column) => fields[index.get(column) ?? -1] ?? '',
      row,
      evidence: { file, locator: `row ${row}`, line, snippet: cleanText(fields.join(',')) },
    };
  }
  if (!columns) throw new ReadError(`${file} is empty; its first row must name the columns`);
}

const NAME_COLUMN: Record<EntityTable, string> = { people: 'name', organizations: 'name', publications: 'title' };

/** Why a row of an entity table cannot be used, before any reference it makes is looked at. */
function entityProblem(table: EntityTable, row: Row, ids: Ids): string | undefined {
  const id = row.get('id');
  if (!id) return 'id is empty';
  const earlier = ids[table].get(id);
  if (earlier) return `id "${id}" is already used in row ${earlier.row}`;
  if (!row.get(NAME_COLUMN[table])) return `${NAME_COLUMN[table]} is empty`;
  try {
    recordsOf(table, row, ids);
  } catch (error) {
    if (error instanceof BadValue) return error.message;
    throw error;
  }
  return undefined;
}

/**
 * Whether each organization's parent is a usable organization of the file. The parent may be
 * defined further down, so this needs the whole file's ids first; only ids and parents are kept.
 */
async function organizationVerdicts(path: string, file: string, ids: Ids): Promise<Map<number, string | undefined>> {
  const verdicts = new Map<number, string | undefined>();
  const parents = new Map<string, { parent: string; row: number }>();
  for await (const row of rowsOf(path, file, 'organizations')) {
    if (!('get' in row)) continue;
    const problem = entityProblem('organizations', row, ids);
    verdicts.set(row.row, problem);
    if (row.get('id') && !ids.organizations.has(row.get('id'))) {
      ids.organizations.set(row.get('id'), { row: row.row, ok: problem === undefined });
    }
    if (!problem && row.get('parent')) parents.set(row.get('id'), { parent: row.get('parent'), row: row.row });
  }
  const parentProblem = (id: string): string | undefined => {
    const seen = new Set([id]);
    for (let at = parents.get(id); at; at = parents.get(at.parent)) {
      const known = ids.organizations.get(at.parent);
      let problem: string | undefined;
      if (!known) problem = `"${at.parent}" is not an id in organizations.csv`;
      else if (!known.ok) problem = `"${at.parent}" is in row ${known.row}, which was skipped`;
      else if (seen.has(at.parent)) return `the chain of parents from "${id}" runs in a loop`;
      if (problem) {
        const first = parents.get(id)?.parent;
        return at.parent === first ? `parent ${problem}` : `parent "${first}" cannot be used: ${problem}`;
      }
      seen.add(at.parent);
    }
    return undefined;
  };
  // A parent skipped for its own parent makes its children fail too, so settle all before marking any.
  const failed = [...parents.entries()].flatMap(([id, { row }]) => {
    const problem = parentProblem(id);
    return problem ? [{ id, row, problem }] : [];
  });
  for (const { id, row, problem } of failed) {
    verdicts.set(row, problem);
    ids.organizations.set(id, { row, ok: false });
  }
  return verdicts;
}

/** The records of one table's file; entity ids go into `ids` for the tables read after it. */
export async function* readTable(path: string, file: string, table: Table, ids: Ids): AsyncGenerator<ImportRecord> {
  const verdicts = table === 'organizations' ? await organizationVerdicts(path, file, ids) : undefined;
  const entity = (ENTITY_TABLES as readonly string[]).includes(table) ? (table as EntityTable) : undefined;
  for await (const row of rowsOf(path, file, table)) {
    if (!('get' in row)) {
      yield { type: 'skipped', file, locator: `row ${row.row}`, reason: row.reason };
      continue;
    }
    let problem: string | undefined;
    if (verdicts) problem = verdicts.get(row.row);
    else if (entity) {
      problem = entityProblem(entity, row, ids);
      if (row.get('id') && !ids[entity].has(row.get('id'))) {
        ids[entity].set(row.get('id'), { row: row.row, ok: problem === undefined });
      }
    }
    if (problem === undefined) {
      try {
        yield* recordsOf(table, row, ids);
        continue;
      } catch (error) {
        if (!(error instanceof BadValue)) throw error;
        problem = error.message;
      }
    }
    yield { type: 'skipped', file, locator: `row ${row.row}`, reason: problem };
  }
}
