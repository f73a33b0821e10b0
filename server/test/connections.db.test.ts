import { describe, expect, it } from 'vitest';
import { testNeo4j } from '../../test/support/database.ts';
import { buildApp, data, ids, seededApp, testDriver } from './helpers/api.ts';

type Edge = {
  id: string;
  kind: string;
  source: string;
  target: string;
  evidence: { source: string; line: number; quote: string }[];
};
type Subgraph = { nodes: { id: string; kind: string }[]; edges: Edge[]; truncated: boolean };

const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $relations: [RelationKind!], $limit: Int, $includeUnits: Boolean) {
  neighborhood(id: $id, depth: $depth, relations: $relations, limit: $limit, includeUnits: $includeUnits) {
    nodes { id kind } edges { id kind source target evidence { source line quote } } truncated } }`;

const PATHS = `query($from: ID!, $to: ID!, $relations: [RelationKind!], $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, relations: $relations, maxHops: $maxHops, first: $first) {
    length nodes { id } edges { kind source target } } }`;

describe('neighbourhoods and paths', () => {
  const ctx = seededApp();
  const neighborhood = async (variables: Record<string, unknown>) =>
    (await data<{ neighborhood: Subgraph }>(ctx.app, NEIGHBORHOOD, variables)).neighborhood;
  const paths = async (variables: Record<string, unknown>) =>
    (
      await data<{
        paths: { length: number; nodes: { id: string }[]; edges: { kind: string; source: string; target: string }[] }[];
      }>(ctx.app, PATHS, variables)
    ).paths;

  it('returns the entity, its neighbours and the edges among them, each with evidence', async () => {
    const hood = await neighborhood({ id: 'pub:non-local-recurrent-neural-memory' });
    expect(hood.truncated).toBe(false);
    expect(ids(hood.nodes)[0]).toBe('pub:non-local-recurrent-neural-memory');
    expect(ids(hood.nodes)).toEqual(
      expect.arrayContaining(['person:chaopeng-zhang', 'person:qiong-cao', 'venue:iccv']),
    );
    const returned = new Set(ids(hood.nodes));
    for (const edge of hood.edges) {
      expect(returned.has(edge.source) && returned.has(edge.target)).toBe(true);
      expect(edge.evidence.length).toBeGreaterThan(0);
    }
    // Qiong Cao also led Chaopeng Zhang's internship: an edge among the returned nodes.
    expect(hood.edges).toContainEqual(
      expect.objectContaining({ kind: 'MENTORED', source: 'person:qiong-cao', target: 'person:chaopeng-zhang' }),
    );
    expect(
      hood.edges.find((e) => e.kind === 'AUTHORED' && e.source === 'person:canmiao-fu')?.evidence[0],
    ).toMatchObject({
      source: '000_047d70e5b9cb1943.txt',
      line: 58,
    });
  });

  it("gives a publication's year on its node, and no year to anything else", async () => {
    const { neighborhood: hood } = await data<{
      neighborhood: { nodes: { id: string; kind: string; year: number | null }[] };
    }>(ctx.app, `{ neighborhood(id: "person:chaopeng-zhang") { nodes { id kind year } } }`);
    const year = (id: string) => hood.nodes.find((n) => n.id === id)?.year;
    expect(year('pub:non-local-recurrent-neural-memory')).toBe(2019);
    // The sources give no year for ArcFace.
    expect(year('pub:arcface')).toBeNull();
    expect(hood.nodes.filter((n) => n.kind !== 'PUBLICATION').every((n) => n.year === null)).toBe(true);
  });

  it('keeps to the relations asked for and to the depth', async () => {
    const authorship = await neighborhood({ id: 'person:chaopeng-zhang', relations: ['AUTHORED'], depth: 2 });
    expect(new Set(authorship.edges.map((e) => e.kind))).toEqual(new Set(['AUTHORED']));
    expect(ids(authorship.nodes)).toEqual(
      expect.arrayContaining(['person:yu-wing-tai', 'pub:non-local-recurrent-neural-memory']),
    );
    expect(authorship.nodes.every((n) => n.kind === 'PERSON' || n.kind === 'PUBLICATION')).toBe(true);

    const one = await neighborhood({ id: 'person:chaopeng-zhang', relations: ['AUTHORED'], depth: 1 });
    expect(ids(one.nodes)).toEqual(['person:chaopeng-zhang', 'pub:non-local-recurrent-neural-memory']);
    const zero = await neighborhood({ id: 'person:chaopeng-zhang', depth: 0 });
    expect(zero).toEqual({ nodes: [{ id: 'person:chaopeng-zhang', kind: 'PERSON' }], edges: [], truncated: false });
  });

  it('stops at `limit` nodes and says it did', async () => {
    const full = await neighborhood({ id: 'person:chaopeng-zhang', depth: 2, limit: 2000 });
    expect(full.truncated).toBe(false);
    expect(full.nodes.length).toBeGreaterThan(10);
    const cut = await neighborhood({ id: 'person:chaopeng-zhang', depth: 2, limit: 10 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(10);
    expect(ids(cut.nodes)[0]).toBe('person:chaopeng-zhang');
    const exact = await neighborhood({ id: 'person:chaopeng-zhang', depth: 2, limit: full.nodes.length });
    expect(exact.truncated).toBe(false);
  });

  it("brings in the people recorded at an organization's units when asked to", async () => {
    const BEIHANG = 'org:beihang-university';
    const SOFTWARE = 'org:beihang-school-of-software';
    const COMPUTING = 'org:beihang-school-of-computer-science-and-engineering';
    const people = ['person:chaopeng-zhang', 'person:qianhao-zhang'];

    // Both studied at schools of Beihang, not at the university as a whole.
    const alone = await neighborhood({ id: BEIHANG });
    expect(ids(alone.nodes)).toEqual(expect.arrayContaining([BEIHANG, SOFTWARE, COMPUTING]));
    for (const person of people) expect(ids(alone.nodes)).not.toContain(person);

    const withUnits = await neighborhood({ id: BEIHANG, includeUnits: true });
    expect(ids(withUnits.nodes)[0]).toBe(BEIHANG);
    expect(ids(withUnits.nodes)).toEqual(expect.arrayContaining([SOFTWARE, COMPUTING, ...people]));
    expect(withUnits.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'STUDIED_AT', source: 'person:chaopeng-zhang', target: SOFTWARE }),
        expect.objectContaining({ kind: 'STUDIED_AT', source: 'person:qianhao-zhang', target: COMPUTING }),
      ]),
    );

    // Only affiliations asked for: the PART_OF links still say why the schools are there.
    const affiliated = await neighborhood({ id: BEIHANG, includeUnits: true, relations: ['STUDIED_AT', 'WORKED_AT'] });
    expect(ids(affiliated.nodes)).toEqual(expect.arrayContaining(people));
    expect(affiliated.nodes.every((n) => n.kind === 'PERSON' || n.kind === 'ORGANIZATION')).toBe(true);
    expect(affiliated.edges).toContainEqual(
      expect.objectContaining({ kind: 'PART_OF', source: SOFTWARE, target: BEIHANG }),
    );
    expect(affiliated.edges.every((e) => ['PART_OF', 'STUDIED_AT', 'WORKED_AT'].includes(e.kind))).toBe(true);

    // The units count towards the limit and are reached before anything else.
    const cut = await neighborhood({ id: BEIHANG, includeUnits: true, limit: 2 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(2);
    expect(ids(cut.nodes)[0]).toBe(BEIHANG);
    expect(cut.nodes[1]?.kind).toBe('ORGANIZATION');

    // A person has no units: nothing changes.
    expect(await neighborhood({ id: 'person:qianhao-zhang', includeUnits: true })).toEqual(
      await neighborhood({ id: 'person:qianhao-zhang' }),
    );
  });

  it('finds a path from Qianhao Zhang to Qiong Cao, shortest first', async () => {
    const found = await paths({ from: 'person:qianhao-zhang', to: 'person:qiong-cao', first: 5 });
    expect(found.length).toBeGreaterThan(0);
    const lengths = found.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of found) {
      expect(path.nodes[0]?.id).toBe('person:qianhao-zhang');
      expect(path.nodes.at(-1)?.id).toBe('person:qiong-cao');
      expect(path.edges).toHaveLength(path.length);
      expect(new Set(ids(path.nodes)).size).toBe(path.nodes.length);
    }
    expect(new Set(found.map((p) => JSON.stringify(p.edges))).size).toBe(found.length);
  });

  it('finds the way through Beihang and the ICCV paper over affiliations and authorship only', async () => {
    const [path] = await paths({
      from: 'person:qianhao-zhang',
      to: 'person:qiong-cao',
      relations: ['STUDIED_AT', 'WORKED_AT', 'PART_OF', 'AUTHORED'],
      first: 1,
    });
    const nodes = ids(path?.nodes ?? []);
    expect(nodes).toEqual(expect.arrayContaining(['org:beihang-university', 'person:chaopeng-zhang']));
    // Chaopeng Zhang reaches Qiong Cao through their paper or through the lab where she led his internship.
    expect(['pub:non-local-recurrent-neural-memory', 'org:tencent-youtu-lab']).toContain(nodes.at(-2));
  });

  it('finds no path between Tao Zhang and Chaopeng Zhang over affiliations, mentorship or authorship', async () => {
    const relations = ['STUDIED_AT', 'WORKED_AT', 'PART_OF', 'MENTORED', 'AUTHORED'];
    expect(
      await paths({ from: 'person:tao-zhang', to: 'person:chaopeng-zhang', relations, maxHops: 8, first: 50 }),
    ).toEqual([]);
    // Over shared skills they are two hops apart, so the empty answer is the relations' doing.
    const viaSkills = await paths({
      from: 'person:tao-zhang',
      to: 'person:chaopeng-zhang',
      relations: ['HAS_SKILL'],
      first: 1,
    });
    expect(viaSkills[0]?.length).toBe(2);
  });

  it('respects maxHops and first', async () => {
    const relations = ['STUDIED_AT', 'WORKED_AT', 'PART_OF', 'AUTHORED'];
    expect(await paths({ from: 'person:qianhao-zhang', to: 'person:qiong-cao', relations, maxHops: 3 })).toEqual([]);
    expect(await paths({ from: 'person:qianhao-zhang', to: 'person:qiong-cao', first: 1 })).toHaveLength(1);
    expect(await paths({ from: 'person:qiong-cao', to: 'person:qiong-cao' })).toEqual([
      { length: 0, nodes: [{ id: 'person:qiong-cao' }], edges: [] },
    ]);
  });

  it('answers the same through a neo4j:// address, which routes reads as in a cluster', async () => {
    // The routing driver asks the server where to read and then connects there: a single
    // instance names itself, by the address it advertises.
    expect(testNeo4j().uri).toMatch(/^bolt:\/\//);
    const routing = testDriver(testNeo4j().uri.replace(/^bolt:/, 'neo4j:'));
    try {
      const variables = { from: 'person:qianhao-zhang', to: 'person:qiong-cao', first: 5 };
      const routed = await data<{ paths: unknown[] }>(buildApp(routing), PATHS, variables);
      expect(routed.paths.length).toBeGreaterThan(0);
      expect(routed).toEqual(await data(ctx.app, PATHS, variables));
    } finally {
      await routing.close();
    }
  });
});

const COMMON_GROUND = `query($people: [ID!]!) { commonGround(people: $people) {
  organizations { organization { id name } overlap { start end } overlapStatus
                  affiliations { person { id } organization { id } relation start end } }
  coauthoredPublications { id } sharedCoauthors { id } sharedMentors { id } sharedSkills { id } } }`;

describe('common ground', () => {
  const ctx = seededApp();
  const commonGround = async (people: string[]) => (await data(ctx.app, COMMON_GROUND, { people })).commonGround;

  it('finds Beihang University for Chaopeng Zhang and Qianhao Zhang, rolled up from their schools', async () => {
    const ground = await commonGround(['person:chaopeng-zhang', 'person:qianhao-zhang']);
    const beihang = ground.organizations.find(
      (o: { organization: { id: string } }) => o.organization.id === 'org:beihang-university',
    );
    expect(beihang?.affiliations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          person: { id: 'person:chaopeng-zhang' },
          organization: { id: 'org:beihang-school-of-software' },
        }),
        expect.objectContaining({
          person: { id: 'person:qianhao-zhang' },
          organization: { id: 'org:beihang-school-of-computer-science-and-engineering' },
        }),
      ]),
    );
    // Qianhao Zhang's CV gives only when he graduated (Jul. 2019), so when they overlapped is unknown.
    expect(beihang.overlap).toBeNull();
    expect(beihang.overlapStatus).toBe('UNKNOWN');
    expect(ground.coauthoredPublications).toEqual([]);
    expect(ids(ground.sharedSkills)).toEqual(expect.arrayContaining(['skill:pytorch']));
  });

  it('gives the period two Megvii researchers were both there, an open end running to today', async () => {
    // Kai Jia at Face++ since 2012, Gang Yu at Megvii since late 2014; neither has left.
    const ground = await commonGround(['person:kai-jia', 'person:gang-yu']);
    const megvii = ground.organizations.find(
      (o: { organization: { id: string } }) => o.organization.id === 'org:megvii',
    );
    expect(megvii.overlap).toEqual({ start: '2014', end: null });
    expect(megvii.overlapStatus).toBe('OVERLAPPED');
  });

  it('finds the paper, co-authors and mentors people share', async () => {
    const ground = await commonGround(['person:chaopeng-zhang', 'person:canmiao-fu', 'person:yu-wing-tai']);
    expect(ids(ground.coauthoredPublications)).toEqual(['pub:non-local-recurrent-neural-memory']);
    expect(ids(ground.sharedCoauthors)).toEqual(
      expect.arrayContaining(['person:qiong-cao', 'person:wenjie-pei', 'person:xiaoyong-shen', 'person:yong-zhao']),
    );
    expect(ids(ground.sharedCoauthors)).not.toContain('person:chaopeng-zhang');
    expect(ground.sharedMentors).toEqual([]);
  });

  it('finds nothing shared where nothing is', async () => {
    const ground = await commonGround(['person:tao-zhang', 'person:xiangyu-zhang']);
    expect(ground.organizations).toEqual([]);
    expect(ground.coauthoredPublications).toEqual([]);
    expect(ground.sharedMentors).toEqual([]);
  });
});
