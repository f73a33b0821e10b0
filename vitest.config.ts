import { defineConfig } from 'vitest/config';

// Three tiers that run apart: `unit` needs neither Java nor Neo4j; `db` runs against a real,
// disposable Neo4j; `browser` drives Chromium against the real server. Files that need the
// database start from the graph they load themselves, so no file depends on another's data.
// A file's tier is in its name: `*.db.test.ts` needs Neo4j, `e2e/` needs Chromium too.
const DB_TESTS = ['**/*.db.test.ts'];
// These start Neo4j (or all of Cohort) themselves, to stop, kill or break it: they share nothing
// with the other database tests, which they follow.
const OWN_NEO4J_TESTS = ['db/test/**/*.db.test.ts', 'test/**/*.db.test.ts', 'seed/test/bulk-*.db.test.ts'];

const neo4jTier = {
  globalSetup: ['test/support/neo4j-global-setup.ts'],
  // Files share the loaded modules instead of importing the server afresh, seconds each.
  isolate: false,
  // One database for the run: files take turns with it.
  fileParallelism: false,
  // A guard against a hang, not a measure of speed: some tests import and merge datasets, which
  // takes several times as long on a busy machine.
  testTimeout: 60_000,
  hookTimeout: 180_000,
  teardownTimeout: 60_000,
};

export default defineConfig({
  test: {
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // As in the database tiers: the files share loaded modules (none keeps state between files).
          isolate: false,
          include: ['*/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...DB_TESTS, 'e2e/**', '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: DB_TESTS,
          exclude: [...OWN_NEO4J_TESTS, '**/node_modules/**'],
          sequence: { groupOrder: 1 },
          ...neo4jTier,
        },
      },
      {
        extends: true,
        test: {
          name: 'own-neo4j',
          include: OWN_NEO4J_TESTS,
          // For the odd test that needs a Neo4j it did not start (a wrong password against one).
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['e2e/**/*.test.ts'], sequence: { groupOrder: 2 }, ...neo4jTier },
      },
    ],
  },
});
