import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { beforeAll, inject } from 'vitest';
import { loadSeedGraph } from '@cohort/seed';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** Where the test run's Neo4j listens (started by neo4j-global-setup.ts). */
export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

export function connectTestNeo4j(config: Config = {}): Driver {
  const { uri, username, password } = testNeo4j();
  return neo4j.driver(uri, neo4j.auth.basic(username, password), config);
}

/**
 * Makes the test file start from exactly the seed graph, whatever files ran before it: the
 * database is emptied and the seed data loaded before the file's first test.
 */
export function useSeedGraph(): void {
  beforeAll(async () => {
    const driver = connectTestNeo4j();
    try {
      await loadSeedGraph(driver, { reset: true, log: () => {} });
    } finally {
      await driver.close();
    }
  }, 180_000);
}
