import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/storage/database.js';
import { openSqliteDatabase } from '../../src/storage/sqlite-database.js';

const newPath = (): string => join(mkdtempSync(join(tmpdir(), 'rapport-wal-')), 'rapport.db');

/** Writes about `pages` pages into `notes`, one commit each. */
async function writePages(database: Database, pages: number, pageSize: number): Promise<void> {
  for (let row = 0; row < pages; row++) await sql`insert into notes (body) values (${'x'.repeat(pageSize)})`.execute(database.db);
}

describe('openSqliteDatabase and the write-ahead log', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs writes ahead and checkpoints the log on a timer, not in the commits that serve replies, so the log stays bounded', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const path = newPath();
    const database = await openSqliteDatabase(path);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    await sql`create table notes (body text)`.execute(database.db);
    const pageSize = (await sql<{ page_size: number }>`pragma page_size`.execute(database.db)).rows[0]?.page_size ?? 4096;
    // 1,500 pages: past SQLite's default automatic checkpoint (1,000), which would have run inside one of these commits.
    await writePages(database, 1500, pageSize);
    const logged = statSync(`${path}-wal`).size;
    expect(logged).toBeGreaterThan(1500 * pageSize);
    await vi.advanceTimersByTimeAsync(5_000);
    // Checkpointed: the same writes again start the log over from its beginning instead of doubling it.
    await writePages(database, 1500, pageSize);
    expect(statSync(`${path}-wal`).size).toBeLessThan(1.2 * logged);
    await database.close();
  });
});
