import { describe, expect, it } from 'vitest';
import { questionTexts, rowCount, useHarness } from './support.js';

describe('/questions: editing saved plans', () => {
  const harness = useHarness();

  async function savedPlan() {
    const ana = harness().as('ana');
    await ana.send('/questions occupation nurse');
    await ana.send('/questions save');
    const saved = await harness().services.savedPlans.findByNumber(ana.actor, 1);
    if (saved === undefined) throw new Error('The plan was not saved.');
    return { ana, saved };
  }

  it('renames a plan, and the Undo button brings the old name back', async () => {
    const { ana } = await savedPlan();
    const renamed = await ana.send('/questions rename 1 Nursing at Humber River');
    expect(renamed.text).toContain('Plan 1 is now called “Nursing at Humber River”.');
    expect((await ana.send('/questions mine')).text).toContain('Nursing at Humber River');
    await ana.press(renamed, 'Undo');
    expect((await harness().services.savedPlans.findByNumber(ana.actor, 1))?.subject).toBe('nurse');
  });

  it("adds the student's own question after the planned ones, and takes one out by its number", async () => {
    const { ana, saved } = await savedPlan();
    const before = questionTexts(saved.plan);
    await ana.send('/questions add 1 How did you find your first placement?');
    const added = await harness().services.savedPlans.findByNumber(ana.actor, 1);
    expect(added?.plan.mustAsk.at(-1)).toMatchObject({ text: 'How did you find your first placement?', source: 'own' });
    expect(added?.plan.estimatedMinutes).toBe(saved.plan.estimatedMinutes + 2);
    const removed = await ana.send('/questions remove 1 1');
    expect(removed.text).toContain(`Took out “${before[0]}”.`);
    expect(questionTexts((await harness().services.savedPlans.findByNumber(ana.actor, 1))!.plan)).not.toContain(before[0]);
    expect((await ana.send('/questions remove 1 99')).text).toContain('so there is no question 99');
    await ana.send('/undo');
    expect(questionTexts((await harness().services.savedPlans.findByNumber(ana.actor, 1))!.plan)[0]).toBe(before[0]);
  });

  it("deletes a plan only once the student confirms, and never another student's", async () => {
    const { ana } = await savedPlan();
    const asked = await ana.send('/questions delete 1');
    expect((await harness().as('ben').press(asked, 'Yes, delete plan 1')).text).toContain('not among yours');
    expect((await ana.press(asked, 'Keep it')).text).toContain('the plan stays');
    expect(await rowCount(harness(), 'saved_plans')).toBe(1);
    expect((await ana.press(asked, 'Yes, delete plan 1')).text).toContain('Deleted saved plan 1, nurse.');
    expect(await rowCount(harness(), 'saved_plans')).toBe(0);
  });
});
