import { describe, expect, it } from 'vitest';
import { data, ids, post, seededApp } from './helpers/api.ts';

const ICCV_2019_AUTHORS = [
  'person:canmiao-fu',
  'person:qiong-cao',
  'person:wenjie-pei',
  'person:chaopeng-zhang',
  'person:xiaoyong-shen',
  'person:yong-zhao',
  'person:yu-wing-tai',
];

describe('people, their papers and their mentors', () => {
  const ctx = seededApp();

  it("lists Chaopeng Zhang's co-authors: the six others on the ICCV 2019 paper, in its author order", async () => {
    const {
      coauthors: { items: coauthors, totalCount },
    } = await data<{
      coauthors: {
        totalCount: number;
        items: { person: { id: string }; publications: { id: string }[]; count: number }[];
      };
    }>(
      ctx.app,
      `{ coauthors(person: "person:chaopeng-zhang") { totalCount items { person { id } publications { id } count } } }`,
    );
    expect(totalCount).toBe(6);
    expect(coauthors.map((c) => c.person.id)).toEqual(ICCV_2019_AUTHORS.filter((id) => id !== 'person:chaopeng-zhang'));
    for (const coauthorship of coauthors) {
      expect(coauthorship.count).toBe(1);
      expect(ids(coauthorship.publications)).toEqual(['pub:non-local-recurrent-neural-memory']);
    }
  });

  it('shows the paper with its authors in order, its venue and year', async () => {
    const { entity } = await data(
      ctx.app,
      `{ entity(id: "pub:non-local-recurrent-neural-memory") {
           __typename name ... on Publication { year award venue { id name } authors { id } } } }`,
    );
    expect(entity).toMatchObject({ __typename: 'Publication', year: 2019, venue: { id: 'venue:iccv' } });
    expect(entity.name).toBe('Non-local Recurrent Neural Memory for Supervised Sequence Modeling');
    expect(ids(entity.authors)).toEqual(ICCV_2019_AUTHORS);
  });

  it('gives a person their affiliations oldest first, papers, mentors and skills', async () => {
    const { entity } = await data(
      ctx.app,
      `{ entity(id: "person:chaopeng-zhang") {
           __typename id kind name nameZh aliases
           ... on Person {
             partial
             affiliations { relation organization { id } start end evidence { source line quote } }
             publications { totalCount items { id year } }
             mentors { id } mentees { id }
             coauthors(first: 4) { totalCount items { person { id } } pageInfo { hasNextPage } }
             skills { id kind } awards { id kind } } } }`,
    );
    expect(entity).toMatchObject({
      __typename: 'Person',
      kind: 'PERSON',
      name: 'Chaopeng Zhang',
      nameZh: '张潮鹏',
      partial: false,
    });
    expect(entity.aliases).toEqual(expect.arrayContaining(['Zhang Chaopeng']));
    const orgs = entity.affiliations.map((a: { organization: { id: string } }) => a.organization.id);
    expect(orgs.slice(0, 2)).toEqual(['org:beihang-school-of-software', 'org:peking-university-ece']);
    expect(entity.affiliations[0]).toMatchObject({ relation: 'STUDIED_AT', start: '2013-08', end: '2017-07' });
    expect(entity.affiliations[0].evidence).toContainEqual({
      source: '000_047d70e5b9cb1943.txt',
      line: 13,
      quote: 'Aug. 2013 - July. 2017',
    });
    const google = entity.affiliations.find(
      (a: { organization: { id: string } }) => a.organization.id === 'org:google-brain',
    );
    expect(google).toMatchObject({ relation: 'WORKED_AT', start: '2019-05', end: null });
    expect(ids(entity.publications.items)).toEqual(['pub:non-local-recurrent-neural-memory']);
    expect(ids(entity.mentors)).toContain('person:qiong-cao');
    expect(entity.coauthors).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
    expect(entity.coauthors.items).toHaveLength(4);
    expect(ids(entity.skills)).toEqual(expect.arrayContaining(['skill:pytorch', 'skill:caffe']));
    expect(entity.skills.every((s: { kind: string }) => s.kind === 'SKILL')).toBe(true);
    expect(entity.awards.every((s: { kind: string }) => s.kind === 'AWARD')).toBe(true);
  });

  it('keeps the Chinese wording, place and year the sources give', async () => {
    const { entity, neighborhood } = await data(
      ctx.app,
      `{ entity(id: "person:chaopeng-zhang") { ... on Person { affiliations { organization { id } role roleZh location } } }
         neighborhood(id: "person:chaopeng-zhang", relations: [RECEIVED]) { edges { target year } } }`,
    );
    expect(entity.affiliations).toContainEqual({
      organization: { id: 'org:tencent-youtu-lab' },
      role: 'Research Intern',
      roleZh: '视觉研究实习生',
      location: 'Shenzhen, China',
    });
    // "Outstanding graduates of Beihang University 2017.06"
    expect(neighborhood.edges).toContainEqual({ target: 'award:beihang-outstanding-graduate', year: 2017 });
  });

  it('shows an organization with its parent and units', async () => {
    const { beihang, unit } = await data(
      ctx.app,
      `{ beihang: entity(id: "org:beihang-university") { __typename ... on Organization { orgKind parent { id } units { id } } }
         unit: entity(id: "org:beihang-school-of-software") { ... on Organization { parent { id name } } } }`,
    );
    expect(beihang).toMatchObject({ __typename: 'Organization', orgKind: 'UNIVERSITY', parent: null });
    expect(ids(beihang.units)).toEqual(
      expect.arrayContaining([
        'org:beihang-school-of-software',
        'org:beihang-school-of-computer-science-and-engineering',
      ]),
    );
    expect(unit.parent).toEqual({ id: 'org:beihang-university', name: 'Beihang University' });
  });

  it('answers null for an unknown id', async () => {
    const result = await post(ctx.app, `{ entity(id: "person:nobody") { id } }`);
    expect(result).toMatchObject({ status: 200, data: { entity: null } });
    expect(result.errors).toBeUndefined();
  });

  it("knows Jian Sun among Xiangyu Zhang's mentors", async () => {
    const { entity } = await data(
      ctx.app,
      `{ entity(id: "person:xiangyu-zhang") { ... on Person { mentors { id name } } } }`,
    );
    expect(entity.mentors).toContainEqual({ id: 'person:jian-sun', name: 'Jian Sun' });
  });

  it('traces the lineage up to mentors, down to mentees, or both', async () => {
    const lineage = async (person: string, direction: string, depth = 3) =>
      (
        await data(
          ctx.app,
          `query($p: ID!, $d: Direction, $n: Int) { lineage(person: $p, direction: $d, depth: $n) {
           nodes { id } edges { kind source target context evidence { source line } } truncated } }`,
          {
            p: person,
            d: direction,
            n: depth,
          },
        )
      ).lineage;

    const up = await lineage('person:xiangyu-zhang', 'UP');
    expect(ids(up.nodes)).toEqual(
      expect.arrayContaining(['person:xiangyu-zhang', 'person:jian-sun', 'person:kaiming-he']),
    );
    expect(up.edges).toContainEqual(
      expect.objectContaining({
        kind: 'MENTORED',
        source: 'person:jian-sun',
        target: 'person:xiangyu-zhang',
        context: 'advisor',
      }),
    );
    expect(up.edges.every((e: { evidence: unknown[] }) => e.evidence.length > 0)).toBe(true);
    expect(up.truncated).toBe(false);

    const down = await lineage('person:jian-sun', 'DOWN');
    expect(ids(down.nodes)).toContain('person:xiangyu-zhang');
    expect(ids(down.nodes)).not.toContain('person:kaiming-he');

    const both = await lineage('person:xiangyu-zhang', 'BOTH');
    expect(ids(both.nodes)).toEqual(expect.arrayContaining(ids(up.nodes)));
    expect(ids((await lineage('person:xiangyu-zhang', 'DOWN')).nodes)).toEqual(['person:xiangyu-zhang']);
    expect(ids((await lineage('person:xiangyu-zhang', 'UP', 0)).nodes)).toEqual(['person:xiangyu-zhang']);
  });
});
