import { describe, expect, it } from 'vitest';
import { data, ids, seededApp } from './helpers/api.ts';

type Affiliation = {
  person: { id: string };
  organization: { id: string };
  relation: string;
  role: string | null;
  start: string | null;
  end: string | null;
};

describe('alumni, talent and the whole graph', () => {
  const ctx = seededApp();

  it('lists alumni of an organization with its units, or of the organization alone', async () => {
    const query = `query($org: ID!, $units: Boolean) { alumni(organization: $org, includeUnits: $units, first: 200) {
      items { person { id } organization { id } relation role degree start end evidence { line } } } }`;
    const alumni = async (org: string, units?: boolean) =>
      (await data<{ alumni: { items: Affiliation[] } }>(ctx.app, query, { org, units })).alumni.items;
    const withUnits = await alumni('org:beihang-university');
    expect(withUnits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          person: { id: 'person:chaopeng-zhang' },
          organization: { id: 'org:beihang-school-of-software' },
          relation: 'STUDIED_AT',
          start: '2013-08',
          end: '2017-07',
        }),
        expect.objectContaining({ person: { id: 'person:qianhao-zhang' }, end: '2019-07' }),
      ]),
    );
    const alone = await alumni('org:beihang-university', false);
    expect(alone.every((a) => a.organization.id === 'org:beihang-university')).toBe(true);
    expect(alone.length).toBeLessThan(withUnits.length);

    const megvii = await alumni('org:megvii');
    expect(megvii).toContainEqual(
      expect.objectContaining({ person: { id: 'person:jian-sun' }, relation: 'WORKED_AT', role: 'Chief Scientist' }),
    );
  });

  it('maps talent by company, rolled up from labs, and by skill with a minimum count', async () => {
    const { companies, skills } = await data(
      ctx.app,
      `{ companies: talentMap(by: ORGANIZATION, orgKind: COMPANY) {
           items { group { id orgKind } count people(first: 200) { items { id } } } }
         skills: talentMap(by: SKILL, minCount: 3, first: 5) {
           items { group { id kind } count people(first: 200) { items { id } } } } }`,
    ).then((d) => ({ companies: d.companies.items, skills: d.skills.items }));
    expect(companies[0].group).toEqual({ id: 'org:megvii', orgKind: 'COMPANY' });
    expect(ids(companies[0].people.items)).toEqual(expect.arrayContaining(['person:jian-sun', 'person:xiangyu-zhang']));
    expect(companies.every((g: { group: { orgKind: string } }) => g.group.orgKind === 'COMPANY')).toBe(true);
    // Chaopeng Zhang's Google Brain and Tencent Youtu Lab internships count for Google and Tencent.
    const google = companies.find((g: { group: { id: string } }) => g.group.id === 'org:google');
    expect(ids(google.people.items)).toContain('person:chaopeng-zhang');
    expect(ids(companies)).not.toContain('org:google-brain');

    expect(skills.length).toBeLessThanOrEqual(5);
    for (const group of skills) {
      expect(group.group.kind).toBe('SKILL');
      expect(group.count).toBeGreaterThanOrEqual(3);
      expect(group.people.items).toHaveLength(group.count);
    }
    const counts = skills.map((g: { count: number }) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('maps talent by venue through authorship', async () => {
    const { talentMap } = await data(
      ctx.app,
      `{ talentMap(by: VENUE) { items { group { id } count people(first: 200) { items { id } } } } }`,
    );
    const iccv = talentMap.items.find((g: { group: { id: string } }) => g.group.id === 'venue:iccv');
    expect(ids(iccv.people.items)).toEqual(
      expect.arrayContaining(['person:chaopeng-zhang', 'person:qiong-cao', 'person:yu-wing-tai']),
    );
  });

  it('counts who went from each university to each company', async () => {
    const { talentFlow } = await data(
      ctx.app,
      `{ talentFlow(from: UNIVERSITY, to: COMPANY, first: 200) {
           totalCount items { from { id orgKind } to { id orgKind } count people { totalCount items { id } } } } }`,
    );
    expect(talentFlow.totalCount).toBe(talentFlow.items.length);
    const flow = (from: string, to: string) =>
      talentFlow.items.find((f: { from: { id: string }; to: { id: string } }) => f.from.id === from && f.to.id === to);
    expect(ids(flow('org:beihang-university', 'org:google').people.items)).toEqual(['person:chaopeng-zhang']);
    expect(ids(flow('org:peking-university', 'org:tencent').people.items)).toEqual(['person:chaopeng-zhang']);
    expect(ids(flow('org:tsinghua-university', 'org:megvii').people.items)).toEqual(
      expect.arrayContaining(['person:haoqiang-fan', 'person:kai-jia']),
    );
    for (const f of talentFlow.items) {
      expect(f.from.orgKind).toBe('UNIVERSITY');
      expect(f.to.orgKind).toBe('COMPANY');
      expect(f.people.totalCount).toBe(f.count);
      expect(f.people.items).toHaveLength(Math.min(f.count, 10));
    }
  });

  it('counts nodes and relationships by kind, as Neo4j does', async () => {
    const { stats } = await data<{
      stats: { nodes: { kind: string; count: number }[]; relationships: { kind: string; count: number }[] };
    }>(ctx.app, `{ stats { nodes { kind count } relationships { kind count } } }`);
    const session = ctx.driver.session();
    try {
      const people = await session.run('MATCH (n:Person) RETURN count(n) AS n');
      const authored = await session.run('MATCH ()-[r:AUTHORED]->() RETURN count(r) AS n');
      expect(stats.nodes.find((k) => k.kind === 'PERSON')?.count).toBe(people.records[0]?.get('n'));
      expect(stats.relationships.find((k) => k.kind === 'AUTHORED')?.count).toBe(authored.records[0]?.get('n'));
    } finally {
      await session.close();
    }
    expect(stats.nodes.map((k) => k.kind)).toContain('REPOSITORY');
    // Every relation kind of the schema, counted even when none is stored (AFFILIATED_WITH in the seed).
    expect(stats.relationships).toHaveLength(16);
  });
});
