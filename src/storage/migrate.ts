import type { Kysely } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './database.js';
import type { Schema } from './schema.js';

/** The database was migrated by a newer Rapport than this one: running would risk its data. */
export class SchemaTooNewError extends Error {
  constructor(readonly unknownMigrations: readonly string[]) {
    super(
      `the database schema is newer than this version of Rapport (it has migration ${unknownMigrations.join(', ')}, which this version does not know): ` +
        'run the Rapport version that migrated it, or a newer one',
    );
    this.name = 'SchemaTooNewError';
  }
}

/** A migration failed; it ran in a transaction, so the database is as it was before it. */
export class MigrationFailedError extends Error {
  constructor(migration: string, cause: unknown) {
    super(
      `migration ${migration} failed and was rolled back (${cause instanceof Error ? cause.message : 'unknown error'}); the database is as it was before it: fix what the error names, then start Rapport or run npm run db:migrate again`,
      { cause },
    );
    this.name = 'MigrationFailedError';
  }
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) };

/**
 * Applies every migration not yet applied and returns their names. Refuses a database that has
 * migrations this code does not know ({@link SchemaTooNewError}). Several processes may call it
 * at once: Kysely's migrator holds a lock, so each migration runs once. On PostgreSQL, `schema`
 * is where the tables (and the migration records) live.
 */
export async function migrateToLatest(db: Kysely<Schema>, schema?: string): Promise<string[]> {
  await refuseNewerSchema(db);
  // Named, so that Kysely looks for its migration tables in this schema only, not in any schema
  // of the database that happens to have one.
  const migrator = new Migrator({ db, provider, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error === undefined) return results.map((result) => result.migrationName);
  const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
  throw new MigrationFailedError(failed, error);
}

/** Throws {@link SchemaTooNewError} when the database records a migration this code does not have. */
async function refuseNewerSchema(db: Kysely<Schema>): Promise<void> {
  const unknown = (await appliedMigrations(db)).filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) throw new SchemaTooNewError(unknown);
}

/** The migrations the database records as applied; none for a database never migrated. */
async function appliedMigrations(db: Kysely<Schema>): Promise<string[]> {
  const migrations = db.$extendTables<{ kysely_migration: { name: string } }>();
  try {
    return (await migrations.selectFrom('kysely_migration').select('name').execute()).map((row) => row.name);
  } catch {
    // A new database has no migration table yet; any other problem resurfaces when migrating.
    return [];
  }
}

/** Brings the schema up to date, closing the database if that fails. */
export async function migrateOrClose(database: Database): Promise<void> {
  try {
    await migrateToLatest(database.db, database.schema);
  } catch (error) {
    await database.close();
    throw error;
  }
}
