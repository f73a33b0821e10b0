import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPhoneNumber } from '../../src/checks/phone.ts';
import type { EntityRecord, ImportRecord, RelationRecord, SkippedRecord } from '../../src/records/model.ts';
import { cohortCsvReader } from '../../src/read/cohort-csv.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/csv');
const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

async function readAll(path: string): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of cohortCsvReader.read(path)) records.push(record);
  return records;
}

const entity = (records: ImportRecord[], ref: string) =>
  records.find((r): r is EntityRecord => r.type === 'entity' && r.ref === ref);
const relations = (records: ImportRecord[], kind: string) =>
  records.filter((r): r is RelationRecord => r.type === 'relation' && r.kind === kind);
const skips = (records: ImportRecord[], file: string) =>
  records
    .filter((r): r is SkippedRecord => r.type === 'skipped' && r.file === file)
    .map(({ locator, reason }) => `${locator}: ${reason}`);

describe('a Cohort CSV dataset (hand-written)', async () => {
  const records = await readAll(fixture('dataset'));

  it('reads people with their names, aliases, identifiers and homepage', () => {
    expect(entity(records, 'person:ada')).toEqual({
      type: 'entity',
      ref: 'person:ada',
      kind: 'PERSON',
      name: 'Ada Example',
      nameZh: '艾达',
      aliases: ['A. Example', 'Ada E.'],
      ids: { orcid: '0000-0002-1825-0097' },
      homepage: 'https://ada.example.org',
      details: { headline: 'Professor of Examples' },
      evidence: {
        file: 'people.csv',
        locator: 'row 2',
        line: 2,
        snippet:
          'ada,Ada Example,艾达,A. Example; Ada E.,0000-0002-1825-0097,https://ada.example.org,Professor of Examples',
      },
    });
    expect(entity(records, 'person:cy')?.ids).toEqual({ orcid: '0000-0003-1415-9269' });
    expect(entity(records, 'person:fay')?.details).toEqual({ headline: 'PhD student, Example Lab' });
  });

  it('keeps a phone number in a headline out of the record and its snippet', () => {
    const bo = entity(records, 'person:bo')!;
    expect(bo.details).toBeUndefined();
    expect(bo.warnings).toEqual(['headline left out: it holds a phone number or e-mail']);
    for (const record of records) expect(findPhoneNumber(JSON.stringify(record))).toBeUndefined();
  });

  it('skips bad people rows with their row and reason', () => {
    expect(skips(records, 'people.csv')).toEqual([
      'row 5: orcid "0000-0002-1825-0098" has a wrong check digit; it is mistyped',
      'row 6: id "ada" is already used in row 2',
      'row 7: homepage "ada.example.org" is not a web address starting with http:// or https://',
      'row 8: id is empty',
    ]);
  });

  it('reads organizations with kinds, ROR ids and a parent defined further down', () => {
    expect(entity(records, 'org:exu')).toMatchObject({
      name: 'Example University',
      nameZh: '示例大学',
      aliases: ['ExU'],
      details: { orgKind: 'UNIVERSITY' },
      ids: { ror: '02v51f717' },
    });
    expect(relations(records, 'PART_OF').map((r) => [r.from, r.to])).toEqual([['org:ex-lab', 'org:exu']]);
    expect(skips(records, 'organizations.csv')).toEqual([
      'row 4: parent "nowhere" is not an id in organizations.csv',
      'row 5: kind "CORPORATION" is not one of UNIVERSITY, COMPANY, LAB, INSTITUTE',
      'row 6: parent "ghost-dept" cannot be used: "nowhere" is not an id in organizations.csv',
    ]);
  });

  it('reads publications with year, kind, DOI and venue', () => {
    expect(entity(records, 'pub:p1')).toMatchObject({
      name: 'On Examples',
      details: { year: 2019, pubKind: 'paper' },
      ids: { doi: '10.1109/iccv.2017.322' },
    });
    expect(entity(records, 'venue:p1')).toMatchObject({ kind: 'VENUE', name: 'Journal of Examples' });
    expect(relations(records, 'PUBLISHED_IN').map((r) => [r.from, r.to])).toEqual([['pub:p1', 'venue:p1']]);
    expect(skips(records, 'publications.csv')).toEqual([
      'row 4: year "twenty twenty" is not a year (four digits)',
      'row 5: kind "invention" is not one of paper, patent, thesis, manuscript',
    ]);
  });

  it('reads affiliations and refuses rows with unknown ids, wrong columns or dates', () => {
    const facts = [...relations(records, 'WORKED_AT'), ...relations(records, 'STUDIED_AT')].map((r) => [
      r.kind,
      r.from,
      r.to,
      r.values,
      r.evidence.locator,
    ]);
    expect(facts).toEqual([
      ['WORKED_AT', 'person:ada', 'org:exu', { role: 'Professor', start: '2015-09' }, 'row 2'],
      [
        'WORKED_AT',
        'person:bo',
        'org:ex-lab',
        { role: 'Research Assistant', start: '2019-02', end: '2019-08' },
        'row 4',
      ],
      [
        'STUDIED_AT',
        'person:bo',
        'org:exu',
        { degree: 'PhD', field: 'Computer Science', start: '2018', end: '2023' },
        'row 3',
      ],
    ]);
    expect(skips(records, 'affiliations.csv')).toEqual([
      'row 5: organization "nowhere-u" is not an id in organizations.csv',
      'row 6: organization "sample-co" refers to organizations.csv row 5, which was skipped',
      'row 7: role is for WORKED_AT rows, and this row is STUDIED_AT',
      'row 8: end 2010 is before start 2012',
      'row 9: relation "VISITED" is not one of STUDIED_AT, WORKED_AT',
    ]);
  });

  it('reads authorships in order with positions', () => {
    expect(relations(records, 'AUTHORED').map((r) => [r.from, r.to, r.values?.position])).toEqual([
      ['person:ada', 'pub:p1', 1],
      ['person:bo', 'pub:p1', 2],
      ['person:bo', 'pub:p2', 1],
    ]);
    expect(skips(records, 'authorships.csv')).toEqual([
      'row 5: position "first" is not a whole number from 1',
      'row 6: publication "p3" refers to publications.csv row 4, which was skipped',
    ]);
  });

  it('reads mentorships with context and period', () => {
    expect(relations(records, 'MENTORED').map((r) => [r.from, r.to, r.values])).toEqual([
      ['person:ada', 'person:bo', { context: 'advisor', start: '2018', end: '2023' }],
      ['person:ada', 'person:fay', { context: 'supervisor', start: '2020-09' }],
    ]);
    expect(skips(records, 'mentorships.csv')).toEqual([
      'row 4: mentor and mentee are both "ada"',
      'row 5: context "friend" is not one of host, leader, advisor, supervisor',
      'row 6: start "2019-13" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('gives every entity a ref of its own and points every relation at one', () => {
    const refs = records.filter((r): r is EntityRecord => r.type === 'entity').map((r) => r.ref);
    expect(new Set(refs).size).toBe(refs.length);
    for (const r of records.filter((r): r is RelationRecord => r.type === 'relation')) {
      expect(refs).toContain(r.from);
      expect(refs).toContain(r.to);
    }
  });
});

describe('one file at a time', () => {
  it('reads a single file whose name says its table', async () => {
    const records = await readAll(fixture('errors', 'lab-publications.csv'));
    expect(records).toMatchObject([{ type: 'entity', ref: 'pub:p1', name: 'On Examples', details: { year: 2019 } }]);
  });

  it('skips references to ids that no file of the import defines', async () => {
    const records = await readAll(fixture('dataset', 'authorships.csv'));
    expect(skips(records, 'authorships.csv')[0]).toBe('row 2: person "ada" is not an id in people.csv');
    expect(records.every((r) => r.type === 'skipped')).toBe(true);
  });
});

describe('files refused whole', () => {
  it('refuses an unknown column, naming file, row 1 and the column', async () => {
    await expect(readAll(fixture('errors', 'people.csv'))).rejects.toThrow(
      'people.csv row 1: unknown column "email"; people.csv takes id, name, name_zh, aliases, orcid, homepage, headline',
    );
  });

  it('refuses a missing required column and an empty file', async () => {
    await expect(readAll(fixture('errors', 'affiliations.csv'))).rejects.toThrow(
      'affiliations.csv row 1: missing column "person"',
    );
    await expect(readAll(fixture('errors', 'mentorships.csv'))).rejects.toThrow(/mentorships\.csv is empty/);
  });

  it('refuses files and folders that are not Cohort CSV', async () => {
    await expect(readAll(join(FIXTURES, '../linkedin/jrl319-export'))).rejects.toThrow(
      /holds none of the Cohort CSV files/,
    );
    await expect(readAll(join(FIXTURES, '../linkedin/jrl319-export/Skills.csv'))).rejects.toThrow(
      /Skills\.csv is not a Cohort CSV file/,
    );
    await expect(readAll(join(FIXTURES, '../linkedin/not-an-export/Positions.csv'))).rejects.toThrow(
      /is not a Cohort CSV file/,
    );
  });
});

describe('detection', () => {
  const head = (path: string) => readFileSync(path, 'utf8').slice(0, 4096);

  it('recognizes each file of the dataset and the folder', () => {
    for (const table of ['people', 'organizations', 'publications', 'affiliations', 'authorships', 'mentorships']) {
      expect(cohortCsvReader.detect(`${table}.csv`, head(fixture('dataset', `${table}.csv`)))).toBe(true);
    }
    expect(cohortCsvReader.detect('lab-publications.csv', head(fixture('errors', 'lab-publications.csv')))).toBe(true);
    expect(cohortCsvReader.detect('dataset', 'people.csv\norganizations.csv\naffiliations.csv')).toBe(true);
  });

  it('does not claim LinkedIn files, other CSVs or other formats', () => {
    const linkedin = join(FIXTURES, '../linkedin/jrl319-export');
    expect(cohortCsvReader.detect('Positions.csv', head(join(linkedin, 'Positions.csv')))).toBe(false);
    expect(cohortCsvReader.detect('Profile.csv', head(join(linkedin, 'Profile.csv')))).toBe(false);
    // LinkedIn exports have files of these names, with their own headers.
    expect(cohortCsvReader.detect('Publications.csv', 'Name,Published On,Description,Publisher,Url\n')).toBe(false);
    expect(cohortCsvReader.detect('Organizations.csv', 'Name,Description,Role,Started On,Finished On\n')).toBe(false);
    expect(cohortCsvReader.detect('people.csv', 'id,name,email\n')).toBe(false);
    expect(cohortCsvReader.detect('export', 'Profile.csv\nPositions.csv\nPublications.csv')).toBe(false);
    expect(cohortCsvReader.detect('refs.bib', '@article{he2016,\n  title = {Deep Residual Learning},\n}')).toBe(false);
    expect(cohortCsvReader.detect('people.yaml', 'people:\n  - id: ada\n    name: Ada Example\n')).toBe(false);
  });
});
