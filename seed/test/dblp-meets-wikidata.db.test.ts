import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../src/import/import-files.ts';
import { removeDataset } from '../src/write/write-dataset.ts';
import { importsIntoSeedGraph, query, snapshot } from './helpers/database.ts';

const PERSON_PAGE = path.resolve(import.meta.dirname, 'fixtures', 'dblp', 'dblpperson-95-7448-1.xml');

/**
 * Wikidata names a DBLP author by pid (P2456), never by the DBLP name with its homonym number.
 * This entity is written here, with item ids Wikidata does not use, around the pid of the
 * real DBLP page above.
 */
function wikidataEntity(item: string, pid: string): string {
  const statement = (property: string, datavalue: unknown) => ({
    mainsnak: { snaktype: 'value', property, datavalue },
    type: 'statement',
    rank: 'normal',
  });
  return JSON.stringify({
    entities: {
      [item]: {
        type: 'item',
        id: item,
        labels: { en: { language: 'en', value: 'Di Xu' } },
        claims: {
          P31: [statement('P31', { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: 'Q5' } })],
          P2456: [statement('P2456', { type: 'string', value: pid })],
        },
      },
    },
  });
}

describe('a DBLP person page and a Wikidata item with its pid', () => {
  const t = importsIntoSeedGraph('dblp-wikidata-');

  it('are one person, found by the pid, carrying both the pid and the DBLP name', async () => {
    await importFiles(t.driver, [PERSON_PAGE], { dataset: 'di-xu-dblp' });
    const file = path.join(t.folder, 'di-xu.json');
    writeFileSync(file, wikidataEntity('Q999999001', '95/7448-1'));
    const report = await importFiles(t.driver, [file], { dataset: 'di-xu-wikidata' });
    expect(report.resolution.matches.map((m) => m.reason)).toContain('same dblp 95/7448-1');

    const people = await query(
      t.driver,
      `MATCH (p:Person {dblp: '95/7448-1'})
       RETURN p.name AS name, p.dblpName AS dblpName, p.wikidata AS wikidata, p.datasets AS datasets,
              COUNT { (p)-[:AUTHORED]->() } AS papers`,
    );
    expect(people).toEqual([
      {
        name: 'Di Xu',
        dblpName: 'Di Xu 0001',
        wikidata: 'Q999999001',
        datasets: ['di-xu-dblp', 'di-xu-wikidata'],
        papers: 8,
      },
    ]);
  });

  it('keeps apart the namesake DBLP holds apart, whose pid differs', async () => {
    const file = path.join(t.folder, 'namesake.json');
    writeFileSync(file, wikidataEntity('Q999999002', '95/7448-2'));
    const report = await importFiles(t.driver, [file], { dataset: 'di-xu-namesake' });
    expect(report.resolution.entities).toEqual({ created: 1, matched: 0 });
    const [count] = await query(t.driver, "MATCH (p:Person {name: 'Di Xu'}) RETURN count(p) AS people");
    expect(count?.people).toBe(2);
  });

  it('come apart again when the datasets are removed', async () => {
    for (const dataset of ['di-xu-namesake', 'di-xu-wikidata', 'di-xu-dblp']) await removeDataset(t.driver, dataset);
    expect(await snapshot(t.driver)).toEqual(t.seedOnly);
  });
});
