import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles, removeDataset } from '@cohort/seed';
import { data, seededApp } from './helpers/api.ts';

const OPENALEX_WORK = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'seed',
  'test',
  'fixtures',
  'openalex',
  'W2741809807.json',
);

describe('datasets and provenance in the API', () => {
  const ctx = seededApp();
  afterAll(async () => {
    await removeDataset(ctx.driver, 'state-of-oa');
  });

  it('lists the seed as a dataset with its files', async () => {
    const { datasets } = await data(ctx.app, '{ datasets { name format nodeCount files { name sha256 } } }');
    const seed = datasets.find((d: { name: string }) => d.name === 'seed');
    expect(seed).toMatchObject({ format: 'cohort-yaml', nodeCount: 206 });
    expect(seed.files).toContainEqual({
      name: '000_047d70e5b9cb1943.txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('gives each piece of evidence its dataset and locator, and each entity its datasets', async () => {
    const { entity } = await data(
      ctx.app,
      `{ entity(id: "person:chaopeng-zhang") { datasets ... on Person { affiliations { inferred evidence { dataset locator line } } } } }`,
    );
    expect(entity.datasets).toEqual(['seed']);
    expect(entity.affiliations.every((a: { inferred: boolean }) => a.inferred === false)).toBe(true);
    const evidence = entity.affiliations.flatMap((a: any) => a.evidence);
    expect(evidence.length).toBeGreaterThan(3);
    for (const e of evidence)
      expect(e).toEqual({ dataset: 'seed', locator: `line ${e.line}`, line: expect.any(Number) });
  });

  it('marks what the seed documents imply but do not say: a mentor works where the mentoring happened', async () => {
    const { entity } = await data(
      ctx.app,
      `{ entity(id: "person:qiong-cao") { ... on Person { affiliations { relation organization { id } inferred evidence { quote } } } } }`,
    );
    const youtu = entity.affiliations.filter((a: any) => a.organization.id === 'org:tencent-youtu-lab');
    expect(youtu).toHaveLength(1);
    expect(youtu[0]).toMatchObject({ relation: 'WORKED_AT', inferred: true });
    expect(youtu[0].evidence.map((e: { quote: string }) => e.quote)).toContain('Research Intern Leader: Qiong Cao');
    const stated = entity.affiliations.filter((a: any) => a.organization.id === 'org:oxford-visual-geometry-group');
    expect(stated).toMatchObject([{ inferred: false }]);

    const rows = await ctx.driver.executeQuery(
      `MATCH (p:Person)-[r:WORKED_AT {basis: 'inferred'}]->(o:Organization) RETURN p.id + ' ' + o.id AS pair ORDER BY pair`,
    );
    expect(rows.records.map((r) => r.get('pair'))).toEqual([
      'person:allen-yang org:fhl-vive-center',
      'person:john-galeotti org:cmu-robotics-institute',
      'person:kaiming-he org:microsoft-research-asia',
      'person:long-quan org:hkust-cse',
      'person:qiong-cao org:tencent-youtu-lab',
    ]);
  });

  it('shows an import: its identifiers, its datasets, and evidence located without lines', async () => {
    await importFiles(ctx.driver, [OPENALEX_WORK], { dataset: 'state-of-oa' });
    const { search, datasets } = await data(
      ctx.app,
      `{ datasets { name format relationshipCount }
         search(text: "Heather Piwowar", kinds: [PERSON]) { items {
           id datasets identifiers { scheme value }
           ... on Person { publications { items { id authors { id } } } }
         } } }`,
    );
    expect(datasets[0]).toMatchObject({ name: 'state-of-oa', format: 'openalex' });
    const [piwowar] = search.items;
    expect(piwowar.datasets).toEqual(['state-of-oa']);
    expect(piwowar.identifiers).toEqual(
      expect.arrayContaining([
        { scheme: 'ORCID', value: '0000-0003-1613-5981' },
        { scheme: 'OPENALEX', value: 'A5048491430' },
      ]),
    );
    expect(piwowar.publications.items[0].authors).toHaveLength(9);
    const { neighborhood } = await data(
      ctx.app,
      `{ neighborhood(id: "${piwowar.id}", relations: [AUTHORED]) { edges { evidence { dataset source locator line } } } }`,
    );
    expect(neighborhood.edges[0].evidence[0]).toEqual({
      dataset: 'state-of-oa',
      source: 'W2741809807.json',
      locator: expect.stringMatching(/^W2741809807 \/authorships\/0/),
      line: null,
    });
  });
});
