import type { DatabaseConfig } from '../config.js';
import type { Database } from './database.js';
import { MigrationFailedError, SchemaTooNewError } from './migrate.js';
import { DamagedDatabaseError } from './damaged-database-error.js';

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  /** Bring the schema up to date on opening (default true). */
  readonly migrate?: boolean;
  /** Told about errors of work the database does in the background: PostgreSQL's idle connections, SQLite's timed checkpoints. */
  readonly onBackgroundError?: (error: Error) => void;
}

/**
 * Opens the database the configuration names: SQLite by default, PostgreSQL with DATABASE_URL.
 * Each engine's module (and driver) is loaded only when it is the one used: pg alone adds 5 MiB.
 */
export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  if (config.kind === 'sqlite') return (await import('./sqlite-database.js')).openSqliteDatabase(config.path, options);
  return (await import('./postgres-database.js')).openPostgresDatabase({ url: config.url, poolSize: config.poolSize, ...options });
}

/**
 * The line to exit with when the database would not open or migrate: where it is, what went
 * wrong and, when Rapport could not reach or write it, what setting to check. A schema too new
 * or a failed migration already says what to do.
 */
export function cannotOpenDatabase(config: DatabaseConfig, error: unknown): string {
  if (error instanceof DamagedDatabaseError) return damagedDatabase(error);
  const reason = error instanceof Error ? error.message : String(error);
  const fix = error instanceof SchemaTooNewError || error instanceof MigrationFailedError ? '' : `; ${isBusy(error) ? BUSY_FIX : databaseFix(config)}`;
  return `Cannot open the database (${describeDatabase(config)}): ${reason}${fix}`;
}

/** What to do about a damaged SQLite file: nothing was written to it; restore a copy or recover what SQLite can read. */
function damagedDatabase(error: DamagedDatabaseError): string {
  return (
    `Cannot open the database (SQLite at DATABASE_PATH=${error.path}): ${error.message}. Rapport has not written to it. ` +
    `Stop every Rapport instance, keep a copy of the damaged file (with its -wal file if there is one), then either copy your latest backup to ${error.path} ` +
    `or recover what can be read into a new file (sqlite3 ${error.path} ".recover" | sqlite3 recovered.db) and set DATABASE_PATH to it; then start Rapport again.`
  );
}

/** What to do when another process held the SQLite file for longer than the busy timeout. */
const BUSY_FIX = 'another process holds the file (another Rapport instance, or a migration still running): wait for it to finish or stop it, then try again';

/** Whether SQLite refused because another connection held a lock (SQLITE_BUSY and its extended codes). */
function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY');
}

/** What to check when Rapport cannot reach or write the database, in one phrase. */
function databaseFix(config: DatabaseConfig): string {
  return config.kind === 'sqlite'
    ? 'check that DATABASE_PATH is a file Rapport may write'
    : 'check DATABASE_URL (user, host, port, database) and that PostgreSQL is running there';
}

/** Where the database is, for logs and messages, without any password the URL holds. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'sqlite') return `SQLite at DATABASE_PATH=${config.path}`;
  const url = new URL(config.url);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}
