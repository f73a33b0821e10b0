import { describe, expect, it } from 'vitest';
import { data, post, seededApp } from './helpers/api.ts';

interface Page<T> {
  totalCount: number;
  items: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

describe('paging', () => {
  const ctx = seededApp();

  /** Every page of a list, `size` at a time, following the cursors. */
  async function walk<T>(query: string, pick: (d: Record<string, any>) => Page<T>, size: number) {
    const pages: Page<T>[] = [];
    let after: string | null = null;
    do {
      const current: Page<T> = pick(await data(ctx.app, query, { first: size, after }));
      pages.push(current);
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
    } while (after && pages.length < 100);
    return pages;
  }

  const ALUMNI = `query($first: Int, $after: String) {
    alumni(organization: "org:megvii", first: $first, after: $after) {
      totalCount items { person { id } organization { id } relation start } pageInfo { endCursor hasNextPage }
    } }`;

  it('walks the alumni of a company two at a time to the same list as one long page', async () => {
    const [whole] = await walk(ALUMNI, (d) => d.alumni, 200);
    const pages = await walk(ALUMNI, (d) => d.alumni, 2);
    expect(whole?.totalCount).toBeGreaterThan(4);
    expect(whole?.items).toHaveLength(whole?.totalCount ?? 0);
    expect(pages.flatMap((p) => p.items)).toEqual(whole?.items);
    expect(pages).toHaveLength(Math.ceil((whole?.totalCount ?? 0) / 2));
    expect(pages.every((p) => p.totalCount === whole?.totalCount)).toBe(true);
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
    // Oldest first: starts never go backwards where both are known.
    const starts = (whole?.items ?? []).flatMap((a: any) => (a.start ? [a.start as string] : []));
    expect(starts).toEqual([...starts].sort());
  });

  it("walks the most prolific person's publications one at a time, newest first", async () => {
    const [top] = (
      await ctx.driver.executeQuery(
        'MATCH (p:Person)-[:AUTHORED]->(pub:Publication) RETURN p.id AS id, count(pub) AS n ORDER BY n DESC, id LIMIT 1',
      )
    ).records.map((r) => r.get('id') as string);
    const query = `query($first: Int, $after: String) { entity(id: "${top}") { ... on Person {
      publications(first: $first, after: $after) { totalCount items { id year } pageInfo { endCursor hasNextPage } } } } }`;
    const [whole] = await walk(query, (d) => d.entity.publications, 200);
    const pages = await walk(query, (d) => d.entity.publications, 1);
    expect(whole?.totalCount).toBeGreaterThan(2);
    expect(pages).toHaveLength(whole?.totalCount ?? 0);
    expect(pages.flatMap((p) => p.items)).toEqual(whole?.items);
    const years = (whole?.items ?? []).map((p: any) => p.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('answers an empty page past the end, with no cursor', async () => {
    const [whole] = await walk(ALUMNI, (d) => d.alumni, 200);
    const last = whole?.pageInfo.endCursor;
    const { alumni } = await data(ctx.app, ALUMNI, { first: 5, after: last });
    expect(alumni).toEqual({
      totalCount: whole?.totalCount,
      items: [],
      pageInfo: { endCursor: null, hasNextPage: false },
    });
  });

  it('pages search results without repeating or losing a match', async () => {
    const SEARCH = `query($first: Int, $after: String) {
      search(text: "zhang", kinds: [PERSON], first: $first, after: $after) {
        totalCount items { id } pageInfo { endCursor hasNextPage } } }`;
    const [whole] = await walk(SEARCH, (d) => d.search, 50);
    const pages = await walk(SEARCH, (d) => d.search, 4);
    expect(pages).toHaveLength(2);
    expect(whole?.totalCount).toBeGreaterThan(4);
    expect(pages.flatMap((p) => p.items)).toEqual(whole?.items);
    expect(new Set(whole?.items.map((i: any) => i.id)).size).toBe(whole?.totalCount);
  });

  it("pages a talent group's people and a person's co-authors by shared papers", async () => {
    const GROUP = `query($first: Int, $after: String) {
      talentMap(by: ORGANIZATION, orgKind: COMPANY, first: 1) {
        items { group { id } count people(first: $first, after: $after) {
          totalCount items { name } pageInfo { endCursor hasNextPage } } } } }`;
    const pages = await walk(GROUP, (d) => d.talentMap.items[0].people, 2);
    const names = pages.flatMap((p) => p.items.map((i: any) => i.name as string));
    expect(names.length).toBe(pages[0]?.totalCount);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Jian Sun', 'Xiangyu Zhang']));

    const COAUTHORS = `query($first: Int, $after: String) {
      coauthors(person: "person:chaopeng-zhang", first: $first, after: $after) {
        totalCount items { person { id } } pageInfo { endCursor hasNextPage } } }`;
    const [all] = await walk(COAUTHORS, (d) => d.coauthors, 50);
    const byFour = await walk(COAUTHORS, (d) => d.coauthors, 4);
    expect(byFour.map((p) => p.items.length)).toEqual([4, 2]);
    expect(byFour.flatMap((p) => p.items)).toEqual(all?.items);
  });

  it('pages on from the people a ranking kept to those it did not, in one order', async () => {
    const skill = `skill:paging-${process.pid}`;
    await ctx.driver.executeQuery(
      `CREATE (s:Entity:Skill {id: $skill, kind: 'SKILL', name: 'Paging Skill'})
       WITH s UNWIND range(1, 205) AS i
       CREATE (:Entity:Person {id: $skill + '-p' + i, kind: 'PERSON', name: 'Holder ' + i})-[:HAS_SKILL {id: $skill + '-h' + i}]->(s)`,
      { skill },
    );
    try {
      const query = `query($first: Int, $after: String) { talentGroup(by: SKILL, id: "${skill}") {
        people(first: $first, after: $after) { totalCount items { id } pageInfo { endCursor hasNextPage } } } }`;
      const byNine = await walk(query, (d) => d.talentGroup.people, 9);
      const ids = byNine.flatMap((p) => p.items.map((i: any) => i.id as string));
      expect(ids).toHaveLength(205);
      expect(new Set(ids).size).toBe(205);
      const [whole] = await walk(query, (d) => d.talentGroup.people, 200);
      expect(ids.slice(0, 200)).toEqual(whole?.items.map((i: any) => i.id));
    } finally {
      await ctx.driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $skill DETACH DELETE n', { skill });
    }
  });

  it('reads one talent group or move by its entities, with the count and people its list gives', async () => {
    const { talentMap, talentFlow } = await data(
      ctx.app,
      `{ talentMap(by: ORGANIZATION, orgKind: COMPANY, first: 1) { items { group { id } count people(first: 200) { items { id } } } }
         talentFlow(first: 1) { items { from { id } to { id } count people(first: 200) { items { id } } } } }`,
    );
    const [group] = talentMap.items;
    const [move] = talentFlow.items;
    const one = await data(
      ctx.app,
      `query($group: ID!, $from: ID!, $to: ID!) {
         talentGroup(by: ORGANIZATION, id: $group) { group { id } count people(first: 200) { totalCount items { id } } }
         talentMove(from: $from, to: $to) { count people(first: 200) { totalCount items { id } } }
         nobody: talentMove(from: $to, to: $from) { count } }`,
      { group: group.group.id, from: move.from.id, to: move.to.id },
    );
    expect(one.talentGroup).toEqual({
      group: { id: group.group.id },
      count: group.count,
      people: { totalCount: group.count, items: group.people.items },
    });
    expect(one.talentMove).toEqual({ count: move.count, people: { totalCount: move.count, items: move.people.items } });
    // No one went from the company to the university.
    expect(one.nobody).toBeNull();

    const wrongKind = await post(ctx.app, '{ talentGroup(by: SKILL, id: "org:megvii") { count } }');
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('what tells namesakes apart', () => {
  const ctx = seededApp();

  it("gives a person's latest affiliation, active years and co-author count", async () => {
    const { search } = await data(
      ctx.app,
      `{ search(text: "Chaopeng Zhang", kinds: [PERSON], first: 1) { items { id ... on Person {
           coauthorCount activeYears { from to } latestAffiliation { organization { id } relation start }
           affiliations { start end } publications { items { year } } } } } }`,
    );
    const [person] = search.items;
    expect(person.id).toBe('person:chaopeng-zhang');
    expect(person.coauthorCount).toBe(6);
    const starts = person.affiliations.flatMap((a: any) => (a.start ? [a.start as string] : []));
    expect(person.latestAffiliation.start).toBe([...starts].sort().at(-1));
    const years = [
      ...person.publications.items.map((p: any) => p.year as number),
      ...person.affiliations.flatMap((a: any) =>
        [a.start, a.end].filter(Boolean).map((d: string) => Number(d.slice(0, 4))),
      ),
    ];
    expect(person.activeYears).toEqual({ from: Math.min(...years), to: Math.max(...years) });
    expect(person.activeYears.from).toBe(2013);
  });
});
