import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/storage/sqlite-database.js';
import { SAFETY_CHECKPOINT_PAGES, startWalCheckpointer } from '../../src/storage/wal-checkpointer.js';

const newPath = (): string => join(mkdtempSync(join(tmpdir(), 'rapport-wal-')), 'rapport.db');

/** Resolves once `condition` holds, checking every 10 ms; rejects after `timeoutMs`. */
async function eventually(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('startWalCheckpointer', () => {
  it('copies what the write-ahead log holds into the database file from its own thread, and stops when told', async () => {
    const path = newPath();
    const writer = new SqliteDatabase(path);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('create table notes (body text)');
    const insert = writer.prepare('insert into notes (body) values (?)');
    for (let row = 0; row < 200; row++) insert.run('x'.repeat(1000));
    const before = statSync(path).size;
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(200_000);

    const errors: Error[] = [];
    const checkpointer = startWalCheckpointer(path, (error) => errors.push(error), 20);
    await eventually(() => statSync(path).size > before + 150_000);
    await checkpointer.stop();
    expect(errors).toEqual([]);
    expect(writer.prepare('select count(*) as n from notes').get()).toEqual({ n: 200 });
    writer.close();
  });

  it('reports a failure instead of crashing the process', async () => {
    const errors: Error[] = [];
    const checkpointer = startWalCheckpointer(join(mkdtempSync(join(tmpdir(), 'rapport-wal-')), 'missing.db'), (error) => errors.push(error), 20);
    await eventually(() => errors.length > 0);
    expect(errors[0]).toBeInstanceOf(Error);
    expect(errors[0]?.message).toMatch(/^SQLite checkpointer: .*\(SQLITE_CANTOPEN\)$/);
    await checkpointer.stop();
  });
});

describe('openSqliteDatabase and the checkpointer', () => {
  it('leaves checkpoints to the checkpointer, keeping its own automatic one only as a bound, and stops it on close', async () => {
    const database = await openSqliteDatabase(newPath());
    const setting = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(database.db);
    expect(setting.rows[0]?.wal_autocheckpoint).toBe(SAFETY_CHECKPOINT_PAGES);
    await database.close();
  });

  it("keeps SQLite's own automatic checkpoint (1,000 pages) when told not to checkpoint in the background (the console)", async () => {
    const database = await openSqliteDatabase(newPath(), { checkpointInBackground: false });
    const setting = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(database.db);
    expect(setting.rows[0]?.wal_autocheckpoint).toBe(1000);
    await database.close();
  });
});
