import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSeedGraph } from '../../test/support/database.ts';
import { importFiles } from '../src/import/import-files.ts';
import { removeDataset } from '../src/write/write-dataset.ts';
import { query, snapshot, testDriver } from './helpers/database.ts';

/*
 * Two spreadsheets about one made-up person (known to both by her ORCID, the example id ORCID's
 * own documentation uses) and one organization (known by its ROR id): one only infers that she
 * worked there, the other states it. The fact's basis follows every dataset that asserts it.
 */

function sheet(root: string, name: string, basis: string): string {
  const folder = path.join(root, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'people.csv'), 'id,name,orcid\nada,Ada Basis,0000-0002-1825-0097\n');
  writeFileSync(path.join(folder, 'organizations.csv'), 'id,name,kind,ror\nlab,Basis Lab,LAB,05a28rw58\n');
  writeFileSync(
    path.join(folder, 'affiliations.csv'),
    `person,organization,relation,role,start,basis\nada,lab,WORKED_AT,Engineer,2019,${basis}\n`,
  );
  return folder;
}

const FACT = `
MATCH (:Person {orcid: '0000-0002-1825-0097'})-[r:WORKED_AT]->(:Organization {ror: '05a28rw58'})
RETURN r.basis AS basis, r.datasets AS datasets, r.inferredIn AS inferredIn`;

describe('a fact one dataset infers and another states', () => {
  useSeedGraph();
  let driver: Driver;
  let seedOnly: string[];
  const root = mkdtempSync(path.join(os.tmpdir(), 'basis-'));
  beforeAll(async () => {
    driver = testDriver();
    seedOnly = await snapshot(driver);
  });
  afterAll(async () => {
    await driver.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('is inferred while only inferred, stated once stated, and inferred again when the statement goes', async () => {
    await importFiles(driver, [sheet(root, 'guess', 'inferred')], { dataset: 'guess' });
    expect(await query(driver, FACT)).toEqual([{ basis: 'inferred', datasets: ['guess'], inferredIn: ['guess'] }]);

    await importFiles(driver, [sheet(root, 'hr', 'stated')], { dataset: 'hr' });
    expect(await query(driver, FACT)).toEqual([{ basis: null, datasets: ['guess', 'hr'], inferredIn: ['guess'] }]);

    // Written again after the statement: the inference does not make the fact inferred.
    await importFiles(driver, [sheet(root, 'guess', 'inferred')], { dataset: 'guess' });
    expect((await query(driver, FACT))[0]?.basis).toBeNull();

    await removeDataset(driver, 'hr');
    expect(await query(driver, FACT)).toEqual([{ basis: 'inferred', datasets: ['guess'], inferredIn: ['guess'] }]);

    // The same dataset changing its mind: now it states the fact.
    await importFiles(driver, [sheet(path.join(root, 'changed'), 'guess', 'stated')], { dataset: 'guess' });
    expect(await query(driver, FACT)).toEqual([{ basis: null, datasets: ['guess'], inferredIn: null }]);

    await removeDataset(driver, 'guess');
    expect(await query(driver, FACT)).toEqual([]);
    expect(await snapshot(driver)).toEqual(seedOnly);
  });

  it('refuses a basis it does not know, naming the file and row', async () => {
    const report = await importFiles(driver, [sheet(root, 'typo', 'guessed')], { dataset: 'typo', dryRun: true });
    expect(report.resolution.skipped).toEqual([
      expect.objectContaining({ locator: 'row 2', reason: expect.stringContaining('basis') }),
    ]);
  });
});
