import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPhoneNumber } from '../../src/checks/phone.ts';
import { jsonResumeReader } from '../../src/read/json-resume.ts';
import {
  type EntityRecord,
  type ImportRecord,
  ReadError,
  type RelationRecord,
  type SkippedRecord,
} from '../../src/records/model.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/json-resume');
const fixture = (name: string) => join(FIXTURES, name);
/** A JSON pointer into the résumé, as the reader's locators give them. */
const pointer = (...parts: (string | number)[]) => `/${parts.join('/')}`;

async function readAll(path: string): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of jsonResumeReader.read(path)) records.push(record);
  return records;
}

const entities = (records: ImportRecord[]) => records.filter((r): r is EntityRecord => r.type === 'entity');
const relations = (records: ImportRecord[]) => records.filter((r): r is RelationRecord => r.type === 'relation');
const skipped = (records: ImportRecord[]) => records.filter((r): r is SkippedRecord => r.type === 'skipped');
const entityNamed = (records: ImportRecord[], name: string) => entities(records).find((e) => e.name === name);
const relationsTo = (records: ImportRecord[], kind: string, ref: string | undefined) =>
  relations(records).filter((r) => r.kind === kind && r.to === ref);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'json-resume-'));
});

async function tempFile(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('detecting a JSON Resume', () => {
  it.each(['sample.resume.json', 'quirks.resume.json', 'zh.resume.json'])('recognizes %s', async (name) => {
    const head = (await readFile(fixture(name), 'utf8')).slice(0, 4096);
    expect(jsonResumeReader.detect(name, head)).toBe(true);
  });

  it('recognizes a $schema pointing at jsonresume whatever the file is called', () => {
    const head = '{\n  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",';
    expect(jsonResumeReader.detect('cv.json', head)).toBe(true);
  });

  it.each([
    ['orcid.json', '{"orcid-identifier":{"path":"0000-0002-1825-0097"},"person":{"name":{}},"activities-summary":{}}'],
    ['works.json', '{"meta":{"count":1},"results":[{"id":"https://openalex.org/W2741809807","authorships":[]}]}'],
    ['works.jsonl', '{"id":"https://openalex.org/W2741809807","title":"x","authorships":[]}\n{"id":"W2"}'],
    ['Q42.json', '{"entities":{"Q42":{"type":"item","labels":{"en":{"value":"Douglas Adams"}}}}}'],
    ['refs.bib', '@article{he2016,\n  title={Deep Residual Learning},\n  year={2016}\n}'],
    ['Positions.csv', 'Company Name,Title,Description,Location,Started On,Finished On\nAcme,Engineer,,,Jan 2019,'],
    ['people.yaml', 'people:\n  - name: Ada Example\n    basics: none\n'],
  ])('does not take %s for one', (name, head) => {
    expect(jsonResumeReader.detect(name, head)).toBe(false);
  });
});

describe('the sample résumé of the JSON Resume schema', () => {
  let records: ImportRecord[];
  beforeAll(async () => {
    records = await readAll(fixture('sample.resume.json'));
  });

  it('emits the subject once, with headline, homepage and e-mail for identity', () => {
    const people = entities(records).filter((e) => e.kind === 'PERSON');
    expect(people.map((p) => p.name)).toEqual(['Richard Hendriks', 'Erlich Bachman']);
    const subject = people[0]!;
    expect(subject).toMatchObject({
      ref: 'person',
      email: 'name@example.org',
      homepage: 'http://richardhendricks.example.com',
      details: { headline: 'Programmer' },
      evidence: { file: 'sample.resume.json', locator: '/basics', line: 3 },
    });
  });

  it('reads work, volunteering and education as dated relations to organizations', () => {
    const piper = entityNamed(records, 'Pied Piper');
    expect(piper).toMatchObject({ kind: 'ORGANIZATION', details: { orgKind: 'COMPANY' } });
    expect(relationsTo(records, 'WORKED_AT', piper?.ref)).toEqual([
      expect.objectContaining({
        from: 'person',
        values: { role: 'CEO/President', start: '2013-12-01', end: '2014-12-01', location: 'Palo Alto, CA' },
        evidence: expect.objectContaining({ locator: pointer('work', 0), line: 32 }),
      }),
    ]);
    const dojo = entityNamed(records, 'CoderDojo');
    expect(relationsTo(records, 'WORKED_AT', dojo?.ref)[0]?.values).toMatchObject({
      role: 'Teacher',
      note: 'volunteer',
    });
    const oklahoma = entityNamed(records, 'University of Oklahoma');
    expect(oklahoma?.details?.orgKind).toBe('UNIVERSITY');
    expect(relationsTo(records, 'STUDIED_AT', oklahoma?.ref)[0]?.values).toEqual({
      degree: 'Bachelor',
      field: 'Information Technology',
      start: '2011-06-01',
      end: '2014-01-01',
    });
  });

  it('reads awards, publications with their publisher, skills with keywords, projects and interests', () => {
    const award = entityNamed(records, 'Digital Compression Pioneer Award');
    expect(award?.kind).toBe('AWARD');
    expect(relationsTo(records, 'RECEIVED', award?.ref)[0]?.values).toEqual({ year: 2014 });

    const paper = entityNamed(records, 'Video compression for 3d media');
    expect(paper).toMatchObject({ kind: 'PUBLICATION', details: { year: 2014 } });
    const authored = relationsTo(records, 'AUTHORED', paper?.ref);
    expect(authored).toHaveLength(1);
    expect(authored[0]?.values?.position).toBeUndefined();
    const hooli = entityNamed(records, 'Hooli');
    expect(hooli?.kind).toBe('VENUE');
    expect(
      relations(records).some((r) => r.kind === 'PUBLISHED_IN' && r.from === paper?.ref && r.to === hooli?.ref),
    ).toBe(true);

    const skills = entities(records).filter((e) => e.kind === 'SKILL');
    expect(skills.map((s) => s.name)).toEqual([
      'Web Development',
      'HTML',
      'CSS',
      'Javascript',
      'Compression',
      'Mpeg',
      'MP4',
      'GIF',
    ]);
    expect(relations(records).filter((r) => r.kind === 'HAS_SKILL')).toHaveLength(8);

    const project = entityNamed(records, 'Miss Direction');
    // Its url has no scheme, so the schema's uri format rejects it: the project stays, the link goes.
    expect(project?.homepage).toBeUndefined();
    expect(relationsTo(records, 'PARTICIPATED_IN', project?.ref)[0]?.values).toEqual({
      role: 'Team lead, Designer',
      start: '2016-08-24',
      end: '2016-08-24',
    });
    expect(relationsTo(records, 'RESEARCHES', entityNamed(records, 'Wildlife')?.ref)).toHaveLength(1);
  });

  it('names the referee as a person but links them to nothing', () => {
    const referee = entityNamed(records, 'Erlich Bachman');
    expect(referee?.ref).not.toBe('person');
    expect(relations(records).some((r) => r.from === referee?.ref || r.to === referee?.ref)).toBe(false);
  });

  it('gives every entity its own ref and points every relation at one', () => {
    const refs = entities(records).map((e) => e.ref);
    expect(new Set(refs).size).toBe(refs.length);
    for (const relation of relations(records))
      expect(refs).toEqual(expect.arrayContaining([relation.from, relation.to]));
    expect(skipped(records)).toEqual([]);
  });
});

describe('quirks of real résumés', () => {
  let records: ImportRecord[];
  beforeAll(async () => {
    records = await readAll(fixture('quirks.resume.json'));
  });

  it('keeps two positions at one company as two relations to one organization', () => {
    const acme = entities(records).filter((e) => e.name === 'Acme Robotics');
    expect(acme).toHaveLength(1);
    const positions = relationsTo(records, 'WORKED_AT', acme[0]?.ref);
    expect(positions.map((p) => p.values)).toEqual([
      { role: 'Engineer', start: '2019', end: '2021-03' },
      // "present" means it goes on: no end.
      { role: 'Senior Engineer', start: '2021-03-15' },
    ]);
  });

  it('pads loose dates and cuts impossible ones back with a warning', () => {
    const mit = entityNamed(records, 'MIT');
    expect(relationsTo(records, 'STUDIED_AT', mit?.ref)[0]?.values).toMatchObject({
      start: '2014-09-01',
      end: '2019-06',
    });
    const paper = entityNamed(records, 'A Study of Examples');
    expect(paper?.details?.year).toBe(2020);
    expect(paper?.warnings).toEqual(['releaseDate: 2020-02-30 is not a calendar date; kept the year and month']);
  });

  it('keeps a future end date, warning that it is planned', () => {
    const labs = entityNamed(records, 'Example Labs');
    const [stay] = relationsTo(records, 'WORKED_AT', labs?.ref);
    expect(stay?.values).toMatchObject({ start: '2024-09', end: '2099-12' });
    expect(stay?.warnings).toEqual([expect.stringContaining('planned end')]);
  });

  it('splits "MIT and Harvard" into two organizations with the same relation, and says so', () => {
    const [mit, harvard] = [entityNamed(records, 'MIT'), entityNamed(records, 'Harvard')];
    expect(mit?.warnings?.[0]).toContain('"MIT and Harvard" names 2 organizations');
    const studies = [
      ...relationsTo(records, 'STUDIED_AT', mit?.ref),
      ...relationsTo(records, 'STUDIED_AT', harvard?.ref),
    ];
    expect(studies).toHaveLength(2);
    expect(studies[0]?.values).toEqual(studies[1]?.values);
    expect(studies[0]?.values).toMatchObject({ degree: 'PhD', field: 'Computer Science' });
    expect(studies.every((s) => s.warnings?.some((w) => w.includes('MIT and Harvard')))).toBe(true);
    // "and" inside one institution's name does not split it.
    expect(entityNamed(records, 'University of Arts and Sciences')).toBeDefined();
  });

  it('reads a text where a list belongs', () => {
    const skills = entities(records)
      .filter((e) => e.kind === 'SKILL')
      .map((s) => s.name);
    expect(skills).toEqual(['Machine Learning', 'PyTorch', 'JAX', 'scikit-learn']);
    // PyTorch is listed again in a second entry: still one skill and one HAS_SKILL.
    expect(relationsTo(records, 'HAS_SKILL', entityNamed(records, 'PyTorch')?.ref)).toHaveLength(1);
    // `"highlights": "…"` does not cost the entry that has it.
    expect(entityNamed(records, 'Example Labs')).toBeDefined();
  });

  it('skips a malformed entry with its pointer, and an entry with no organization, and reads the rest', () => {
    expect(skipped(records)).toEqual([
      {
        type: 'skipped',
        file: 'quirks.resume.json',
        locator: pointer('work', 2, 'name'),
        reason: `${pointer('work', 2, 'name')} should be a text but is a number; this entry was left out`,
      },
      expect.objectContaining({
        locator: pointer('work', 3),
        reason: expect.stringContaining('names no organization'),
      }),
      expect.objectContaining({ locator: '/references/1', reason: 'this reference names no referee' }),
    ]);
    expect(relations(records).filter((r) => r.kind === 'WORKED_AT')).toHaveLength(3);
  });

  it('takes the ORCID from the profiles and the DOI from a publication link', () => {
    expect(entityNamed(records, 'Ada Example')?.ids).toEqual({ orcid: '0000-0002-1825-0097' });
    expect(entityNamed(records, 'A Study of Examples')?.ids).toEqual({ doi: '10.1234/example.5678' });
  });

  it('leaves out a work location that looks like a street address', () => {
    const [stay] = relationsTo(records, 'WORKED_AT', entityNamed(records, 'Example Labs')?.ref);
    expect(stay?.values?.location).toBeUndefined();
  });
});

describe('a résumé written in Chinese only', () => {
  let records: ImportRecord[];
  beforeAll(async () => {
    records = await readAll(fixture('zh.resume.json'));
  });

  it('puts Chinese names in both name and nameZh, and Chinese facts in both forms', () => {
    expect(entityNamed(records, '李明')).toMatchObject({
      ref: 'person',
      nameZh: '李明',
      details: { headline: '算法工程师' },
    });
    const company = entityNamed(records, '示例科技有限公司');
    expect(company).toMatchObject({ nameZh: '示例科技有限公司', details: { orgKind: 'COMPANY' } });
    // "至今" (until now) is an ongoing position: no end.
    expect(relationsTo(records, 'WORKED_AT', company?.ref)[0]?.values).toEqual({
      role: '算法工程师',
      roleZh: '算法工程师',
      start: '2021-07',
    });
  });

  it('splits "北京大学 / 清华大学" and reuses 北京大学 for the later degree there', () => {
    const pku = entities(records).filter((e) => e.name === '北京大学');
    expect(pku).toHaveLength(1);
    expect(pku[0]?.warnings?.[0]).toContain('names 2 organizations');
    const thu = entityNamed(records, '清华大学');
    expect(relationsTo(records, 'STUDIED_AT', thu?.ref)[0]?.values).toMatchObject({
      degree: '硕士',
      field: '计算机科学与技术',
      fieldZh: '计算机科学与技术',
      start: '2018-09',
      end: '2021-06',
    });
    expect(relationsTo(records, 'STUDIED_AT', pku[0]?.ref).map((r) => r.values?.degree)).toEqual(['硕士', '本科']);
    expect(relationsTo(records, 'STUDIED_AT', pku[0]?.ref)[1]?.values).toMatchObject({ start: '2014', end: '2018' });
  });

  it('reads slashed dates and a list of roles written as one text', () => {
    const project = entityNamed(records, '示例检索系统');
    expect(relationsTo(records, 'PARTICIPATED_IN', project?.ref)[0]?.values).toMatchObject({
      start: '2022-03',
      end: '2022-11',
      role: '负责人, 架构设计',
    });
    expect(relationsTo(records, 'RECEIVED', entityNamed(records, '国家奖学金')?.ref)[0]?.values).toEqual({
      year: 2020,
    });
  });
});

describe('privacy', () => {
  it.each(['sample.resume.json', 'quirks.resume.json', 'zh.resume.json'])(
    'emits no phone number, street address or e-mail from %s',
    async (name) => {
      const records = await readAll(fixture(name));
      for (const record of records) {
        const { email: _identityOnly, ...shown } = record as EntityRecord;
        const text = JSON.stringify(shown);
        expect(text).not.toMatch(/@|Broadway|Sample Street|示例路|94115|02139|555/);
        const texts = [
          record.type === 'skipped' ? record.reason : record.evidence.snippet,
          ...(record.type === 'entity' ? [record.name] : []),
          ...(record.type !== 'skipped' ? (record.warnings ?? []) : []),
        ];
        for (const part of texts) expect(findPhoneNumber(part)).toBeUndefined();
      }
    },
  );
});

describe('files it cannot read', () => {
  it('throws a ReadError naming a file that is not JSON', async () => {
    const path = await tempFile('refs.bib', '@article{he2016, title={Deep Residual Learning}}');
    await expect(readAll(path)).rejects.toThrow(ReadError);
    await expect(readAll(path)).rejects.toThrow(/refs\.bib is not a JSON Resume: it is not valid JSON/);
  });

  it('throws a ReadError for JSON of another format', async () => {
    const path = await tempFile('works.json', '{"meta":{"count":0},"results":[]}');
    await expect(readAll(path)).rejects.toThrow(/works\.json is not a JSON Resume/);
  });

  it('refuses a file over 5 MB', async () => {
    const path = await tempFile(
      'huge.resume.json',
      `{"basics":{"name":"x","summary":"${'a'.repeat(5.5 * 1024 * 1024)}"}}`,
    );
    await expect(readAll(path)).rejects.toThrow(/5 MB/);
  });

  it('reads nothing but says why when the résumé names no one (every field is optional)', async () => {
    const path = await tempFile('anon.json', '{"basics":{"label":"Engineer"},"work":[{"name":"Acme"}]}');
    expect(await readAll(path)).toEqual([
      {
        type: 'skipped',
        file: 'anon.json',
        locator: '/basics/name',
        reason: expect.stringContaining('does not name its subject'),
      },
    ]);
  });

  it('reads a résumé that gives only a name and bare entries', async () => {
    const path = await tempFile(
      'bare.json',
      '{"basics":{"name":"Ada Example"},"work":[{"name":"Acme"}],"skills":[{}]}',
    );
    const records = await readAll(path);
    expect(entities(records).map((e) => e.name)).toEqual(['Ada Example', 'Acme']);
    expect(relations(records)[0]).toMatchObject({ kind: 'WORKED_AT', from: 'person' });
    expect(relations(records)[0]?.values).toBeUndefined();
    expect(skipped(records)).toEqual([expect.objectContaining({ locator: '/skills/0' })]);
  });
});
