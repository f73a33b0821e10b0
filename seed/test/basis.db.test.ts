import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../src/import/import-files.ts';
import { removeDataset } from '../src/write/write-dataset.ts';
import { importsIntoSeedGraph, query, snapshot } from './helpers/database.ts';

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
  const t = importsIntoSeedGraph('basis-');

  it('is inferred while only inferred, stated once stated, and inferred again when the statement goes', async () => {
    await importFiles(t.driver, [sheet(t.folder, 'guess', 'inferred')], { dataset: 'guess' });
    expect(await query(t.driver, FACT)).toEqual([{ basis: 'inferred', datasets: ['guess'], inferredIn: ['guess'] }]);

    await importFiles(t.driver, [sheet(t.folder, 'hr', 'stated')], { dataset: 'hr' });
    expect(await query(t.driver, FACT)).toEqual([{ basis: null, datasets: ['guess', 'hr'], inferredIn: ['guess'] }]);

    // Written again after the statement: the inference does not make the fact inferred.
    await importFiles(t.driver, [sheet(t.folder, 'guess', 'inferred')], { dataset: 'guess' });
    expect((await query(t.driver, FACT))[0]?.basis).toBeNull();

    await removeDataset(t.driver, 'hr');
    expect(await query(t.driver, FACT)).toEqual([{ basis: 'inferred', datasets: ['guess'], inferredIn: ['guess'] }]);

    // The same dataset changing its mind: now it states the fact.
    await importFiles(t.driver, [sheet(path.join(t.folder, 'changed'), 'guess', 'stated')], { dataset: 'guess' });
    expect(await query(t.driver, FACT)).toEqual([{ basis: null, datasets: ['guess'], inferredIn: null }]);

    await removeDataset(t.driver, 'guess');
    expect(await query(t.driver, FACT)).toEqual([]);
    expect(await snapshot(t.driver)).toEqual(t.seedOnly);
  });

  it('refuses a basis it does not know, naming the file and row', async () => {
    const report = await importFiles(t.driver, [sheet(t.folder, 'typo', 'guessed')], { dataset: 'typo', dryRun: true });
    expect(report.resolution.skipped).toEqual([
      expect.objectContaining({ locator: 'row 2', reason: expect.stringContaining('basis') }),
    ]);
  });
});
