import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem, loadSeedGraph, SeedValidationError, validateSeedData, type SeedProblem } from '../src/index.ts';
import { DataCopy } from './helpers/data-copy.ts';
import { loadRealGraph, snapshot, testDriver } from './helpers/database.ts';

const CV = '000_047d70e5b9cb1943.yaml';
const OTHER = '001_7899d7d5c8d8aa80.yaml';

interface Expected {
  file: string;
  line: number;
  field: string;
  message: string | RegExp;
}

type Fact = { kind: string; from: string; to: string; start?: string; evidence: { line: number; quote: string }[] };
type Entity = { id: string; kind: string };

function indexOf<T>(items: T[], predicate: (item: T) => boolean): number {
  const index = items.findIndex(predicate);
  if (index === -1) throw new Error('the seed data no longer has what this test breaks');
  return index;
}

describe('bad input is refused with file, line and field, and nothing is written', () => {
  let driver: Driver;
  let before: string[];
  let copy: DataCopy;

  beforeAll(async () => {
    driver = testDriver();
    await loadRealGraph(driver);
    before = await snapshot(driver);
  });
  beforeEach(() => {
    copy = new DataCopy();
  });
  afterEach(() => copy.remove());
  afterAll(async () => {
    await loadRealGraph(driver);
    await driver.close();
  });

  function matching(expected: Expected) {
    return expect.objectContaining({
      file: expect.stringMatching(new RegExp(`data/${expected.file.replace('.', '\\.')}$`)),
      line: expected.line,
      field: expected.field,
      message: typeof expected.message === 'string' ? expected.message : expect.stringMatching(expected.message),
    });
  }

  /** Validation names each problem; a load (even with reset) throws and leaves the database as it was. */
  async function expectRefused(...expected: Expected[]): Promise<SeedProblem[]> {
    const validation = validateSeedData(copy.dataDir);
    expect(validation.graph).toBeUndefined();
    for (const problem of expected) expect(validation.problems).toContainEqual(matching(problem));

    const error = await loadSeedGraph(driver, { dataDir: copy.dataDir, reset: true, log: () => {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedValidationError);
    const message = (error as SeedValidationError).message;
    for (const problem of validation.problems) expect(message).toContain(formatProblem(problem));
    expect(await snapshot(driver)).toEqual(before);
    return validation.problems;
  }

  it('starts from data that loads', () => {
    expect(validateSeedData(copy.dataDir).problems).toEqual([]);
  });

  it('refuses malformed YAML', async () => {
    const lines = copy.read(CV).split('\n');
    const at = lines.indexOf('    from: person:chaopeng-zhang');
    lines[at] = '    from: "person:chaopeng-zhang';
    copy.write(CV, lines.join('\n'));
    await expectRefused({ file: CV, line: at + 1, field: '', message: 'malformed YAML: Missing closing "quote' });
  });

  it('refuses a missing required field', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Fact>(data.facts, (f) => f.kind === 'MENTORED');
      doc.deleteIn(['facts', index, 'evidence']);
    });
    await expectRefused({
      file: CV,
      line: copy.lineOfNode(CV, ['facts', index]),
      field: `facts[${index}].evidence`,
      message: 'required field is missing',
    });
  });

  it('refuses an entity without a name', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Entity>(data.entities, (e) => e.id === 'person:qiong-cao');
      doc.deleteIn(['entities', index, 'name']);
    });
    await expectRefused({
      file: CV,
      line: copy.lineOfNode(CV, ['entities', index]),
      field: `entities[${index}].name`,
      message: 'required field is missing',
    });
  });

  it('refuses an unknown field', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Entity>(data.entities, (e) => e.id === 'person:qiong-cao');
      doc.setIn(['entities', index, 'favouriteColour'], 'teal');
    });
    await expectRefused({
      file: CV,
      line: copy.lineContaining(CV, 'favouriteColour'),
      field: `entities[${index}].favouriteColour`,
      message: 'unknown field',
    });
  });

  it('refuses an unknown relation kind', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Fact>(data.facts, (f) => f.kind === 'MENTORED');
      doc.setIn(['facts', index, 'kind'], 'ADMIRED');
    });
    await expectRefused({
      file: CV,
      line: copy.lineContaining(CV, 'ADMIRED'),
      field: `facts[${index}].kind`,
      message: /^unknown relation kind "ADMIRED"/,
    });
  });

  it('refuses an unknown entity kind', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Entity>(data.entities, (e) => e.kind === 'SKILL');
      doc.setIn(['entities', index, 'kind'], 'GADGET');
    });
    await expectRefused({
      file: CV,
      line: copy.lineContaining(CV, 'GADGET'),
      field: `entities[${index}].kind`,
      message: /^unknown entity kind "GADGET"/,
    });
  });

  it('refuses a fact whose ends do not fit its kind', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Fact>(data.facts, (f) => f.kind === 'AUTHORED');
      doc.setIn(['facts', index, 'to'], 'org:megvii');
    });
    const line = copy.lineOfNode(CV, ['facts', index, 'to']);
    await expectRefused({
      file: CV,
      line,
      field: `facts[${index}].to`,
      message: /^AUTHORED goes from PERSON to PUBLICATION, but org:megvii is ORGANIZATION/,
    });
  });

  it('refuses a reference to an unknown id', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Fact>(data.facts, (f) => f.kind === 'STUDIED_AT');
      doc.setIn(['facts', index, 'to'], 'org:university-of-nowhere');
    });
    await expectRefused({
      file: CV,
      line: copy.lineContaining(CV, 'org:university-of-nowhere'),
      field: `facts[${index}].to`,
      message: 'org:university-of-nowhere is not declared in any data file',
    });
  });

  it('refuses a date that is not a partial date', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Fact>(data.facts, (f) => f.kind === 'STUDIED_AT' && f.start !== undefined);
      doc.setIn(['facts', index, 'start'], '2019-13');
    });
    const [problem] = await expectRefused({
      file: CV,
      line: copy.lineContaining(CV, '2019-13'),
      field: `facts[${index}].start`,
      message: '"2019-13" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)',
    });
    expect(formatProblem(problem as SeedProblem)).toMatch(
      new RegExp(`data/000_047d70e5b9cb1943\\.yaml:\\d+: facts\\[${index}\\]\\.start: "2019-13" is not a partial date`),
    );
  });

  it('refuses a date range that ends before it starts', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Fact>(data.facts, (f) => f.kind === 'STUDIED_AT' && f.start !== undefined);
      doc.setIn(['facts', index, 'start'], '2017-08');
      doc.setIn(['facts', index, 'end'], '2016-07');
    });
    await expectRefused({
      file: CV,
      line: copy.lineContaining(CV, '2016-07'),
      field: `facts[${index}].end`,
      message: '"2016-07" is before the start "2017-08"',
    });
  });

  it('refuses an evidence quote that is not in its source', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Fact>(data.facts, (f) => f.kind === 'MENTORED');
      doc.setIn(['facts', index, 'evidence', 0, 'quote'], 'Host: someone we made up');
    });
    await expectRefused({
      file: CV,
      line: copy.lineContaining(CV, 'someone we made up'),
      field: `facts[${index}].evidence[0].quote`,
      message: /"Host: someone we made up" is not in 000_047d70e5b9cb1943\.txt starting at line \d+$/,
    });
  });

  it('refuses an evidence quote that is in its source but not at the line given', async () => {
    let index = 0;
    copy.edit(CV, (doc, data) => {
      index = indexOf<Fact>(data.facts, (f) =>
        f.evidence?.some((e) => e.line === 49 && e.quote === 'May 2018 - April 2019'),
      );
      const evidence = (data.facts[index] as Fact).evidence.findIndex((e) => e.line === 49);
      doc.setIn(['facts', index, 'evidence', evidence, 'line'], 50);
    });
    await expectRefused({
      file: CV,
      line: copy.lineContaining(CV, 'line: 50'),
      field: expect.stringMatching(
        new RegExp(`^facts\\[${index}\\]\\.evidence\\[\\d+\\]\\.quote$`),
      ) as unknown as string,
      message: '"May 2018 - April 2019" is not in 000_047d70e5b9cb1943.txt starting at line 50 (it begins on line 49)',
    });
  });

  it('refuses an id declared twice, across files', async () => {
    copy.write(
      OTHER,
      copy
        .read(OTHER)
        .replace(
          /^entities:\n/m,
          'entities:\n  - id: person:chaopeng-zhang\n    kind: PERSON\n    name: Chaopeng Zhang\n',
        ),
    );
    await expectRefused({
      file: OTHER,
      line: copy.lineContaining(OTHER, 'id: person:chaopeng-zhang'),
      field: 'entities[0].id',
      message: /^person:chaopeng-zhang is already declared at .*000_047d70e5b9cb1943\.yaml:\d+$/,
    });
  });

  it('refuses two ids for one person: the pinyin of a Chinese name, or one e-mail address', async () => {
    copy.write(
      OTHER,
      copy
        .read(OTHER)
        .replace(
          /^entities:\n/m,
          'entities:\n  - id: person:zhang-chaopeng\n    kind: PERSON\n    name: Zhang Chaopeng\n' +
            '  - id: person:q-cao\n    kind: PERSON\n    name: Q. Cao\n    partial: true\n    email: Qiong@robots.ox.ac.uk\n',
        ),
    );
    await expectRefused(
      {
        file: OTHER,
        line: copy.lineContaining(OTHER, 'name: Zhang Chaopeng'),
        field: 'entities[0].name',
        message: /^person:zhang-chaopeng .* and person:chaopeng-zhang .* are the same entity/,
      },
      {
        file: OTHER,
        line: copy.lineContaining(OTHER, 'email: Qiong@'),
        field: 'entities[1].email',
        message: /^person:q-cao \(e-mail address\) and person:qiong-cao/,
      },
    );
  });

  it('refuses values shaped like phone numbers, wherever they are', async () => {
    let person = 0;
    let fact = 0;
    copy.edit(CV, (doc, data) => {
      person = indexOf<Entity>(data.entities, (e) => e.id === 'person:qiong-cao');
      fact = indexOf<Fact>(data.facts, (f) => f.kind === 'MENTORED');
      // Made-up numbers.
      doc.setIn(['entities', person, 'headline'], 'Reach her on 138-0000-1111');
      doc.setIn(['entities', person, 'aliases'], doc.createNode(['13900002222']));
      doc.setIn(['facts', fact, 'note'], 'Office +86 10 6000 0000');
    });
    const problems = await expectRefused(
      {
        file: CV,
        line: copy.lineContaining(CV, '138-0000-1111'),
        field: `entities[${person}].headline`,
        message: /^"138-0000-1111" looks like a phone number/,
      },
      {
        file: CV,
        line: copy.lineContaining(CV, '13900002222'),
        field: `entities[${person}].aliases[0]`,
        message: /looks like a phone number/,
      },
      {
        file: CV,
        line: copy.lineContaining(CV, '+86 10 6000 0000'),
        field: `facts[${fact}].note`,
        message: /looks like a phone number/,
      },
    );
    expect(problems).toHaveLength(3);
  });

  it('lets years, ranges, scores and percentages through', () => {
    copy.edit(CV, (doc, data) => {
      const fact = indexOf<Fact>(data.facts, (f) => f.kind === 'MENTORED');
      doc.setIn(
        ['facts', fact, 'note'],
        'pp. 1866-1870; GPA 3.57/4, Rank 24/131; Oral (4.3%); 2014 ~ 2017; 2019-05-01',
      );
    });
    expect(validateSeedData(copy.dataDir).problems).toEqual([]);
  });

  it("refuses an e-mail address outside a person's email field", async () => {
    let person = 0;
    copy.edit(CV, (doc, data) => {
      person = indexOf<Entity>(data.entities, (e) => e.id === 'person:qiong-cao');
      doc.setIn(['entities', person, 'homepage'], 'mailto:someone@example.org');
    });
    await expectRefused({
      file: CV,
      line: copy.lineContaining(CV, 'someone@example.org'),
      field: `entities[${person}].homepage`,
      message: /is an e-mail address/,
    });
  });

  it('reports every problem at once', async () => {
    copy.edit(CV, (doc, data) => {
      const fact = indexOf<Fact>(data.facts, (f) => f.kind === 'STUDIED_AT' && f.start !== undefined);
      doc.setIn(['facts', fact, 'start'], '2019-13');
      doc.setIn(['facts', fact, 'to'], 'org:university-of-nowhere');
    });
    copy.edit(OTHER, (doc) => doc.set('colour', 'red'));
    const problems = await expectRefused();
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('2019-13'),
        expect.stringContaining('university-of-nowhere'),
        'unknown field',
      ]),
    );
  });
});
