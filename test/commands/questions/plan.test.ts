import { describe, expect, it } from 'vitest';
import { encodeActionRef } from '../../../src/core/reply-builders.js';
import { itemsUnder, lastPlan, questionTexts, useHarness } from './support.js';

describe('/questions <kind> <subject>: the plan', () => {
  const harness = useHarness();

  it('plans 8 to 15 questions for a graphic designer in three tiers, with an opener, a close and how the time splits', async () => {
    const replies = await harness().as('ana').send('/questions occupation graphic designer');
    const mustAsk = itemsUnder(replies, 'Must ask');
    const shouldAsk = itemsUnder(replies, 'Should ask');
    const spares = itemsUnder(replies, 'If time allows');
    expect(mustAsk.length + shouldAsk.length + spares.length).toBeGreaterThanOrEqual(8);
    expect(mustAsk.length + shouldAsk.length + spares.length).toBeLessThanOrEqual(15);
    expect(shouldAsk.length).toBeGreaterThan(0);
    expect(replies.text).toContain('Questions for your conversation about graphic designer (occupation, 15 minutes)');
    expect(replies.text).toMatch(/Open with: Thank them for making the time, confirm you will keep to about 15 minutes/);
    expect(replies.text).toMatch(
      /Of your 15 minutes, the must-ask questions take about [5-9] and introducing yourself and closing 4; the other \d+ are for follow-ups and the should-ask questions\./,
    );
    expect(replies.text).not.toContain('⚠️');
    expect(replies.list).toHaveLength(1);
    expect(replies.list[0]?.visibility).toBe('ephemeral');

    const plan = await lastPlan(harness(), 'ana');
    expect(itemsUnder(replies, 'Closing')).toEqual(plan.closing.map((question) => question.text));
    expect(plan.closing.map((question) => question.id.split('-')[1])).toEqual(['catchall', 'referral', 'permission', 'thanks']);
  });

  it('shows each question with its minutes and its follow-up probes on a "→" line', async () => {
    const replies = await harness().as('ana').send('/questions occupation graphic designer');
    const plan = await lastPlan(harness(), 'ana');
    const [first] = plan.mustAsk;
    expect(itemsUnder(replies, 'Must ask')[0]).toBe(`${first?.text} _(${first?.minutes} min)_\n→ ${first?.probes.join(' · ')}`);
    expect(replies.text).toContain(`  1. ${first?.text} (${first?.minutes} min)\n     → ${first?.probes[0]}`);
  });

  it('offers Save plan, More questions and Export script, with short payloads', async () => {
    const replies = await harness().as('ana').send('/questions occupation graphic designer');
    for (const label of ['Save plan', 'More questions', 'Export script']) {
      expect(encodeActionRef(replies.button(label).action).length).toBeLessThanOrEqual(60);
    }
  });

  it('plans more questions for a longer conversation', async () => {
    const short = await harness().as('ana').send('/questions occupation graphic designer');
    const long = await harness().as('ana').send('/questions occupation graphic designer --minutes 30');
    expect(itemsUnder(long, 'Must ask').length).toBeGreaterThan(itemsUnder(short, 'Must ask').length);
    expect(long.text).toContain('(occupation, 30 minutes)');
    expect(long.text).toMatch(/Of your 30 minutes, the must-ask questions take about 1[5-8] /);
  });

  it('warns when the student asks for more questions than fit, and shows the plan that does fit', async () => {
    const replies = await harness().as('ana').send('/questions occupation graphic designer --minutes 15 --questions 20');
    const plan = await lastPlan(harness(), 'ana');
    expect(replies.text).toContain(
      `⚠️ You asked for 20 questions, but 15 minutes holds about 4 to 6 once you leave time to follow up on the answers. This plan fits: ${plan.mustAsk.length} to ask for sure`,
    );
    expect(itemsUnder(replies, 'Must ask')).toHaveLength(plan.mustAsk.length);
    expect(plan.mustAsk.length + (plan.shouldAsk ?? []).length).toBeLessThanOrEqual(6);
  });

  it('asks different questions about a program than about an organization of the same name', async () => {
    await harness().as('ana').send('/questions program Humber College');
    const program = await lastPlan(harness(), 'ana');
    await harness().as('ana').send('/questions organization Humber College');
    const organization = await lastPlan(harness(), 'ana');
    const programIds = new Set(program.mustAsk.map((question) => question.id));
    const onlyInOrganization = organization.mustAsk.filter((question) => !programIds.has(question.id));
    expect(onlyInOrganization.length).toBeGreaterThanOrEqual(2);
    expect(questionTexts(program)).not.toEqual(questionTexts(organization));
  });

  it('gives a student the same plan for the same subject, and another student a different one', async () => {
    const ids = async (userId: string) => {
      const plan = await lastPlan(harness(), userId);
      return [...plan.mustAsk, ...plan.ifTimeAllows, ...plan.closing].map((question) => question.id);
    };
    const first = await harness().as('ana').send('/questions occupation graphic designer');
    const anaIds = await ids('ana');
    harness().clock.advance(86_400_000);
    const again = await harness().as('ana').send('/questions occupation graphic designer');
    expect(again.text).toBe(first.text);
    await harness().as('ana').send('/questions occupation "Graphic  Designer."');
    expect(await ids('ana')).toEqual(anaIds);
    await harness().as('ben').send('/questions occupation graphic designer');
    expect(await ids('ben')).not.toEqual(anaIds);
  });

  it('favours the focus categories and names them', async () => {
    const replies = await harness().as('ana').send('/questions industry "renewable energy" --focus culture --focus entry');
    expect(replies.text).toContain('renewable energy (industry, 15 minutes, focus: culture and people, getting in)');
    const plan = await lastPlan(harness(), 'ana');
    const categories = plan.mustAsk.map((question) => question.category);
    expect(categories).toContain('culture');
    expect(categories).toContain('entry');
  });

  it('is listed in /help with its subcommands', async () => {
    expect((await harness().as('ana').send('/help')).text).toContain('/questions: Plan questions for an informational interview');
    const help = await harness().as('ana').send('/help questions');
    for (const usage of [
      '/questions [plan] <occupation|industry|organization|program> <subject...> [options]',
      '/questions check <questions...>',
      '/questions save',
      '/questions mine',
      '/questions export [<number>]',
    ]) {
      expect(help.text).toContain(usage);
    }
  });
});
