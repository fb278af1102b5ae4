import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { IN_MEMORY } from '../../src/storage/database.js';
import { openSqliteDatabase, withStatementCache } from '../../src/storage/sqlite-database.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { KyselyUserRepository } from '../../src/storage/user-repository.js';

const actor = (userId: string) => ({ tenant: { platform: 'slack' as const, workspaceId: 'T1' }, userId, displayName: userId, roles: ['member' as const] });

describe('openSqliteDatabase', () => {
  it('creates the file and its folders, with WAL, foreign keys and every migration applied', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rapport-db-')), 'nested', 'rapport.db');
    const database = await openSqliteDatabase(path);
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
    const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(database.db);
    expect(journal.rows[0]?.journal_mode).toBe('wal');
    expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS));
    await database.close();
  });

  it('keeps data across reopening a file, and migrating again is a no-op', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rapport-db-')), 'rapport.db');
    const first = await openSqliteDatabase(path);
    await new KyselyUserRepository(first.db).recordActivity(actor('U1'), new Date('2026-11-23T10:00:00Z'));
    await first.close();
    const second = await openSqliteDatabase(path);
    expect((await new KyselyUserRepository(second.db).find({ platform: 'slack', workspaceId: 'T1' }, 'U1'))?.displayName).toBe('U1');
    await second.close();
  });

  it('numbers migrations in order, append-only (a number reserved for work in progress may be missing)', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    const numbers = names.map((name) => Number(/^(\d{4})-/.exec(name)?.[1]));
    numbers.forEach((number, index) => {
      expect(number).toBeGreaterThan(index === 0 ? 0 : (numbers[index - 1] ?? 0));
    });
  });
});

describe('withStatementCache', () => {
  it('prepares each SQL text once, keeping at most the given number of statements', () => {
    const sqlite = new SqliteDatabase(IN_MEMORY);
    const cached = withStatementCache(sqlite, 2);
    expect(cached.prepare('select 1')).toBe(cached.prepare('select 1'));
    cached.prepare('select 2');
    cached.prepare('select 3');
    expect(cached.cached()).toBe(2);
    cached.close();
  });
});
