import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventually, screenshot, settled, startHarness, visibleNodes, type Harness } from './harness.ts';

/*
 * Figures for docs/explorer.md, logged rather than asserted: timings vary with the machine.
 * The graphs are synthetic stars (a skill and the people who have it) under an id prefix of
 * this run, deleted afterwards.
 */

const PREFIX = `skill:e2e-perf-${process.pid}-${Date.now()}`;
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  if (harness) {
    await harness.driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', {
      prefix: PREFIX,
    });
    await harness.close();
  }
});

/** A hub with `leaves` people around it: a neighbourhood of leaves + 1 nodes. */
async function star(driver: Driver, name: string, leaves: number): Promise<string> {
  const hub = `${PREFIX}-${leaves}`;
  await driver.executeQuery(
    `CREATE (h:Entity:Skill {id: $hub, kind: 'SKILL', name: $name})
     WITH h UNWIND range(1, $leaves) AS i
     CREATE (p:Entity:Person {id: $hub + '-person-' + i, kind: 'PERSON', name: 'Perf Person ' + i})
     CREATE (p)-[:HAS_SKILL {id: $hub + '-has-' + i, evidenceSources: ['synthetic.txt'], evidenceLines: [1], evidenceQuotes: ['synthetic']}]->(h)`,
    { hub, name, leaves },
  );
  return hub;
}

async function shownCount(page: Page): Promise<number> {
  return page.getByRole('list', { name: 'Visible nodes' }).getByRole('listitem').count();
}

/** Frame intervals while something happens in the page, from requestAnimationFrame. */
async function frames(
  page: Page,
  during: () => Promise<void>,
): Promise<{ median: number; p95: number; count: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean };
    w.frames = [];
    w.recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.frames.push(now - last);
      last = now;
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await during();
  const intervals = await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean };
    w.recording = false;
    return w.frames.slice(1);
  });
  const sorted = intervals.toSorted((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { median: at(0.5), p95: at(0.95), count: sorted.length };
}

describe('performance', () => {
  test('a 200-node neighbourhood appears soon after it is chosen', async () => {
    await star(harness.driver, 'Perfhub Twohundred', 199);
    const page = await harness.open('/');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('Perfhub Twohundred');
    await page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /Perfhub Twohundred/ })
      .waitFor();

    // Timed in the page: from the Enter key to the first frame painted with all 200 nodes listed and drawn.
    await page.evaluate(() => {
      const w = window as unknown as { chosenAt?: number; shownAt?: number };
      document.addEventListener('keydown', () => (w.chosenAt ??= performance.now()), { capture: true });
      new MutationObserver((_, observer) => {
        if (document.querySelectorAll('[aria-label="Visible nodes"] li').length < 200) return;
        observer.disconnect();
        requestAnimationFrame(() => (w.shownAt = performance.now()));
      }).observe(document.body, { childList: true, subtree: true });
    });
    await box.press('Enter');
    await settled(page);
    const settledAt = await page.evaluate(() => performance.now());
    const { chosenAt, shownAt } = await page.evaluate(() => {
      const w = window as unknown as { chosenAt: number; shownAt: number };
      return { chosenAt: w.chosenAt, shownAt: w.shownAt };
    });
    expect(await shownCount(page)).toBe(200);
    console.log(
      `[perf] 200-node neighbourhood: on screen ${Math.round(shownAt - chosenAt)} ms after choosing it, ` +
        `force layout settled within ${Math.round(settledAt - chosenAt)} ms`,
    );
    await screenshot(page, 'perf-200');
  });

  test('a busy node says how many neighbours of each kind it has before they are added', async () => {
    const hub = `${PREFIX}-199`;
    const page = await harness.open(`/?focus=${hub}-person-1`);
    await settled(page);
    await page
      .getByRole('list', { name: 'Visible nodes' })
      .getByRole('button', { name: /^Perfhub Twohundred/ })
      .click();
    await page
      .getByRole('group', { name: 'Actions for Perfhub Twohundred' })
      .getByRole('button', { name: 'Expand' })
      .click();

    const dialog = page.getByRole('dialog', { name: 'Perfhub Twohundred has many neighbours' });
    await dialog.waitFor();
    expect(await shownCount(page)).toBe(2);
    await dialog.getByRole('checkbox', { name: 'Has skill (199)' }).check();
    await dialog.getByRole('button', { name: 'Add 199 neighbours' }).click();
    await eventually(() => shownCount(page)).toBe(200);
    expect(page.url()).toContain(`expand=${hub}~HAS_SKILL`);
    await settled(page);
    await screenshot(page, 'busy-node-expanded');
  });

  test('a neighbourhood cut at the limit says so and offers more', async () => {
    const hub = await star(harness.driver, 'Perfhub Twothousand', 1999);
    const page = await harness.open(`/?focus=${hub}`);
    const notice = page.getByRole('status').filter({ hasText: 'Showing only' });
    await eventually(() => notice.textContent()).toContain('Perfhub Twothousand');
    expect(await shownCount(page)).toBe(200);
    await notice.getByRole('button', { name: 'Show more' }).click();
    await eventually(() => shownCount(page)).toBe(400);
    expect(page.url()).toContain('limit=400');
  });

  test('a 2,000-node neighbourhood renders and pans and zooms', { timeout: 120_000 }, async () => {
    const hub = `${PREFIX}-1999`;
    const page = await harness.open(`/?focus=${hub}&limit=2000`);
    await eventually(() => shownCount(page), 60_000).toBe(2000);
    await settled(page);
    // Since the page began to load: the app, the request, drawing and the layout.
    const rendered = Math.round(await page.evaluate(() => performance.now()));
    expect((await visibleNodes(page))[0]).toBe('Perfhub Twothousand');

    const canvas = (await page.getByRole('application').boundingBox())!;
    const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    const zoom = await frames(page, async () => {
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -240 : 240);
    });
    const pan = await frames(page, async () => {
      await page.mouse.down();
      for (let i = 0; i < 30; i++) await page.mouse.move(centre.x + 8 * i, centre.y + 4 * i);
      await page.mouse.up();
    });
    console.log(
      `[perf] 2,000-node neighbourhood: rendered ${rendered} ms after the page opened; ` +
        `zoom frames median ${zoom.median} ms, p95 ${zoom.p95} ms (${zoom.count} frames); ` +
        `pan frames median ${pan.median} ms, p95 ${pan.p95} ms (${pan.count} frames)`,
    );
    await screenshot(page, 'perf-2000');
  });
});
