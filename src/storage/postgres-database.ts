import { Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { CurrentSchemaPostgresDialect } from './postgres-introspector.js';
import type { Schema } from './schema.js';
import { migrateOrClose } from './migrate.js';

/** How to open a PostgreSQL database. */
export interface PostgresOptions {
  /** `postgres://user@host:port/database`. */
  readonly url: string;
  /** Connections in the pool (DATABASE_POOL_SIZE). */
  readonly poolSize: number;
  /** Bring the schema up to date on opening (default true). */
  readonly migrate?: boolean;
  /** Told about errors of idle pooled connections (the server restarting, say), which would otherwise crash the process. */
  readonly onBackgroundError?: (error: Error) => void;
}

/**
 * PostgreSQL's 64-bit integers (what `count(*)` and `sum` return) as JavaScript numbers, as
 * SQLite gives them: Rapport's counts are far below 2^53. Set per pool, not globally.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: Parameters<typeof pg.types.getTypeParser>[0], format?: 'text' | 'binary'): unknown =>
    oid === pg.types.builtins.INT8 ? Number : (pg.types.getTypeParser(oid, format) as unknown)) as pg.CustomTypesConfig['getTypeParser'],
};

/** Opens a pool of connections to PostgreSQL and brings the schema up to date. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    application_name: 'rapport',
    types,
  });
  pool.on('error', (error) => options.onBackgroundError?.(error));
  const db = new Kysely<Schema>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  // The first schema of the connection's search path: `public`, or the one a DATABASE_URL
  // names with `?options=-c search_path=...` (tests give each run its own that way).
  const schema = await currentSchema(db).catch(async (error: unknown) => {
    await db.destroy();
    throw error;
  });
  const database: Database = { db, dialect: 'postgres', schema, close: () => db.destroy() };
  if (options.migrate ?? true) await migrateOrClose(database);
  return database;
}

/** The schema unqualified table names resolve to. */
async function currentSchema(db: Kysely<Schema>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (schema === undefined || schema === null) throw new Error('the connection has no schema to create tables in: check search_path in DATABASE_URL');
  return schema;
}
