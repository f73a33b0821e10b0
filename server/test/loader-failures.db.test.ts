import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredStatements } from '../src/data/statements.ts';
import { buildApp, post, seededApp, testDriver } from './helpers/api.ts';
import { closedPort } from './helpers/closed-port.ts';
import { replacing, watchingStatements } from './helpers/watch-driver.ts';

const PUBLICATIONS = 40;
const AUTHOR = 'test:prolific-author';

/**
 * `live` until a transaction has run `cypher`; every session opened after that comes from
 * `dead` (a driver for a closed port), as if the database went away at that moment.
 */
function goingAwayAfter(live: Driver, dead: Driver, cypher: string): Driver {
  let gone = false;
  const watched = watchingStatements(live, (text) => {
    gone ||= text === cypher;
  });
  return replacing(live, { session: (config) => (gone ? dead : watched).session(config) });
}

const DETAIL = `query($id: ID!, $authors: Boolean!) {
  entity(id: $id) {
    id
    ... on Person { publications { items { id venue { id } authors @include(if: $authors) { id } } } }
  }
}`;

describe('a failed batch is one error', () => {
  const ctx = seededApp();
  let dead: Driver;

  beforeAll(async () => {
    dead = testDriver(`bolt://127.0.0.1:${await closedPort()}`);
    // A prolific author: one person and many publications, each with its own venue field.
    const session = ctx.driver.session();
    try {
      await session.run(
        `CREATE (p:Entity:Person {id: $author, kind: 'PERSON', name: 'Prolific Author'})
         WITH p
         UNWIND range(1, $count) AS i
         CREATE (p)-[:AUTHORED {id: $author + '-authored-' + i}]->
                (:Entity:Publication {id: $author + '-paper-' + i, kind: 'PUBLICATION', name: 'Paper ' + i})`,
        { author: AUTHOR, count: neo4j.int(PUBLICATIONS) },
      );
    } finally {
      await session.close();
    }
  });

  afterAll(async () => {
    await dead?.close();
    const session = ctx.driver.session();
    try {
      await session.run(`MATCH (n:Entity) WHERE n.id STARTS WITH $author DETACH DELETE n`, { author: AUTHOR });
    } finally {
      await session.close();
    }
  });

  /** The author's page, with Neo4j going away once the publications are read, before their details. */
  const detail = (authors: boolean) => {
    const publications = registeredStatements().get('people.PUBLICATIONS') ?? '';
    expect(publications).not.toBe('');
    const app = buildApp(goingAwayAfter(ctx.driver, dead, publications));
    return { app, result: post(app, DETAIL, { id: AUTHOR, authors }) };
  };

  it('reports one error when the publications of a prolific author cannot be detailed', async () => {
    const { app, result } = detail(true);
    const { data, errors } = await result;
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    // Authors cannot be null, so the failure empties the nearest field that can be: the entity.
    expect(data).toEqual({ entity: null });
    expect(app.logs).toHaveLength(1);
  });

  it('leaves the other venues null without errors of their own', async () => {
    const { result } = detail(false);
    const { data, errors } = await result;
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    // Venues can be null: the author and the publications are there, every venue is null.
    expect(data?.entity?.publications.items).toHaveLength(PUBLICATIONS);
    expect(data?.entity?.publications.items.every((p: { venue: unknown }) => p.venue === null)).toBe(true);
  });

  it('reports one error for several fields of one batch when Neo4j is down from the start', async () => {
    const app = buildApp(dead);
    const { data, errors } = await post(
      app,
      `{ a: entity(id: "person:chaopeng-zhang") { id } b: entity(id: "person:xiangyu-zhang") { id } }`,
    );
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(data).toEqual({ a: null, b: null });
  });
});
