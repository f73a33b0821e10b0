import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { findEmail } from '../../src/checks/email.ts';
import { findPhoneNumber } from '../../src/checks/phone.ts';
import {
  ReadError,
  type EntityRecord,
  type ImportRecord,
  type RelationRecord,
  type SkippedRecord,
} from '../../src/records/model.ts';
import { dblpReader } from '../../src/read/dblp.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/dblp');
const fixture = (name: string) => join(FIXTURES, name);
const REAL = ['cogtech-excerpt.xml', 'tr-excerpt-crlf.xml', 'dblpperson-95-7448-1.xml', 'homepages.xml'];
const ALL = [...REAL, 'hand-written-quirks.xml'];

const scratch = mkdtempSync(join(tmpdir(), 'dblp-reader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function readAll(path: string): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const record of dblpReader.read(path)) out.push(record);
  return out;
}

const entities = (records: ImportRecord[]) => records.filter((r): r is EntityRecord => r.type === 'entity');
const relations = (records: ImportRecord[]) => records.filter((r): r is RelationRecord => r.type === 'relation');
const skips = (records: ImportRecord[]) => records.filter((r): r is SkippedRecord => r.type === 'skipped');
const publication = (records: ImportRecord[], key: string) =>
  entities(records).find((e) => e.kind === 'PUBLICATION' && e.ids?.dblp === key);

/** The authors of a publication in order, as the entity names their AUTHORED relations point from. */
function authorsOf(records: ImportRecord[], key: string): { name: string; dblpName?: string; orcid?: string }[] {
  const pub = publication(records, key);
  expect(pub).toBeDefined();
  const people = entities(records).filter((e) => e.kind === 'PERSON' && e.evidence.locator === key);
  return relations(records)
    .filter((r) => r.kind === 'AUTHORED' && r.to === pub?.ref)
    .sort((a, b) => Number(a.values?.position) - Number(b.values?.position))
    .map((r) => {
      const person = people.find((p) => p.ref === r.from && p.evidence.snippet === r.evidence.snippet);
      return { name: person?.name ?? '?', dblpName: person?.ids?.dblpName, orcid: person?.ids?.orcid };
    });
}

function headOf(name: string): string {
  return readFileSync(fixture(name)).subarray(0, 4096).toString('latin1');
}

describe('dblp detection', () => {
  it.each(ALL)('recognizes %s', (name) => {
    expect(dblpReader.detect(name, headOf(name))).toBe(true);
  });

  it('turns down other formats and DBLP text under another name', () => {
    expect(dblpReader.detect('dblp.json', headOf('cogtech-excerpt.xml'))).toBe(false);
    expect(dblpReader.detect('refs.bib', '@article{he2016,\n  title = {Deep Residual Learning},\n}')).toBe(false);
    const openalex = '{"id":"https://openalex.org/W2741809807","title":"<dblp> in a title"}';
    expect(dblpReader.detect('works.json', openalex)).toBe(false);
    expect(dblpReader.detect('people.csv', 'name,email\nAda,ada@example.org\n')).toBe(false);
    expect(dblpReader.detect('cohort.yaml', 'people:\n  - name: Ada\n')).toBe(false);
    const orcid = '<?xml version="1.0"?>\n<record:record xmlns:record="http://www.orcid.org/ns/record">';
    expect(dblpReader.detect('0000-0002-1825-0097.xml', orcid)).toBe(false);
    expect(dblpReader.detect('feed.xml', '<?xml version="1.0"?>\n<!-- <dblp> -->\n<rss version="2.0">')).toBe(false);
  });
});

describe('dblp.xml excerpt (ISO-8859-1, DTD entities)', async () => {
  const records = await readAll(fixture('cogtech-excerpt.xml'));

  it('reads every record and skips none', () => {
    expect(skips(records)).toEqual([]);
    expect(entities(records).filter((e) => e.kind === 'PUBLICATION')).toHaveLength(8);
  });

  it('keeps authors in order, names decoded from the DTD entities', () => {
    expect(authorsOf(records, 'series/cogtech/BertonKHS06').map((a) => a.name)).toEqual([
      'André Berton',
      'Alfred Kaltenmeier',
      'Udo Haiber',
      'Olaf Schreiner',
    ]);
    expect(authorsOf(records, 'series/cogtech/HorndaschRR06')[2]?.name).toBe('Hans Röttger');
    expect(authorsOf(records, 'series/cogtech/NeidigP13').map((a) => a.name)).toEqual([
      'Jörg Neidig',
      'Jörg Preißinger',
    ]);
  });

  it('maps title, year, DOI and venue', () => {
    const pub = publication(records, 'series/cogtech/BertonKHS06');
    expect(pub).toMatchObject({
      name: 'Speech Recognition.',
      ids: { dblp: 'series/cogtech/BertonKHS06', doi: '10.1007/3-540-36678-4_6' },
      details: { year: 2006, pubKind: 'paper', dblpType: 'incollection' },
      evidence: { file: 'cogtech-excerpt.xml', locator: 'series/cogtech/BertonKHS06', line: 13 },
    });
    const venue = relations(records).find((r) => r.kind === 'PUBLISHED_IN' && r.from === pub?.ref);
    expect(entities(records).find((e) => e.ref === venue?.to)?.name).toBe('SmartKom');
    expect(publication(records, 'series/cogtech/Schmidhuber07')?.name).toBe(
      'The New AI: General & Sound & Relevant for Physics.',
    );
    expect(publication(records, 'series/cogtech/RistABGKKR004')?.ids?.doi).toBeUndefined();
  });

  it('keeps the homonym number in ids.dblp and out of the name', () => {
    const schmitt = authorsOf(records, 'series/cogtech/RistABGKKR004');
    expect(schmitt).toHaveLength(8);
    expect(schmitt[7]).toEqual({ name: 'Markus Schmitt', dblpName: 'Markus Schmitt 0002', orcid: undefined });
  });

  it('gives editors a person each but no AUTHORED, and a book with editors only no authors', () => {
    const key = 'series/cogtech/364227662';
    const editors = entities(records).filter((e) => e.kind === 'PERSON' && e.evidence.locator === key);
    expect(editors.map((e) => [e.name, e.evidence.snippet])).toEqual([
      ['Antonio Krüger', '<editor>Antonio Kr&uuml;ger</editor>'],
      ['Tsvi Kuflik', '<editor>Tsvi Kuflik</editor>'],
    ]);
    expect(authorsOf(records, key)).toEqual([]);
    expect(publication(records, 'series/cogtech/FurnkranzGL12')?.details).toEqual({ dblpType: 'book', year: 2012 });
  });
});

describe('dump records with CRLF line endings and a DOCTYPE', async () => {
  const records = await readAll(fixture('tr-excerpt-crlf.xml'));

  it('counts lines across CRLF and leaves no carriage return in text', () => {
    expect(publication(records, 'tr/meltdown/m18')?.evidence.line).toBe(20);
    expect(publication(records, 'persons/CasperGGGHLR12')?.evidence.line).toBe(62);
    expect(JSON.stringify(records)).not.toContain('\\r');
  });

  it('takes ORCID iDs from the author elements', () => {
    const authors = authorsOf(records, 'persons/CasperGGGHLR12');
    expect(authors).toHaveLength(7);
    expect(authors[0]).toEqual({ name: 'Markus Casper', dblpName: 'Markus Casper', orcid: '0000-0002-1163-8988' });
    expect(authors[4]).toEqual({
      name: 'Günther Heinemann',
      dblpName: 'Günther Heinemann',
      orcid: '0000-0002-4831-9016',
    });
    expect(publication(records, 'persons/CasperGGGHLR12')?.ids?.doi).toBe('10.5194/hess-16-409-2012');
  });

  it('emits a record without authors and no empty person', () => {
    expect(publication(records, 'tr/acm/CS2013')).toMatchObject({
      name: 'Computer Science Curricula 2013',
      ids: { doi: '10.1145/2534860' },
      details: { year: 2013 },
    });
    expect(entities(records).filter((e) => e.evidence.locator === 'tr/acm/CS2013')).toHaveLength(1);
    expect(entities(records).filter((e) => e.kind === 'PERSON' && !e.name.trim())).toEqual([]);
  });

  it('reuses one ref for one DBLP person name across records', () => {
    const spectre = authorsOf(records, 'tr/meltdown/s18');
    const meltdown = authorsOf(records, 'tr/meltdown/m18');
    expect(spectre[8]).toMatchObject({ name: 'Michael Schwarz', dblpName: 'Michael Schwarz 0001' });
    expect(meltdown[1]).toMatchObject({ name: 'Michael Schwarz', dblpName: 'Michael Schwarz 0001' });
    const refs = new Set(
      relations(records)
        .filter((r) => r.kind === 'AUTHORED' && r.evidence.snippet === '<author>Michael Schwarz 0001</author>')
        .map((r) => r.from),
    );
    expect(refs.size).toBe(1);
  });

  it('tells preprints and theses apart', () => {
    expect(publication(records, 'tr/meltdown/s18')?.details?.pubKind).toBe('manuscript');
    expect(publication(records, 'ms/Vollmer2006')?.details).toMatchObject({ pubKind: 'thesis', year: 2006 });
  });
});

describe('a per-person page (<dblpperson>)', async () => {
  const records = await readAll(fixture('dblpperson-95-7448-1.xml'));

  it('reads the eight publications and the person record, not the co-author list', () => {
    expect(skips(records)).toEqual([]);
    expect(entities(records).filter((e) => e.kind === 'PUBLICATION')).toHaveLength(8);
    const names = new Set(
      entities(records)
        .filter((e) => e.kind === 'PERSON')
        .map((e) => e.ids?.dblpName),
    );
    expect([...names].sort()).toEqual([
      'Colin Doutre',
      'Di Xu 0001',
      'Lino Coria-Mendoza',
      'Lino E. Coria',
      'Mahsa T. Pourazad',
      'Panos Nasiopoulos',
    ]);
  });

  it('gives every author the pid the page names, one per DBLP person', () => {
    const people = entities(records).filter((e) => e.kind === 'PERSON');
    expect(people.every((e) => /^\d+\/\d+(-\d+)?$/.test(e.ids?.dblp ?? ''))).toBe(true);
    const pids = new Map(people.map((e) => [e.ids?.dblpName, e.ids?.dblp]));
    expect(pids.get('Lino Coria-Mendoza')).toBe('32/5783');
    expect(pids.get('Lino E. Coria')).toBe('161/3963');
    expect(new Set(pids.values()).size).toBe(pids.size);
  });

  it('makes the subject one person with its affiliation', () => {
    const subject = entities(records).filter((e) => e.ids?.dblpName === 'Di Xu 0001');
    expect(new Set(subject.map((e) => e.ids?.dblp))).toEqual(new Set(['95/7448-1']));
    expect(new Set(subject.map((e) => e.ref)).size).toBe(1);
    expect(subject).toHaveLength(9);
    expect(subject[0]).toMatchObject({ name: 'Di Xu', evidence: { locator: 'homepages/95/7448-1', line: 3 } });
    const affiliation = relations(records).find((r) => r.kind === 'AFFILIATED_WITH');
    expect(entities(records).find((e) => e.ref === affiliation?.to)?.name).toBe(
      'University of British Columbia, Department of Electrical and Computer Engineering, Canada',
    );
  });

  it('takes the DOI and the Wikidata item from the ee links', () => {
    expect(publication(records, 'journals/tvcg/XuDN11')).toMatchObject({
      name: 'Correction of Clipped Pixels in Color Images.',
      ids: { doi: '10.1109/tvcg.2010.63', wikidata: 'Q51701964' },
      details: { year: 2011 },
      evidence: { line: 53 },
    });
    expect(authorsOf(records, 'conf/ictai/PourazadXN12').map((a) => a.name)).toEqual([
      'Mahsa T. Pourazad',
      'Di Xu',
      'Panos Nasiopoulos',
    ]);
    expect(publication(records, 'conf/ictai/PourazadXN12')?.ids?.doi).toBe('10.1109/ictai.2012.57');
  });
});

describe('person records (www homepages/…)', async () => {
  const records = await readAll(fixture('homepages.xml'));

  it('reads homepage, ORCID, aliases and affiliation', () => {
    const people = entities(records).filter((e) => e.kind === 'PERSON');
    expect(people).toEqual([
      expect.objectContaining({
        name: 'Oded Goldreich',
        ids: { dblp: 'g/OdedGoldreich', dblpName: 'Oded Goldreich' },
        homepage: 'http://www.wisdom.weizmann.ac.il/~oded/',
      }),
      expect.objectContaining({
        name: 'José A. Gámez',
        ids: { dblp: '54/4230', dblpName: 'José A. Gámez 0001', orcid: '0000-0003-1188-1117' },
        aliases: ['José Antonio Gámez'],
      }),
    ]);
    // Google Scholar is a profile, not the person's own page.
    expect(people[1]?.homepage).toBeUndefined();
    const affiliated = relations(records).filter((r) => r.kind === 'AFFILIATED_WITH');
    expect(affiliated).toHaveLength(1);
    expect(entities(records).find((e) => e.ref === affiliated[0]?.to)?.name).toBe(
      'University of Castilla-La Mancha, Spain',
    );
  });
});

describe('quirks the real files lack (hand-written)', async () => {
  const records = await readAll(fixture('hand-written-quirks.xml'));

  it('flattens inline markup in titles and decodes raw ISO-8859-1 bytes', () => {
    expect(publication(records, 'journals/example/MullerE24')?.name).toBe(
      'On k-Colouring of H2O Graphs in O(n2) Time.',
    );
    expect(authorsOf(records, 'journals/example/MullerE24')[0]).toMatchObject({
      name: 'Ada Müller',
      dblpName: 'Ada Müller 0001',
    });
  });

  it('skips a malformed record with its key, and a keyless one with its line, and reads on', () => {
    expect(skips(records)).toEqual([
      {
        type: 'skipped',
        file: 'hand-written-quirks.xml',
        locator: 'journals/example/Broken24',
        reason: expect.stringContaining('undefined entity'),
      },
      {
        type: 'skipped',
        file: 'hand-written-quirks.xml',
        locator: 'line 18',
        reason: expect.stringContaining('no key'),
      },
    ]);
    expect(publication(records, 'conf/example/ExampleEE24')).toBeDefined();
  });

  it('warns about an impossible year and leaves it out', () => {
    const pub = publication(records, 'journals/example/Year24');
    expect(pub?.details?.year).toBeUndefined();
    expect(pub?.warnings).toEqual(['year "20x4" is not a year; left out']);
  });

  it('keeps homonyms apart, gives a disambiguation profile no identity, follows aliases', () => {
    const authors = authorsOf(records, 'conf/example/ExampleEE24');
    expect(authors).toEqual([
      { name: 'Wei Example', dblpName: undefined, orcid: undefined },
      { name: 'Wei Example', dblpName: 'Wei Example 0001', orcid: undefined },
      { name: 'Wei Example', dblpName: 'Wei Example 0002', orcid: undefined },
      { name: 'F. Example', dblpName: 'Finn Example 0001', orcid: undefined },
    ]);
    const authored = relations(records).filter((r) => r.kind === 'AUTHORED' && r.evidence.line === 41);
    expect(new Set(authored.map((r) => r.from)).size).toBe(4);
    const finn = entities(records).find((e) => e.evidence.locator === 'homepages/00/0001' && e.kind === 'PERSON');
    expect(authored[3]?.from).toBe(finn?.ref);
    expect(relations(records).filter((r) => r.evidence.snippet === '<editor>Gus Editor</editor>')).toEqual([]);
  });

  it('drops an affiliation holding contact details and keeps a former one', () => {
    const organizations = entities(records).filter((e) => e.kind === 'ORGANIZATION');
    expect(organizations.map((e) => e.name)).toEqual(['Example University, Germany']);
    expect(relations(records).find((r) => r.kind === 'AFFILIATED_WITH')?.values).toEqual({ note: 'former' });
  });
});

describe('privacy', () => {
  it.each(ALL)('puts no e-mail address or phone number in any name or snippet of %s', async (name) => {
    const records = await readAll(fixture(name));
    for (const record of records) {
      if (record.type === 'skipped') continue;
      const texts = [record.evidence.snippet, ...(record.type === 'entity' ? [record.name] : [])];
      for (const text of texts) {
        expect(findEmail(text), text).toBeUndefined();
        expect(findPhoneNumber(text), text).toBeUndefined();
      }
    }
  });
});

describe('files that are not DBLP XML', () => {
  const write = (name: string, text: string) => {
    const path = join(scratch, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ['works.json', '{"results": []}', /works\.json is not well-formed DBLP XML/],
    [
      'feed.xml',
      '<?xml version="1.0"?>\n<rss version="2.0"></rss>',
      /feed\.xml is not DBLP XML: its root element is <rss>/,
    ],
    ['empty.xml', '', /empty\.xml is empty/],
    ['refs.bib', '@article{he2016, title={Deep}}', /refs\.bib is not well-formed DBLP XML/],
  ])('throws a ReadError naming %s', async (name, text, message) => {
    const error = await readAll(write(name, text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as Error).message).toMatch(message);
  });

  it('skips the record a cut-short file ends in, keeping the ones before', async () => {
    const whole = readFileSync(fixture('cogtech-excerpt.xml'), 'latin1');
    const cut = whole.slice(0, whole.indexOf('<title>Speech Recognition.'));
    const records = await readAll(write('cut.xml', cut));
    expect(publication(records, 'series/cogtech/Zancanaro12')).toBeDefined();
    expect(skips(records)).toEqual([
      expect.objectContaining({ locator: 'series/cogtech/BertonKHS06', reason: expect.stringContaining('cut short') }),
    ]);
  });
});

describe('streaming', () => {
  it('reads a 32 MB file with live memory far below its size', { timeout: 60_000 }, async () => {
    // A real record, repeated: what matters is that the file is never held whole.
    const source = readFileSync(fixture('cogtech-excerpt.xml'), 'latin1');
    const start = source.indexOf('<incollection mdate="2013-09-10" key="series/cogtech/RistABGKKR004">');
    const record = source.slice(start, source.indexOf('<book mdate', start));
    const path = join(scratch, 'big.xml');
    const out = createWriteStream(path);
    out.write('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n');
    const block = record.repeat(200);
    const size = 32 * 1024 * 1024;
    for (let written = 0; written < size; written += block.length) out.write(block);
    out.write('</dblp>\n');
    await new Promise((resolve) => out.end(resolve));

    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    let badSnippets = 0;
    for await (const item of dblpReader.read(path)) {
      count += 1;
      if (
        item.type === 'relation' &&
        item.kind === 'AUTHORED' &&
        !/^<author>[^<]+<\/author>$/.test(item.evidence.snippet)
      )
        badSnippets += 1;
      if (count % 200_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
    }
    const records = Math.ceil(size / block.length) * 200;
    expect(count).toBe(records * 19);
    // Snippets cut across chunk boundaries would show here.
    expect(badSnippets).toBe(0);
    expect(peak).toBeLessThan(16 * 1024 * 1024);
  });
});
