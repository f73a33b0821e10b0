import { describe, expect, it } from 'vitest';
import { data, ids, seededApp } from './helpers/api.ts';

const STATS = '{ stats { nodes { kind count } } }';
const SEARCH = `query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { items { __typename id kind name nameZh aliases } }
}`;

type Hit = { __typename: string; id: string; kind: string; name: string; nameZh: string | null; aliases: string[] };

describe('search', () => {
  const ctx = seededApp();
  const search = async (text: string, extra: Record<string, unknown> = {}) =>
    (await data<{ search: { items: Hit[] } }>(ctx.app, SEARCH, { text, ...extra })).search.items;

  it.each(['张祥雨', 'Xiangyu Zhang', 'zhang xiangyu', 'ZhangXiangyu', '  xiangyu   ZHANG '])(
    'finds 张祥雨 first for "%s"',
    async (text) => {
      const [top] = await search(text);
      expect(top).toMatchObject({ __typename: 'Person', id: 'person:xiangyu-zhang', nameZh: '张祥雨' });
    },
  );

  it('finds Megvii by its old brand, Face++, and by its Chinese name', async () => {
    expect((await search('Face++'))[0]?.id).toBe('org:megvii');
    expect((await search('face++'))[0]?.id).toBe('org:megvii');
    expect((await search('旷视科技'))[0]?.id).toBe('org:megvii');
  });

  it('finds a name from its first letters, and despite a typo', async () => {
    expect(ids(await search('chaop'))).toContain('person:chaopeng-zhang');
    expect(ids(await search('Chaopneg Zhang'))[0]).toBe('person:chaopeng-zhang');
  });

  it('ranks an exact name above names that only share a word', async () => {
    const hits = await search('Tao Zhang');
    expect(hits[0]?.id).toBe('person:tao-zhang');
    expect(ids(hits)).toContain('person:chaopeng-zhang');
  });

  it('keeps to the kinds asked for and to `first`', async () => {
    const people = await search('zhang', { kinds: ['PERSON'], first: 3 });
    expect(people).toHaveLength(3);
    expect(people.every((hit) => hit.kind === 'PERSON')).toBe(true);
    const orgs = await search('Beihang', { kinds: ['ORGANIZATION'] });
    expect(orgs[0]).toMatchObject({ __typename: 'Organization', id: 'org:beihang-university' });
    expect(await search('Beihang', { kinds: ['VENUE'] })).toEqual([]);
  });

  it('returns other kinds as their own types', async () => {
    const [paper] = await search('Non-local Recurrent Neural Memory', { kinds: ['PUBLICATION'] });
    expect(paper).toMatchObject({ __typename: 'Publication', id: 'pub:non-local-recurrent-neural-memory' });
    const [skill] = await search('PyTorch', { kinds: ['SKILL'] });
    expect(skill).toMatchObject({ __typename: 'Thing', kind: 'SKILL' });
  });

  it('treats query syntax and Cypher in the text as plain text', async () => {
    const nodes = async () => (await data<{ stats: { nodes: { count: number }[] } }>(ctx.app, STATS)).stats.nodes;
    const before = await nodes();
    for (const text of ["' OR 1=1 //", '}) DETACH DELETE n //', 'name:*', '"unclosed', '\\', '*', 'AND', '~', '(((']) {
      // Lucene syntax would match everything for `*` or `name:*`; as text it matches little or nothing.
      expect((await search(text)).length, text).toBeLessThan(5);
    }
    expect(await nodes()).toEqual(before);
    expect((await search('Face++'))[0]?.id).toBe('org:megvii');
  });
});
