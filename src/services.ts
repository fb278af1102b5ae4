import type { Services } from './core/services.js';
import type { Database } from './storage/database.js';
import { KyselyUserRepository } from './storage/user-repository.js';

/** Builds the repositories and services handlers use, over one open database. */
export function createServices(database: Database): Services {
  return { users: new KyselyUserRepository(database.db) };
}
