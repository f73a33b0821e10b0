import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importFiles } from '@cohort/seed';
import { eventually, screenshot, searchAndChoose, serve, startHarness, type Harness } from './harness.ts';

const TOKEN = 'browser-test-admin-token';
const FIXTURES = path.resolve(import.meta.dirname, '..', 'seed', 'test', 'fixtures', 'import');

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ adminToken: TOKEN });
});

afterAll(async () => {
  await harness?.close();
});

async function enterToken(page: Awaited<ReturnType<Harness['open']>>) {
  await page.getByLabel('Admin token').fill(TOKEN);
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByText('Token set for this tab.').waitFor();
}

describe('the Import and Review pages', () => {
  test('say how to enable writes on a server without a token', async () => {
    const readOnly = await serve(harness.driver);
    try {
      const page = await harness.open('/#import', undefined, readOnly.baseUrl);
      await page.getByRole('heading', { name: 'Writes are disabled on this server' }).waitFor();
      expect(await page.locator('pre').textContent()).toContain('COHORT_ADMIN_TOKEN=');
      await screenshot(page, 'admin-disabled');
    } finally {
      await readOnly.stop();
    }
  });

  test('import a file: preview, confirm, then find the imported person', async () => {
    const page = await harness.open('/');
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import files' }).waitFor();
    await enterToken(page);
    expect(page.url()).not.toContain(TOKEN);

    await page.getByLabel('Choose files').setInputFiles(path.join(FIXTURES, 'state-of-oa.bib'));
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.waitFor();
    const text = (await preview.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Preview of the dataset “state-of-oa” (bibtex, 1 file)');
    expect(await preview.getByText('New entities').locator('..').textContent()).toMatch(/New entities\s*1\d/);
    await screenshot(page, 'admin-import-preview');

    await page.getByRole('button', { name: 'Confirm import' }).click();
    const report = page.getByRole('region', { name: 'Import report' });
    await report.waitFor();
    expect(await report.getByRole('status').textContent()).toMatch(/Written: \d+ nodes and \d+ relationships/);
    await screenshot(page, 'admin-import-done');

    await page.getByRole('link', { name: 'Explorer' }).click();
    await searchAndChoose(page, 'Heather Piwowar');
    await eventually(() => page.getByRole('complementary', { name: 'Details' }).textContent(), 30_000).toContain(
      'Heather Piwowar',
    );
    await screenshot(page, 'admin-import-found');
  }, 120_000);

  test('review a possible duplicate: the two side by side, then a decision', async () => {
    await importFiles(harness.driver, [path.join(FIXTURES, 'meets-seed')], { dataset: 'meets-seed' });
    const page = await harness.open('/#review');
    await enterToken(page);
    await page.reload();
    const pair = page.getByRole('listitem', {
      name: /Possible duplicate: Jian Sun \(person:jian-sun\S*\) and Jian Sun/,
    });
    await pair.waitFor();
    expect(await pair.getByRole('article').count()).toBe(2);
    expect(await pair.textContent()).toContain('Against:');
    await screenshot(page, 'admin-review');

    await pair.getByRole('button', { name: 'Different people' }).click();
    await page.getByRole('status').filter({ hasText: 'Kept apart' }).waitFor();
    await page.getByText('Nothing to review').waitFor();
    await screenshot(page, 'admin-review-done');
  }, 120_000);
});
