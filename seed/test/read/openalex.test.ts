import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openalexReader } from '../../src/read/openalex.ts';
import type { EntityRecord, ImportRecord, RelationRecord, SkippedRecord } from '../../src/records/model.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/openalex');
const fixture = (name: string) => join(FIXTURES, name);

async function read(path: string): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of openalexReader.read(path)) records.push(record);
  return records;
}

const entities = (records: ImportRecord[], kind?: EntityRecord['kind']) =>
  records.filter((r): r is EntityRecord => r.type === 'entity' && (!kind || r.kind === kind));
const relations = (records: ImportRecord[], kind: RelationRecord['kind']) =>
  records.filter((r): r is RelationRecord => r.type === 'relation' && r.kind === kind);
const skips = (records: ImportRecord[]) => records.filter((r): r is SkippedRecord => r.type === 'skipped');
const named = (records: ImportRecord[], name: string) => entities(records).find((e) => e.name === name)!;

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'openalex-')), name);
  writeFileSync(path, text);
  return path;
}

describe('detection', () => {
  it.each([
    'W2741809807.json',
    'W2741809807-2022.json',
    'works-page.json',
    'citing.jsonl',
    'A5023888391.json',
    'A1969205032-2022.json',
    'I27837315.json',
  ])('recognizes %s', (name) => {
    expect(openalexReader.detect(name, readFileSync(fixture(name), 'utf8').slice(0, 4096))).toBe(true);
  });

  it.each([
    ['dblp.xml', '<?xml version="1.0"?><dblpperson name="Kaiming He"><r><article key="journals/x/He16">'],
    ['refs.bib', '@article{he2016, title={Deep Residual Learning}, url={https://openalex.org/W2194775991}}'],
    ['0000-0002-1825-0097.json', '{"orcid-identifier":{"uri":"https://orcid.org/0000-0002-1825-0097"}}'],
    [
      'Q42.json',
      '{"entities":{"Q42":{"id":"Q42","claims":{"P10283":[{"mainsnak":{"datavalue":{"value":"A5000"}}}]}}}}',
    ],
    [
      'resume.json',
      '{"basics":{"name":"Ada","profiles":[{"network":"OpenAlex","url":"https://openalex.org/A5023888391"}]}}',
    ],
    ['Connections.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'],
    ['people.csv', 'kind,name,openalex\nPERSON,Jason Priem,https://openalex.org/A5023888391\n'],
    ['graph.yaml', 'people:\n  - id: https://openalex.org/A5023888391\n'],
    ['W2741809807.txt', readFileSync(fixture('W2741809807.json'), 'utf8').slice(0, 4096)],
  ])('refuses %s', (name, head) => {
    expect(openalexReader.detect(name, head)).toBe(false);
  });
});

describe('a work in the current schema (W2741809807.json)', async () => {
  const records = await read(fixture('W2741809807.json'));
  const [publication] = entities(records, 'PUBLICATION');

  it('gives the publication its title, year, kind, DOI and OpenAlex id', () => {
    expect(entities(records, 'PUBLICATION')).toHaveLength(1);
    expect(publication).toMatchObject({
      ref: 'openalex:W2741809807',
      name: 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
      ids: { openalex: 'W2741809807', doi: '10.7717/peerj.4375' },
      details: { pubKind: 'paper', year: 2018 },
      evidence: { file: 'W2741809807.json', locator: 'W2741809807' },
    });
  });

  it('lists the nine authors in byline order, each with ORCID and OpenAlex id', () => {
    const authored = relations(records, 'AUTHORED');
    const byRef = new Map(entities(records, 'PERSON').map((p) => [p.ref, p]));
    expect(authored.map((r) => [r.values?.position, byRef.get(r.from)!.name])).toEqual([
      [1, 'Heather Piwowar'],
      [2, 'Jason Priem'],
      [3, 'Vincent Larivière'],
      [4, 'Juan Pablo Alperín'],
      [5, 'Lisa Matthias'],
      [6, 'Bree Norlander'],
      [7, 'Ashley Farley'],
      [8, 'Jevin D. West'],
      [9, 'Stefanie Haustein'],
    ]);
    expect(authored.every((r) => r.to === publication!.ref && r.basis === 'stated')).toBe(true);
    expect(named(records, 'Jason Priem').ids).toEqual({ openalex: 'A5023888391', orcid: '0000-0001-6187-6610' });
    expect(authored[2]!.evidence.locator).toBe('W2741809807 /authorships/2');
  });

  it('keeps the byline name as an alias when OpenAlex displays another', () => {
    expect(named(records, 'Jevin D. West').aliases).toEqual(['Jevin West']);
    expect(named(records, 'Juan Pablo Alperín').aliases).toEqual(['Juan Pablo Alperin']);
    expect(named(records, 'Heather Piwowar').aliases).toBeUndefined();
  });

  it('affiliates each author with every institution printed beside them, in the year of the paper', () => {
    const affiliated = relations(records, 'AFFILIATED_WITH');
    expect(affiliated).toHaveLength(15);
    expect(affiliated.every((r) => r.values?.year === 2018)).toBe(true);
    const larivière = named(records, 'Vincent Larivière').ref;
    const orgs = affiliated.filter((r) => r.from === larivière).map((r) => r.to);
    expect(orgs).toEqual(['openalex:I70931966', 'openalex:I159129438']);
  });

  it('maps institution types to organization kinds, leaving `funder` without one', () => {
    expect(named(records, 'Impact Technology Development (United States)').details).toEqual({ orgKind: 'COMPANY' });
    expect(named(records, 'Seattle University').details).toEqual({ orgKind: 'UNIVERSITY' });
    expect(named(records, 'Public Knowledge Project').details).toEqual({ orgKind: 'INSTITUTE' });
    expect(named(records, 'University of Washington').details).toBeUndefined();
    expect(named(records, 'University of Washington').ids).toEqual({ openalex: 'I201448701', ror: '00cvxb145' });
  });

  it('reuses one ref for one OpenAlex id', () => {
    const impact = entities(records, 'ORGANIZATION').filter((o) => o.ids?.openalex === 'I4210166736');
    expect(impact).toHaveLength(2);
    expect(new Set(impact.map((o) => o.ref))).toEqual(new Set(['openalex:I4210166736']));
    expect(new Set(impact.map((o) => o.evidence.locator))).toEqual(
      new Set(['W2741809807 /authorships/0/institutions/0', 'W2741809807 /authorships/1/institutions/0']),
    );
  });

  it('publishes it in the primary location source', () => {
    expect(entities(records, 'VENUE')).toMatchObject([{ name: 'PeerJ', ids: { openalex: 'S1983995261' } }]);
    expect(relations(records, 'PUBLISHED_IN')).toMatchObject([{ from: publication!.ref, to: 'openalex:S1983995261' }]);
  });

  it('keeps the topics, not the concepts, and infers that each author researches the primary topic', () => {
    expect(entities(records, 'TOPIC').map((t) => t.ids?.openalex)).toEqual(['T10102', 'T13607', 'T11937']);
    const researches = relations(records, 'RESEARCHES');
    expect(researches).toHaveLength(9);
    expect(researches.every((r) => r.to === 'openalex:T10102' && r.basis === 'inferred')).toBe(true);
  });

  it('ignores the abstract', () => {
    expect(JSON.stringify(records)).not.toContain('Despite');
  });
});

describe('an API page (works-page.json)', async () => {
  const records = await read(fixture('works-page.json'));

  it('reads the works in results', () => {
    expect(entities(records, 'PUBLICATION')).toMatchObject([
      {
        name: 'bibliometrix : An R-tool for comprehensive science mapping analysis',
        ids: { openalex: 'W2755950973', doi: '10.1016/j.joi.2017.08.007' },
        details: { year: 2017 },
      },
    ]);
    expect(entities(records, 'PERSON').map((p) => [p.name, p.ids?.orcid])).toEqual([
      ['Massimo Aria', '0000-0002-8517-9411'],
      ['Corrado Cuccurullo', '0000-0002-7401-8575'],
    ]);
    expect(named(records, 'University of Campania "Luigi Vanvitelli"').ids?.ror).toBe('02kqnpp86');
    expect(entities(records, 'VENUE').map((v) => v.name)).toEqual(['Journal of Informetrics']);
  });
});

describe('snapshot JSON Lines (citing.jsonl)', async () => {
  const records = await read(fixture('citing.jsonl'));

  it('reads each line as a work and says which line every record comes from', () => {
    expect(entities(records, 'PUBLICATION').map((p) => [p.evidence.line, p.ids?.openalex, p.details?.year])).toEqual([
      [1, 'W4311043552', 2022],
      [2, 'W4293919086', 2022],
      [3, 'W4387316167', 2023],
    ]);
    expect(relations(records, 'AUTHORED').filter((r) => r.evidence.line === 3)).toHaveLength(4);
  });

  it('affiliates no one from an authorship without institutions', () => {
    const amelia = named(records, 'Tan Amelia');
    expect(amelia.ids?.orcid).toBe('0000-0003-1083-7552');
    expect(relations(records, 'AFFILIATED_WITH').filter((r) => r.from === amelia.ref)).toEqual([]);
    expect(relations(records, 'AFFILIATED_WITH').filter((r) => r.evidence.line === 3)).toEqual([]);
  });

  it('gives an author without ORCID only the OpenAlex id', () => {
    expect(named(records, 'Suliyanah Suliyanah').ids).toEqual({ openalex: 'A5080538147' });
  });

  it('keeps the raw byline beside the OpenAlex display name and one ref across lines', () => {
    const prahani = entities(records, 'PERSON').filter((p) => p.ids?.openalex === 'A5056946018');
    expect(prahani.map((p) => [p.evidence.line, p.name, p.aliases])).toEqual([
      [1, 'Binar Kurnia Prahanı', ['Binar Kurnia Prahani']],
      [2, 'Binar Kurnia Prahanı', ['Binar Kurnia Prahani']],
    ]);
    expect(new Set(prahani.map((p) => p.ref)).size).toBe(1);
  });

  it('skips a null source and publishes the others', () => {
    expect(relations(records, 'PUBLISHED_IN').map((r) => [r.evidence.line, r.to])).toEqual([
      [1, 'openalex:S4210194320'],
      [2, 'openalex:S2738886008'],
    ]);
  });
});

describe('a work in the 2022 schema (W2741809807-2022.json)', async () => {
  const records = await read(fixture('W2741809807-2022.json'));

  it('reads host_venue, turning its venue id into the source id newer files use', () => {
    expect(entities(records, 'VENUE')).toMatchObject([{ name: 'PeerJ', ids: { openalex: 'S1983995261' } }]);
    expect(relations(records, 'PUBLISHED_IN')[0]!.evidence.locator).toBe('W2741809807 /host_venue');
  });

  it('reads the same nine authors, Ashley Farley then without ORCID', () => {
    expect(relations(records, 'AUTHORED')).toHaveLength(9);
    expect(named(records, 'Heather A. Piwowar').ids).toEqual({ openalex: 'A1969205032', orcid: '0000-0003-1613-5981' });
    expect(named(records, 'Ashley Farley').ids).toEqual({ openalex: 'A2741153153' });
  });

  it('takes an institution with null ror and type by its name and id alone', () => {
    const pkp = named(records, 'Public Knowledge Project');
    expect(pkp.ids).toEqual({ openalex: 'I209863525' });
    expect(pkp.details).toBeUndefined();
    expect(named(records, 'Our Research').details).toEqual({ orgKind: 'INSTITUTE' });
  });

  it('drops concepts scored below 0.5 (scores written as strings) and infers no research', () => {
    expect(entities(records, 'TOPIC')).toEqual([]);
    expect(relations(records, 'RESEARCHES')).toEqual([]);
  });
});

describe('author objects', () => {
  it('reads an author with ORCID, Scopus id, name variants and dated affiliations (A5023888391.json)', async () => {
    const records = await read(fixture('A5023888391.json'));
    const person = named(records, 'Jason Priem');
    expect(person.ids).toEqual({ openalex: 'A5023888391', orcid: '0000-0001-6187-6610', scopus: '36455008000' });
    expect(person.aliases).toEqual(['Priem Jason']);
    const affiliated = relations(records, 'AFFILIATED_WITH');
    expect(affiliated).toHaveLength(17);
    const years = (ror: string) => affiliated.filter((r) => r.to === `openalex:${ror}`).map((r) => r.values?.year);
    expect(years('I4200000001')).toEqual([2019, 2021, 2022, 2023]);
    expect(years('I114027177')).toEqual([2010, 2011, 2012, 2013, 2014]);
    expect(affiliated.some((r) => r.values?.note)).toBe(false);
    expect(named(records, 'Florida College').details).toEqual({ orgKind: 'UNIVERSITY' });
  });

  it('reads the 2022 last_known_institution without a year (A1969205032-2022.json)', async () => {
    const records = await read(fixture('A1969205032-2022.json'));
    expect(named(records, 'Heather A. Piwowar').ids).toEqual({
      openalex: 'A1969205032',
      orcid: '0000-0003-1613-5981',
      scopus: '25122628200',
    });
    expect(relations(records, 'AFFILIATED_WITH')).toMatchObject([
      { to: 'openalex:I4200000001', values: { note: 'last known institution' } },
    ]);
  });
});

it('reads an institution object with ROR, Wikidata and its other names (I27837315.json)', async () => {
  const records = await read(fixture('I27837315.json'));
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({
    kind: 'ORGANIZATION',
    name: 'University of Michigan',
    ids: { openalex: 'I27837315', ror: '00jmfr291', wikidata: 'Q230492' },
    homepage: 'https://www.umich.edu',
    aliases: ['Université du Michigan', 'UMich', 'University of Michigan–Ann Arbor', 'UM'],
  });
});

describe('quirks (hand-written quirks.jsonl)', async () => {
  const records = await read(fixture('quirks.jsonl'));

  it('skips a broken line and an object without id with their lines, and reads on', () => {
    expect(skips(records).map((s) => [s.locator, s.reason])).toEqual([
      ['line 2', 'line 2 is not valid JSON (perhaps cut short); it was left out'],
      ['line 3', 'this object has no OpenAlex id (like https://openalex.org/W2741809807)'],
      ['W4387316167 /authorships/0/institutions/0', 'an institution has no name; it was left out'],
      ['W4387316167 /authorships/1', 'the authorship names no author; it was left out'],
      ['P4310320990', 'P4310320990 is an OpenAlex publisher, which is not imported'],
    ]);
    expect(entities(records, 'PUBLICATION')).toHaveLength(2);
  });

  it('keeps 2022 concepts scored 0.5 or more with their Wikidata item', () => {
    expect(entities(records, 'TOPIC')).toMatchObject([{ name: 'Workflow', ids: { wikidata: 'Q627335' } }]);
  });

  it('ignores x_concepts of an author', () => {
    expect(JSON.stringify(records)).not.toContain('C41008148');
  });

  it('falls back to display_name and raw_author_name, and cuts an impossible year with a warning', () => {
    const publication = entities(records, 'PUBLICATION')[1]!;
    expect(publication.name).toBe('Bibliometric Data Fusion for Biomedical Information Retrieval');
    expect(publication.details).toEqual({ pubKind: 'manuscript' });
    expect(publication.warnings).toEqual(['publication_year 20023 is not a year; left out']);
    const breuer = named(records, 'Timo Breuer');
    expect(breuer.ids).toBeUndefined();
    expect(breuer.ref).not.toMatch(/^openalex:/);
  });
});

describe('files that are not OpenAlex', () => {
  it('refuses JSON of another format, naming the file', async () => {
    const path = tempFile('Q42.json', '{"entities":{"Q42":{"id":"Q42","labels":{}}}}');
    await expect(read(path)).rejects.toThrow(/Q42\.json is JSON but not from OpenAlex/);
  });

  it('refuses a file that is not JSON', async () => {
    await expect(read(tempFile('notes.json', 'title: not json'))).rejects.toThrow(/notes\.json is not valid JSON/);
  });

  it('refuses JSON Lines without OpenAlex objects', async () => {
    const path = tempFile('events.jsonl', '{"event":"a"}\n{"event":"b"}\n');
    await expect(read(path)).rejects.toThrow(/events\.jsonl holds no OpenAlex object/);
  });
});

it('never emits raw affiliation strings, where addresses, phones and e-mails are printed', async () => {
  const files = [
    'W2741809807.json',
    'W2741809807-2022.json',
    'works-page.json',
    'citing.jsonl',
    'A5023888391.json',
    'A1969205032-2022.json',
    'I27837315.json',
    'quirks.jsonl',
  ];
  for (const file of files) {
    const source = readFileSync(fixture(file), 'utf8');
    const raw = [...source.matchAll(/"raw_affiliation_strings?":\s*\[?\s*"((?:[^"\\]|\\.)*)"/g)].map((m) =>
      JSON.parse(`"${m[1]}"`),
    );
    const emitted = JSON.stringify(await read(fixture(file)));
    // A one-part string ("Universitas Negeri Surabaya") is the institution's name too; the rest are not.
    for (const affiliation of raw.filter((text) => text.includes(','))) {
      expect(emitted.includes(JSON.stringify(affiliation).slice(1, -1)), `${file}: ${affiliation}`).toBe(false);
    }
    expect(/Via Cintia|80126|Corso Gran Priorato|Sanford, NC|@/.test(emitted), file).toBe(false);
  }
});
