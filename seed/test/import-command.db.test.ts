import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testNeo4j } from '../../test/support/database.ts';
import { importsIntoSeedGraph, query, snapshot } from './helpers/database.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'seed', 'test', 'fixtures');

/** `npm run import -- ...args` as a user runs it, against the test Neo4j. */
function runImport(...args: string[]) {
  const { uri, username, password } = testNeo4j();
  const result = spawnSync('npm', ['run', '--silent', 'import', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

// Each test starts the command up to three times, seconds each on a busy machine.
describe('npm run import', { timeout: 90_000 }, () => {
  const t = importsIntoSeedGraph('cohort-import-command-');

  it('answers a usage mistake with the usage and status 2', () => {
    expect(runImport()).toMatchObject({ status: 2, out: expect.stringContaining('Usage: npm run import') });
    expect(runImport('--colour', 'x.bib')).toMatchObject({ status: 2, out: expect.stringContaining("'--colour'") });
  });

  it('refuses what it cannot import with one message and status 1, leaving the graph as it was', async () => {
    const empty = path.join(t.folder, 'empty.bib');
    writeFileSync(empty, '');
    const unknown = path.join(t.folder, 'notes.txt');
    writeFileSync(unknown, 'Met Ada at the conference; follow up next week.\n');
    const strict = path.join(FIXTURES, 'csv', 'dataset');
    expect(runImport(empty)).toMatchObject({ status: 1, out: expect.stringContaining('empty.bib is empty') });
    expect(runImport(unknown)).toMatchObject({ status: 1, out: expect.stringContaining('Cannot tell the format') });
    expect(runImport(strict, '--strict')).toMatchObject({
      status: 1,
      out: expect.stringMatching(/--strict: \d+ records/),
    });
    expect(runImport('--remove', 'no-such-dataset')).toMatchObject({
      status: 1,
      out: expect.stringContaining('no dataset named'),
    });
    expect(await snapshot(t.driver)).toEqual(t.seedOnly);
  });

  it('reports a dry run without writing, then imports, reports and removes', async () => {
    const bib = path.join(FIXTURES, 'bibtex', 'biblatex-examples.bib');
    const dry = runImport(bib, '--dry-run');
    expect(dry).toMatchObject({ status: 0, out: expect.stringContaining('Nothing would be written (dry run).') });
    expect(await snapshot(t.driver)).toEqual(t.seedOnly);

    const reportFile = path.join(t.folder, 'report.json');
    const real = runImport(bib, '--dataset', 'examples', '--report', reportFile);
    expect(real.status).toBe(0);
    expect(real.out).toMatch(/Dataset examples \(bibtex, 1 files\): \d+ records read/);
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(report).toMatchObject({ dataset: 'examples', format: 'bibtex', dryRun: false });
    const [stored] = await query(t.driver, "MATCH (d:Dataset {name: 'examples'}) RETURN d.nodeCount AS nodes");
    expect(stored?.nodes).toBe(report.written.nodeCount);

    expect(runImport(bib, '--dataset', 'examples').out).toContain('Unchanged');
    expect(runImport('--remove', 'examples')).toMatchObject({
      status: 0,
      out: expect.stringContaining('Removed the dataset examples'),
    });
    expect(await snapshot(t.driver)).toEqual(t.seedOnly);
  });
});
