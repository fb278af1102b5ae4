import { onTestFinished } from 'vitest';
import { freshDatabaseEnv } from './test-database.js';

/** {@link freshDatabaseEnv} for the running test, removed when the test finishes. */
export async function databaseEnvForTest(): Promise<Record<string, string>> {
  const target = await freshDatabaseEnv();
  onTestFinished(() => target.drop());
  return target.env;
}
