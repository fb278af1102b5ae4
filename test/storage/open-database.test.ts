import { describe, expect, it } from 'vitest';
import { MigrationFailedError, SchemaTooNewError } from '../../src/storage/migrate.js';
import { cannotOpenDatabase } from '../../src/storage/open-database.js';

describe('cannotOpenDatabase', () => {
  const sqlite = { kind: 'sqlite', path: 'data/rapport.db' } as const;
  const postgres = { kind: 'postgres', url: 'postgres://rapport:secret@db.example:5432/rapport', poolSize: 10 } as const;

  it('says where the database is, what went wrong and which setting to check when it cannot be reached or written', () => {
    expect(cannotOpenDatabase(sqlite, new Error('unable to open database file'))).toBe(
      'Cannot open the database (SQLite at DATABASE_PATH=data/rapport.db): unable to open database file; check that DATABASE_PATH is a file Rapport may write',
    );
    const line = cannotOpenDatabase(postgres, new Error('connect ECONNREFUSED'));
    expect(line).toBe(
      'Cannot open the database (PostgreSQL at db.example:5432/rapport): connect ECONNREFUSED; check DATABASE_URL (user, host, port, database) and that PostgreSQL is running there',
    );
    expect(line).not.toContain('secret');
  });

  it('says to wait for or stop the other process when the SQLite file is locked, not to check permissions', () => {
    const locked = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(cannotOpenDatabase(sqlite, locked)).toBe(
      'Cannot open the database (SQLite at DATABASE_PATH=data/rapport.db): database is locked; another process holds the file (another Rapport instance, or a migration still running): wait for it to finish or stop it, then try again',
    );
  });

  it('gives no connection advice for a schema too new or a failed migration, whose messages say what to do', () => {
    expect(cannotOpenDatabase(sqlite, new SchemaTooNewError(['9001-from-the-future']))).toMatch(/run the Rapport version that migrated it, or a newer one$/);
    const failed = cannotOpenDatabase(postgres, new MigrationFailedError('0012-add-shares', new Error('column "x" already exists')));
    expect(failed).toBe(
      'Cannot open the database (PostgreSQL at db.example:5432/rapport): migration 0012-add-shares failed and was rolled back (column "x" already exists); the database is as it was before it: fix what the error names, then start Rapport or run npm run db:migrate again',
    );
  });
});
