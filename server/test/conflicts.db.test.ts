import { describe, expect, it } from 'vitest';
import { data, seededApp } from './helpers/api.ts';

const CONFLICTS = 'conflicts { field claims { value evidence { source line quote } } }';

/** The English CV says the Tencent internship began in May 2018; its Chinese half says March. */
const TENCENT_START = {
  field: 'start',
  claims: expect.arrayContaining([
    { value: '2018-05', evidence: { source: '000_047d70e5b9cb1943.txt', line: 49, quote: 'May 2018 - April 2019' } },
    { value: '2018-03', evidence: { source: '000_047d70e5b9cb1943.txt', line: 126, quote: 'Mar 2018 - April 2019' } },
  ]),
};

describe('conflicts between sources', () => {
  const ctx = seededApp();

  it('lists the disputed Tencent internship start among all conflicts', async () => {
    const {
      conflicts: { items: conflicts, totalCount },
    } = await data(ctx.app, `{ conflicts(first: 200) { totalCount items { kind source target start ${CONFLICTS} } } }`);
    expect(conflicts).toHaveLength(totalCount);
    const tencent = conflicts.find((edge: { target: string }) => edge.target === 'org:tencent-youtu-lab');
    expect(tencent).toMatchObject({ kind: 'WORKED_AT', source: 'person:chaopeng-zhang' });
    expect(tencent.conflicts).toContainEqual(TENCENT_START);
    expect(conflicts.every((edge: { conflicts: unknown[] }) => edge.conflicts.length > 0)).toBe(true);
  });

  it('shows the conflict on the affiliation and on the edge in a neighbourhood', async () => {
    const { entity, neighborhood } = await data(
      ctx.app,
      `{ entity(id: "person:chaopeng-zhang") { ... on Person { affiliations { organization { id } start ${CONFLICTS} } } }
         neighborhood(id: "org:tencent-youtu-lab", relations: [WORKED_AT]) { edges { source ${CONFLICTS} } } }`,
    );
    const tencent = entity.affiliations.find(
      (a: { organization: { id: string } }) => a.organization.id === 'org:tencent-youtu-lab',
    );
    expect(tencent.conflicts).toContainEqual(TENCENT_START);
    const edge = neighborhood.edges.find((e: { source: string }) => e.source === 'person:chaopeng-zhang');
    expect(edge.conflicts).toContainEqual(TENCENT_START);
  });

  it('shows no conflicts where the sources agree', async () => {
    const { entity } = await data(
      ctx.app,
      `{ entity(id: "person:chaopeng-zhang") { ... on Person { affiliations { organization { id } conflicts { field } } } } }`,
    );
    const beihang = entity.affiliations.find(
      (a: { organization: { id: string } }) => a.organization.id === 'org:beihang-school-of-software',
    );
    expect(beihang.conflicts).toEqual([]);
  });
});
