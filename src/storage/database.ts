import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';
import type { Schema } from './schema.js';

/** An open database: the typed query builder and a way to close it. */
export interface Database {
  readonly db: Kysely<Schema>;
  close(): Promise<void>;
}

/** The path that keeps the database in memory (tests, throwaway runs). */
export const IN_MEMORY = ':memory:';

/**
 * Opens (creating if needed) the SQLite database at `path`, with write-ahead logging, foreign
 * keys and a busy timeout, and brings its schema up to date.
 */
export async function openSqliteDatabase(path: string): Promise<Database> {
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  if (path !== IN_MEMORY) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, close: () => db.destroy() };
}

/** How many prepared statements are kept; Rapport runs a few dozen distinct queries. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely's SQLite dialect takes it, with each prepared statement kept by its SQL
 * text: Kysely prepares every query it runs, and preparing costs more than running most of
 * Rapport's. SQLite re-prepares a kept statement by itself after a schema change.
 * @see https://www.sqlite.org/c3ref/prepare.html
 */
export function withStatementCache(sqlite: SqliteDatabase.Database, size = STATEMENT_CACHE_SIZE): KyselySqliteDatabase & { readonly cached: () => number } {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = sqlite.prepare(sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value ?? '');
      } else {
        statements.delete(sql);
      }
      statements.set(sql, statement);
      return statement;
    },
    cached: () => statements.size,
  };
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) };

/** Applies every migration not yet applied; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Schema>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
  throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : 'unknown error'}`, { cause: error });
}
