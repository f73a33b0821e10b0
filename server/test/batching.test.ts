import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildApp, data, seededApp } from './helpers/api.ts';

/** The test driver, counting the sessions (one per read) the server opens through it. */
function counting(driver: Driver): { driver: Driver; sessions: () => number } {
  let sessions = 0;
  const proxy = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          sessions++;
          return target.session(...args);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: proxy, sessions: () => sessions };
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
});
