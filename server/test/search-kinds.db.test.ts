import { ENTITY_SEARCH_INDEX } from '@cohort/seed';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luceneQuery } from '../src/domain/search-text.ts';
import { data, ids, seededApp } from './helpers/api.ts';

/** More people called "Vision" than search takes candidates (100 for the default `first`). */
const CROWD = 300;
const PREFIX = 'test:vision-';
const TOPIC = 'topic:computer-vision';

const SEARCH = `query($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds) { items { id kind } } }`;

describe('search by kind behind many better matches of another kind', () => {
  const ctx = seededApp();
  const write = async (cypher: string, params: Record<string, unknown>) => {
    const session = ctx.driver.session();
    try {
      await session.run(cypher, params);
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    await write(
      `UNWIND range(1, $count) AS i
       CREATE (:Entity:Person {id: $prefix + i, kind: 'PERSON', name: 'Vision', aliases: ['Vision']})`,
      { count: neo4j.int(CROWD), prefix: PREFIX },
    );
  });

  afterAll(async () => {
    await write('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX });
  });

  it('has the crowd fill the top 100 of the full-text index, without the topic', async () => {
    const session = ctx.driver.session();
    try {
      const result = await session.run(
        `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: 100}) YIELD node RETURN node.id AS id`,
        { index: ENTITY_SEARCH_INDEX, lucene: luceneQuery('vision') },
      );
      const top = result.records.map((record) => String(record.get('id')));
      expect(top).toHaveLength(100);
      expect(top.every((id) => id.startsWith(PREFIX))).toBe(true);
    } finally {
      await session.close();
    }
  });

  it('finds the topic when asked for topics', async () => {
    const {
      search: { items: search },
    } = await data<{ search: { items: { id: string; kind: string }[] } }>(ctx.app, SEARCH, {
      text: 'vision',
      kinds: ['TOPIC'],
    });
    expect(ids(search)).toContain(TOPIC);
    expect(search.every((hit) => hit.kind === 'TOPIC')).toBe(true);
  });

  it('finds the topic among topics and skills too, and the crowd when asked for people', async () => {
    const {
      search: { items: topicsAndSkills },
    } = await data(ctx.app, SEARCH, { text: 'vision', kinds: ['SKILL', 'TOPIC'] });
    expect(ids(topicsAndSkills)).toContain(TOPIC);
    const {
      search: { items: people },
    } = await data(ctx.app, SEARCH, { text: 'vision', kinds: ['PERSON'] });
    expect(people).toHaveLength(10);
    expect(ids(people).every((id) => id.startsWith(PREFIX))).toBe(true);
  });
});
