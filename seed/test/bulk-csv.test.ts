import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { arrayDelimiter, tables, writeTable, type TableRow } from '../src/bulk/csv-table.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cohort-bulk-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (id: string, properties: TableRow['properties']): TableRow => ({
  ids: { 'id:ID(Entity)': id },
  properties,
});

describe('the CSV files of a bulk import', () => {
  it('writes typed header columns, and quotes text so that quotes, commas and line breaks survive', async () => {
    const rows = [
      row('a', { name: 'He said "hi", then\nleft', year: neo4j.int(2017), current: true, aliases: ['x;y', 'z'] }),
      row('b', { name: 'Plain', evidenceLines: [neo4j.int(3), neo4j.int(0)] }),
    ];
    const delimiter = arrayDelimiter(rows);
    const [table] = tables(rows);
    const file = path.join(dir, 'nodes.csv');
    const deferred = await writeTable(file, table!, delimiter);
    expect(deferred).toEqual([]);
    const [header, first, second] = parse(readFileSync(file, 'utf8')) as string[][];
    expect(header).toEqual([
      'id:ID(Entity)',
      'name:string',
      'year:long',
      'current:boolean',
      'aliases:string[]',
      'evidenceLines:long[]',
    ]);
    expect(first).toEqual(['a', 'He said "hi", then\nleft', '2017', 'true', `x;y${delimiter}z`, '']);
    expect(second).toEqual(['b', 'Plain', '', '', '', `3${delimiter}0`]);
  });

  it('picks an array delimiter that no list element contains', () => {
    expect(arrayDelimiter([row('a', { aliases: ['plain'] })])).toBe('\u001f');
    expect(arrayDelimiter([row('a', { aliases: ['odd\u001fone', 'odd\u001etwo'] })])).toBe('\u001d');
  });

  it('leaves out the lists CSV cannot carry and returns them, to be set afterwards', async () => {
    const rows = [row('a', { aliases: [] }), row('b', { aliases: [''] }), row('c', { aliases: ['', ''] })];
    const file = path.join(dir, 'empty-lists.csv');
    const deferred = await writeTable(file, tables(rows)[0]!, '\u001f');
    expect(deferred.map((d) => [d.row.ids['id:ID(Entity)'], d.properties])).toEqual([
      ['a', { aliases: [] }],
      ['b', { aliases: [''] }],
    ]);
    const lines = parse(readFileSync(file, 'utf8')) as string[][];
    expect(lines.slice(1)).toEqual([
      ['a', ''],
      ['b', ''],
      ['c', '\u001f'],
    ]);
  });

  it('gives a property stored with two types a second file', () => {
    const split = tables([row('a', { note: 'text' }), row('b', { note: true }), row('c', { note: 'more' })]);
    expect(split.map((t) => [[...t.columns], t.rows.map((r) => r.ids['id:ID(Entity)'])])).toEqual([
      [[['note', 'string']], ['a', 'c']],
      [[['note', 'boolean']], ['b']],
    ]);
  });
});
