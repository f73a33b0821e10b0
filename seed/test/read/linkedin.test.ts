import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPhoneNumber } from '../../src/checks/phone.ts';
import type { EntityRecord, ImportRecord, RelationRecord, SkippedRecord } from '../../src/records/model.ts';
import { ReadError } from '../../src/records/model.ts';
import { createLinkedinReader, linkedinReader } from '../../src/read/linkedin.ts';
import { linkedinDate } from '../../src/read/linkedin/dates.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/linkedin');
const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

async function readAll(path: string, reader = linkedinReader): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of reader.read(path)) records.push(record);
  return records;
}

const entities = (records: ImportRecord[]) => records.filter((r): r is EntityRecord => r.type === 'entity');
const relations = (records: ImportRecord[], kind: string) =>
  records.filter((r): r is RelationRecord => r.type === 'relation' && r.kind === kind);
const skipped = (records: ImportRecord[]) => records.filter((r): r is SkippedRecord => r.type === 'skipped');
const person = (records: ImportRecord[]) => entities(records).find((e) => e.kind === 'PERSON')!;
const nameOf = (records: ImportRecord[], ref: string) => entities(records).find((e) => e.ref === ref)?.name;

/** Each WORKED_AT or STUDIED_AT as organization name and values, in file order. */
const facts = (records: ImportRecord[], kind: string) =>
  relations(records, kind).map((r) => ({ org: nameOf(records, r.to), ...r.values }));

describe('a real export folder (JRL319/LinkedIn-Analytics)', async () => {
  const records = await readAll(fixture('jrl319-export'));

  it('reads the subject with the primary e-mail, the company website and the headline', () => {
    const subject = person(records);
    expect(subject.name).toBe('Jaclyn Leaver');
    expect(subject.email).toBe('name@example.org');
    expect(subject.homepage).toBe('https://spellwellcreative.com/');
    expect(subject.details?.headline).toMatch(/^Content Strategist \| Content Designer/);
    expect(subject.evidence).toMatchObject({ file: 'Profile.csv', locator: 'Profile.csv row 2', line: 2 });
  });

  it('reads positions with month-name dates, an open end and the city LinkedIn gives', () => {
    expect(facts(records, 'WORKED_AT')).toEqual([
      { org: 'Spellwell', role: 'Founder & Principal Consultant', start: '2016-05', location: 'Dallas, TX' },
      { org: 'myTrudy', role: 'Head of Content', start: '2023-03', end: '2025-12', location: 'San Francisco, CA' },
      {
        org: 'Center on the Politics of Development, UC Berkeley',
        role: 'Managing Director',
        start: '2014-04',
        end: '2017-04',
        location: 'Berkeley, California',
      },
      {
        org: "U.S. Baha'i Office of Public Affairs",
        role: 'Media Relations Officer',
        start: '2012-10',
        end: '2014-03',
        location: 'Washington D.C.',
      },
    ]);
    const orgs = entities(records).filter((e) => e.kind === 'ORGANIZATION');
    expect(orgs.filter((o) => o.details?.orgKind === 'COMPANY')).toHaveLength(4);
    expect(relations(records, 'WORKED_AT')[2]!.evidence).toMatchObject({ locator: 'Positions.csv row 4', line: 4 });
  });

  it('reads schools with year dates and skips the one that names no school, by its row', () => {
    expect(facts(records, 'STUDIED_AT')).toEqual([
      {
        org: 'University of California, Berkeley',
        start: '2015',
        end: '2016',
        degree: 'Professional Sequence in Editing',
      },
      {
        org: 'The University of Texas at Austin - The LBJ School of Public Affairs',
        start: '2010',
        end: '2012',
        degree: 'Master of Global Policy Studies',
      },
    ]);
    expect(skipped(records)).toEqual([
      {
        type: 'skipped',
        file: 'Education.csv',
        locator: 'Education.csv row 4',
        reason: 'the education entry names no school',
      },
    ]);
  });

  it('reads every skill of the subject, each its own entity', () => {
    const skills = relations(records, 'HAS_SKILL');
    expect(skills).toHaveLength(8);
    expect(skills.every((r) => r.from === person(records).ref)).toBe(true);
    expect(skills.map((r) => nameOf(records, r.to)).slice(0, 3)).toEqual([
      'Messaging Architecture',
      'Editorial Direction',
      'AI-Powered Content',
    ]);
    expect(new Set(entities(records).map((e) => e.ref)).size).toBe(entities(records).length);
  });

  it('reads the same records from the zip, naming the zip as the file', async () => {
    const zipped = await readAll(fixture('jrl319-export.zip'));
    const withoutFile = (list: ImportRecord[]) =>
      list.map((r) => (r.type === 'skipped' ? { ...r, file: '' } : { ...r, evidence: { ...r.evidence, file: '' } }));
    expect(withoutFile(zipped)).toEqual(withoutFile(records));
    expect(person(zipped).evidence.file).toBe('jrl319-export.zip');
  });

  it('reads a lone Positions.csv with the Profile.csv beside it', async () => {
    const lone = await readAll(fixture('jrl319-export', 'Positions.csv'));
    expect(person(lone).name).toBe('Jaclyn Leaver');
    expect(relations(lone, 'WORKED_AT')).toHaveLength(4);
    expect(relations(lone, 'HAS_SKILL')).toHaveLength(0);
  });
});

describe('real exports with other quirks', () => {
  it('reads year-only dates and a personal website (pmarmaroli)', async () => {
    const records = await readAll(fixture('pmarmaroli-export'));
    expect(person(records)).toMatchObject({ name: 'Patrick Marmaroli', homepage: 'http://www.hidacs.ch' });
    const worked = facts(records, 'WORKED_AT');
    expect(worked).toHaveLength(7);
    expect(worked[0]).toEqual({
      org: 'Vocametrix',
      role: 'Co-Founder & CEO',
      start: '2023-10',
      location: 'Tallinn, Comté de Harju, Estonie',
    });
    expect(worked.at(-1)).toEqual({ org: 'CERN', role: 'Student Internship', start: '2006', end: '2006' });
    const studied = facts(records, 'STUDIED_AT');
    expect(studied.map((s) => s.org)).toEqual([
      'Ecole polytechnique fédérale de Lausanne',
      'Commission pour l’Innovation Technologique',
      'Université du Sud Toulon Var',
      "ISEN - Page école - École d'ingénieurs des Hautes Technologies et du Numérique",
      'Lycée Louis Lachenal, Argonay',
      'Lycée Madame de Staël, 74',
    ]);
    expect(studied[0]).toMatchObject({ start: '2008', end: '2013', degree: 'Doctor of Philosophy (PhD)' });
  });

  it('reads a month-name school date and keeps a street address out of the location (mohamedeways)', async () => {
    const records = await readAll(fixture('mohamedeways-export'));
    expect(person(records)).toMatchObject({ name: 'Muhammed Ewies', homepage: 'https://trailblazer.me/id/meways' });
    expect(facts(records, 'STUDIED_AT')[1]).toEqual({ org: 'Trailhead by Salesforce', start: '2021-11' });
    const cloud11 = relations(records, 'WORKED_AT')[3]!;
    expect(nameOf(records, cloud11.to)).toBe('Cloud11');
    expect(cloud11.values).toEqual({ role: 'Front End Developer', start: '2018-05', end: '2019-04' });
    expect(cloud11.warnings).toEqual(['Location left out: it reads as a street address, not a city']);
    expect(facts(records, 'WORKED_AT')[0]).toMatchObject({
      org: 'Hmto - همتو',
      start: '2022-11',
      location: 'Giza, Al Jizah, Egypt',
    });
  });
});

describe('quirks of the format (hand-written files)', async () => {
  const records = await readAll(fixture('handwritten-quirks'));

  it('reads files that start with a byte-order mark', () => {
    expect(person(records).name).toBe('Ada Example');
    expect(person(records).homepage).toBe('https://ada.example.org');
    expect(nameOf(records, 'skill-2')).toBe('Example Design');
  });

  it('passes over the Notes: preamble and counts rows from the real header', () => {
    const first = relations(records, 'WORKED_AT')[0]!;
    expect(nameOf(records, first.to)).toBe('Example Labs');
    expect(first.evidence).toMatchObject({ locator: 'Positions.csv row 2', line: 5 });
  });

  it('keeps a quoted multi-line description inside its row', () => {
    expect(skipped(records)).toEqual([
      {
        type: 'skipped',
        file: 'Positions.csv',
        locator: 'Positions.csv row 3',
        reason: 'the position names no company',
      },
    ]);
    const [, lecturer] = relations(records, 'WORKED_AT');
    expect(lecturer!.evidence).toMatchObject({ locator: 'Positions.csv row 4', line: 9 });
    expect(relations(records, 'STUDIED_AT')[0]!.values).toEqual({ start: '2012-09', end: '2016-06', degree: 'BSc' });
    expect(relations(records, 'HAS_SKILL')[1]!.evidence).toMatchObject({ locator: 'Skills.csv row 3', line: 4 });
  });

  it('leaves a blank end open and an unreadable date out, with a warning', () => {
    const [labs, lecturer, intern] = relations(records, 'WORKED_AT');
    expect(labs!.values).toEqual({ role: 'Research Engineer', start: '2016-09', location: 'Exampleton' });
    expect(lecturer!.values).toEqual({ role: 'Lecturer', end: '2018-03', location: 'Exampleton, Example Country' });
    expect(lecturer!.warnings).toEqual(['Started On "Smarch 2014" is not a date; left out']);
    expect(intern!.values).toEqual({ role: 'Intern', start: '2013', end: '2013' });
  });

  it('keeps the phone and e-mail of the headline out, and gives the e-mail only for identity', () => {
    expect(person(records).details?.headline).toBe('Research engineer - call [phone] or [email]');
    expect(person(records).email).toBe('ada@example.org');
  });
});

describe('no phone, e-mail or street address leaves the reader', () => {
  it('in any name, snippet, value, detail or warning of every fixture', async () => {
    const all = (
      await Promise.all(
        ['jrl319-export', 'jrl319-export.zip', 'pmarmaroli-export', 'mohamedeways-export', 'handwritten-quirks'].map(
          (f) => readAll(fixture(f)),
        ),
      )
    ).flat();
    expect(all.length).toBeGreaterThan(100);
    for (const record of all) {
      const { email: _email, ...rest } = record as EntityRecord;
      const text = JSON.stringify(rest);
      expect(findPhoneNumber(text), text).toBeUndefined();
      expect(text).not.toMatch(/@example\.org|Example (Road|Street)|99999|75209/);
    }
  });
});

describe('detection', () => {
  const head = (...parts: string[]) => readFileSync(fixture(...parts), 'utf8').slice(0, 4096);

  it('recognizes an export folder, its zip and its CSV files', () => {
    expect(linkedinReader.detect('jrl319-export', 'Ad_Targeting.csv\nPositions.csv\nProfile.csv\nSkills.csv')).toBe(
      true,
    );
    expect(
      linkedinReader.detect('export.zip', readFileSync(fixture('jrl319-export.zip'), 'latin1').slice(0, 4096)),
    ).toBe(true);
    expect(linkedinReader.detect('Basic_LinkedInDataExport_07-11-2023.zip', '')).toBe(true);
    expect(linkedinReader.detect('Positions.csv', head('handwritten-quirks', 'Positions.csv'))).toBe(true);
    // The importer decodes a file's first bytes as latin1: the byte-order mark arrives as three characters.
    const latin1 = readFileSync(fixture('handwritten-quirks', 'Skills.csv'), 'latin1');
    expect(linkedinReader.detect('Skills.csv', latin1)).toBe(true);
    expect(linkedinReader.detect('Education.csv', head('pmarmaroli-export', 'Education.csv'))).toBe(true);
    expect(linkedinReader.detect('Profile.csv', head('jrl319-export', 'Profile.csv'))).toBe(true);
    expect(linkedinReader.detect('Skills.csv', head('mohamedeways-export', 'Skills.csv'))).toBe(true);
  });

  it('does not claim other formats', () => {
    const cohort = readFileSync(join(FIXTURES, '../csv/dataset/people.csv'), 'utf8');
    expect(linkedinReader.detect('people.csv', cohort)).toBe(false);
    expect(linkedinReader.detect('tags.csv', 'Name\nGraph databases\n')).toBe(false);
    expect(linkedinReader.detect('refs.bib', '@article{he2016,\n  title = {Deep Residual Learning},\n}')).toBe(false);
    expect(linkedinReader.detect('works.json', '{"results":[{"id":"https://openalex.org/W2741809807"}]}')).toBe(false);
    expect(linkedinReader.detect('dataset', 'people.csv\norganizations.csv')).toBe(false);
    expect(linkedinReader.detect('other.zip', 'PK\u0003\u0004....people.csv')).toBe(false);
  });
});

describe('files that are not a LinkedIn export', () => {
  it('refuses a folder whose Profile.csv has no LinkedIn header', async () => {
    await expect(readAll(fixture('not-an-export'))).rejects.toThrow(/Profile\.csv has no LinkedIn header row/);
  });

  it('refuses a folder without Profile.csv, a CSV of another name, and a broken zip', async () => {
    await expect(readAll(join(FIXTURES, '../csv/dataset'))).rejects.toThrow(/no Profile\.csv/);
    await expect(readAll(join(FIXTURES, '../csv/dataset/people.csv'))).rejects.toThrow(ReadError);
    await expect(readAll(fixture('broken.zip'))).rejects.toThrow(/broken\.zip is not a readable zip/);
  });

  it('refuses a zip that would expand past the limit, before unpacking it', async () => {
    const small = createLinkedinReader({ maxZipBytes: 1000 });
    await expect(readAll(fixture('jrl319-export.zip'), small)).rejects.toThrow(/zip bomb/);
  });
});

describe('LinkedIn dates', () => {
  it('reads the forms exports use', () => {
    expect(linkedinDate('Mar 2018', 'Started On')).toEqual({ date: '2018-03' });
    expect(linkedinDate('Sept 2016', 'Started On')).toEqual({ date: '2016-09' });
    expect(linkedinDate('June 2022', 'Finished On')).toEqual({ date: '2022-06' });
    expect(linkedinDate('2006', 'Started On')).toEqual({ date: '2006' });
    expect(linkedinDate('', 'Finished On')).toEqual({});
    expect(linkedinDate('Present', 'Finished On')).toEqual({});
    expect(linkedinDate('31 Feb 2019', 'Started On')).toEqual({
      date: '2019-02',
      warning: 'Started On: 2019-02-31 is not a calendar date; kept the year and month',
    });
  });
});
