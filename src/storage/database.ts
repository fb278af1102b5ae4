import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

/** The SQL engines Rapport runs on. */
export type Dialect = 'sqlite' | 'postgres';

/** An open database: the typed query builder, which engine it speaks to, and a way to close it. */
export interface Database {
  readonly db: Kysely<Schema>;
  readonly dialect: Dialect;
  /** PostgreSQL: the schema Rapport's tables live in (`public` unless a test chose its own). */
  readonly schema?: string;
  close(): Promise<void>;
}

/** The path that keeps the database in memory (tests, throwaway runs). */
export const IN_MEMORY = ':memory:';
