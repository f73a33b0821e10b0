import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDriver } from '@cohort/server';
import {
  english,
  eventually,
  PHONE,
  screenshot,
  serve,
  settled,
  startHarness,
  visibleNodes,
  type Harness,
} from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('states and screens', () => {
  test('says so when a search finds nothing', async () => {
    const page = await harness.open('/');
    await page.getByRole('combobox', { name: 'Search' }).fill('Zyxwv Qqqq');
    await eventually(() => page.getByRole('status').filter({ hasText: 'No matches' }).textContent()).toContain(
      'Zyxwv Qqqq',
    );
  });

  test('is usable at phone width', async () => {
    const page = await harness.open('/?focus=person:chaopeng-zhang', PHONE);
    await settled(page);
    expect((await visibleNodes(page)).map(english)).toContain('Qiong Cao');
    const box = await page.getByRole('combobox', { name: 'Search' }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone');
  });

  test('tells the user when the database is down', async () => {
    const unreachable = createDriver({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'none' });
    const broken = await serve(unreachable);
    try {
      const page = await harness.open('/?focus=person:chaopeng-zhang', undefined, broken.baseUrl);
      const alert = page.getByRole('alert');
      await eventually(() => alert.textContent(), 15_000).toContain('Database unavailable.');
      await screenshot(page, 'database-down');
    } finally {
      await broken.stop();
      await unreachable.close();
    }
  });

  test('tells the user when the server is down, and nothing hangs', async () => {
    const page = await harness.open('/?focus=person:chaopeng-zhang');
    await settled(page);
    await harness.stopServer();

    await page.getByRole('combobox', { name: 'Search' }).fill('Qiong');
    await eventually(() => page.getByRole('alert').first().textContent()).toContain('Cannot reach the Cohort server');

    await page
      .getByRole('list', { name: 'Visible nodes' })
      .getByRole('button', { name: /^Qiong Cao/ })
      .click();
    const banner = page.getByRole('alert').filter({ hasText: 'Server unreachable.' });
    await eventually(() => banner.textContent()).toContain('Check that it is running');
    await banner.getByRole('button', { name: 'Retry' }).waitFor();
    await screenshot(page, 'server-down');
  });
});
