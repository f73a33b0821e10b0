import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildApp, data, seededApp } from './helpers/api.ts';
import { replacing, watchingStatements } from './helpers/watch-driver.ts';

/**
 * The test driver, counting the sessions (one per read) the server opens through it and the
 * queries it runs in their read transactions.
 */
function counting(driver: Driver): { driver: Driver; sessions: () => number; queries: () => number } {
  let sessions = 0;
  let queries = 0;
  const watched = watchingStatements(driver, () => queries++);
  const session: Driver['session'] = (config) => {
    sessions++;
    return watched.session(config);
  };
  return { driver: replacing(driver, { session }), sessions: () => sessions, queries: () => queries };
}

const PEOPLE = `query($first: Int) {
  search(text: "zhang", kinds: [PERSON], first: $first) { items {
    id
    ... on Person {
      affiliations { organization { id } }
      publications { items { id authors { id } venue { id } } }
      mentors { id } mentees { id }
      coauthors { items { person { id } count } }
      skills { id } topics { id }
    }
  } }
}`;

describe('per-request batching', () => {
  const ctx = seededApp();

  it('reads a list of people and their details in a fixed number of queries, however long the list', async () => {
    const reads = async (first: number) => {
      const { driver, sessions } = counting(ctx.driver);
      const { search } = await data(buildApp(driver), PEOPLE, { first });
      return { people: search.items.length, sessions: sessions() };
    };
    const few = await reads(2);
    const many = await reads(8);
    expect(many.people).toBeGreaterThan(few.people);
    // search, affiliations, publications, publication details, mentorship, co-authors, facets
    expect(many.sessions).toBe(few.sessions);
    expect(many.sessions).toBeLessThanOrEqual(7);
  });

  it('does not share a cache between requests', async () => {
    const { driver, sessions } = counting(ctx.driver);
    const app = buildApp(driver);
    await data(app, `{ entity(id: "person:chaopeng-zhang") { id } }`);
    await data(app, `{ entity(id: "person:chaopeng-zhang") { id } }`);
    expect(sessions()).toBe(2);
  });

  it("reads an organization's neighbourhood with all its units in as many queries as without them", async () => {
    const reads = async (includeUnits: boolean) => {
      const { driver, queries } = counting(ctx.driver);
      const { neighborhood } = await data(
        buildApp(driver),
        `query($units: Boolean) { neighborhood(id: "org:beihang-university", includeUnits: $units) { nodes { id } } }`,
        { units: includeUnits },
      );
      return { nodes: neighborhood.nodes.length, queries: queries() };
    };
    const alone = await reads(false);
    const withUnits = await reads(true);
    expect(withUnits.nodes).toBeGreaterThan(alone.nodes);
    // The start (with the units), one level of neighbours, the edges among them.
    expect(withUnits.queries).toBe(alone.queries);
    expect(withUnits.queries).toBe(3);
  });
});
