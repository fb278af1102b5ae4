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
  /** Told when a timed checkpoint fails (a full disk, say); the next one tries again. */
  readonly onBackgroundError?: (error: Error) => void;
}

/**
 * How often the write-ahead log is checkpointed, on a plain timer. SQLite's default checkpoints
 * inside the commit that crosses 1,000 pages (about every 200 /questions), so the reply being
 * handled waits for the checkpoint's writes and its two flushes. Timed with the default in
 * bench:slack (load 2 to 5): 91 write statements over 2 ms in 4,700 /questions (up to 42 ms),
 * against 10 reads over 2 ms, enough to set a p99. On the timer that work comes once every 5 s
 * and delays at most the request that arrives during it: 15 to 75 ms a checkpoint at load 12,
 * one request in about 1,500 in the benchmark.
 */
const CHECKPOINT_INTERVAL_MS = 5_000;

/**
 * Pages the log may grow to before a commit checkpoints it all the same (about 40 MiB): a bound
 * for when the timer's passive checkpoint cannot finish (a reader holding an old snapshot).
 */
const CHECKPOINT_BOUND_PAGES = 10_000;

/**
 * Opens (creating if needed) the SQLite database at `path`, with write-ahead logging, foreign
 * keys and a busy timeout, and brings its schema up to date unless `migrate` is false. A file's
 * log is checkpointed every {@link CHECKPOINT_INTERVAL_MS} by a timer (a passive checkpoint,
 * which never waits for other connections), with SQLite's automatic checkpoint as a bound.
 * @see https://www.sqlite.org/wal.html#automatic_checkpoint
 */
export async function openSqliteDatabase(path: string, { migrate = true, onBackgroundError }: SqliteOptions = {}): Promise<Database> {
  const onDisk = path !== IN_MEMORY;
  if (onDisk) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  refuseDamaged(sqlite, path);
  if (onDisk) useWriteAheadLog(sqlite);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('synchronous = NORMAL');
  const checkpoints = onDisk ? checkpointOnTimer(sqlite, onBackgroundError) : undefined;
  const db = new Kysely<Schema>({ dialect: new LockingSqliteDialect({ database: withStatementCache(sqlite) }) });
  const close = (): Promise<void> => {
    clearInterval(checkpoints);
    return db.destroy();
  };
  const database: Database = { db, dialect: 'sqlite', close };
  if (migrate) await migrateOrClose(database);
  return database;
}

/** How long a statement waits for another process's lock before SQLite gives up. */
const BUSY_TIMEOUT_MS = 5_000;

/** How long to wait before trying the switch to write-ahead logging again. */
const SWITCH_RETRY_MS = 20;

/**
 * Switches the file to write-ahead logging. Two processes opening one new file at once (two
 * `npm run db:migrate`, or two shards) can each hold a read lock and want the write lock the
 * switch needs; SQLite then refuses one at once with SQLITE_BUSY instead of waiting, since
 * waiting could deadlock. The refused one lets the other finish and tries again, for as long as
 * the busy timeout.
 * @see https://www.sqlite.org/c3ref/busy_handler.html
 */
function useWriteAheadLog(sqlite: SqliteDatabase.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const busy = error instanceof SqliteDatabase.SqliteError && error.code.startsWith('SQLITE_BUSY');
      if (!busy || Date.now() >= deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SWITCH_RETRY_MS);
    }
  }
}

/**
 * Checkpoints `sqlite`'s log every {@link CHECKPOINT_INTERVAL_MS}, telling `onError` of a
 * failure; the timer never keeps the process alive.
 */
function checkpointOnTimer(sqlite: SqliteDatabase.Database, onError: ((error: Error) => void) | undefined): NodeJS.Timeout {
  sqlite.pragma(`wal_autocheckpoint = ${CHECKPOINT_BOUND_PAGES}`);
  const timer = setInterval(() => {
    try {
      if (sqlite.open) sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      onError?.(error instanceof Error ? error : new Error(String(error)));
    }
  }, CHECKPOINT_INTERVAL_MS);
  timer.unref();
  return timer;
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
