import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBulkFiles } from '../src/bulk/bulk-files.ts';
import { arrayDelimiter, tables, writeTable, type TableRow } from '../src/bulk/csv-table.ts';
import type { SeedNode, SeedRelationship } from '../src/graph/types.ts';

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

describe('the CSV files of several datasets loaded in one neo4j-admin run', () => {
  const person = (id: string, name: string): SeedNode => ({ id, kind: 'PERSON', name, aliases: [], details: {} });
  const mentored = (from: string, to: string): SeedRelationship => ({
    id: `MENTORED:${from}->${to}#`,
    kind: 'MENTORED',
    from,
    to,
    values: {},
    evidence: [{ source: 'staff.txt', line: 1, quote: `${from} mentored ${to}` }],
    conflicts: [],
  });

  it("give each dataset its own record keys, and let relationships end at another dataset's nodes", async () => {
    const info = { format: 'bench', files: [] };
    const people = await writeBulkFiles(
      path.join(dir, 'people'),
      'staff-people',
      {
        nodes: [person('person:a', 'Ada Roe'), person('person:b', 'Bo Lin')],
        relationships: [],
      },
      info,
    );
    const links = await writeBulkFiles(
      path.join(dir, 'links'),
      'staff-links',
      {
        nodes: [],
        relationships: [mentored('person:a', 'person:b')],
      },
      info,
    );
    const recordKeys = [...people.sources.nodes, ...links.sources.nodes]
      .filter((source) => !source.labels.includes('Entity'))
      .flatMap((source) => {
        const [header, ...lines] = parse(readFileSync(source.file, 'utf8')) as string[][];
        const column = header!.indexOf(':ID(DatasetRecord)');
        return lines.map((line) => line[column]);
      });
    expect(recordKeys.sort()).toEqual(['staff-links', 'staff-links chunk 0', 'staff-people', 'staff-people chunk 0']);
    const [relationships] = links.sources.relationships;
    const [header, line] = parse(readFileSync(relationships!.file, 'utf8')) as string[][];
    expect(header!.slice(0, 2)).toEqual([':START_ID(Entity)', ':END_ID(Entity)']);
    expect(line!.slice(0, 2)).toEqual(['person:a', 'person:b']);
  });
});
