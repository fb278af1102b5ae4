import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database.js';

/** The tables PRIVACY.md names in its inventory: the first cell of each row, in backticks. */
function documentedTables(): Set<string> {
  const page = readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8');
  return new Set([...page.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1] ?? ''));
}

describe('PRIVACY.md', () => {
  const database = useTestDatabase();

  it('names every table of the migrated schema in its data inventory', async () => {
    // PostgreSQL lists the tables of every schema on the server: only this test's.
    const schema =
      database().dialect === 'postgres' ? (await sql<{ name: string }>`select current_schema() as name`.execute(database().db)).rows[0]?.name : undefined;
    const tables = (await database().db.introspection.getTables({ withInternalKyselyTables: true }))
      .filter((table) => table.schema === schema)
      .map((table) => table.name);
    expect(tables.length).toBeGreaterThan(10);
    const documented = documentedTables();
    expect(tables.filter((table) => !documented.has(table))).toEqual([]);
  });
});
