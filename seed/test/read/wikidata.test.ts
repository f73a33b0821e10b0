import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findEmail } from '../../src/checks/email.ts';
import { findPhoneNumber } from '../../src/checks/phone.ts';
import type { EntityRecord, ImportRecord, RelationRecord, SkippedRecord } from '../../src/records/model.ts';
import { ReadError } from '../../src/records/model.ts';
import { wikidataReader } from '../../src/read/wikidata.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/wikidata');
const ROTH = join(FIXTURES, 'Q328212-veronica-roth.json');
const SPARQL = join(FIXTURES, 'sparql-pseudonyms.json');
const ENTITIES = join(FIXTURES, 'hand-written-entities.json');
const DUMP = join(FIXTURES, 'hand-written-dump.jsonl');

async function readAll(path: string): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of wikidataReader.read(path)) records.push(record);
  return records;
}

const entities = (records: ImportRecord[]) => records.filter((r): r is EntityRecord => r.type === 'entity');
const relations = (records: ImportRecord[]) => records.filter((r): r is RelationRecord => r.type === 'relation');
const skipped = (records: ImportRecord[]) => records.filter((r): r is SkippedRecord => r.type === 'skipped');
const byRef = (records: ImportRecord[], ref: string) => entities(records).find((r) => r.ref === ref);

describe('wikidata reader on the entity of Veronica Roth (Q328212)', () => {
  test('a person by P31 Q5, written with numeric ids only; English and Chinese labels; ISNI', async () => {
    const records = await readAll(ROTH);
    expect(byRef(records, 'Q328212')).toMatchObject({
      kind: 'PERSON',
      name: 'Veronica Roth',
      nameZh: '韦罗妮卡·罗思',
      ids: { wikidata: 'Q328212', isni: '0000000108182046' },
      homepage: 'http://veronicarothbooks.blogspot.com',
      evidence: { file: 'Q328212-veronica-roth.json', locator: 'Q328212' },
    });
    // Turkish aliases are neither English nor Chinese.
    expect(byRef(records, 'Q328212')?.aliases).toBeUndefined();
  });

  test('educated at an item not in the file: a placeholder named by its QID, with a warning', async () => {
    const records = await readAll(ROTH);
    const studied = relations(records);
    expect(studied).toEqual([
      expect.objectContaining({
        kind: 'STUDIED_AT',
        from: 'Q328212',
        to: 'Q309350',
        evidence: expect.objectContaining({ locator: 'Q328212 P69[0]', snippet: '{"P69":"Q309350","qualifiers":{}}' }),
      }),
    ]);
    expect(studied[0]?.values).toBeUndefined();
    const placeholder = byRef(records, 'Q309350');
    expect(placeholder).toMatchObject({ kind: 'ORGANIZATION', name: 'Q309350', ids: { wikidata: 'Q309350' } });
    expect(placeholder?.warnings?.[0]).toMatch(/not described in this file/);
  });
});

describe('wikidata reader on a SPARQL result (?item ?itemLabel ?itemAltLabel)', () => {
  test('each item once under its QID, even when two rows name it; aliases from the comma-separated AltLabel', async () => {
    const records = await readAll(SPARQL);
    const people = entities(records);
    expect(people.map((p) => [p.ref, p.name])).toEqual([
      ['Q5798647', 'Daniel Rojo'],
      ['Q6512', 'Søren Kierkegaard'],
      ['Q33188341', 'Ernesto Pérez Donaz'],
    ]);
    expect(people.every((p) => p.kind === 'PERSON')).toBe(true);
    expect(people[1]?.aliases).toEqual([
      'Climacus',
      'Kierkegaard',
      'Anti-Climacus',
      'Søren Aabye Kierkegaard',
      'Soren Kierkegaard',
      'Victor Eremita',
    ]);
    expect(people[1]?.evidence.locator).toBe('/results/bindings/1');
    expect(relations(records)).toEqual([]);
  });

  test('advisor, student, employer and dates of a row become relations', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wikidata-'));
    const path = join(dir, 'advisors.json');
    const uri = (q: string) => ({ type: 'uri', value: `http://www.wikidata.org/entity/${q}` });
    const label = (value: string, lang = 'en') => ({ type: 'literal', 'xml:lang': lang, value });
    const row = {
      person: uri('Q7251'),
      personLabel: label('Alan Turing'),
      advisor: uri('Q92741'),
      advisorLabel: label('Q92741'),
      employer: uri('Q230899'),
      employerLabel: label('曼彻斯特大学', 'zh'),
      start: { type: 'literal', value: '1948-01-01T00:00:00Z' },
    };
    await writeFile(path, JSON.stringify({ head: { vars: Object.keys(row) }, results: { bindings: [row, row] } }));
    const records = await readAll(path);
    expect(relations(records).map((r) => [r.kind, r.from, r.to, r.values])).toEqual([
      ['MENTORED', 'Q92741', 'Q7251', { context: 'advisor' }],
      ['WORKED_AT', 'Q7251', 'Q230899', { start: '1948' }],
    ]);
    expect(byRef(records, 'Q92741')).toMatchObject({ kind: 'PERSON', name: 'Q92741' });
    expect(byRef(records, 'Q230899')).toMatchObject({
      kind: 'ORGANIZATION',
      name: '曼彻斯特大学',
      nameZh: '曼彻斯特大学',
    });
  });
});

describe('wikidata reader quirks (hand-written wbgetentities answer)', () => {
  test('doctoral advisor and student: MENTORED from advisor to student, context advisor', async () => {
    const records = await readAll(ENTITIES);
    const mentored = relations(records).filter((r) => r.kind === 'MENTORED');
    expect(mentored.map((r) => [r.from, r.to, r.values?.context, r.evidence.locator])).toEqual([
      ['Q92741', 'Q7251', 'advisor', 'Q7251 P184[0]'],
      ['Q7251', 'Q7351593', 'advisor', 'Q7251 P185[0]'],
    ]);
    expect(byRef(records, 'Q92741')).toMatchObject({ kind: 'PERSON', name: 'Alonzo Church' });
    expect(byRef(records, 'Q7351593')).toMatchObject({ kind: 'PERSON', name: 'Q7351593' });
  });

  test('several employer statements are all kept with their own periods; the deprecated one is not', async () => {
    const records = await readAll(ENTITIES);
    const worked = relations(records).filter((r) => r.kind === 'WORKED_AT' && r.from === 'Q7251');
    expect(worked.map((r) => [r.to, r.values, r.evidence.locator])).toEqual([
      ['Q230899', { start: '1948', end: '1954-06-07' }, 'Q7251 P108[0]'],
      ['Q35794', { start: '1935', end: '1936' }, 'Q7251 P108[1]'],
      ['Q35794', { start: '1938-07', end: '1939' }, 'Q7251 P108[2]'],
    ]);
    expect(records.some((r) => r.type === 'entity' && r.ref === 'Q9531')).toBe(false);
    expect(worked[0]?.evidence.snippet).toBe(
      '{"P108":"Q230899","qualifiers":{"P580":["1948-00-00T00:00:00Z"],"P582":["1954-06-07T00:00:00Z"]}}',
    );
  });

  test('time precision: year, month and day; educated at with a month-precision end', async () => {
    const records = await readAll(ENTITIES);
    const studied = relations(records).find((r) => r.kind === 'STUDIED_AT');
    expect(studied).toMatchObject({ from: 'Q7251', to: 'Q21578', values: { start: '1936', end: '1938-06' } });
  });

  test('labels missing in a language; the organization kind from P31; ROR and DBLP ids', async () => {
    const records = await readAll(ENTITIES);
    expect(byRef(records, 'Q7251')).toMatchObject({
      name: 'Alan Turing',
      nameZh: '艾伦·图灵',
      aliases: ['Alan Mathison Turing', '阿兰·图灵'],
      ids: { wikidata: 'Q7251', dblp: 't/AlanMTuring' },
    });
    expect(byRef(records, 'Q92741')?.nameZh).toBeUndefined();
    expect(byRef(records, 'Q21578')).toMatchObject({
      kind: 'ORGANIZATION',
      name: '普林斯顿大学',
      details: { orgKind: 'UNIVERSITY' },
      ids: { ror: '00hx57361' },
      warnings: ['no English label; named by its Chinese label'],
    });
  });

  test('unknown values and missing entities are skipped with their locator; member of (P463) is not read', async () => {
    const records = await readAll(ENTITIES);
    expect(skipped(records).map((s) => [s.locator, s.reason])).toEqual([
      ['Q7251 P184[1]', 'P184 has no item as its value (unknown or no value)'],
      ['Q404', 'Wikidata has no such entity'],
    ]);
    expect(byRef(records, 'Q123885')).toBeUndefined();
    const placeholders = entities(records).filter((r) => r.warnings?.some((w) => w.includes('not described')));
    expect(placeholders.map((p) => [p.ref, p.kind])).toEqual([
      ['Q7351593', 'PERSON'],
      ['Q230899', 'ORGANIZATION'],
      ['Q35794', 'ORGANIZATION'],
    ]);
  });
});

describe('wikidata reader on a dump (one entity per line, trailing commas)', () => {
  test('streams lines with their numbers; a later line names the target of an earlier statement', async () => {
    const records = await readAll(DUMP);
    expect(byRef(records, 'Q328212')?.evidence.line).toBe(2);
    expect(byRef(records, 'Q309350')).toMatchObject({
      kind: 'ORGANIZATION',
      name: 'Northwestern University',
      nameZh: '西北大学',
      details: { orgKind: 'UNIVERSITY' },
      evidence: { line: 5, locator: 'Q309350' },
    });
    expect(byRef(records, 'Q309350')?.warnings).toBeUndefined();
    expect(skipped(records).map((s) => [s.locator, s.reason])).toEqual([
      ['P69', 'only items (Q…) are read; this is a property, lexeme or other'],
      ['line 4', 'this line is not a JSON entity'],
    ]);
  });
});

describe('wikidata reader: evidence, detection and files that are not Wikidata', () => {
  test('no snippet carries a phone number or an e-mail address', async () => {
    for (const path of [ROTH, SPARQL, ENTITIES, DUMP]) {
      for (const record of await readAll(path)) {
        if (record.type === 'skipped') continue;
        // Long QIDs (Q5798647) are digit runs the phone check would take for a number.
        expect(findPhoneNumber(record.evidence.snippet.replace(/\b[QP]\d+\b/g, 'Q'))).toBeUndefined();
        expect(findEmail(record.evidence.snippet)).toBeUndefined();
        expect(record.evidence.snippet.length).toBeLessThanOrEqual(200);
      }
    }
  });

  test('detects entity JSON, dumps and SPARQL results, and not other formats', async () => {
    for (const path of [ROTH, SPARQL, ENTITIES, DUMP]) {
      const head = (await readFile(path, 'utf8')).slice(0, 4096);
      expect(wikidataReader.detect(path.split('/').pop() as string, head)).toBe(true);
    }
    const orcid = await readFile(join(import.meta.dirname, '../fixtures/orcid/carberry-record.json'), 'utf8');
    expect(wikidataReader.detect('carberry.json', orcid.slice(0, 4096))).toBe(false);
    const openalex =
      '{"results":[{"id":"https://openalex.org/W2741809807","ids":{"wikidata":"https://www.wikidata.org/wiki/Q1"}}]}';
    expect(wikidataReader.detect('works.json', openalex)).toBe(false);
    expect(wikidataReader.detect('resume.json', '{"basics":{"name":"Ada","label":"Engineer"},"work":[]}')).toBe(false);
  });

  test('a JSON file of another kind is a ReadError naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wikidata-'));
    const path = join(dir, 'resume.json');
    await writeFile(path, '{"basics":{"name":"Ada"}}');
    await expect(readAll(path)).rejects.toThrow(ReadError);
    await expect(readAll(path)).rejects.toThrow(/resume\.json is not Wikidata JSON/);
  });
});
