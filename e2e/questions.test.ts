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

/** Everyone the seed records at Megvii or its research labs. */
const MEGVII = [
  'Cong Yao',
  'Gang Yu',
  'Haoqiang Fan',
  'Jian Sun',
  'Jiaqiang Ruan',
  'Kai Jia',
  'Shangbang Long',
  'Shuchang Zhou',
  'Wenhao Wu',
  'Xiangyu Zhang',
  'Xin He',
  'Xinyu Zhou',
  'Yichen Wei',
];

describe('questions about people', () => {
  test('Connect: how Qianhao Zhang is connected to Qiong Cao, told as sentences', async () => {
    const page = await harness.open('/?focus=person:qianhao-zhang');
    await settled(page);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Connect' }).click();
    await eventually(() => page.getByRole('region', { name: 'Question' }).textContent()).toContain('Qianhao Zhang');

    const to = page.getByRole('combobox', { name: 'To' });
    await to.fill('Qiong Cao');
    await page.getByRole('listbox', { name: 'To results' }).getByRole('option').first().waitFor();
    await to.press('Enter');

    const paths = page.getByRole('list', { name: 'Paths' }).getByRole('listitem');
    await paths.first().waitFor();
    const best = squeeze((await paths.first().textContent())!);
    // Through their schools at Beihang and a mentor: more telling than a shared skill.
    expect(best).toMatch(/Qianhao Zhang studied at .*Beihang University/);
    expect(best).toContain(
      'where Chaopeng Zhang 张潮鹏 studied; Chaopeng Zhang 张潮鹏 was mentored by Qiong Cao 曹琼.',
    );
    await settled(page);
    expect((await visibleNodes(page)).map(english)).toEqual(
      expect.arrayContaining(['Qianhao Zhang', 'Beihang University', 'Chaopeng Zhang', 'Qiong Cao']),
    );
    expect(page.url()).toContain('q=connect&from=person:qianhao-zhang&to=person:qiong-cao');

    await paths.first().getByRole('button').click();
    expect(await paths.first().getByRole('button').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'connect');
  });

  test('Common ground: what Chaopeng Zhang and Qianhao Zhang share', async () => {
    const page = await harness.open('/?focus=person:chaopeng-zhang');
    await settled(page);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Common ground' }).click();
    const add = page.getByRole('combobox', { name: 'Add person' });
    await add.fill('Qianhao Zhang');
    await page.getByRole('listbox', { name: 'Add person results' }).getByRole('option').first().waitFor();
    await add.press('Enter');

    const organizations = page.getByRole('list', { name: 'Shared organizations' });
    await organizations.waitFor();
    const shared = squeeze((await organizations.textContent())!);
    expect(shared).toContain('Beihang University');
    // Qianhao Zhang's CV gives only when he graduated from Beihang.
    expect(shared).toContain('The dates do not say whether they were there together');
    const skills = (await page.getByRole('list', { name: 'Shared skills' }).getByRole('link').allTextContents()).map(
      squeeze,
    );
    expect(skills).toEqual(expect.arrayContaining(['PyTorch', 'TensorFlow']));
    await settled(page);
    expect((await visibleNodes(page)).map(english)).toEqual(expect.arrayContaining(['Beihang University', 'PyTorch']));
    expect(page.url()).toContain('q=common&people=person:chaopeng-zhang,person:qianhao-zhang');
    await screenshot(page, 'common-ground');
  });

  test('Lineage: Xiangyu Zhang was mentored by Jian Sun and Kaiming He', async () => {
    const page = await harness.open('/');
    await searchAndChoose(page, '张祥雨');
    await settled(page);
    await page
      .getByRole('group', { name: 'Actions for Xiangyu Zhang' })
      .getByRole('button', { name: 'Lineage' })
      .click();

    const mentorships = page.getByRole('list', { name: 'Mentorships' }).getByRole('listitem');
    await mentorships.first().waitFor();
    const sentences = (await mentorships.allTextContents()).map(squeeze);
    expect(sentences).toEqual(
      expect.arrayContaining([
        'Jian Sun 孙剑 mentored Xiangyu Zhang 张祥雨 (advisor)',
        'Kaiming He 何恺明 mentored Xiangyu Zhang 张祥雨 (advisor)',
      ]),
    );
    await settled(page);
    expect((await visibleNodes(page)).sort()).toEqual(['Jian Sun 孙剑', 'Kaiming He 何恺明', 'Xiangyu Zhang 张祥雨']);
    await screenshot(page, 'lineage');
  });

  test('Talent map: which universities people came from before joining companies', async () => {
    const page = await harness.open('/');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Talent map' }).click();
    const table = page.getByRole('table', { name: 'Universities people came from before joining companies' });
    await table.waitFor();
    const rows = (await table.getByRole('row').allTextContents()).map(squeeze);
    const universities = new Set<string>();
    for (const row of (await table.getByRole('row').all()).slice(1)) {
      universities.add(english(squeeze((await row.getByRole('cell').first().textContent())!)));
    }
    expect([...universities]).toEqual(
      expect.arrayContaining([
        'Beihang University',
        'Tsinghua University',
        'Peking University',
        'Carnegie Mellon University',
      ]),
    );
    expect(rows.find((row) => row.startsWith('Tsinghua University') && row.includes('Megvii'))).toContain(
      'Haoqiang Fan',
    );
    await page.getByRole('img', { name: /Talent flow from universities to companies/ }).waitFor();
    await screenshot(page, 'talent-flow');

    await page.getByRole('button', { name: 'By organization' }).click();
    const groups = page.getByRole('list', { name: 'Groups' }).getByRole('listitem');
    await groups.first().waitFor();
    expect(squeeze((await groups.first().textContent())!)).toMatch(/^Megvii \d+ people/);
    await screenshot(page, 'talent-map');

    await groups.first().getByRole('button', { name: 'Megvii', exact: true }).click();
    await settled(page);
    expect(page.url()).toContain('focus=org:megvii');
    expect((await visibleNodes(page)).map(english)).toEqual(expect.arrayContaining(['Megvii', 'Xiangyu Zhang']));
  });

  test('Talent map: a large group lists its first people, and Show more appends the rest', async () => {
    const page = await harness.open('/?q=talent&by=ORGANIZATION');
    const megvii = page
      .getByRole('list', { name: 'Groups' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Megvii', exact: true }) });
    const people = async () => (await megvii.getByRole('link').allTextContents()).map(english);
    await megvii.getByRole('link').first().waitFor();

    // Thirteen people worked at Megvii or its research labs; a page holds ten.
    const first = await people();
    expect(first).toHaveLength(10);
    expect(first.every((name) => MEGVII.includes(name))).toBe(true);
    expect(squeeze((await megvii.textContent())!)).toContain('10 of 13');
    const more = megvii.getByRole('button', { name: 'Show more people of Megvii' });
    await screenshot(page, 'talent-map-show-more');

    await more.click();
    await eventually(people).toHaveLength(13);
    const all = await people();
    expect(all.slice(0, 10)).toEqual(first);
    expect([...all].sort()).toEqual(MEGVII);
    expect(squeeze((await megvii.textContent())!)).toContain('13 of 13');
    expect(await more.count()).toBe(0);
    // The button is gone; focus stays where it was, on the count, rather than falling to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('13 of 13');
    // Pages are not part of the link.
    expect(page.url()).toMatch(/\?q=talent&by=ORGANIZATION$/);
  });
});
