import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { RETENTION_WARNING_KIND } from '../../../src/domain/privacy/retention-warning.js';
import { STUDENT_TABLES } from '../../../src/storage/student-data.js';
import type { RetentionStore } from '../../../src/domain/privacy/retention-store.js';
import { Harness, TEST_TENANT } from '../../support/harness.js';

const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2026-11-23T14:00:00Z');
const day = (n: number): Date => new Date(START.getTime() + n * DAY);

describe('the retention job (RETENTION_DAYS=90)', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  /** How many rows each student table holds for `userId`. */
  const rowsOf = async (userId: string): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const table of STUDENT_TABLES) {
      const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where user_id = ${userId}`.execute(harness.database.db);
      counts[table] = Number(result.rows[0]?.n ?? 0);
    }
    return counts;
  };
  const total = async (userId: string) => Object.values(await rowsOf(userId)).reduce((sum, n) => sum + n, 0);
  /** A student with a journal, a reminder and a saved plan, all written at the clock's time. */
  const seed = async (userId: string) => {
    const student = harness.as(userId);
    await student.send(`/log interview "Dana Lee" --learned "notes of ${userId}" --referrals "Sam Ortiz"`);
    await student.send('/remind "call Sam" in 200 days');
    await student.send('/questions occupation nurse');
    await student.send('/questions save');
  };
  const warnings = (userId: string) => harness.dms(userId).filter((dm) => dm.text.includes('Your Rapport data will be deleted soon'));

  it('warns once two weeks before, then deletes exactly the quiet student; one active yesterday and others keep everything', async () => {
    harness = await Harness.create({ start: START, retentionDays: 90 });
    for (const userId of ['ana', 'ben', 'cleo']) await seed(userId);
    harness.clock.advanceTo(day(60));
    await harness.as('ben').send('/log list');
    const before = { ben: await rowsOf('ben'), cleo: await rowsOf('cleo') };

    await harness.passTime(day(75.9));
    expect(warnings('ana')).toHaveLength(0);
    await harness.passTime(day(76.5));
    expect(warnings('ana')).toHaveLength(1);
    expect(warnings('ana')[0]?.text).toContain('deleted on Sunday 21 February 2027');
    expect(warnings('ana')[0]?.text).toContain('/privacy export');
    expect(warnings('ben')).toHaveLength(0);

    await harness.passTime(day(89.9));
    expect(warnings('ana')).toHaveLength(1);
    expect(await total('ana')).toBeGreaterThan(0);
    await harness.as('cleo').send('/log list');
    const cleoNow = await rowsOf('cleo');
    harness.clock.advanceTo(day(90.9));
    await harness.passTime(day(91));

    expect(Object.values(await rowsOf('ana')).every((n) => n === 0)).toBe(true);
    expect(await rowsOf('ben')).toEqual(before.ben);
    expect(await rowsOf('cleo')).toEqual(cleoNow);
    expect(cleoNow.contacts).toBe(before.cleo.contacts);
    const audit = await harness.services.audit.entriesOf(TEST_TENANT, 'ana');
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([['retention-delete', 'retention']]);
    expect(await harness.services.audit.entriesOf(TEST_TENANT, 'ben')).toEqual([]);
  });

  it('keeps a student who comes back after the warning, and warns them again only after a new quiet spell', async () => {
    harness = await Harness.create({ start: START, retentionDays: 90 });
    await seed('dan');
    await harness.passTime(day(80));
    expect(warnings('dan')).toHaveLength(1);
    const dm = warnings('dan')[0];
    if (dm === undefined) throw new Error('no warning');
    expect((await harness.as('dan').press(dm, 'Keep my data')).text).toContain('Kept');
    const rows = await total('dan');
    await harness.passTime(day(120));
    expect(await total('dan')).toBe(rows);
    expect(warnings('dan')).toHaveLength(1);
    await harness.passTime(day(80 + 77));
    expect(warnings('dan')).toHaveLength(2);
    await harness.passTime(day(80 + 91));
    expect(await total('dan')).toBe(0);
  });

  it('finishes the work of a run cut short by a crash, after a restart, without doing anything twice', async () => {
    harness = await Harness.create({ start: START, retentionDays: 90 });
    for (const userId of ['ana', 'ben', 'cleo', 'dan']) await seed(userId);
    // The process dies after writing the first warning reminder, before marking anyone warned.
    const dying = crashingOn(harness.services.retention, 'markWarned', 1);
    harness.clock.advanceTo(day(77));
    await expect(harness.newRetentionRunner(dying).runDue()).rejects.toThrow('process died');
    // A fresh process over the same database.
    await harness.newRetentionRunner().runDue();
    await harness.scheduler.runDue();
    for (const userId of ['ana', 'ben', 'cleo', 'dan']) expect(warnings(userId), userId).toHaveLength(1);
    const pending = await sql<{ n: number | string }>`select count(*) as n from reminders where kind = ${RETENTION_WARNING_KIND}`.execute(harness.database.db);
    expect(Number(pending.rows[0]?.n)).toBe(4);

    // The process dies after the second deletion.
    harness.clock.advanceTo(day(92));
    await expect(harness.newRetentionRunner(crashingOn(harness.services.retention, 'eraseIfDue', 2)).runDue()).rejects.toThrow('process died');
    expect((await Promise.all(['ana', 'ben', 'cleo', 'dan'].map(total))).filter((n) => n === 0)).toHaveLength(2);
    await harness.newRetentionRunner().runDue();
    for (const userId of ['ana', 'ben', 'cleo', 'dan']) {
      expect(await total(userId), userId).toBe(0);
      expect(
        (await harness.services.audit.entriesOf(TEST_TENANT, userId)).map((entry) => entry.action),
        userId,
      ).toEqual(['retention-delete']);
    }
  });

  it("deletes an archived cohort after its grace period, its assignments and reflections too, and nothing of its students' journals", async () => {
    harness = await Harness.create({ start: START, advisorIds: ['lea'] });
    const lea = harness.as('lea').in('#fall');
    await lea.send('/cohort create fall');
    await harness.as('bea').in('#fall').send('/cohort join');
    await lea.send('/cohort assign "Explore a career" --interviews 1 --due 2027-01-15 --prompt "What surprised you?"');
    await harness.as('bea').send('/log interview "Dana Lee" --learned "portfolio"');
    expect((await harness.as('bea').send('/log reflect "Dana Lee" --answer "How much drawing there is"')).text).not.toContain('⚠️');
    await harness.as('bea').send('/cohort share "Dana Lee"');
    await lea.in('#spring').send('/cohort create spring');
    const asked = await lea.send('/cohort archive');
    expect(asked.text).toContain('Archive fall?');
    expect(
      (
        await harness
          .as('bea')
          .in('#fall')
          .dispatch({ kind: 'action', action: asked.button('Archive it').action })
      ).text,
    ).toContain('Only advisors can do that');
    expect((await lea.press(asked, 'Archive it')).text).toContain('is archived: no more digests. Its data is deleted on Monday 7 December 2026');
    const beaRows = await total('bea');
    const fall = await harness.services.cohorts.cohorts.findByName(TEST_TENANT, 'fall');
    await harness.passTime(day(13.9));
    expect((await harness.services.cohorts.cohorts.list(TEST_TENANT)).map((cohort) => cohort.name).sort()).toEqual(['fall', 'spring']);
    await harness.passTime(day(14.1));
    expect((await harness.services.cohorts.cohorts.list(TEST_TENANT)).map((cohort) => cohort.name)).toEqual(['spring']);
    expect(await total('bea')).toBe(beaRows - 3);
    expect((await rowsOf('bea')).reflections).toBe(0);
    expect((await rowsOf('bea')).contacts).toBe(1);
    expect(await harness.services.audit.entriesOf(TEST_TENANT, 'bea')).toEqual([]);
    const audit = await harness.services.audit.entriesOf(TEST_TENANT, fall?.id ?? '');
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.detail.rows])).toEqual([['cohort-delete', 'retention', 5]]);
  });
});

/** The store, except that its `method` throws on its `nth` call, as if the process died there. */
function crashingOn(store: RetentionStore, method: 'markWarned' | 'eraseIfDue', nth: number): RetentionStore {
  let calls = 0;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const bound = (value as (...a: unknown[]) => unknown).bind(target);
      if (property !== method) return bound;
      return async (...args: unknown[]) => {
        calls++;
        const result: unknown = await bound(...args);
        if (calls === nth) throw new Error('process died');
        return result;
      };
    },
  });
}
