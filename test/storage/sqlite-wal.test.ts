import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/storage/sqlite-database.js';

const newPath = (): string => join(mkdtempSync(join(tmpdir(), 'rapport-wal-')), 'rapport.db');

describe('openSqliteDatabase and the write-ahead log', () => {
  it("logs writes ahead and leaves checkpoints to SQLite's own automatic checkpoint, which keeps the log bounded", async () => {
    const path = newPath();
    const database = await openSqliteDatabase(path);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    const setting = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(database.db);
    expect(setting.rows[0]?.wal_autocheckpoint).toBe(1000);
    await sql`create table notes (body text)`.execute(database.db);
    const pageSize = (await sql<{ page_size: number }>`pragma page_size`.execute(database.db)).rows[0]?.page_size ?? 4096;
    // About 3,000 pages written one commit at a time: without checkpoints the log would hold them all.
    for (let row = 0; row < 3000; row++) await sql`insert into notes (body) values (${'x'.repeat(pageSize)})`.execute(database.db);
    expect(statSync(`${path}-wal`).size).toBeLessThan(1500 * pageSize);
    await database.close();
  });
});
