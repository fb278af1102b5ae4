import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import { DamagedDatabaseError } from './damaged-database-error.js';
import { IN_MEMORY, type Database } from './database.js';
import { migrateOrClose } from './migrate.js';
import type { Schema } from './schema.js';
import { LockingSqliteDialect } from './sqlite-dialect.js';

/** Options for {@link openSqliteDatabase}. */
export interface SqliteOptions {
  /** Bring the schema up to date on opening (default true). */
  readonly migrate?: boolean;
}

/**
 * Opens (creating if needed) the SQLite database at `path`, with write-ahead logging, foreign
 * keys and a busy timeout, and brings its schema up to date unless `migrate` is false. The log
 * is checkpointed by SQLite itself (`wal_autocheckpoint`, every 1,000 pages by default), on the
 * connection that commits the write that crosses it.
 * @see https://www.sqlite.org/wal.html#automatic_checkpoint
 */
export async function openSqliteDatabase(path: string, { migrate = true }: SqliteOptions = {}): Promise<Database> {
  const onDisk = path !== IN_MEMORY;
  if (onDisk) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  refuseDamaged(sqlite, path);
  if (onDisk) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Schema>({ dialect: new LockingSqliteDialect({ database: withStatementCache(sqlite) }) });
  const close = (): Promise<void> => db.destroy();
  const database: Database = { db, dialect: 'sqlite', close };
  if (migrate) await migrateOrClose(database);
  return database;
}

/**
 * Closes `sqlite` and throws {@link DamagedDatabaseError} when SQLite cannot read the file as a
 * database or its quick check finds damage (torn pages, broken indexes); SQLite would otherwise
 * go on writing into it.
 * @see https://www.sqlite.org/pragma.html#pragma_quick_check
 */
function refuseDamaged(sqlite: SqliteDatabase.Database, path: string): void {
  let finding: string;
  try {
    const results = sqlite.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    finding = results
      .map((row) => row.quick_check)
      .filter((line) => line !== 'ok')
      .slice(0, 3)
      .join('; ');
  } catch (error) {
    if (!(error instanceof SqliteDatabase.SqliteError) || !['SQLITE_NOTADB', 'SQLITE_CORRUPT'].includes(error.code)) throw error;
    finding = error.message;
  }
  if (finding === '') return;
  sqlite.close();
  throw new DamagedDatabaseError(path, finding);
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
