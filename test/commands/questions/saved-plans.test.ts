import { CONSOLE_COMMANDS } from '../../support/command-writers.js';
import { describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../../adapters/console/console-session.js';
import { KEPT_SHOWN_PLANS } from '../../../src/domain/questions/saved-plan-repository.js';
import { Speaker, TEST_TENANT } from '../../support/harness.js';
import { itemsUnder, lastPlan, questionTexts, rowCount, useHarness } from './support.js';

describe('/questions: saving and exporting plans', () => {
  const harness = useHarness();

  it('saves a plan with its button, once, and lists it by number', async () => {
    const ana = harness().as('ana');
    const plan = await ana.send('/questions occupation graphic designer');
    const saved = await ana.press(plan, 'Save plan');
    expect(saved.text).toContain('💾 Saved as plan 1: graphic designer (occupation, 15 minutes).');
    expect(saved.text).toContain('/questions export 1 prints this one as an interview script.');
    expect((await ana.press(plan, 'Save plan')).text).toContain('This plan is already saved as plan 1');
    expect((await ana.send('/questions save')).text).toContain('already saved as plan 1');
    expect(await rowCount(harness(), 'saved_plans')).toBe(1);

    await ana.send('/questions industry "renewable energy" --minutes 30 --focus trends');
    expect((await ana.send('/questions save')).text).toContain('Saved as plan 2: renewable energy (industry, 30 minutes, focus: trends and outlook).');

    const mine = await ana.press(saved, 'My saved plans');
    expect(itemsUnder(mine, 'Your saved plans')).toEqual([
      expect.stringMatching(/^\*1\.\* graphic designer \(occupation, 15 minutes\), \d+ questions$/),
      expect.stringMatching(/^\*2\.\* renewable energy \(industry, 30 minutes, focus: trends and outlook\), \d+ questions$/),
    ]);
    expect((await ana.send('/questions mine')).text).toBe(mine.text);
  });

  it('keeps a saved plan as it was shown', async () => {
    const ana = harness().as('ana');
    await ana.send('/questions occupation nurse');
    const shown = await lastPlan(harness(), 'ana');
    await ana.send('/questions save');
    expect((await harness().services.savedPlans.findByNumber(ana.actor, 1))?.plan).toEqual(shown);
  });

  it('says how to save a first plan when there is none', async () => {
    const replies = await harness().as('ana').send('/questions mine');
    expect(replies.text).toContain(
      'You have no saved plans yet. Plan some questions (e.g. /questions occupation "graphic designer"), then press Save plan or type /questions save.',
    );
  });

  it('exports a printable script: introduction, questions with probes, and the close', async () => {
    const ana = harness().as('ana');
    const replies = await ana.send('/questions occupation graphic designer');
    const plan = await lastPlan(harness(), 'ana');
    const exported = await ana.press(replies, 'Export script');
    const count = questionTexts(plan).length;
    expect(exported.text).toContain(
      `📄 Your interview script for graphic designer: a 30-second introduction, ${count} questions with follow-ups, and the close.`,
    );
    const [file] = exported.list[0]?.attachments ?? [];
    expect(file?.filename).toBe('interview-script-graphic-designer.txt');
    expect(file?.contentType).toBe('text/plain');
    const script = file?.content ?? '';
    expect(script).toContain('Introduction (about 30 seconds)\nHi, my name is [your name].\n[How you found them');
    expect(script).toContain("I'm [one line about you");
    expect(script).toContain(
      "I'm trying to understand what working as a graphic designer is really like, and I'd especially like to hear about [what you most hope to learn].",
    );
    expect(script).toContain('Is this still a good time for about 15 minutes?');
    plan.mustAsk.forEach((question, index) => {
      expect(script).toContain(`${index + 1}. ${question.text}\n${question.probes.map((probe) => `   – ${probe}`).join('\n')}`);
    });
    expect(script).toContain(`Closing\n${plan.closing.map((question) => `- ${question.text}`).join('\n')}`);
  });

  it('exports the plan shown last, a saved plan by number, and one chosen from the list', async () => {
    const ana = harness().as('ana');
    await ana.send('/questions occupation nurse');
    await ana.send('/questions save');
    await ana.send('/questions organization Shopify');
    const scriptOf = (replies: Awaited<ReturnType<Speaker['send']>>) => replies.list[0]?.attachments?.[0]?.content ?? '';
    expect(scriptOf(await ana.send('/questions export'))).toContain('Informational interview: Shopify (organization, 15 minutes)');
    expect(scriptOf(await ana.send('/questions export 1'))).toContain('Informational interview: nurse (occupation, 15 minutes)');
    const mine = await ana.send('/questions mine');
    const menu = mine.select('Export a script');
    expect(menu.options.map((option) => option.label)).toEqual(['1. nurse']);
    expect(scriptOf(await ana.choose(mine, 'Export a script', menu.options[0]?.value ?? ''))).toContain('Informational interview: nurse');
  });

  it('shows more questions page by page, never repeating one, until there are no more', async () => {
    const ana = harness().as('ana');
    let replies = await ana.send('/questions occupation graphic designer');
    const seen = new Set(questionTexts(await lastPlan(harness(), 'ana')));
    let pages = 0;
    for (;;) {
      const more = await ana.press(replies, 'More questions');
      if (more.text.includes('That is every question I have')) {
        expect(more.text).toContain('That is every question I have for graphic designer (occupation, 15 minutes).');
        break;
      }
      pages++;
      const items = itemsUnder(more, 'More questions about graphic designer (occupation, 15 minutes)');
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(5);
      for (const item of items) {
        const question = item.slice(0, item.indexOf(' _('));
        expect(seen.has(question)).toBe(false);
        seen.add(question);
      }
      if (!more.list[0]?.blocks.some((block) => block.type === 'actions')) break;
      replies = more;
    }
    expect(pages).toBeGreaterThan(3);
    expect(seen.size).toBeGreaterThan(25);
  });

  it('lets the buttons of the latest plans work, and says older ones are gone', async () => {
    const ana = harness().as('ana');
    const first = await ana.send('/questions occupation nurse');
    for (let index = 0; index < KEPT_SHOWN_PLANS; index++) await ana.send(`/questions occupation "nurse ${index}"`);
    expect(await rowCount(harness(), 'shown_plans')).toBe(KEPT_SHOWN_PLANS);
    const stale = await ana.press(first, 'Save plan');
    expect(stale.text).toContain('⚠️ That plan is no longer available.');
    expect(stale.text).toContain('Plan your questions again for fresh buttons.');
  });

  it('works through the console: plan, /press 1 to save, then list', async () => {
    const session = new ConsoleSession({
      dispatcher: harness().dispatcher,
      clock: harness().clock,
      style: { commands: CONSOLE_COMMANDS, ansi: false },
      timezone: 'UTC',
    });
    expect(await session.handle('/questions occupation graphic designer')).toContain('[1] Save plan\n  [2] More questions\n  [3] Export script');
    expect(await session.handle('/press 1')).toContain('Saved as plan 1: graphic designer');
    expect(await session.handle('/questions mine')).toMatch(/• 1\. graphic designer \(occupation, 15 minutes\), \d+ questions/);
  });
});

describe("/questions: one student cannot reach another student's plans", () => {
  const harness = useHarness();

  it('refuses forged buttons and menu choices, and numbers are per student', async () => {
    const ana = harness().as('ana');
    const ben = harness().as('ben');
    const plan = await ana.send('/questions occupation graphic designer');
    await ana.press(plan, 'Save plan');
    const mine = await ana.send('/questions mine');
    const savedId = mine.select('Export a script').options[0]?.value ?? '';

    for (const label of ['Save plan', 'More questions', 'Export script']) {
      const forged = await ben.dispatch({ kind: 'action', action: plan.button(label).action });
      expect(forged.text).toContain('That plan is no longer available.');
      expect(forged.list[0]?.attachments).toBeUndefined();
    }
    const forgedChoice = await ben.choose(mine, 'Export a script', savedId);
    expect(forgedChoice.text).toContain('That saved plan is not among yours.');
    expect((await ben.send('/questions export 1')).text).toContain('You have no saved plan 1.');
    expect((await ben.send('/questions mine')).text).toContain('You have no saved plans yet.');
    expect((await ben.send('/questions save')).text).toContain('You have not planned any questions yet.');
    expect(await rowCount(harness(), 'saved_plans')).toBe(1);

    await ben.send('/questions program nursing');
    expect((await ben.send('/questions save')).text).toContain('Saved as plan 1: nursing');
  });

  it("erases a student's plans, shown and saved, with the rest of their data", async () => {
    const ana = harness().as('ana');
    await ana.send('/questions occupation nurse');
    await ana.send('/questions save');
    await harness().as('ben').send('/questions occupation nurse');
    await harness().services.studentData.erase(ana.actor, { actorId: 'ana', action: 'erase', at: harness().clock.now() });
    expect(await rowCount(harness(), 'saved_plans')).toBe(0);
    expect(await rowCount(harness(), 'shown_plans')).toBe(1);
  });

  it('keeps workspaces apart, even for the same user id', async () => {
    const ana = harness().as('ana');
    const plan = await ana.send('/questions occupation graphic designer');
    await ana.press(plan, 'Save plan');
    const elsewhere = new Speaker(
      harness(),
      { ...ana.actor, tenant: { platform: 'slack', workspaceId: 'T999' } },
      { tenant: { platform: 'slack', workspaceId: 'T999' }, channelId: 'D1', isDirect: true },
    );
    expect((await elsewhere.send('/questions mine')).text).toContain('You have no saved plans yet.');
    expect((await elsewhere.press(plan, 'Export script')).text).toContain('That plan is no longer available.');
    expect(await harness().services.savedPlans.list({ tenant: TEST_TENANT, userId: 'ana' })).toHaveLength(1);
  });
});
