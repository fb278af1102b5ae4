import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { IN_MEMORY, openSqliteDatabase, withStatementCache } from '../../src/storage/database.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { KyselyUserRepository, zoneOf } from '../../src/storage/user-repository.js';

const actor = (userId: string, workspaceId = 'T1') => ({ tenant: { platform: 'slack' as const, workspaceId }, userId, displayName: userId, roles: ['member' as const] });

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

describe('KyselyUserRepository', () => {
  it('creates a person on first contact and updates activity and name after', async () => {
    const database = await openSqliteDatabase(IN_MEMORY);
    const users = new KyselyUserRepository(database.db);
    await users.recordActivity(actor('U1'), new Date('2026-11-23T10:00:00Z'));
    await users.recordActivity({ ...actor('U1'), displayName: 'Ana P.' }, new Date('2026-11-24T10:00:00Z'));
    const profile = await users.find({ platform: 'slack', workspaceId: 'T1' }, 'U1');
    expect(profile).toMatchObject({ displayName: 'Ana P.', createdAt: new Date('2026-11-23T10:00:00Z'), lastActiveAt: new Date('2026-11-24T10:00:00Z') });
    expect(profile?.timezone).toBeUndefined();
    await database.close();
  });

  it('keeps the zone the platform reports apart from the one the person chose, which wins', async () => {
    const database = await openSqliteDatabase(IN_MEMORY);
    const users = new KyselyUserRepository(database.db);
    const tenant = { platform: 'slack' as const, workspaceId: 'T1' };
    await users.recordActivity({ ...actor('U1'), timezone: 'Asia/Tokyo' }, new Date('2026-11-23T10:00:00Z'));
    expect(zoneOf(await users.find(tenant, 'U1'), 'UTC')).toBe('Asia/Tokyo');
    await users.recordActivity(actor('U1'), new Date('2026-11-23T11:00:00Z'));
    expect((await users.find(tenant, 'U1'))?.platformTimezone).toBe('Asia/Tokyo');
    await users.recordActivity({ ...actor('U1'), timezone: 'Europe/Paris' }, new Date('2026-11-23T12:00:00Z'));
    await users.setTimezone(tenant, 'U1', 'America/Toronto');
    const profile = await users.find(tenant, 'U1');
    expect(profile).toMatchObject({ timezone: 'America/Toronto', platformTimezone: 'Europe/Paris' });
    expect(zoneOf(profile, 'UTC')).toBe('America/Toronto');
    expect(zoneOf(undefined, 'UTC')).toBe('UTC');
    await database.close();
  });

  it('scopes people by tenant: the same user id in another workspace is someone else', async () => {
    const database = await openSqliteDatabase(IN_MEMORY);
    const users = new KyselyUserRepository(database.db);
    await users.recordActivity(actor('U1', 'T1'), new Date('2026-11-23T10:00:00Z'));
    await users.setTimezone({ platform: 'slack', workspaceId: 'T1' }, 'U1', 'Europe/Paris');
    await users.recordActivity(actor('U1', 'T2'), new Date('2026-11-23T10:00:00Z'));
    expect((await users.find({ platform: 'slack', workspaceId: 'T1' }, 'U1'))?.timezone).toBe('Europe/Paris');
    expect((await users.find({ platform: 'slack', workspaceId: 'T2' }, 'U1'))?.timezone).toBeUndefined();
    expect(await users.find({ platform: 'discord', workspaceId: 'T1' }, 'U1')).toBeUndefined();
    await database.close();
  });
});
