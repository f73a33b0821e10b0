import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_ENDS } from '../../src/kinds.ts';
import { bibtexReader } from '../../src/read/bibtex.ts';
import {
  ReadError,
  type EntityRecord,
  type ImportRecord,
  type RelationRecord,
  type SkippedRecord,
} from '../../src/records/model.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/bibtex');
const FILES = ['biblatex-examples.bib', 'dblp-crossref.bib', 'dblp-ley.bib', 'inspire-janousch.bib', 'quirks.bib'];

async function read(path: string): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of bibtexReader.read(path)) records.push(record);
  return records;
}

const fixture = (name: string) => read(join(FIXTURES, name));
const entities = (records: ImportRecord[]) => records.filter((r): r is EntityRecord => r.type === 'entity');
const relations = (records: ImportRecord[]) => records.filter((r): r is RelationRecord => r.type === 'relation');
const skips = (records: ImportRecord[]) => records.filter((r): r is SkippedRecord => r.type === 'skipped');

function publication(records: ImportRecord[], locator: string): EntityRecord {
  const found = entities(records).find((r) => r.kind === 'PUBLICATION' && r.evidence.locator === locator);
  if (!found) throw new Error(`no publication at ${locator}`);
  return found;
}

/** The names of a publication's authors, in the order the AUTHORED positions give. */
function authors(records: ImportRecord[], pub: EntityRecord): string[] {
  const byRef = new Map(entities(records).map((r) => [r.ref, r]));
  return relations(records)
    .filter((r) => r.kind === 'AUTHORED' && r.to === pub.ref)
    .sort((a, b) => Number(a.values?.position) - Number(b.values?.position))
    .map((r) => byRef.get(r.from)?.name ?? '?');
}

function venue(records: ImportRecord[], pub: EntityRecord): EntityRecord | undefined {
  const link = relations(records).find((r) => r.kind === 'PUBLISHED_IN' && r.from === pub.ref);
  return entities(records).find((r) => r.ref === link?.to);
}

async function fileOf(name: string, content: string | Buffer): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'cohort-bibtex-')), name);
  await writeFile(path, content);
  return path;
}

describe('detecting BibTeX', () => {
  it.each(FILES)('recognizes %s by its name and by its content alone', async (name) => {
    const { readFile } = await import('node:fs/promises');
    const head = (await readFile(join(FIXTURES, name), 'utf8')).slice(0, 4096);
    expect(bibtexReader.detect(name, head)).toBe(true);
    expect(bibtexReader.detect('upload.txt', head)).toBe(true);
  });

  it.each([
    ['works.json', '{"meta":{"count":1},"results":[{"id":"https://openalex.org/W2741809807"}]}'],
    ['works.jsonl', '{"id":"https://openalex.org/W2741809807","doi":"https://doi.org/10.7717/peerj.4375"}\n'],
    ['dblp.xml', '<?xml version="1.0"?>\n<dblpperson name="Michael Ley" pid="l/MichaelLey">'],
    ['0000-0002-1825-0097.json', '{"orcid-identifier":{"path":"0000-0002-1825-0097"}}'],
    ['resume.json', '{"basics":{"name":"Richard Hendriks","email":"richard@example.org"}}'],
    ['Positions.csv', 'Company Name,Title,Description,Location,Started On,Finished On\n'],
    ['people.csv', 'name,orcid,affiliation\nAna Lima,,Example University\n'],
    ['person.yaml', 'name: Ana Lima\nemail: ana@example.org\npositions:\n  - org: Example University\n'],
    ['notes.txt', 'Write to ana@example.org {soon}\n@mention{not at the start}'],
  ])('does not claim %s', (name, head) => {
    expect(bibtexReader.detect(name, head)).toBe(false);
  });
});

describe('biblatex-examples.bib (biblatex distribution, LPPL)', async () => {
  const records = await fixture('biblatex-examples.bib');

  it('reads LaTeX accents and Last, First names, keeping the author order', () => {
    const aksin = publication(records, '@article{aksin}');
    expect(aksin.name).toBe(
      'Effect of immobilization on catalytic characteristics of saturated Pd-N-heterocyclic carbenes in Mizoroki-Heck reactions',
    );
    expect(authors(records, aksin)).toEqual([
      'Özge Aksın',
      'Hayati Türkmen',
      'Levent Artok',
      'Bekir Çetinkaya',
      'Chaoying Ni',
      'Orhan Büyükgüngör',
      'Erhan Özkal',
    ]);
    expect(aksin.details).toEqual({ pubKind: 'paper', year: 2006 });
    expect(aksin.evidence).toMatchObject({ file: 'biblatex-examples.bib', locator: '@article{aksin}', line: 34 });
    expect(authors(records, publication(records, '@book{malinowski}'))).toEqual(['Bronisław Malinowski']);
  });

  it('reads Last, First and First Last side by side, and a von part', () => {
    expect(authors(records, publication(records, '@incollection{brandt}'))).toEqual([
      'Ahasver von Brandt',
      'Erich Hoffmann',
    ]);
    expect(authors(records, publication(records, '@article{sarfraz}'))).toEqual(['M. Sarfraz', 'M. F. A. Razzak']);
  });

  it('expands @string macros into venue names', () => {
    expect(venue(records, publication(records, '@article{aksin}'))?.name).toBe('J. Organomet. Chem.');
    expect(venue(records, publication(records, '@article{herrmann}'))?.name).toBe('Angew. Chem. Int. Ed.');
    expect(venue(records, publication(records, '@article{kastenholz}'))?.name).toBe('J. Chem. Phys.');
  });

  it('inherits the book title and date through crossref, quoting the entry they come from', () => {
    const space = publication(records, '@incollection{westfahl:space}');
    expect(space.name).toBe(
      'The True Frontier: Confronting and Avoiding the Realities of Space in American Science Fiction Films',
    );
    expect(space.aliases).toEqual(['The True Frontier']);
    expect(space.details?.year).toBe(2000);
    const book = venue(records, space);
    expect(book?.name).toBe('Space and Beyond');
    expect(book?.evidence).toMatchObject({ locator: '@collection{westfahl:frontier}', line: 126 });
  });

  it('maps entry types to kinds of publication and takes the year from biblatex dates', () => {
    const kind = (locator: string) => publication(records, locator).details?.pubKind;
    expect(kind('@patent{almendro}')).toBe('patent');
    expect(kind('@thesis{geer}')).toBe('thesis');
    expect(kind('@report{chiu}')).toBe('manuscript');
    expect(kind('@manual{cms}')).toBe('manuscript');
    expect(kind('@book{malinowski}')).toBe('paper');
    expect(publication(records, '@article{shore}').details?.year).toBe(1991);
    expect(publication(records, '@article{kastenholz}').ids).toEqual({ doi: '10.1063/1.2172593' });
  });

  it('gives an entry without authors no AUTHORED and no empty person', () => {
    const cms = publication(records, '@manual{cms}');
    expect(authors(records, cms)).toEqual([]);
    expect(authors(records, publication(records, '@collection{westfahl:frontier}'))).toEqual([]);
    expect(entities(records).filter((r) => r.kind === 'PERSON' && !r.name.trim())).toEqual([]);
  });

  it('reads no publication from a biblatex @set', () => {
    expect(entities(records).some((r) => r.evidence.locator.startsWith('@set'))).toBe(false);
    expect(skips(records)).toEqual([]);
  });
});

describe('DBLP exports (CC0)', async () => {
  it('reads a crossref export: the paper, its proceedings, DOIs and DBLP keys', async () => {
    const records = await fixture('dblp-crossref.bib');
    const paper = publication(records, '@inproceedings{DBLP:conf/spire/BastMW06}');
    expect(paper.name).toBe('Output-Sensitive Autocompletion Search');
    expect(paper.ids).toEqual({ doi: '10.1007/11880561_13', dblp: 'conf/spire/BastMW06' });
    expect(authors(records, paper)).toEqual(['H. Bast', 'Christian Worm Mortensen', 'Ingmar Weber']);
    expect(venue(records, paper)?.name).toBe(
      'String Processing and Information Retrieval, 13th International Conference, SPIRE 2006, Glasgow, UK, October 11-13, 2006, Proceedings',
    );
    const proceedings = publication(records, '@proceedings{DBLP:conf/spire/2006}');
    expect(proceedings.ids).toEqual({ doi: '10.1007/11880561', dblp: 'conf/spire/2006' });
    expect(proceedings.evidence.line).toBe(18);
    // Editors are not authors.
    expect(authors(records, proceedings)).toEqual([]);
  });

  it('reads a person bibliography: every entry, its year, kind and venue', async () => {
    const records = await fixture('dblp-ley.bib');
    const pubs = entities(records).filter((r) => r.kind === 'PUBLICATION');
    expect(pubs.map((p) => p.details?.year)).toEqual([2017, 2009, 2007, 1997, 1995, 1993, 1993, 1990, 1988]);
    const jcdl = publication(records, '@inproceedings{DBLP:conf/jcdl/MichelsFLSS17}');
    expect(authors(records, jcdl)).toEqual([
      'Christopher Michels',
      'Ruslan R. Fayzrakhmanov',
      'Michael Ley',
      'Emanuel Sallinger',
      'Ralf Schenkel',
    ]);
    expect(jcdl.ids).toEqual({ doi: '10.1109/jcdl.2017.7991609', dblp: 'conf/jcdl/MichelsFLSS17' });
    expect(publication(records, '@inproceedings{DBLP:conf/gvd/Ley07}').name).toBe(
      'Datenqualität: Eine organisatorische und technische Herausforderung - Erfahrungen von der DBLP-Bibliographie',
    );
    expect(publication(records, '@article{DBLP:persons/Ley95}').name).toBe(
      'DB&LP: A WWW Bibliography on Databases and Logic Programming',
    );
    expect(venue(records, publication(records, '@article{DBLP:journals/pvldb/Ley09}'))?.name).toBe('PVLDB');
    expect(publication(records, '@misc{DBLP:persons/Ley93}').details?.pubKind).toBe('manuscript');
    expect(authors(records, publication(records, '@article{DBLP:journals/ife/LeyW90}'))).toEqual([
      'Michael Ley',
      'Bernd Walter',
    ]);
    // One person record per occurrence: the reader never merges the nine Michael Leys.
    const leys = entities(records).filter((r) => r.kind === 'PERSON' && r.name === 'Michael Ley');
    expect(new Set(leys.map((r) => r.ref)).size).toBe(9);
  });
});

describe('INSPIRE-HEP export (CC0)', () => {
  it('reads "and others" as an incomplete list, not as a person', async () => {
    const records = await fixture('inspire-janousch.bib');
    const paper = publication(records, '@inproceedings{Janousch:2015mtf}');
    expect(paper.name).toBe('Overview and Status of the SwissFEL Project at PSI');
    expect(paper.ids).toEqual({ doi: '10.18429/jacow-icalepcs2015-fra3o03' });
    expect(authors(records, paper)).toEqual(['Markus Janousch']);
    expect(entities(records).filter((r) => r.kind === 'PERSON')).toHaveLength(1);
    expect(paper.warnings).toEqual(['the author list is incomplete: "others" stands for authors it does not name']);
  });
});

describe('quirks.bib (hand-written)', async () => {
  const records = await fixture('quirks.bib');

  it('strips equal-contribution marks and reads accents, leaving "{76 more}" out', () => {
    const paper = publication(records, '@article{mueller2019}');
    expect(authors(records, paper)).toEqual([
      'Stéphane Müller',
      'Łucja Nowak',
      'Jae-won Kim',
      'Yui Tanaka',
      'Pedro Alves',
    ]);
    expect(paper.warnings).toEqual(['the author list is incomplete: "76 more" stands for authors it does not name']);
    expect(paper.ids).toEqual({ doi: '10.5555/fiction.2019.1' });
    expect(venue(records, paper)?.name).toBe('Journal of Fictional Studies');
  });

  it('reads "et al." as no person, an ORCID printed after a name, and a classic crossref', () => {
    const paper = publication(records, '@inproceedings{etal2020}');
    expect(authors(records, paper)).toEqual(['Josiah Carberry', 'Rui Costa']);
    expect(paper.warnings?.[0]).toContain('"et al."');
    expect(entities(records).find((r) => r.name === 'Josiah Carberry')?.ids).toEqual({ orcid: '0000-0002-1825-0097' });
    expect(paper.details).toEqual({ pubKind: 'paper', year: 2020 });
    expect(venue(records, paper)?.evidence.locator).toBe('@proceedings{fictcon2020}');
  });

  it('skips an entry without a title and a broken one, and reads on', () => {
    expect(skips(records)).toEqual([
      {
        type: 'skipped',
        file: 'quirks.bib',
        locator: '@misc{notitle2021}',
        reason: '@misc{notitle2021} has no title, and a publication is known by it',
      },
      expect.objectContaining({ file: 'quirks.bib', locator: '@article{broken2018}' }),
    ]);
    expect(skips(records)[1]?.reason).toMatch(/^the entry at line 25 could not be read as BibTeX: a brace or quote/);
    expect(publication(records, '@unpublished{contact2022}').name).toBe('Notes Left With an Address');
    expect(publication(records, '@proceedings{fictcon2020}').evidence.line).toBe(43);
  });

  it('warns of an undefined @string and an impossible date, and names no venue after the macro', () => {
    const notes = publication(records, '@unpublished{contact2022}');
    expect(notes.details).toEqual({ pubKind: 'manuscript', year: 2022 });
    expect(notes.warnings).toEqual([
      '@string undefinedmacro is not defined in the file; its name stands in for its value',
      'date "2022-02-30": 2022-02-30 is not a calendar date; kept the year and month',
    ]);
    expect(venue(records, notes)).toBeUndefined();
  });

  it('keeps an e-mail for identity only and a phone number nowhere', () => {
    const lima = entities(records).find((r) => r.ref === `${publication(records, '@unpublished{contact2022}').ref}.a1`);
    expect(lima).toMatchObject({ name: 'Ana Lima', email: 'ana.lima@example.org' });
    expect(lima?.evidence.snippet).toBe('Ana Lima ([email], tel. [phone])');
  });
});

describe('every fixture', () => {
  it.each(FILES)('%s: refs unique, relations join the right kinds, nothing private leaks', async (name) => {
    const records = await fixture(name);
    const byRef = new Map<string, EntityRecord>();
    for (const entity of entities(records)) {
      expect(byRef.has(entity.ref)).toBe(false);
      byRef.set(entity.ref, entity);
    }
    for (const relation of relations(records)) {
      const from = byRef.get(relation.from);
      const to = byRef.get(relation.to);
      expect(from && RELATION_ENDS[relation.kind].from.includes(from.kind)).toBe(true);
      expect(to && RELATION_ENDS[relation.kind].to.includes(to.kind)).toBe(true);
    }
    for (const record of records) {
      if (record.type === 'skipped') continue;
      expect(record.evidence.file).toBe(name);
      const { email: _email, ...shown } = record as EntityRecord;
      const text = JSON.stringify(shown);
      expect(text).not.toMatch(/@example\.org|555-0123|Example Street/);
    }
  });
});

describe('files that are not BibTeX, or not all of it', () => {
  it('refuses a JSON file named .bib, naming the file', async () => {
    const path = await fileOf('works.bib', '{"results": [{"id": "https://openalex.org/W2741809807"}]}\n');
    await expect(read(path)).rejects.toThrow(ReadError);
    await expect(read(path)).rejects.toThrow(/works\.bib is not a BibTeX file/);
  });

  it('skips an entry whose brace never closes before a megabyte, and reads the next one', async () => {
    const runaway = `@article{runaway,\n  title = {Never closed\n${'x'.repeat(1_100_000)}\n`;
    const path = await fileOf('runaway.bib', `${runaway}@misc{after, title = {Read After All}, year = 2001}\n`);
    const records = await read(path);
    expect(skips(records)).toEqual([
      expect.objectContaining({ locator: '@article{runaway}', reason: expect.stringContaining('line 1 runs on') }),
    ]);
    expect(publication(records, '@misc{after}').details).toEqual({ pubKind: 'manuscript', year: 2001 });
  });

  it('refuses a binary file', async () => {
    const path = await fileOf('archive.bib', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    await expect(read(path)).rejects.toThrow(/archive\.bib is not a BibTeX file: it is binary/);
  });
});
