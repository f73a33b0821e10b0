import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../src/import/import-files.ts';
import { removeDataset } from '../src/write/write-dataset.ts';
import { importsIntoSeedGraph, query, snapshot } from './helpers/database.ts';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const MEETS_SEED = path.join(FIXTURES, 'import', 'meets-seed');

describe('importing a dataset into the seed graph', () => {
  const t = importsIntoSeedGraph('cohort-import-');

  it('finds what the graph holds: a person by name and a shared organization, an organization by the registry', async () => {
    const report = await importFiles(t.driver, [MEETS_SEED], { dataset: 'meets-seed' });
    expect(report.format).toBe('csv');
    const matched = Object.fromEntries(report.resolution.matches.map((m) => [m.id, m.reason]));
    expect(matched['person:qianhao-zhang']).toMatch(/connected to Nuro/);
    expect(matched['org:nuro']).toMatch(/same name/);
    expect(matched['org:peking-university']).toMatch(/same name/);
    expect(report.resolution.entities).toEqual({ created: 2, matched: 3 });

    // Jian Sun of this dataset shares nothing with the graph's Jian Sun: kept apart, offered for review.
    expect(report.resolution.possibleDuplicates).toContainEqual(expect.objectContaining({ b: 'person:jian-sun' }));
    const [namesake] = await query(t.driver, "MATCH (p:Person {name: 'Jian Sun'}) RETURN collect(p.id) AS ids");
    expect((namesake?.ids as string[]).sort()).toEqual(['person:jian-sun', 'person:jian-sun-2']);

    const [studied] = await query(
      t.driver,
      `MATCH (:Person {id: 'person:ada-example'})-[r:STUDIED_AT]->(:Organization {id: 'org:peking-university'})
       RETURN r.degree AS degree, r.evidenceDatasets AS datasets, r.evidenceLocators AS locators, r.evidenceSources AS files`,
    );
    expect(studied).toEqual({
      degree: 'PhD',
      datasets: ['meets-seed'],
      locators: ['row 3'],
      files: ['affiliations.csv'],
    });
  });

  it('adds its evidence to a fact the seed already states instead of repeating the fact', async () => {
    const rows = await query(
      t.driver,
      `MATCH (:Person {id: 'person:qianhao-zhang'})-[r:WORKED_AT]->(:Organization {id: 'org:nuro'})
       WHERE r.start = '2021-01' RETURN r.evidenceDatasets AS datasets`,
    );
    expect(rows).toHaveLength(1);
    const datasets = rows[0]?.datasets as string[];
    expect(datasets.filter((d) => d === 'meets-seed')).toHaveLength(1);
    expect(datasets.filter((d) => d !== 'meets-seed').every((d) => d === 'seed')).toBe(true);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await snapshot(t.driver);
    const again = await importFiles(t.driver, [MEETS_SEED], { dataset: 'meets-seed' });
    expect(again.written?.unchanged).toBe(true);
    expect(await snapshot(t.driver)).toEqual(before);
  });

  it('retracts what a changed file no longer says, and only that', async () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'cohort-import-test-'));
    try {
      cpSync(MEETS_SEED, copy, { recursive: true });
      writeFileSync(
        path.join(copy, 'affiliations.csv'),
        'person,organization,relation,role,degree,field,start,end\nqz,nuro,WORKED_AT,,,,2021-01,\n',
      );
      const report = await importFiles(t.driver, [copy], { dataset: 'meets-seed' });
      expect(report.written?.removed).toEqual({ nodes: 0, relationships: 1 });
      const [gone] = await query(
        t.driver,
        "MATCH (:Person {id: 'person:ada-example'})-[r:STUDIED_AT]->() RETURN count(r) AS n",
      );
      expect(gone?.n).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('takes a removed dataset out and leaves the graph as the seed had it', async () => {
    expect(await removeDataset(t.driver, 'meets-seed')).toEqual({ nodes: 5, relationships: 1 });
    expect(await snapshot(t.driver)).toEqual(t.seedOnly);
    expect(await removeDataset(t.driver, 'meets-seed')).toBeUndefined();
  });

  it('makes one publication of one paper read from OpenAlex and from BibTeX, with both datasets on its authorships', async () => {
    await importFiles(t.driver, [path.join(FIXTURES, 'openalex', 'W2741809807.json')], { dataset: 'oa' });
    const bib = await importFiles(t.driver, [path.join(FIXTURES, 'import', 'state-of-oa.bib')], { dataset: 'bib' });
    expect(bib.resolution.matches.map((m) => m.reason)).toContain('same doi 10.7717/peerj.4375');
    const [paper] = await query(
      t.driver,
      `MATCH (p:Publication {doi: '10.7717/peerj.4375'})
       MATCH (a:Person)-[r:AUTHORED]->(p)
       WITH p, r, a ORDER BY r.position
       RETURN count(DISTINCT p) AS papers, collect(a.name) AS authors, collect(r.evidenceDatasets) AS datasets`,
    );
    expect(paper?.papers).toBe(1);
    expect(paper?.authors).toHaveLength(9);
    expect((paper?.authors as string[])[0]).toBe('Heather Piwowar');
    expect(paper?.datasets).toEqual(Array(9).fill(['oa', 'bib']));
    await removeDataset(t.driver, 'bib');
    await removeDataset(t.driver, 'oa');
    expect(await snapshot(t.driver)).toEqual(t.seedOnly);
  });
});
