import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadSeedGraph } from '@cohort/seed';
import { createApp, createDriver, listen } from '@cohort/server';
import { APPEARANCE } from '@cohort/web/kinds';
import { testNeo4j } from '../test/support/database.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDist = path.join(root, 'web', 'dist');
export const screenshotDir = path.join(root, 'test-results', 'screenshots');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface Harness {
  driver: Driver;
  browser: Browser;
  baseUrl: string;
  /** A fresh page at `route` (of another server, given its base URL), with downloads allowed. */
  open(route: string, viewport?: { width: number; height: number }, baseUrl?: string): Promise<Page>;
  /** Stops the HTTP server, as if the Cohort server went away. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Cohort's HTTP server over a driver, on a free port of 127.0.0.1. A longer `queryTimeoutMs` lets
 * a test that times the browser fetch a large view on a busy machine.
 */
export async function serve(
  driver: Driver,
  { queryTimeoutMs = 5000, adminToken }: { queryTimeoutMs?: number; adminToken?: string } = {},
): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const { handle } = createApp({
    driver,
    database: undefined,
    config: { corsOrigins: [], graphiql: false, queryTimeoutMs, webDist, adminToken },
  });
  const server = await listen(handle, { host: '127.0.0.1', port: 0 });
  return { baseUrl: server.url, stop: server.close };
}

/** The real server over the seed graph (loaded afresh) in the test Neo4j, and a headless Chromium to drive it. */
export async function startHarness({ adminToken }: { adminToken?: string } = {}): Promise<Harness> {
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('web/dist is missing: run `npm run build` before the browser tests (npm test does).');
  }
  const driver = createDriver(testNeo4j());
  await loadSeedGraph(driver, { reset: true, log: () => {} });
  const server = await serve(driver, { adminToken });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  mkdirSync(screenshotDir, { recursive: true });

  return {
    driver,
    browser,
    baseUrl: server.baseUrl,
    async open(route, viewport = DESKTOP, baseUrl = server.baseUrl) {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${route}`);
      return page;
    },
    stopServer: server.stop,
    async close() {
      await browser.close();
      await server.stop();
      await driver.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/**
 * Waits until the graph has loaded and the canvas has finished laying it out. On a busy machine
 * the load may not have begun yet when this is called, so it first waits for something to show.
 */
export async function settled(page: Page): Promise<void> {
  await page.getByRole('list', { name: 'Visible nodes' }).getByRole('button').first().waitFor();
  await page.getByRole('status').filter({ hasText: 'Loading the graph' }).waitFor({ state: 'detached' });
  await page.locator('[role="application"][aria-busy="false"]').waitFor();
}

/** The English part of a name shown with its Chinese form ("Qiong Cao 曹琼" → "Qiong Cao"), for names that have one. */
export function english(name: string): string {
  return name.split(/\p{Script=Han}/u)[0]!.trim();
}

const KIND_SUFFIX = new RegExp(
  `, (${Object.values(APPEARANCE)
    .map((a) => a.label)
    .join('|')})(, shared)?$`,
);

/** The names in the accessible "Visible nodes" list, Chinese names included ("Jian Sun 孙剑"). */
export async function visibleNodes(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Visible nodes' }).getByRole('button');
  const texts = await items.allTextContents();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim().replace(KIND_SUFFIX, '').trim());
}

/** Types into the main search box and takes the highlighted (first) result with Enter. */
export async function searchAndChoose(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(text);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  await box.press('Enter');
}

/** expect.poll with time for a real server and a real layout (its default is one second). */
export function eventually<T>(read: () => T | Promise<T>, timeout = 10_000) {
  return expect.poll(read, { timeout, interval: 50 });
}
