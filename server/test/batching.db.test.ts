import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildApp, data, seededApp } from './helpers/api.ts';

/** `target` with `replace`'s methods in place of its own, the rest bound to it. */
function wrapped<T extends object>(target: T, replace: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (Object.hasOwn(replace, property)) return replace[property as keyof T];
      const value = Reflect.get(object, property, receiver);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

/**
 * The test driver, counting the sessions (one per read) the server opens through it and the
 * queries it runs in their read transactions.
 */
function counting(driver: Driver): { driver: Driver; sessions: () => number; queries: () => number } {
  let sessions = 0;
  let queries = 0;
  const session = (...args: Parameters<Driver['session']>) => {
    sessions++;
    const opened = driver.session(...args);
    const executeRead: typeof opened.executeRead = (work, config) =>
      opened.executeRead(
        (tx) =>
          work(
            wrapped(tx, {
              run: (...run: Parameters<typeof tx.run>) => {
                queries++;
                return tx.run(...run);
              },
            }),
          ),
        config,
      );
    return wrapped(opened, { executeRead });
  };
  return { driver: wrapped(driver, { session }), sessions: () => sessions, queries: () => queries };
}

const PEOPLE = `query($first: Int) {
  search(text: "zhang", kinds: [PERSON], first: $first) {
    id
    ... on Person {
      affiliations { organization { id } }
      publications { id authors { id } venue { id } }
      mentors { id } mentees { id }
      coauthors { person { id } count }
      skills { id } topics { id }
    }
  }
}`;

describe('per-request batching', () => {
  const ctx = seededApp();

  it('reads a list of people and their details in a fixed number of queries, however long the list', async () => {
    const reads = async (first: number) => {
      const { driver, sessions } = counting(ctx.driver);
      const { search } = await data(buildApp(driver), PEOPLE, { first });
      return { people: search.length, sessions: sessions() };
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
