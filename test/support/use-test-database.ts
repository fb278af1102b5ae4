import { afterEach, beforeEach } from 'vitest';
import type { Database } from '../../src/storage/database.js';
import { openTestDatabase } from './test-database.js';

/**
 * Opens a fresh migrated database before each test of the enclosing suite and closes it after;
 * returns a getter for the current one.
 */
export function useTestDatabase(): () => Database {
  let database: Database | undefined;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });
  return () => {
    if (database === undefined) throw new Error('No test database: call it inside a test.');
    return database;
  };
}
