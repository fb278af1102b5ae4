import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, SchemaTooNewError } from '../../src/storage/migrate.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { runScript } from '../support/run-rapport.js';
import { freshDatabaseEnv } from '../support/test-database.js';
import { useTestDatabase } from '../support/use-test-database.js';

describe('migrateToLatest', () => {
  const database = useTestDatabase();

  it('records every migration once; migrating again applies nothing', async () => {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database().db);
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS));
    expect(await migrateToLatest(database().db, database().schema)).toEqual([]);
  });

  it('refuses a database migrated by a newer Rapport, naming the migration it does not know', async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('9001-from-the-future', '2027-01-01T00:00:00.000Z')`.execute(database().db);
    const refusal = migrateToLatest(database().db, database().schema);
    await expect(refusal).rejects.toBeInstanceOf(SchemaTooNewError);
    await expect(refusal).rejects.toThrow(/newer than this version of Rapport \(it has migration 9001-from-the-future/);
  });

  it('lets several processes migrate one new database at once (npm run db:migrate twice), each migration running once', async () => {
    const target = await freshDatabaseEnv();
    try {
      const runs = await Promise.all([runScript('db:migrate', target.env), runScript('db:migrate', target.env)]);
      expect(runs.map((run) => ({ code: run.code, stderr: run.stderr }))).toEqual([
        { code: 0, stderr: '' },
        { code: 0, stderr: '' },
      ]);
      const applied = runs.flatMap((run) => /applied (.*)\.$/m.exec(run.stdout)?.[1]?.split(', ') ?? []);
      expect(applied.sort()).toEqual(Object.keys(MIGRATIONS));
      expect(runs.map((run) => run.stdout).join('')).toMatch(/(the schema is up to date|applied)/);
    } finally {
      await target.drop();
    }
  });
});
