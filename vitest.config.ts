import { defineConfig } from 'vitest/config';
import { postgresAvailable } from './test/support/postgres-availability.js';

/**
 * Two runs: every test on SQLite, then the tests that touch storage again on PostgreSQL (each
 * test in a schema of its own), plus the multi-instance tests that only make sense there.
 */
const POSTGRES_TESTS = [
  'test/commands/**/*.test.ts',
  'test/storage/**/*.test.ts',
  'test/scheduler/**/*.test.ts',
  'test/e2e/console-process.test.ts',
  'test/e2e/cohort-process.test.ts',
  'test/e2e/assignment-process.test.ts',
  'test/e2e/practice-process.test.ts',
  'test/e2e/log-crash.test.ts',
  'test/postgres/**/*.test.ts',
];

const withPostgres = await postgresAvailable();

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // The end-to-end tests run the compiled Rapport, as `npm start` does.
    globalSetup: ['test/support/compiled-build.ts'],
    // The classifiers' data files, through their port (as src/app.ts gives them).
    setupFiles: ['test/support/model-assets.ts'],
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'], exclude: ['test/postgres/**'] } },
      ...(withPostgres
        ? [
            {
              extends: true as const,
              test: { name: 'postgres', include: POSTGRES_TESTS, exclude: ['test/storage/sqlite-*.test.ts'], env: { RAPPORT_TEST_DATABASE: 'postgres' } },
            },
          ]
        : []),
    ],
  },
});
