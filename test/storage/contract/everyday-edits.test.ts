import { describe, expect, it } from 'vitest';
import { KyselyReminderRepository } from '../../../src/storage/reminder-repository.js';
import { KyselySavedPlanRepository } from '../../../src/storage/saved-plan-repository.js';
import { newShownPlan } from '../../../src/domain/questions/saved-plan-repository.js';
import { KyselyUndoRepository } from '../../../src/storage/undo-repository.js';
import { KyselyUserRepository } from '../../../src/storage/user-repository.js';
import { KyselyCohortRepository } from '../../../src/storage/cohort-repository.js';
import { KyselyContactRepository } from '../../../src/storage/contact-repository.js';
import { KyselyShareRepository } from '../../../src/storage/share-repository.js';
import { T1, actor, at, contactWithInterview, createCohort, shownPlan, student, useTestDatabase } from './fixtures.js';

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
    expect(await plans.deleteSavedRestorably(other, saved.id)).toBeUndefined();
    const deleted = await plans.deleteSavedRestorably(me, saved.id);
    expect(await plans.list(me)).toEqual([]);
    expect(await plans.restoreSaved(other, JSON.parse(JSON.stringify(deleted)) as NonNullable<typeof deleted>)).toBeUndefined();
    expect(await plans.restoreSaved(me, JSON.parse(JSON.stringify(deleted)) as NonNullable<typeof deleted>)).toBe(1);
    expect(await plans.findById(me, saved.id)).toEqual({ ...saved, subject: 'Nursing', plan: { ...saved.plan, mustAsk: [] } });
    expect((await plans.save(me, shown.id, at(3)))?.alreadySaved).toBe(true);
  });

  it('puts a deleted plan back under a new number when a plan saved since took its own', async () => {
    const plans = new KyselySavedPlanRepository(database().db);
    const show = async () => {
      const shown = newShownPlan(shownPlan().request, shownPlan().plan, at(1));
      await plans.recordShown(me, shown);
      return (await plans.save(me, shown.id, at(2)))!.saved;
    };
    const first = await show();
    const deleted = await plans.deleteSavedRestorably(me, first.id);
    const second = await show();
    expect(second.number).toBe(1);
    expect(await plans.restoreSaved(me, deleted!)).toBe(2);
    expect((await plans.list(me)).map((plan) => [plan.id, plan.number])).toEqual([
      [second.id, 1],
      [first.id, 2],
    ]);
  });

  it('deletes a contact with everything that hung on it, and puts it all back, links included', async () => {
    const contacts = new KyselyContactRepository(database().db);
    const reminders = new KyselyReminderRepository(database().db, database().dialect);
    const fall = await createCohort(database(), 'Fall', 'C1');
    await new KyselyCohortRepository(database().db).join(T1, fall.id, 'U1', at(0));
    const { contact: dana, interview } = await contactWithInterview(database(), me, 'Dana Lee');
    await contacts.moveTo(me, dana.id, 'interviewed', at(2));
    const jordan = await contacts.create(me, 'Jordan Lee', 'identified', { referredBy: dana.id }, at(3));
    const nudge = await reminders.schedule(
      { ...me, kind: 'thank-you', contactId: dana.id, title: 'Time to thank Dana Lee', dueAt: at(50), dedupeKey: `thanks:${dana.id}` },
      at(3),
    );
    await new KyselyShareRepository(database().db).share(me, fall.id, interview.id, at(4));
    const before = {
      contact: await contacts.findById(me, dana.id),
      interviews: await contacts.interviews(me, dana.id),
      events: await contacts.events(me),
      nudge: await reminders.findById(me, nudge.id),
    };

    expect(await contacts.deleteRestorably(other, dana.id)).toBeUndefined();
    const deleted = await contacts.deleteRestorably(me, dana.id);
    expect(await contacts.findById(me, dana.id)).toBeUndefined();
    expect(await reminders.findById(me, nudge.id)).toBeUndefined();
    expect(await contacts.findById(me, jordan.id)).not.toHaveProperty('referredBy');
    const other5 = await reminders.schedule({ ...me, kind: 'custom', title: 'took number 1', dueAt: at(60) }, at(5));

    const stored = JSON.parse(JSON.stringify(deleted)) as NonNullable<typeof deleted>;
    expect(await contacts.restoreDeleted(other, stored)).toBeUndefined();
    expect(await contacts.restoreDeleted(me, stored)).toEqual({ name: 'Dana Lee' });
    expect(await contacts.findById(me, dana.id)).toEqual(before.contact);
    expect(await contacts.interviews(me, dana.id)).toEqual(before.interviews);
    expect(await contacts.events(me)).toEqual(before.events);
    expect(await contacts.findById(me, jordan.id)).toMatchObject({ referredBy: dana.id });
    expect(await reminders.findById(me, nudge.id)).toEqual({ ...before.nudge, number: 2 });
    expect((await reminders.findById(me, other5.id))?.number).toBe(1);
    expect(await new KyselyShareRepository(database().db).countShared(me, fall.id)).toBe(1);
  });

  it('puts a deleted contact back under a marked name when another contact took its name since', async () => {
    const contacts = new KyselyContactRepository(database().db);
    const dana = await contacts.create(me, 'Dana Lee', 'identified', {}, at(0));
    const deleted = await contacts.deleteRestorably(me, dana.id);
    await contacts.create(me, 'dana  lee', 'identified', {}, at(1));
    expect(await contacts.restoreDeleted(me, deleted!)).toEqual({ name: 'Dana Lee (restored)' });
    expect(await contacts.findById(me, dana.id)).toMatchObject({ name: 'Dana Lee (restored)' });
  });
});
