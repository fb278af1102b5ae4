import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { IN_MEMORY, type Database, type Dialect } from '../../src/storage/database.js';
import { openPostgresDatabase } from '../../src/storage/postgres-database.js';
import { openSqliteDatabase } from '../../src/storage/sqlite-database.js';

/** The PostgreSQL server tests use: RAPPORT_TEST_POSTGRES_URL, or the local one with trust auth. */
export const TEST_POSTGRES_URL = process.env.RAPPORT_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Test schemas are named with this prefix so a crashed run's leftovers can be found and dropped. */
export const TEST_SCHEMA_PREFIX = 'rapport_test_';

/** The engine tests run on: RAPPORT_TEST_DATABASE=postgres for PostgreSQL, SQLite otherwise. */
export const TEST_DIALECT: Dialect = process.env.RAPPORT_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

let schemas = 0;

/** A new test schema's name: the prefix, the process, a counter and the time (for clean-up). */
function newSchemaName(): string {
  return `${TEST_SCHEMA_PREFIX}${process.pid}_${++schemas}_${Date.now().toString(36)}`;
}

/**
 * A fresh, migrated, empty database for one test: in-memory SQLite, or (on the PostgreSQL run)
 * a new schema of its own on the test server, dropped when the database is closed.
 */
export async function openTestDatabase(dialect: Dialect = TEST_DIALECT): Promise<Database> {
  if (dialect === 'sqlite') return openSqliteDatabase(IN_MEMORY);
  const target = await freshDatabaseEnv('postgres');
  const database = await openPostgresDatabase({ url: target.env.DATABASE_URL ?? '', poolSize: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await target.drop();
    },
  };
}

/** Drops schemas (and everything in them) over a short-lived connection. */
export async function dropSchemas(url: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${names.map(quoteIdentifier).join(', ')} cascade`);
  } finally {
    await client.end();
  }
}

/** Settings that point a Rapport process at a fresh database, and a way to remove it after. */
export interface DatabaseEnv {
  readonly env: Record<string, string>;
  readonly drop: () => Promise<void>;
}

/**
 * A fresh database for a Rapport process: a new SQLite file in a temporary folder, or (on the
 * PostgreSQL run) a new schema named in DATABASE_URL's search path.
 */
export async function freshDatabaseEnv(dialect: Dialect = TEST_DIALECT): Promise<DatabaseEnv> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
    return { env: { DATABASE_PATH: join(dir, 'rapport.db') }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const schema = newSchemaName();
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`create schema ${quoteIdentifier(schema)}`).finally(() => client.end());
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { env: { DATABASE_URL: url.toString() }, drop: () => dropSchemas(TEST_POSTGRES_URL, [schema]) };
}

/** Quotes a name for use as an SQL identifier. */
function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
