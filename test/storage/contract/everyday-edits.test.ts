import { describe, expect, it } from 'vitest';
import { KyselyReminderRepository } from '../../../src/storage/reminder-repository.js';
import { KyselySavedPlanRepository, newShownPlan } from '../../../src/storage/saved-plan-repository.js';
import { KyselyUndoRepository } from '../../../src/storage/undo-repository.js';
import { KyselyUserRepository } from '../../../src/storage/user-repository.js';
import { actor, at, shownPlan, student, useTestDatabase } from './fixtures.js';

const me = student('U1');
const other = student('U2');

describe('the storage behind edits, undo, long lists and the time-zone question', () => {
  const database = useTestDatabase();

  it('keeps one undo per person, replaced by the next, taken once and only while fresh', async () => {
    const undo = new KyselyUndoRepository(database().db);
    await undo.remember(me, 'first', { kind: 'contact-added', contactId: 'c1' }, at(0));
    await undo.remember(me, 'second', { kind: 'contact-added', contactId: 'c2' }, at(1));
    await undo.remember(other, 'theirs', { kind: 'contact-added', contactId: 'c3' }, at(1));
    expect(await undo.take(me, at(0))).toEqual({ description: 'second', change: { kind: 'contact-added', contactId: 'c2' }, createdAt: at(1) });
    expect(await undo.take(me, at(0))).toBeUndefined();
    expect(await undo.take(other, at(5))).toBeUndefined();
    await undo.remember(me, 'third', { kind: 'contact-added', contactId: 'c4' }, at(2));
    await undo.forget(me);
    expect(await undo.take(me, at(0))).toBeUndefined();
  });

  it('pages, counts, retitles and restores reminders, each only for their owner', async () => {
    const reminders = new KyselyReminderRepository(database().db, database().dialect);
    for (let index = 1; index <= 5; index++) await reminders.schedule({ ...me, kind: 'custom', title: `task ${index}`, dueAt: at(100 - index) }, at(0));
    expect(await reminders.countUpcoming(me)).toBe(5);
    expect((await reminders.upcoming(me, 2, 2)).map((reminder) => reminder.title)).toEqual(['task 3', 'task 2']);
    const first = await reminders.findByNumber(me, 1);
    expect(await reminders.retitle(other, first!.id, 'not yours', {}, at(1))).toBe(false);
    expect(await reminders.retitle(me, first!.id, 'task one', { text: 'task one' }, at(1))).toBe(true);
    await reminders.close(me, first!.id, 'cancelled', at(2));
    expect(await reminders.countUpcoming(me)).toBe(4);
    expect(await reminders.restore(me, first!.id, at(200), at(3))).toBe(true);
    expect(await reminders.restore(me, first!.id, at(200), at(3))).toBe(false);
    expect(await reminders.findByNumber(me, 1)).toMatchObject({ title: 'task one', status: 'pending', dueAt: at(200), details: { text: 'task one' } });
  });

  it('asks a person for their zone once, and never once they chose one', async () => {
    const users = new KyselyUserRepository(database().db);
    await users.recordActivity(actor('U1'), at(0));
    await users.recordActivity(actor('U2'), at(0));
    await users.setTimezone(other.tenant, other.userId, 'Europe/Paris');
    expect(await users.claimTimezoneQuestion(me.tenant, me.userId, at(1))).toBe(true);
    expect(await users.claimTimezoneQuestion(me.tenant, me.userId, at(2))).toBe(false);
    expect(await users.claimTimezoneQuestion(other.tenant, other.userId, at(1))).toBe(false);
  });

  it('updates and deletes a saved plan only for its owner', async () => {
    const plans = new KyselySavedPlanRepository(database().db);
    const shown = newShownPlan(shownPlan().request, shownPlan().plan, at(1));
    await plans.recordShown(me, shown);
    const saved = (await plans.save(me, shown.id, at(2)))!.saved;
    expect(await plans.updateSaved(other, saved.id, 'x', saved.plan)).toBe(false);
    expect(await plans.updateSaved(me, saved.id, 'Nursing', { ...saved.plan, mustAsk: [] })).toBe(true);
    expect(await plans.findById(me, saved.id)).toMatchObject({ subject: 'Nursing', plan: { mustAsk: [] } });
    expect(await plans.deleteSaved(other, saved.id)).toBe(false);
    expect(await plans.deleteSaved(me, saved.id)).toBe(true);
    expect(await plans.list(me)).toEqual([]);
  });
});
