import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  english,
  eventually,
  screenshot,
  searchAndChoose,
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

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const shownNames = async (page: Page) => (await visibleNodes(page)).map(english);

async function focusOnChaopeng(): Promise<Page> {
  const page = await harness.open('/');
  await searchAndChoose(page, 'Chaopeng Zhang');
  await settled(page);
  return page;
}

describe('the explorer', () => {
  test('finds 张祥雨 by his Chinese name and shows who mentored him', async () => {
    const page = await harness.open('/');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('张祥雨');
    const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await eventually(() => option.textContent()).toContain('Xiangyu Zhang');
    await screenshot(page, 'search-chinese');
    await box.press('Enter');
    await settled(page);

    expect(page.url()).toContain('focus=person:xiangyu-zhang');
    expect(await visibleNodes(page)).toEqual(
      expect.arrayContaining(['Xiangyu Zhang 张祥雨', 'Jian Sun 孙剑', 'Kaiming He 何恺明']),
    );
    const mentors = page.getByRole('list', { name: 'Mentors' }).getByRole('link');
    expect((await mentors.allTextContents()).map(english).sort()).toEqual(['Jian Sun', 'Kaiming He']);
  });

  test('search is usable from the keyboard: arrows move, Escape closes', async () => {
    const page = await harness.open('/');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('Zhang');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await eventually(() => options.count()).toBeGreaterThan(2);
    const first = await box.getAttribute('aria-activedescendant');
    await box.press('ArrowDown');
    const second = await box.getAttribute('aria-activedescendant');
    expect(second).not.toBe(first);
    expect(await page.locator(`[id="${second}"]`).getAttribute('aria-selected')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
  });

  test('search results tell namesakes apart: latest affiliation, active years, co-authors', async () => {
    const page = await harness.open('/');
    await page.getByRole('combobox', { name: 'Search' }).fill('Chaopeng Zhang');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    const chaopeng = listbox.getByRole('option', { name: /^Chaopeng Zhang/ });
    await eventually(() => chaopeng.count()).toBe(1);
    // His last start is the Google Brain internship (May 2019); his CV runs from Beihang (2013)
    // to his master's at Peking University (2020); six people wrote papers with him.
    expect(squeeze((await chaopeng.textContent())!)).toContain(
      'Software Engineering Intern in Machine Learning, Google Brain · 2013–2020 · 6 co-authors',
    );
    // Another Zhang in the same list reads differently.
    const qianhao = listbox.getByRole('option', { name: /^Qianhao Zhang/ });
    expect(squeeze((await qianhao.textContent())!)).toContain('Senior Software Engineer, Perception, Nuro · 2017–2024');
    await screenshot(page, 'search-namesakes');
  });

  test('search says how many match and Show more appends the next page', async () => {
    const page = await harness.open('/');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('University');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    const more = listbox.getByRole('option', { name: /^Show more results/ });
    await more.waitFor();
    const [, shown, total] = /(\d+) of (\d+)/.exec(squeeze((await more.textContent())!))!.map(Number);
    expect(shown).toBe(20);
    expect(total).toBeGreaterThan(20);
    const results = listbox.getByRole('option').filter({ hasNotText: 'Show more results' });
    const before = await results.allTextContents();
    expect(before).toHaveLength(20);

    // Up from the first option wraps to the last: Show more, taken with Enter like a result.
    await box.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await more.getAttribute('id'));
    await box.press('Enter');
    await eventually(() => results.count()).toBe(Math.min(total!, 40));
    const after = await results.allTextContents();
    expect(new Set(after).size).toBe(after.length);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(await more.count()).toBe(total! > 40 ? 1 : 0);
    // The first result the page added is highlighted, so the keyboard carries on from there.
    const active = await box.getAttribute('aria-activedescendant');
    expect(before).not.toContain(await page.locator(`[id="${active}"]`).textContent());
    expect(await box.getAttribute('aria-expanded')).toBe('true');
  });

  test('finds Chaopeng Zhang in English and lists his co-authors', async () => {
    const page = await focusOnChaopeng();
    await screenshot(page, 'focus-chaopeng-zhang');

    expect(await visibleNodes(page)).toEqual(expect.arrayContaining(['Chaopeng Zhang 张潮鹏', 'Qiong Cao 曹琼']));
    const publications = page.getByRole('list', { name: 'Publications' }).getByRole('listitem');
    await publications.first().waitFor();
    const coauthors = new Set<string>();
    for (const item of await publications.all()) {
      const [, ...authors] = await item.getByRole('link').allTextContents();
      for (const author of authors) coauthors.add(english(author));
    }
    expect([...coauthors].sort()).toEqual([
      'Canmiao Fu',
      'Qiong Cao',
      'Wenjie Pei',
      'Xiaoyong Shen',
      'Yong Zhao',
      'Yu-Wing Tai',
    ]);
  });

  test('expands a neighbour without losing the graph, and undoes it', async () => {
    const page = await focusOnChaopeng();
    const before = await shownNames(page);
    expect(before).not.toContain('Visual Geometry Group, University of Oxford');

    await page
      .getByRole('list', { name: 'Visible nodes' })
      .getByRole('button', { name: /^Qiong Cao/ })
      .click();
    await page.getByRole('group', { name: 'Actions for Qiong Cao' }).getByRole('button', { name: 'Expand' }).click();
    await eventually(() => shownNames(page)).toContain('Visual Geometry Group, University of Oxford');
    await settled(page);
    expect(await shownNames(page)).toEqual(expect.arrayContaining(before));
    expect(page.url()).toContain('expand=person:qiong-cao');
    await screenshot(page, 'expand-qiong-cao');

    await page.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => shownNames(page)).not.toContain('Visual Geometry Group, University of Oxford');
  });

  test('hides a node and shows it again', async () => {
    const page = await focusOnChaopeng();
    await page
      .getByRole('list', { name: 'Visible nodes' })
      .getByRole('button', { name: /^ArcFace/ })
      .click();
    await page.getByRole('group', { name: 'Actions for ArcFace' }).getByRole('button', { name: 'Hide' }).click();
    await eventually(() => shownNames(page)).not.toContain('ArcFace');
    expect(page.url()).toContain('hide=pub:arcface');
    await page.getByRole('button', { name: 'Show 1 hidden' }).click();
    await eventually(() => shownNames(page)).toContain('ArcFace');
  });

  test('focusing an organization shows its people, including those recorded at its units', async () => {
    const page = await harness.open('/');
    await searchAndChoose(page, 'Beihang University');
    await settled(page);
    // Both studied at schools of Beihang, not at the university as a whole.
    expect(await shownNames(page)).toEqual(
      expect.arrayContaining(['Beihang University', 'Chaopeng Zhang', 'Qianhao Zhang']),
    );
    const people = page.getByRole('list', { name: 'People over time' }).getByRole('listitem');
    await people.first().waitFor();
    const rows = (await people.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    expect(rows.find((row) => row.includes('Chaopeng Zhang'))).toContain('Aug 2013 – Jul 2017');
    expect(rows.some((row) => row.includes('Qianhao Zhang'))).toBe(true);
    await screenshot(page, 'organization');
  });

  test('a publication lists its authors in order', async () => {
    const page = await focusOnChaopeng();
    await page
      .getByRole('list', { name: 'Visible nodes' })
      .getByRole('button', { name: /^Non-local Recurrent/ })
      .click();
    const authors = page.getByRole('list', { name: 'Authors' }).getByRole('link');
    await authors.first().waitFor();
    expect((await authors.allTextContents()).map(english)).toEqual([
      'Canmiao Fu',
      'Qiong Cao',
      'Wenjie Pei',
      'Chaopeng Zhang',
      'Xiaoyong Shen',
      'Yong Zhao',
      'Yu-Wing Tai',
    ]);
  });

  test('a year range hides affiliations and publications outside it', async () => {
    const page = await focusOnChaopeng();
    const paper = 'Non-local Recurrent Neural Memory for Supervised Sequence Modeling';
    expect(await shownNames(page)).toEqual(
      expect.arrayContaining(['School of Software, Beihang University', 'Google Brain', paper, 'ArcFace']),
    );
    const from = page.getByRole('spinbutton', { name: 'From' });
    await from.fill('2019');
    await from.press('Enter');
    await eventually(() => shownNames(page)).not.toContain('School of Software, Beihang University');
    // Google Brain (2019 to present) and the ICCV 2019 paper are inside the range and stay.
    expect(await shownNames(page)).toEqual(expect.arrayContaining(['Google Brain', paper]));
    expect(page.url()).toMatch(/years=2019-\d{4}/);
    await settled(page);
    await screenshot(page, 'filter-years');

    await from.fill('2020');
    await from.press('Enter');
    await eventually(() => shownNames(page)).not.toContain(paper);
    // ArcFace has no year, so no range says anything about it.
    expect(await shownNames(page)).toEqual(expect.arrayContaining(['Google Brain', 'ArcFace']));

    await from.fill('2019');
    await from.press('Enter');
    await eventually(() => shownNames(page)).toContain(paper);
  });

  test('shows the evidence behind an edge: quote, source file and line', async () => {
    const page = await focusOnChaopeng();
    const lines = page.getByRole('list', { name: 'Lines in view' });
    await page.getByText(/^Lines in view/).click();
    await lines.getByRole('button', { name: 'Qiong Cao mentored Chaopeng Zhang' }).click();

    const evidence = page.getByRole('list', { name: 'Evidence' }).getByRole('listitem');
    const texts = (await evidence.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toContain('“Leader: Qiong Cao” 000_047d70e5b9cb1943.txt, line 47');
    expect(texts).toContain('“导师:曹琼” 000_047d70e5b9cb1943.txt, line 124');
    expect(page.url()).toContain('edge=');
    await screenshot(page, 'edge-evidence');
  });

  test('marks claims the sources disagree on, each with its evidence', async () => {
    const page = await focusOnChaopeng();
    const work = page.getByRole('list', { name: 'Education and work' }).getByRole('listitem');
    await work.first().waitFor();
    expect((await work.allTextContents()).find((t) => t.includes('Tencent Youtu Lab'))).toContain('disputed');

    await page.getByText(/^Lines in view/).click();
    await page
      .getByRole('list', { name: 'Lines in view' })
      .getByRole('button', { name: 'Chaopeng Zhang worked at Tencent Youtu Lab' })
      .click();
    const note = page.getByRole('note');
    await note.waitFor();
    const text = (await note.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Sources disagree about the start date');
    expect(text).toContain('May 2018 — “May 2018 - April 2019” 000_047d70e5b9cb1943.txt, line 49');
    expect(text).toContain('Mar 2018 — “Mar 2018 - April 2019” 000_047d70e5b9cb1943.txt, line 126');
    await screenshot(page, 'conflict');
  });

  test('a deep link opens on its entity and survives a reload', async () => {
    const page = await harness.open('/?focus=person:chaopeng-zhang');
    await settled(page);
    const first = await visibleNodes(page);
    expect(first).toEqual(expect.arrayContaining(['Chaopeng Zhang 张潮鹏', 'Qiong Cao 曹琼', 'Google Brain']));

    await page.getByRole('spinbutton', { name: 'To' }).fill('2017');
    await page.getByRole('spinbutton', { name: 'To' }).press('Enter');
    await eventually(() => shownNames(page)).not.toContain('Google Brain');
    const filtered = (await visibleNodes(page)).sort();
    const url = page.url();

    await page.reload();
    await settled(page);
    expect(page.url()).toBe(url);
    expect((await visibleNodes(page)).sort()).toEqual(filtered);
    await screenshot(page, 'deep-link-reloaded');
  });

  test('Back and Forward step between focused entities; a selection is not a step', async () => {
    const page = await focusOnChaopeng();
    const chaopeng = (await shownNames(page)).sort();
    expect(page.url()).toContain('focus=person:chaopeng-zhang');

    await searchAndChoose(page, 'Qiong Cao');
    await eventually(() => page.url()).toContain('focus=person:qiong-cao');
    await settled(page);
    const qiong = (await shownNames(page)).sort();
    expect(qiong).toContain('Visual Geometry Group, University of Oxford');
    expect(chaopeng).not.toContain('Visual Geometry Group, University of Oxford');
    // Selecting replaces the entry, so one Back still leads to the previous focus.
    await page
      .getByRole('list', { name: 'Visible nodes' })
      .getByRole('button', { name: /^Chaopeng Zhang/ })
      .click();
    await eventually(() => page.url()).toContain('sel=person:chaopeng-zhang');

    await page.goBack();
    await eventually(() => page.url()).toContain('focus=person:chaopeng-zhang');
    await settled(page);
    await eventually(async () => (await shownNames(page)).sort()).toEqual(chaopeng);

    await page.goForward();
    await eventually(() => page.url()).toContain('focus=person:qiong-cao');
    await settled(page);
    await eventually(async () => (await shownNames(page)).sort()).toEqual(qiong);
  });

  test('exports the view as PNG, JSON and CSV', async () => {
    const page = await focusOnChaopeng();
    const exported = async (item: string) => {
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: item }).click(),
      ]);
      return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
    };

    const png = await exported('Image (PNG)');
    expect(png.name).toBe('cohort-person-chaopeng-zhang.png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(10_000);

    const json = JSON.parse((await exported('Graph (JSON)')).body.toString()) as {
      nodes: { id: string }[];
      edges: { kind: string; source: string; target: string; evidence: { quote: string }[] }[];
    };
    expect(json.nodes.map((n) => n.id)).toContain('person:qiong-cao');
    const mentored = json.edges.find((e) => e.kind === 'MENTORED' && e.source === 'person:qiong-cao');
    expect(mentored?.evidence.map((e) => e.quote)).toContain('Leader: Qiong Cao');

    const nodes = (await exported('Nodes (CSV)')).body.toString().split('\r\n');
    expect(nodes[0]).toBe('id,kind,name,nameZh,orgKind');
    expect(nodes).toContain('person:chaopeng-zhang,PERSON,Chaopeng Zhang,张潮鹏,');
    const edges = (await exported('Edges (CSV)')).body.toString();
    expect(edges.startsWith('id,kind,source,target,start,end,role,degree,field,context,position,evidence\r\n')).toBe(
      true,
    );
    expect(edges).toContain('Leader: Qiong Cao');
  });
});
