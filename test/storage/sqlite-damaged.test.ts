import { mkdtempSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotOpenDatabase } from '../../src/storage/open-database.js';
import { DamagedDatabaseError } from '../../src/storage/damaged-database-error.js';
import { openSqliteDatabase } from '../../src/storage/sqlite-database.js';
import { KyselyUserRepository } from '../../src/storage/user-repository.js';

const actor = (userId: string) => ({ tenant: { platform: 'slack' as const, workspaceId: 'T1' }, userId, displayName: userId, roles: ['member' as const] });

/** A database file with some rows, closed (its log folded in), whose pages after the first are then overwritten. */
async function damagedFile(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'rapport-damaged-')), 'rapport.db');
  const database = await openSqliteDatabase(path);
  const users = new KyselyUserRepository(database.db);
  for (let index = 0; index < 300; index++) await users.recordActivity(actor(`U${index}`), new Date('2026-11-23T10:00:00Z'));
  await database.close();
  const file = openSync(path, 'r+');
  writeSync(file, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 2);
  closeSync(file);
  return path;
}

describe('a damaged SQLite file', () => {
  it('is refused at start, untouched, with how to restore it instead of advice about permissions', async () => {
    const path = await damagedFile();
    const before = readFileSync(path);
    const opening = openSqliteDatabase(path);
    await expect(opening).rejects.toBeInstanceOf(DamagedDatabaseError);
    expect(readFileSync(path).equals(before)).toBe(true);
    const line = cannotOpenDatabase({ kind: 'sqlite', path }, await opening.catch((error: unknown) => error));
    expect(line).toContain('is damaged');
    expect(line).toContain('Rapport has not written to it');
    expect(line).toContain('copy your latest backup');
    expect(line).toContain('.recover');
    expect(line).not.toContain('may write');
  });

  it('is refused when it is not a database at all', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rapport-damaged-')), 'rapport.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    await expect(openSqliteDatabase(path)).rejects.toThrow(/damaged or is not an SQLite database/);
  });
});
