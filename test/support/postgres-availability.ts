import pg from 'pg';
import { dropSchemas, TEST_POSTGRES_URL, TEST_SCHEMA_PREFIX } from './test-database.js';

/** Leftover test schemas older than this (from a run that crashed) are dropped. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Whether the PostgreSQL test run can happen: true when the test server answers (after dropping
 * stale test schemas). When it does not, CI (RAPPORT_REQUIRE_POSTGRES=1) fails loudly; elsewhere
 * a visible notice says the PostgreSQL run is skipped.
 */
export async function postgresAvailable(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>('select nspname as name from pg_namespace where starts_with(nspname, $1)', [TEST_SCHEMA_PREFIX]);
    await dropSchemas(TEST_POSTGRES_URL, rows.map((row) => row.name).filter(isStale));
    return true;
  } catch (error) {
    const reason = `PostgreSQL is not reachable at ${new URL(TEST_POSTGRES_URL).host} (${error instanceof Error ? error.message : String(error)})`;
    if (env.RAPPORT_REQUIRE_POSTGRES === '1')
      throw new Error(`${reason}, and RAPPORT_REQUIRE_POSTGRES=1 requires it: start PostgreSQL or set RAPPORT_TEST_POSTGRES_URL`, { cause: error });
    console.warn(`\n  NOTICE: ${reason}: the PostgreSQL test run is SKIPPED. Set RAPPORT_TEST_POSTGRES_URL or start PostgreSQL to run it.\n`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A test schema is named `<prefix><pid>_<n>_<base-36 creation time>`. */
function isStale(name: string): boolean {
  const created = parseInt(name.slice(name.lastIndexOf('_') + 1), 36);
  return !Number.isFinite(created) || Date.now() - created > STALE_AFTER_MS;
}
