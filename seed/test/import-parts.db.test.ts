import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNeo4j } from '../../test/support/database.ts';
import { importFiles } from '../src/import/import-files.ts';
import type { ImportOptions } from '../src/import/plan.ts';
import { writeDblpXml } from './helpers/dblp-xml.ts';
import { query, snapshot, testDriver } from './helpers/database.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'cohort-import-parts-'));
const dump = path.join(scratch, 'dump.xml');
const changed = path.join(scratch, 'dump-changed.xml');
/** Records per part: the files below make five parts or so. */
const PART = 300;
const inParts: ImportOptions = { dataset: 'dump', partRecords: PART, decisions: false };

/** The graph without the runs' stamps, which say which import wrote what and nothing more. */
async function graph(driver: Driver, withFlags = true): Promise<string[]> {
  return (await snapshot(driver))
    .map((row) => JSON.parse(row) as { node?: string[]; properties: Record<string, unknown> })
    .filter((row) => withFlags || !row.node?.includes('PossibleDuplicate'))
    .map(({ properties: { importRun: _run, run: _flagRun, ...properties }, ...row }) =>
      JSON.stringify({ ...row, properties }),
    );
}

const empty = (driver: Driver) => driver.executeQuery('MATCH (n) DETACH DELETE n');

// A part is several write transactions, each a round trip: slower than the usual test.
describe('a large file, read in parts', { timeout: 240_000 }, () => {
  let driver: Driver;
  /** The graph a clean import of `dump` in parts makes. */
  let clean: string[];
  beforeAll(async () => {
    driver = testDriver();
    await empty(driver);
    writeDblpXml(dump, { publications: 200 });
    writeDblpXml(changed, { publications: 200, skip: 5, from: 40 });
  });
  afterAll(async () => {
    await driver.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('comes out as the graph of the whole file read at once', async () => {
    const whole = await importFiles(driver, [dump], { ...inParts, partRecords: 1_000_000 });
    expect(whole.parts).toBeUndefined();
    const atOnce = await graph(driver, false);
    await empty(driver);

    const report = await importFiles(driver, [dump], inParts);
    expect(report.parts).toBeGreaterThan(3);
    expect(report.resolution.records).toBe(whole.resolution.records);
    expect(report.resolution.entities.created).toBe(whole.resolution.entities.created);
    expect(report.written).toMatchObject({
      nodeCount: whole.written!.nodeCount,
      relationshipCount: whole.written!.relationshipCount,
      nodes: whole.written!.nodes,
      relationships: whole.written!.relationships,
      unchanged: false,
    });
    expect(await graph(driver, false)).toEqual(atOnce);
    clean = await graph(driver);
  });

  it('changes nothing when the same file is imported again, and says so', async () => {
    const before = await snapshot(driver);
    const first = await query<{ n: number }>(driver, 'MATCH (d:Dataset {name: "dump"}) RETURN d.nodeCount AS n');
    const report = await importFiles(driver, [dump], inParts);
    expect(report.written).toMatchObject({ unchanged: true, nodeCount: first[0]!.n });
    expect(report.resolution.entities).toEqual({ created: 0, matched: first[0]!.n });
    expect(await snapshot(driver)).toEqual(before);
  });

  it('takes back what a changed file no longer says, as a whole reading of both versions does', async () => {
    const report = await importFiles(driver, [changed], inParts);
    expect(report.written!.removed.nodes).toBeGreaterThan(0);
    expect(report.written!.removed.relationships).toBeGreaterThan(0);
    const gone = 'MATCH (n:Entity {dblp: "journals/x/P10"}) RETURN count(n) AS n';
    expect(await query(driver, gone)).toEqual([{ n: 0 }]);
    const updated = await graph(driver, false);
    await empty(driver);
    for (const file of [dump, changed]) await importFiles(driver, [file], { ...inParts, partRecords: 1_000_000 });
    expect(await graph(driver, false)).toEqual(updated);
  });

  it('writes nothing on a dry run, and nothing under --strict when a late record is malformed', async () => {
    await empty(driver);
    const dry = await importFiles(driver, [dump], { ...inParts, dryRun: true });
    expect(dry.parts).toBeGreaterThan(3);
    expect(dry.written).toBeUndefined();
    const broken = path.join(scratch, 'broken.xml');
    const text = readFileSync(dump, 'latin1').replace(
      '</dblp>',
      '<article key="journals/x/untitled"></article>\n</dblp>',
    );
    writeFileSync(broken, Buffer.from(text, 'latin1'));
    await expect(importFiles(driver, [broken], { ...inParts, strict: true })).rejects.toThrow(
      /--strict: 1 records cannot be imported, the first at broken\.xml journals\/x\/untitled/,
    );
    expect(await snapshot(driver)).toEqual([]);
  });

  it('re-runs a killed import to the graph a clean import makes, and says it completed one', async () => {
    const nodes = clean.filter((row) => row.includes('"Entity"')).length;
    await empty(driver);

    const { uri, username, password } = testNeo4j();
    const env = {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
      COHORT_IMPORT_PART_RECORDS: String(PART),
    };
    const args = ['scripts/run.mjs', 'seed/src/import-cli.ts', dump, '--dataset', 'dump'];
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Killed once some of its write transactions have landed, well before the last.
    for (;;) {
      const [row] = await query<{ written: number }>(driver, 'MATCH (n:Entity) RETURN count(n) AS written');
      if (row!.written > nodes / 4) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const [marked] = await query<{ run: string | null }>(driver, 'MATCH (d:Dataset) RETURN d.runInProgress AS run');
    expect(marked?.run).toBeTruthy();
    expect(await graph(driver)).not.toEqual(clean);

    const rerun = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
    expect(rerun.stdout).toContain('did not finish: this one completed it');
    expect(rerun.status).toBe(0);
    expect(await graph(driver)).toEqual(clean);
  });
});
