import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../../src/domain/reminders/reminder-repository.js';
import { KyselySavedPlanRepository } from '../../../src/storage/saved-plan-repository.js';
import { newShownPlan } from '../../../src/domain/questions/saved-plan-repository.js';
import { KEPT_SHOWN_PLANS, type ShownPlan } from '../../../src/domain/questions/saved-plan-repository.js';
import { at, atOnce, OTHERS, shownPlan, student, UNICODE_TEXT, useTestDatabase } from './fixtures.js';

const me = student('U1');

describe('KyselySavedPlanRepository', () => {
  const database = useTestDatabase();
  const plans = () => new KyselySavedPlanRepository(database().db);
  /** Records a plan about `subject` as shown to the recipient at `minutes`. */
  const show = async (recipient: Recipient, subject: string, minutes = 0): Promise<ShownPlan> => {
    const { request, plan } = shownPlan(subject);
    const shown = newShownPlan(request, plan, at(minutes));
    await plans().recordShown(recipient, shown);
    return shown;
  };

  it('reads a shown plan back with its request (answered ids as a set) and plan', async () => {
    const { request, plan } = shownPlan(UNICODE_TEXT);
    const shown = newShownPlan(request, plan, at(1));
    await plans().recordShown(me, shown);
    const found = await plans().findShown(me, shown.id);
    expect(found).toEqual(shown);
    expect(found?.request.answeredQuestionIds).toBeInstanceOf(Set);
  });

  it('reads a request without answered ids back without them', async () => {
    const { request, plan } = shownPlan('nurse');
    const bare = { target: request.target, subject: request.subject, minutes: request.minutes, focus: request.focus, seed: request.seed };
    const shown = newShownPlan(bare, plan, at(1));
    await plans().recordShown(me, shown);
    expect((await plans().findShown(me, shown.id))?.request).toEqual(bare);
  });

  it('knows the latest shown plan by the order shown, not by the clock', async () => {
    expect(await plans().latestShown(me)).toBeUndefined();
    await show(me, 'nurse', 50);
    const latest = await show(me, 'chef', 10);
    await show(student('U2'), 'pilot', 60);
    expect((await plans().latestShown(me))?.id).toBe(latest.id);
  });

  it(`keeps only the latest ${KEPT_SHOWN_PLANS} shown plans of a student`, async () => {
    const shown: ShownPlan[] = [];
    for (let index = 0; index <= KEPT_SHOWN_PLANS; index++) shown.push(await show(me, `subject ${index}`, index));
    const others = await show(student('U2'), 'kept');
    expect(await plans().findShown(me, shown[0]!.id)).toBeUndefined();
    expect((await plans().findShown(me, shown[1]!.id))?.id).toBe(shown[1]!.id);
    expect((await plans().findShown(me, shown[KEPT_SHOWN_PLANS]!.id))?.id).toBe(shown[KEPT_SHOWN_PLANS]!.id);
    expect((await plans().findShown(student('U2'), others.id))?.id).toBe(others.id);
  });

  it('saves a shown plan under the student’s next number, with its fields typed', async () => {
    const first = await show(me, 'nurse');
    const second = await show(me, 'chef');
    const outcome = await plans().save(me, second.id, at(5));
    expect(outcome).toEqual({
      alreadySaved: false,
      saved: {
        id: outcome?.saved.id,
        number: 1,
        target: 'occupation',
        subject: 'chef',
        minutes: 20,
        focus: ['path', 'skills'],
        plan: second.plan,
        createdAt: at(5),
      },
    });
    expect((await plans().save(me, first.id, at(6)))?.saved.number).toBe(2);
    const listed = await plans().list(me);
    expect(listed.map((plan) => [plan.number, plan.subject])).toEqual([
      [1, 'chef'],
      [2, 'nurse'],
    ]);
    expect(typeof listed[0]?.number).toBe('number');
    expect(typeof listed[0]?.minutes).toBe('number');
  });

  it('saves a plan once: saving it again returns the earlier copy', async () => {
    const shown = await show(me, 'nurse');
    const first = await plans().save(me, shown.id, at(5));
    const again = await plans().save(me, shown.id, at(6));
    expect(again).toEqual({ saved: first?.saved, alreadySaved: true });
    expect(await plans().list(me)).toHaveLength(1);
  });

  it('saves nothing for a plan that was never shown, or was shown to someone else', async () => {
    const shown = await show(me, 'nurse');
    expect(await plans().save(me, 's_unknown', at(1))).toBeUndefined();
    for (const other of OTHERS) expect(await plans().save(other, shown.id, at(1))).toBeUndefined();
    for (const other of OTHERS) expect(await plans().list(other)).toEqual([]);
  });

  it('keeps a saved plan after its shown plan is gone', async () => {
    const shown = await show(me, 'nurse');
    const saved = (await plans().save(me, shown.id, at(1)))?.saved;
    for (let index = 0; index < KEPT_SHOWN_PLANS; index++) await show(me, `later ${index}`);
    expect(await plans().findShown(me, shown.id)).toBeUndefined();
    expect(await plans().findByNumber(me, 1)).toEqual(saved);
  });

  it('finds saved plans by number and id for their student only', async () => {
    const saved = (await plans().save(me, (await show(me, 'nurse')).id, at(1)))?.saved;
    expect(await plans().findByNumber(me, 1)).toEqual(saved);
    expect(await plans().findById(me, saved?.id ?? '')).toEqual(saved);
    expect(await plans().findByNumber(me, 2)).toBeUndefined();
    for (const other of OTHERS) {
      expect(await plans().findByNumber(other, 1)).toBeUndefined();
      expect(await plans().findById(other, saved?.id ?? '')).toBeUndefined();
      expect(await plans().findShown(other, (await plans().latestShown(me))?.id ?? '')).toBeUndefined();
      expect(await plans().latestShown(other)).toBeUndefined();
    }
  });

  it('numbers saved plans per student: each student starts at 1', async () => {
    for (const recipient of [me, ...OTHERS]) expect((await plans().save(recipient, (await show(recipient, 'nurse')).id, at(1)))?.saved.number).toBe(1);
  });

  it('records every plan shown at once to one student', async () => {
    const shown = await atOnce(database(), 6, (index) => show(me, `subject ${index}`));
    for (const plan of shown) expect((await plans().findShown(me, plan.id))?.id).toBe(plan.id);
  });

  it('gives plans saved at once by one student distinct numbers, and all succeed', async () => {
    const shown: ShownPlan[] = [];
    for (let index = 0; index < 6; index++) shown.push(await show(me, `subject ${index}`));
    const outcomes = await atOnce(database(), shown.length, (index) => plans().save(me, shown[index]!.id, at(1)));
    expect(outcomes.map((outcome) => outcome?.saved.number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('saves one copy when the same plan is saved twice at once (a double click)', async () => {
    const shown = await show(me, 'nurse');
    const outcomes = await atOnce(database(), 2, () => plans().save(me, shown.id, at(1)));
    expect(outcomes.map((outcome) => outcome?.alreadySaved).sort()).toEqual([false, true]);
    expect(await plans().list(me)).toHaveLength(1);
  });
});
