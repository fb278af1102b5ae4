import { ConfigError, loadConfig } from '../config.js';
import { readEnvironmentForCommandLine } from '../env-file.js';
import { migrateToLatest } from './migrate.js';
import { exitOnOldNode, exitWithLine } from '../cli-exit.js';
import { cannotOpenDatabase, describeDatabase, openDatabase } from './open-database.js';

/**
 * `npm run db:migrate`: applies every migration not yet applied to the configured database
 * (DATABASE_URL or DATABASE_PATH) and says which, without starting Rapport. Exits non-zero with
 * one line when it cannot.
 */
async function main(): Promise<void> {
  exitOnOldNode();
  readEnvironmentForCommandLine();
  const config = loadConfig();
  const where = describeDatabase(config.database);
  const database = await openDatabase(config.database, { migrate: false }).catch((error: unknown) => exitWithLine(cannotOpenDatabase(config.database, error)));
  try {
    const applied = await migrateToLatest(database.db, database.schema);
    process.stdout.write(applied.length === 0 ? `${where}: the schema is up to date.\n` : `${where}: applied ${applied.join(', ')}.\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  exitWithLine(
    error instanceof ConfigError
      ? `Configuration error: ${error.message}`
      : `Cannot migrate the database: ${error instanceof Error ? error.message : String(error)}`,
  );
});
