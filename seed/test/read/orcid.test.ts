import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findEmail } from '../../src/checks/email.ts';
import { findPhoneNumber } from '../../src/checks/phone.ts';
import type { EntityRecord, ImportRecord, RelationRecord, SkippedRecord } from '../../src/records/model.ts';
import { ReadError } from '../../src/records/model.ts';
import { orcidReader } from '../../src/read/orcid.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/orcid');
const CARBERRY = join(FIXTURES, 'carberry-record.json');
const ACCOMAZZI = join(FIXTURES, 'accomazzi-record-v2.1.json');
const QUIRKS = join(FIXTURES, 'quirks-record.json');

async function readAll(path: string): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of orcidReader.read(path)) records.push(record);
  return records;
}

const entities = (records: ImportRecord[]) => records.filter((r): r is EntityRecord => r.type === 'entity');
const relations = (records: ImportRecord[]) => records.filter((r): r is RelationRecord => r.type === 'relation');
const skipped = (records: ImportRecord[]) => records.filter((r): r is SkippedRecord => r.type === 'skipped');
const byRef = (records: ImportRecord[], ref: string) => entities(records).find((r) => r.ref === ref);

describe('orcid reader on the record of Josiah Carberry (API 3.0)', () => {
  test('the person: ORCID iD, name, other names as aliases, Scopus id, first researcher URL as homepage', async () => {
    const person = byRef(await readAll(CARBERRY), 'person');
    expect(person).toMatchObject({
      kind: 'PERSON',
      name: 'Josiah Carberry',
      ids: { orcid: '0000-0002-1825-0097', scopus: '7007156898' },
      aliases: ['Josiah Stinkney Carberry', 'J. Carberry', 'J. S. Carberry'],
      homepage: 'http://library.brown.edu/about/hay/carberry.php',
    });
    expect(person?.email).toBeUndefined();
  });

  test('keywords become topics the person researches', async () => {
    const records = await readAll(CARBERRY);
    const topics = entities(records).filter((r) => r.kind === 'TOPIC');
    expect(topics.map((t) => t.name)).toEqual(['psychoceramics', 'ionian philology']);
    const researches = relations(records).filter((r) => r.kind === 'RESEARCHES');
    expect(researches.map((r) => [r.from, r.to])).toEqual(topics.map((t) => ['person', t.ref]));
  });

  test('employments: the department is a unit of the university; 29 February of 1929 and 1930 keeps the month', async () => {
    const records = await readAll(CARBERRY);
    const worked = relations(records).filter((r) => r.kind === 'WORKED_AT');
    expect(worked).toHaveLength(2);
    const brown = worked[1] as RelationRecord;
    expect(brown.evidence.locator).toBe('/activities-summary/employments/affiliation-group/1/summaries/0');
    expect(byRef(records, brown.to)).toMatchObject({ kind: 'ORGANIZATION', name: 'Psychoceramics' });
    const partOf = relations(records).find((r) => r.kind === 'PART_OF' && r.from === brown.to);
    expect(byRef(records, partOf?.to ?? '')).toMatchObject({ name: 'Brown University' });
    // RINGGOLD ids (6752) identify nothing outside ORCID.
    expect(byRef(records, partOf?.to ?? '')?.ids).toBeUndefined();
    expect(brown.values).toEqual({ role: 'Professor', start: '1929-02', location: 'Providence, US' });
    expect(brown.warnings).toEqual(['start date: 1929-02-29 is not a calendar date; kept the year and month']);
    // No end date: the position is still open.
    expect(worked[0]?.values).toEqual({ role: 'Professor', start: '1930-02', location: 'Middletown, US' });
  });

  test('the organization address gives city and country only; the region is nowhere', async () => {
    const text = JSON.stringify(await readAll(CARBERRY));
    expect(text).not.toMatch(/"RI"|"CT"|Providence, RI/);
  });

  test('each work group is one publication, even when several sources list it', async () => {
    const records = await readAll(CARBERRY);
    const publications = entities(records).filter((r) => r.kind === 'PUBLICATION');
    expect(publications).toHaveLength(6);
    expect(publications[0]).toMatchObject({
      name: 'A Methodology for the Emulation of Architecture',
      ids: { doi: '10.5555/12345680' },
      details: { year: 2012, pubKind: 'paper' },
    });
    // The group's two summaries (Crossref display-index 2, the author 1): the preferred one is read.
    expect(publications[0]?.evidence.locator).toBe('/activities-summary/works/group/0/work-summary/0');
    expect(publications[5]).toMatchObject({
      name: 'Bulk and surface plasmons in artificially structured materials',
      ids: { doi: '10.1109/tps.1987.4316723' },
      details: { year: 1987 },
    });
    const authored = relations(records).filter((r) => r.kind === 'AUTHORED');
    expect(authored).toHaveLength(6);
    expect(authored.every((r) => r.from === 'person' && r.values?.position === undefined)).toBe(true);
  });
});

describe('orcid reader on the record of Alberto Accomazzi (API 2.1 shape)', () => {
  test('education with a ROR id, the degree from the role title and a full period', async () => {
    const records = await readAll(ACCOMAZZI);
    const studied = relations(records).filter((r) => r.kind === 'STUDIED_AT');
    expect(studied).toHaveLength(1);
    expect(studied[0]?.values).toEqual({
      degree: 'PhD, Physics',
      start: '1983-09-01',
      end: '1988-11-30',
      location: 'Milan, IT',
    });
    expect(byRef(records, studied[0]?.to ?? '')).toMatchObject({
      name: 'University of Milan',
      ids: { ror: '00wjc7c48' },
    });
  });

  test('four positions at one ROR-identified organization, each in its own department, the current one open', async () => {
    const records = await readAll(ACCOMAZZI);
    const worked = relations(records).filter((r) => r.kind === 'WORKED_AT');
    expect(worked.map((r) => [r.values?.start, r.values?.end])).toEqual([
      ['2007-10-01', undefined],
      ['1999-10-01', '2007-09-30'],
      ['1994-10-01', '1999-09-30'],
      ['1989-09-01', '1994-09-30'],
    ]);
    const parents = relations(records)
      .filter((r) => r.kind === 'PART_OF')
      .map((r) => byRef(records, r.to));
    expect(parents.map((p) => p?.ids?.ror)).toEqual(['03c3r2d17', '03c3r2d17', '03c3r2d17', '03c3r2d17']);
    expect(byRef(records, worked[3]?.to ?? '')?.name).toBe('Image Processing Laboratory, Computation Facility');
  });

  test('works keep DOI and year; a group without a DOI keeps its title', async () => {
    const publications = entities(await readAll(ACCOMAZZI)).filter((r) => r.kind === 'PUBLICATION');
    expect(publications.map((p) => [p.details?.year, p.ids?.doi])).toEqual([
      [2022, '10.3847/1538-4365/ac6268'],
      [2007, undefined],
      [1989, '10.1007/3-540-51044-3_24'],
    ]);
  });
});

describe('orcid reader quirks (hand-written record)', () => {
  test('null fields and malformed entries are skipped with their JSON pointer; the rest still reads', async () => {
    const records = await readAll(QUIRKS);
    expect(skipped(records).map((s) => [s.locator, s.reason])).toEqual([
      ['/person/keywords/keyword/1', 'this keyword is empty'],
      ['/activities-summary/employments/affiliation-group/0/summaries/0', 'this employment names no organization'],
      ['/activities-summary/works/group/0', 'this work group lists no work'],
      ['/activities-summary/works/group/1/work-summary/0', 'this work has no title'],
    ]);
    expect(entities(records).filter((r) => r.kind === 'PUBLICATION')).toHaveLength(1);
  });

  test('e-mail only as email; a role holding a phone number is dropped; GRID ids ignored', async () => {
    const records = await readAll(QUIRKS);
    const person = byRef(records, 'person');
    expect(person?.email).toBe('ada@example.org');
    const worked = relations(records).find((r) => r.kind === 'WORKED_AT');
    expect(worked?.values).toEqual({ start: '2010-02', end: '2012' });
    expect(worked?.warnings).toContain('dropped the role: it contains a phone number or an e-mail address');
    expect(byRef(records, worked?.to ?? '')?.ids).toBeUndefined();
    const text = JSON.stringify(records.filter((r) => r.type !== 'entity' || r.ref !== 'person'));
    expect(text).not.toContain('ada@example.org');
    expect(text).not.toContain('1865');
  });

  test('a keyword box holding several keywords gives several topics; a bad month keeps the year', async () => {
    const records = await readAll(QUIRKS);
    expect(
      entities(records)
        .filter((r) => r.kind === 'TOPIC')
        .map((t) => t.name),
    ).toEqual(['dark matter', 'galaxy surveys']);
    const publication = entities(records).find((r) => r.kind === 'PUBLICATION');
    expect(publication).toMatchObject({
      ids: { doi: '10.5555/quirk.2019' },
      details: { year: 2019, pubKind: 'manuscript' },
    });
    expect(publication?.warnings).toEqual(['publication date: month 13 of 2019 is not a month; kept the year']);
  });
});

describe('orcid reader: evidence, detection and files that are not ORCID records', () => {
  test('no snippet carries a phone number, an e-mail or an address', async () => {
    for (const path of [CARBERRY, ACCOMAZZI, QUIRKS]) {
      for (const record of await readAll(path)) {
        if (record.type === 'skipped') continue;
        expect(record.evidence.file).toBe(path.split('/').pop());
        expect(findPhoneNumber(record.evidence.snippet)).toBeUndefined();
        expect(findEmail(record.evidence.snippet)).toBeUndefined();
        expect(record.evidence.snippet).not.toMatch(/Oxfordshire|Massachusetts|\bRI\b|\bCT\b/);
      }
    }
  });

  test('detects ORCID records and nothing else', async () => {
    for (const path of [CARBERRY, ACCOMAZZI, QUIRKS]) {
      expect(orcidReader.detect(path.split('/').pop() as string, (await readFile(path, 'utf8')).slice(0, 4096))).toBe(
        true,
      );
    }
    const openalex =
      '{"id":"https://openalex.org/A5023888391","orcid":"https://orcid.org/0000-0001-6187-6610","display_name":"x"}';
    expect(orcidReader.detect('author.json', openalex)).toBe(false);
    const wikidata = await readFile(
      join(import.meta.dirname, '../fixtures/wikidata/Q328212-veronica-roth.json'),
      'utf8',
    );
    expect(orcidReader.detect('Q328212.json', wikidata.slice(0, 4096))).toBe(false);
    expect(orcidReader.detect('refs.bib', '@article{he2016, title={Deep residual learning}}')).toBe(false);
    const search = '{"result":[{"orcid-identifier":{"uri":"https://orcid.org/0000-0002-1825-0097"}}],"num-found":1}';
    expect(orcidReader.detect('search.json', search)).toBe(false);
  });

  test('a file that is not an ORCID record is a ReadError naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'orcid-'));
    const notRecord = join(dir, 'author.json');
    await writeFile(notRecord, '{"id":"https://openalex.org/A1","display_name":"Someone"}');
    await expect(readAll(notRecord)).rejects.toThrow(ReadError);
    await expect(readAll(notRecord)).rejects.toThrow(/author\.json is not an ORCID record/);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"orcid-identifier": {');
    await expect(readAll(broken)).rejects.toThrow(/broken\.json is not valid JSON/);
  });
});
