import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['db/test/**/*.test.ts', 'seed/test/**/*.test.ts', 'server/test/**/*.test.ts', 'web/test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['db/src/test-neo4j.ts'],
    // One shared database: test files run one after another so none sees another's writes.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
