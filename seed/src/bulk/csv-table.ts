import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Integer } from 'neo4j-driver';

/** A property value as the writer stores it. */
export type Value = string | boolean | Integer | string[] | Integer[];

type ColumnType = 'string' | 'boolean' | 'long' | 'string[]' | 'long[]';

/** One row of a node or relationship file: its id columns (already in header form) and properties. */
export interface TableRow {
  ids: Record<string, string>;
  properties: Record<string, Value>;
}

/** A value neo4j-admin cannot carry (an empty list, or a list of one empty string), set after the import. */
export interface Deferred {
  row: TableRow;
  properties: Record<string, Value>;
}

const BLOCK_LINES = 2_000;
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function scalarType(value: string | boolean | Integer): ColumnType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'long';
}

/** Undefined for an empty list: it fits a list column of any type. */
function typeOf(value: Value): ColumnType | undefined {
  if (!Array.isArray(value)) return scalarType(value);
  const first = value[0];
  if (first === undefined) return undefined;
  return `${scalarType(first)}[]` as ColumnType;
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

export function encode(value: Value, delimiter: string): string {
  if (Array.isArray(value)) return quoted(value.map((v) => (typeof v === 'string' ? v : v.toString())).join(delimiter));
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'boolean') return String(value);
  return value.toString();
}

/** The list neo4j-admin would read back as no property at all. */
const vanishes = (value: Value) =>
  Array.isArray(value) && (value.length === 0 || (value.length === 1 && value[0] === ''));

/** One file: its header columns and the rows it holds. */
interface Table {
  columns: Map<string, ColumnType>;
  rows: TableRow[];
}

/**
 * Splits rows into tables whose columns each have one type: a property stored with two types
 * (a detail that is text in one row and a flag in another) sends the rows whose type differs
 * from the first one seen to a table of their own. Usually there is one table.
 */
export function tables(rows: TableRow[]): Table[] {
  const seen = new Map<string, ColumnType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row.properties)) {
      if (!PROPERTY_NAME.test(name)) throw new Error(`The property name "${name}" cannot be a CSV header column.`);
      const type = typeOf(value);
      if (type && !seen.has(name)) seen.set(name, type);
    }
  }
  const byShape = new Map<string, Table>();
  for (const row of rows) {
    const types: [string, ColumnType][] = Object.entries(row.properties).map(([name, value]) => {
      const preferred = seen.get(name);
      const type = typeOf(value) ?? (preferred?.endsWith('[]') ? preferred : 'string[]');
      return [name, type];
    });
    const shape = types
      .filter(([name, type]) => type !== seen.get(name))
      .map(([name, type]) => `${name}:${type}`)
      .join(',');
    const table: Table = byShape.get(shape) ?? { columns: new Map(), rows: [] };
    for (const [name, type] of types) table.columns.set(name, type);
    table.rows.push(row);
    byShape.set(shape, table);
  }
  return [...byShape.values()];
}

/** Characters tried as the array delimiter, in turn: the first that no list element contains. */
const DELIMITERS = ['\u001f', '\u001e', '\u001d', '\u001c', '\u0007', '|', ';'];

const ANY_DELIMITER = new RegExp(
  `[${DELIMITERS.map((d) => `\\u${d.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
);

export function arrayDelimiter(rows: Iterable<TableRow>): string {
  const used = new Set<string>();
  for (const row of rows) {
    for (const value of Object.values(row.properties)) {
      if (!Array.isArray(value)) continue;
      for (const element of value) {
        if (typeof element !== 'string' || !ANY_DELIMITER.test(element)) continue;
        for (const candidate of DELIMITERS) if (element.includes(candidate)) used.add(candidate);
      }
    }
  }
  const free = DELIMITERS.find((candidate) => !used.has(candidate));
  if (!free)
    throw new Error('Every candidate array delimiter occurs in some list value; the data cannot be written as CSV.');
  return free;
}

export const hasLineBreak = (row: TableRow) =>
  Object.values(row.properties).some((value) =>
    Array.isArray(value)
      ? value.some((v) => typeof v === 'string' && /[\r\n]/.test(v))
      : typeof value === 'string' && /[\r\n]/.test(value),
  );

/**
 * Writes one table as a CSV file with its header, and returns what the file could not say:
 * the lists that would read back as no property.
 */
export async function writeTable(file: string, table: Table, delimiter: string): Promise<Deferred[]> {
  const idColumns = Object.keys(table.rows[0]?.ids ?? {});
  const columns = [...table.columns];
  const out = createWriteStream(file, { encoding: 'utf8' });
  const deferred: Deferred[] = [];
  // Lines go out in blocks: a write (and a wait for the stream) per line costs more than the line.
  let block: string[] = [];
  const flush = async () => {
    if (block.length > 0 && !out.write(`${block.join('\n')}\n`)) await once(out, 'drain');
    block = [];
  };
  const write = async (line: string) => {
    block.push(line);
    if (block.length >= BLOCK_LINES) await flush();
  };
  try {
    await write([...idColumns, ...columns.map(([name, type]) => `${name}:${type}`)].join(','));
    for (const row of table.rows) {
      const later: Record<string, Value> = {};
      const fields = idColumns.map((column) => quoted(row.ids[column] ?? ''));
      for (const [name] of columns) {
        const value = row.properties[name];
        if (value === undefined) fields.push('');
        else if (vanishes(value)) {
          later[name] = value;
          fields.push('');
        } else fields.push(encode(value, delimiter));
      }
      if (Object.keys(later).length > 0) deferred.push({ row, properties: later });
      await write(fields.join(','));
    }
    await flush();
  } finally {
    out.end();
    await once(out, 'close');
  }
  return deferred;
}
