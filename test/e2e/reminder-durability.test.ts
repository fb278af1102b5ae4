import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTenant } from '../../src/core/identity.js';
import { openSqliteDatabase } from '../../src/storage/sqlite-database.js';
import { KyselyReminderRepository } from '../../src/storage/reminder-repository.js';
import { KyselyUserRepository } from '../../src/storage/user-repository.js';
import { runRapport } from '../support/run-rapport.js';
import { runSchedulerChild as runChild } from '../support/scheduler-child-process.js';

async function storeDueReminder(path: string): Promise<void> {
  const database = await openSqliteDatabase(path);
  const tenant = parseTenant('console:local');
  const users = new KyselyUserRepository(database.db);
  await users.recordActivity({ tenant, userId: 'ana', displayName: 'ana', roles: ['member'] }, new Date());
  await users.setQuietHours(tenant, 'ana', { start: '00:00', end: '00:00' }); // no quiet hours, whatever the hour of the test

  await new KyselyReminderRepository(database.db).schedule(
    { tenant, userId: 'ana', kind: 'custom', title: 'call back Sam', details: { text: 'call back Sam' }, dueAt: new Date(Date.now() - 60_000) },
    new Date(),
  );
  await database.close();
}

describe('durable reminders across processes', () => {
  it('delivers exactly once after a process is killed (SIGKILL) holding the claim', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-crash-'));
    const env = { DATABASE_PATH: join(dir, 'rapport.db'), DELIVERY_LOG: join(dir, 'deliveries.log') };
    await storeDueReminder(env.DATABASE_PATH);

    const crashing = await runChild({ ...env, HANG_AFTER: '0', LEASE_MS: '400' }, 'hanging');
    crashing.kill();
    expect(await crashing.exited).toBeNull();
    expect(existsSync(env.DELIVERY_LOG)).toBe(false);

    // Once the dead process's lease has run out (the scheduler tests show it is respected until then),
    // the next process delivers the reminder, and later ones do not repeat it: they run a second
    // later than the lease, by their clocks, rather than after a wait.
    const later = { ...env, CLOCK_AHEAD_MS: '1000' };
    const restarted = await runChild(later);
    expect(restarted.stdout).toContain('"delivered":1');
    const again = await runChild(later);
    expect(again.stdout).toContain('"delivered":0');
    expect(readFileSync(env.DELIVERY_LOG, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('delivers, as soon as the console starts, a reminder that fell due while Rapport was off', async () => {
    const env = { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'rapport-overdue-')), 'rapport.db'), DEFAULT_TIMEZONE: 'UTC', LOG_LEVEL: 'warn' };
    await storeDueReminder(env.DATABASE_PATH);
    const started = await runRapport('', env);
    expect(started.code).toBe(0);
    expect(started.stdout.match(/📬 Direct message to ana/g)).toHaveLength(1);
    expect(started.stdout).toContain('call back Sam');
  });

  it("starts, and delivers the rest, when a due reminder's row cannot be read, setting it aside as failed", async () => {
    const env = { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'rapport-poison-')), 'rapport.db'), DEFAULT_TIMEZONE: 'UTC', LOG_LEVEL: 'warn' };
    await storeDueReminder(env.DATABASE_PATH);
    const database = await openSqliteDatabase(env.DATABASE_PATH);
    const reminders = new KyselyReminderRepository(database.db);
    const tenant = parseTenant('console:local');
    await reminders.schedule({ tenant, userId: 'ana', kind: 'custom', title: 'broken', details: {}, dueAt: new Date(Date.now() - 120_000) }, new Date());
    await database.db.updateTable('reminders').set({ details: 'not json' }).where('title', '=', 'broken').execute();
    await database.db
      .insertInto('users')
      .values({
        tenant: 'console:local',
        user_id: 'ben',
        display_name: 'ben',
        timezone: 'Not/A_Zone',
        platform_timezone: null,
        quiet_start: '00:00',
        quiet_end: '00:00',
        delivery_notice: null,
        home_opened_at: null,
        dm_channel_id: null,
        created_at: new Date().toISOString(),
        last_active_at: new Date().toISOString(),
      })
      .execute();
    await reminders.schedule(
      { tenant, userId: 'ben', kind: 'custom', title: 'call back Lee', details: { text: 'call back Lee' }, dueAt: new Date(Date.now() - 60_000) },
      new Date(),
    );
    await database.close();

    const started = await runRapport('', env);
    expect(started.code).toBe(0);
    expect(started.stdout).toContain('call back Lee');
    expect(started.stderr + started.stdout).toContain('nudge set aside as failed');
    const after = await openSqliteDatabase(env.DATABASE_PATH);
    expect(await new KyselyReminderRepository(after.db).countFailed(['console'])).toBe(1);
    await after.close();
  });

  it('delivers a reminder stored by one console process from the next one started on the same file', async () => {
    const env = { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'rapport-restart-')), 'rapport.db'), DEFAULT_TIMEZONE: 'UTC', LOG_LEVEL: 'warn' };
    const first = await runRapport('/remind "call back Sam" in 3 hours\n', env);
    expect(first.stdout).toContain("I'll remind you to call back Sam");
    expect(first.stdout).not.toContain('Direct message');
    // A day, then another: whatever the time of day, the reminder is due (quiet hours included) and is not repeated.
    const second = await runRapport('/clock +1d\n/clock +1d\n', env);
    expect(second.code).toBe(0);
    expect(second.stdout.match(/📬 Direct message to you/g)).toHaveLength(1);
    expect(second.stdout).toContain('call back Sam');
  });
});
