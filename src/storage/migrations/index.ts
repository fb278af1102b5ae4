import type { Migration } from 'kysely';
import * as users from './0001-users.js';

/**
 * Every migration, in order. Append only: a migration that has shipped is never edited,
 * renamed or removed; a change to the schema is a new numbered migration at the end.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-users': users,
};
