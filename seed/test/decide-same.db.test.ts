import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideDuplicate, pairId } from '../src/decide/decide.ts';
import { importFiles } from '../src/import/import-files.ts';
import { removeDataset } from '../src/write/write-dataset.ts';
import { importsIntoSeedGraph, query, snapshot } from './helpers/database.ts';

/**
 * A lab's spreadsheet lists Zoe Example twice, under two ids, each time as the author of the same
 * single-author paper. Nothing corroborates that the rows are one person (a paper with no other
 * author gives no shared co-author), so the import flags the pair instead of merging it.
 */
function labFolder(root: string): string {
  const folder = path.join(root, 'lab');
  mkdirSync(folder);
  writeFileSync(
    path.join(folder, 'people.csv'),
    'id,name,name_zh,aliases,orcid,homepage,headline\nzoe,Zoe Example,,,,,\nzoe2,Zoe Example,,,,,\n',
  );
  writeFileSync(
    path.join(folder, 'publications.csv'),
    'id,title,year,kind,doi,venue\np1,A Paper Only Zoe Wrote,2021,paper,10.5555/zoe.2021,\n',
  );
  writeFileSync(path.join(folder, 'authorships.csv'), 'person,publication,position\nzoe,p1,1\nzoe2,p1,1\n');
  return folder;
}

const AUTHORSHIPS = `
MATCH (p:Person {name: 'Zoe Example'})-[r:AUTHORED]->(:Publication {doi: '10.5555/zoe.2021'})
RETURN p.id AS person, r.id AS id, r.datasets AS datasets, r.evidenceLocators AS evidence ORDER BY person`;

const LISTED = `
MATCH (c:DatasetChunk {dataset: 'lab'})
UNWIND c.relationshipKeys AS key
WITH key WHERE key STARTS WITH 'AUTHORED '
RETURN collect(key) AS keys`;

describe('deciding that two flagged people are one', () => {
  const t = importsIntoSeedGraph('decide-same-');

  it('makes one relationship of a fact both stated, with the evidence of both', async () => {
    const report = await importFiles(t.driver, [labFolder(t.folder)], { dataset: 'lab' });
    const [flag] = report.resolution.possibleDuplicates;
    expect(flag?.against).toContain('both are authors of one paper');
    expect(await query(t.driver, AUTHORSHIPS)).toHaveLength(2);

    const outcome = await decideDuplicate(t.driver, pairId(...flag!.entities), 'same');
    expect(outcome?.decision).toBe('same');
    const after = await query(t.driver, AUTHORSHIPS);
    expect(after).toEqual([
      {
        person: outcome!.kept,
        id: expect.stringContaining(outcome!.kept),
        datasets: ['lab'],
        evidence: ['row 2', 'row 3'],
      },
    ]);
    // The dataset lists the relationship that stayed, and no longer the one that joined it.
    const [listed] = await query(t.driver, LISTED);
    expect(listed?.keys).toEqual([`AUTHORED ${after[0]!.id}`]);
  });

  it('takes the joined fact back with the dataset, leaving the graph as the seed had it', async () => {
    await removeDataset(t.driver, 'lab');
    expect(await query(t.driver, AUTHORSHIPS)).toEqual([]);
    // The decision itself outlives the dataset; everything else is as the seed left it.
    await t.driver.executeQuery('MATCH (d:DuplicateDecision) DETACH DELETE d');
    expect(await snapshot(t.driver)).toEqual(t.seedOnly);
  });
});
