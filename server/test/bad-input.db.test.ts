import { describe, expect, it } from 'vitest';
import { post, seededApp } from './helpers/api.ts';

const P = 'person:chaopeng-zhang';
const long = 'x'.repeat(201);

/** [what is wrong, query, the argument the error must name] */
const cases: [string, string, string][] = [
  ['search text empty', `{ search(text: "") { totalCount } }`, 'text'],
  ['search text only spaces', `{ search(text: "   ") { totalCount } }`, 'text'],
  ['search text over 200 characters', `{ search(text: "${long}") { totalCount } }`, 'text'],
  ['search first over 50', `{ search(text: "zhang", first: 51) { totalCount } }`, 'first'],
  ['search first zero', `{ search(text: "zhang", first: 0) { totalCount } }`, 'first'],
  ['search first negative', `{ search(text: "zhang", first: -1) { totalCount } }`, 'first'],
  ['search kinds empty', `{ search(text: "zhang", kinds: []) { totalCount } }`, 'kinds'],
  ['search after not a cursor', `{ search(text: "zhang", after: "page-2") { totalCount } }`, 'after'],
  ['search after a forged cursor', `{ search(text: "zhang", after: "b2Zmc2V0Oi0x") { totalCount } }`, 'after'],
  ['neighborhood depth over 3', `{ neighborhood(id: "${P}", depth: 4) { truncated } }`, 'depth'],
  ['neighborhood depth negative', `{ neighborhood(id: "${P}", depth: -1) { truncated } }`, 'depth'],
  ['neighborhood limit over 5000', `{ neighborhood(id: "${P}", limit: 5001) { truncated } }`, 'limit'],
  ['neighborhood limit negative', `{ neighborhood(id: "${P}", limit: -5) { truncated } }`, 'limit'],
  ['neighborhood relations empty', `{ neighborhood(id: "${P}", relations: []) { truncated } }`, 'relations'],
  ['neighborhood unknown id', `{ neighborhood(id: "person:nobody") { truncated } }`, 'id'],
  ['neighborhood overlong id', `{ neighborhood(id: "${long}") { truncated } }`, 'id'],
  ['neighborCounts unknown id', `{ neighborCounts(id: "person:nobody") { kind } }`, 'id'],
  ['paths maxHops over 8', `{ paths(from: "${P}", to: "person:qiong-cao", maxHops: 9) { length } }`, 'maxHops'],
  ['paths maxHops negative', `{ paths(from: "${P}", to: "person:qiong-cao", maxHops: -2) { length } }`, 'maxHops'],
  ['paths first over 50', `{ paths(from: "${P}", to: "person:qiong-cao", first: 51) { length } }`, 'first'],
  ['paths first negative', `{ paths(from: "${P}", to: "person:qiong-cao", first: -1) { length } }`, 'first'],
  ['paths unknown from', `{ paths(from: "person:nobody", to: "person:qiong-cao") { length } }`, 'from'],
  ['paths unknown to', `{ paths(from: "${P}", to: "org:nowhere") { length } }`, 'to'],
  ['commonGround one person', `{ commonGround(people: ["${P}"]) { sharedSkills { id } } }`, 'people'],
  ['commonGround no one', `{ commonGround(people: []) { sharedSkills { id } } }`, 'people'],
  ['commonGround one person twice', `{ commonGround(people: ["${P}", "${P}"]) { sharedSkills { id } } }`, 'people'],
  [
    'commonGround eleven people',
    `{ commonGround(people: [${Array.from({ length: 11 }, (_, i) => `"person:p${i}"`).join(', ')}]) { sharedSkills { id } } }`,
    'people',
  ],
  [
    'commonGround unknown person',
    `{ commonGround(people: ["${P}", "person:nobody"]) { sharedSkills { id } } }`,
    'people',
  ],
  ['commonGround not a person', `{ commonGround(people: ["${P}", "org:megvii"]) { sharedSkills { id } } }`, 'people'],
  ['coauthors unknown person', `{ coauthors(person: "person:nobody") { totalCount } }`, 'person'],
  ['coauthors not a person', `{ coauthors(person: "org:megvii") { totalCount } }`, 'person'],
  ['coauthors first over 200', `{ coauthors(person: "${P}", first: 201) { totalCount } }`, 'first'],
  [
    "a person's coauthors first zero",
    `{ entity(id: "${P}") { ... on Person { coauthors(first: 0) { totalCount } } } }`,
    'first',
  ],
  ['lineage depth over 3', `{ lineage(person: "${P}", depth: 4) { truncated } }`, 'depth'],
  ['lineage depth negative', `{ lineage(person: "${P}", depth: -1) { truncated } }`, 'depth'],
  ['lineage unknown person', `{ lineage(person: "person:nobody") { truncated } }`, 'person'],
  ['alumni unknown organization', `{ alumni(organization: "org:nowhere") { totalCount } }`, 'organization'],
  ['alumni not an organization', `{ alumni(organization: "${P}") { totalCount } }`, 'organization'],
  ['alumni first over 200', `{ alumni(organization: "org:megvii", first: 201) { totalCount } }`, 'first'],
  ['alumni after not a cursor', `{ alumni(organization: "org:megvii", after: "") { totalCount } }`, 'after'],
  ['talentMap first over 200', `{ talentMap(by: SKILL, first: 201) { totalCount } }`, 'first'],
  [
    'talentMap people first over 200',
    `{ talentMap(by: SKILL) { items { people(first: 201) { totalCount } } } }`,
    'first',
  ],
  ['talentMap minCount negative', `{ talentMap(by: SKILL, minCount: -1) { totalCount } }`, 'minCount'],
  ['talentMap orgKind without ORGANIZATION', `{ talentMap(by: SKILL, orgKind: COMPANY) { totalCount } }`, 'orgKind'],
  ['talentFlow to the same kind', `{ talentFlow(from: COMPANY, to: COMPANY) { totalCount } }`, 'to'],
  ['talentFlow first negative', `{ talentFlow(first: -1) { totalCount } }`, 'first'],
  ['conflicts first over 200', `{ conflicts(first: 201) { totalCount } }`, 'first'],
];

describe('bad input', () => {
  const ctx = seededApp();

  it.each(cases)('%s: BAD_USER_INPUT naming the argument', async (_what, query, argument) => {
    const result = await post(ctx.app, query);
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error?.message).toContain(argument);
  });

  it('refuses an argument of the wrong type before any resolver runs', async () => {
    const result = await post(ctx.app, `{ neighborhood(id: "${P}", depth: "deep") { truncated } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  // One request each: together, on a busy machine, they could share out the query timeout.
  it.each([
    `{ neighborhood(id: "${P}", depth: 3, limit: 5000) { truncated } }`,
    `{ paths(from: "person:tao-zhang", to: "person:qiong-cao", maxHops: 8, first: 50) { length } }`,
    `{ search(text: "${'a'.repeat(200)}", first: 50) { totalCount } }`,
    `{ alumni(organization: "org:megvii", first: 200) { totalCount } }`,
    `{ conflicts(first: 200) { totalCount } }`,
    `{ talentMap(by: SKILL, first: 200) { totalCount } }`,
    `{ talentMap(by: SKILL, first: 1) { items { people(first: 200) { totalCount } } } }`,
  ])('takes the largest allowed values: %s', async (query) => {
    expect((await post(ctx.app, query)).errors).toBeUndefined();
  });

  it('leaves the graph as it was', async () => {
    const session = ctx.driver.session();
    try {
      const count = await session.run('MATCH (n:Entity) RETURN count(n) AS n');
      expect(count.records[0]?.get('n')).toBeGreaterThan(100);
    } finally {
      await session.close();
    }
  });
});
