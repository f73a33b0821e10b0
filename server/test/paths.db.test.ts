import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, ids, seededApp } from './helpers/api.ts';

/*
 * Two small graphs of their own, beside the seed graph and joined to nothing in it:
 *
 * - hubs: Ada and Ben share a skill and a topic, and publish in one venue; apart from those
 *   they meet only through Ada's co-author Cy, who works where Ben works.
 * - ring: from A to B through X (two hops), six triangles hanging off X, and two detours of
 *   six hops. The shortest walks go round a triangle (five hops, X twice) before any detour.
 */
const PREFIX = 'test:paths-';
const id = (name: string) => `${PREFIX}${name}`;

const HUBS = `
CREATE (ada:Entity:Person {id: $p + 'ada', kind: 'PERSON', name: 'Ada'}),
       (ben:Entity:Person {id: $p + 'ben', kind: 'PERSON', name: 'Ben'}),
       (cy:Entity:Person {id: $p + 'cy', kind: 'PERSON', name: 'Cy'}),
       (skill:Entity:Skill {id: $p + 'skill', kind: 'SKILL', name: 'Skill'}),
       (topic:Entity:Topic {id: $p + 'topic', kind: 'TOPIC', name: 'Topic'}),
       (venue:Entity:Venue {id: $p + 'venue', kind: 'VENUE', name: 'Venue'}),
       (adaPaper:Entity:Publication {id: $p + 'ada-paper', kind: 'PUBLICATION', name: 'Ada paper'}),
       (benPaper:Entity:Publication {id: $p + 'ben-paper', kind: 'PUBLICATION', name: 'Ben paper'}),
       (joint:Entity:Publication {id: $p + 'joint', kind: 'PUBLICATION', name: 'Joint paper'}),
       (org:Entity:Organization {id: $p + 'org', kind: 'ORGANIZATION', name: 'Org'}),
       (ada)-[:HAS_SKILL]->(skill), (ben)-[:HAS_SKILL]->(skill),
       (ada)-[:RESEARCHES]->(topic), (ben)-[:RESEARCHES]->(topic),
       (ada)-[:AUTHORED]->(adaPaper), (adaPaper)-[:PUBLISHED_IN]->(venue),
       (ben)-[:AUTHORED]->(benPaper), (benPaper)-[:PUBLISHED_IN]->(venue),
       (ada)-[:AUTHORED]->(joint), (cy)-[:AUTHORED]->(joint),
       (cy)-[:WORKED_AT]->(org), (ben)-[:WORKED_AT]->(org)`;

const RING = `
CREATE (a:Entity:Person {id: $p + 'a', kind: 'PERSON', name: 'A'}),
       (b:Entity:Person {id: $p + 'b', kind: 'PERSON', name: 'B'}),
       (x:Entity:Person {id: $p + 'x', kind: 'PERSON', name: 'X'}),
       (a)-[:MENTORED]->(x), (x)-[:MENTORED]->(b)
WITH a, b, x
UNWIND range(1, 6) AS t
CREATE (y:Entity:Person {id: $p + 'y' + t, kind: 'PERSON', name: 'Y'}),
       (z:Entity:Person {id: $p + 'z' + t, kind: 'PERSON', name: 'Z'}),
       (x)-[:MENTORED]->(y), (y)-[:MENTORED]->(z), (z)-[:MENTORED]->(x)
WITH DISTINCT a, b
UNWIND range(1, 2) AS d
CREATE (d1:Entity:Person {id: $p + 'd' + d + '-1', kind: 'PERSON', name: 'D'}),
       (d2:Entity:Person {id: $p + 'd' + d + '-2', kind: 'PERSON', name: 'D'}),
       (d3:Entity:Person {id: $p + 'd' + d + '-3', kind: 'PERSON', name: 'D'}),
       (d4:Entity:Person {id: $p + 'd' + d + '-4', kind: 'PERSON', name: 'D'}),
       (d5:Entity:Person {id: $p + 'd' + d + '-5', kind: 'PERSON', name: 'D'}),
       (a)-[:MENTORED]->(d1), (d1)-[:MENTORED]->(d2), (d2)-[:MENTORED]->(d3),
       (d3)-[:MENTORED]->(d4), (d4)-[:MENTORED]->(d5), (d5)-[:MENTORED]->(b)`;

const PATHS = `query($from: ID!, $to: ID!, $relations: [RelationKind!], $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, relations: $relations, maxHops: $maxHops, first: $first) {
    length nodes { id kind } edges { kind source target } } }`;

type Found = { length: number; nodes: { id: string; kind: string }[]; edges: { kind: string }[] }[];

const HUB_KINDS = ['SKILL', 'TOPIC', 'VENUE'];
const throughHub = (path: Found[number]) => path.nodes.some((node) => HUB_KINDS.includes(node.kind));
const isSimple = (nodes: { id: string }[]) => new Set(ids(nodes)).size === nodes.length;

describe('paths', () => {
  const ctx = seededApp();
  const write = async (cypher: string) => {
    const session = ctx.driver.session();
    try {
      await session.run(cypher, { p: PREFIX });
    } finally {
      await session.close();
    }
  };
  const paths = async (variables: Record<string, unknown>) =>
    (await data<{ paths: Found }>(ctx.app, PATHS, variables)).paths;

  beforeAll(async () => {
    await write(HUBS);
    await write(RING);
  });

  afterAll(async () => {
    await write('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n');
  });

  it('leaves out skills, topics and venues unless the relations name them', async () => {
    const plain = await paths({ from: id('ada'), to: id('ben'), maxHops: 8, first: 50 });
    expect(plain.map((p) => ids(p.nodes))).toEqual([[id('ada'), id('joint'), id('cy'), id('org'), id('ben')]]);

    const relations = ['HAS_SKILL', 'RESEARCHES', 'PUBLISHED_IN', 'AUTHORED', 'WORKED_AT'];
    const all = await paths({ from: id('ada'), to: id('ben'), relations, maxHops: 8, first: 50 });
    expect(all.map((p) => ids(p.nodes))).toEqual(
      expect.arrayContaining([
        [id('ada'), id('skill'), id('ben')],
        [id('ada'), id('topic'), id('ben')],
        [id('ada'), id('ada-paper'), id('venue'), id('ben-paper'), id('ben')],
        [id('ada'), id('joint'), id('cy'), id('org'), id('ben')],
      ]),
    );
    expect(all).toHaveLength(4);
    expect(all.map((p) => p.length)).toEqual([2, 2, 4, 4]);

    // One hub relation named is followed; the others stay out.
    const bySkill = await paths({ from: id('ada'), to: id('ben'), relations: ['HAS_SKILL'], first: 50 });
    expect(bySkill.map((p) => ids(p.nodes))).toEqual([[id('ada'), id('skill'), id('ben')]]);
  });

  it('never goes through a hub by default, from a hub to a person either', async () => {
    expect(await paths({ from: id('skill'), to: id('ben'), maxHops: 8, first: 50 })).toEqual([]);
    const found = await paths({ from: id('cy'), to: id('ben'), maxHops: 8, first: 50 });
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(throughHub)).toEqual([]);
  });

  it('has the trap: the three shortest walks from A to B include ones through X twice', async () => {
    const session = ctx.driver.session();
    try {
      const result = await session.run(
        `MATCH p = SHORTEST 3 (a:Entity {id: $from})(()-[r]-()){1,8}(b:Entity {id: $to})
         RETURN [n IN nodes(p) | n.id] AS nodes`,
        { from: id('a'), to: id('b') },
      );
      const walks = result.records.map((record) => (record.get('nodes') as string[]).map((n) => ({ id: n })));
      expect(walks).toHaveLength(3);
      expect(walks.filter(isSimple)).toHaveLength(1);
    } finally {
      await session.close();
    }
  });

  it('returns as many simple paths as asked for when that many exist, shortest first', async () => {
    const found = await paths({ from: id('a'), to: id('b'), maxHops: 8, first: 3 });
    expect(found.map((p) => p.length)).toEqual([2, 6, 6]);
    for (const path of found) {
      expect(isSimple(path.nodes)).toBe(true);
      expect(path.nodes[0]?.id).toBe(id('a'));
      expect(path.nodes.at(-1)?.id).toBe(id('b'));
      expect(path.edges).toHaveLength(path.length);
    }
    expect(new Set(found.map((p) => ids(p.nodes).join(' '))).size).toBe(3);
  });

  it('returns every simple path when fewer exist than asked for, and respects first and maxHops', async () => {
    const every = await paths({ from: id('a'), to: id('b'), maxHops: 8, first: 50 });
    expect(every.map((p) => p.length)).toEqual([2, 6, 6]);
    expect(every.every((p) => isSimple(p.nodes))).toBe(true);

    expect((await paths({ from: id('a'), to: id('b'), maxHops: 8, first: 2 })).map((p) => p.length)).toEqual([2, 6]);
    expect((await paths({ from: id('a'), to: id('b'), maxHops: 5, first: 3 })).map((p) => p.length)).toEqual([2]);
    expect(await paths({ from: id('a'), to: id('b'), maxHops: 1 })).toEqual([]);
  });
});
