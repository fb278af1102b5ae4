import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/identity.js';
import type { QuestionPlan } from '../../../src/domain/questions/planner.js';
import type { AdvisorQuestionSource } from '../../../src/domain/questions/advisor-questions.js';
import type { ContactDetails } from '../../../src/domain/journal/contact-repository.js';
import { Harness, TEST_TENANT } from '../../support/harness.js';
import { lastPlan } from './support.js';

const DAY = 86_400_000;
const ANA = { tenant: TEST_TENANT, userId: 'ana' };
const ABOUT_DESIGN: ContactDetails = { targetType: 'occupation', subject: 'Graphic Designer' };

describe('/questions: questions already answered become follow-ups', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  /** Ana plans and saves questions about graphic design, then meets someone `daysLater` days after. */
  async function savePlanThenMeet(details: ContactDetails, stage: string, daysLater: number): Promise<QuestionPlan> {
    harness = await Harness.create();
    await harness.as('ana').send('/questions occupation graphic designer');
    await harness.as('ana').send('/questions save');
    const saved = await lastPlan(harness, 'ana');
    const met = new Date(harness.clock.now().getTime() + daysLater * DAY);
    const contact = await harness.services.contacts.create(ANA, 'Dana Lee', stage, details, harness.clock.now());
    await harness.services.contacts.addInterview(ANA, { contactId: contact.id, heldAt: met }, met);
    harness.clock.advance(7 * DAY);
    return saved;
  }

  it("turns the saved plan's must-ask questions into follow-ups after an interview on the same subject", async () => {
    const saved = await savePlanThenMeet(ABOUT_DESIGN, 'interviewed', 2);
    const replies = await harness.as('ana').send('/questions occupation "graphic designer."');
    const next = await lastPlan(harness, 'ana');
    expect(next.mustAsk.map((question) => question.id)).toEqual(saved.mustAsk.map((question) => `${question.id}:follow-up`));
    expect(next.mustAsk.every((question) => question.source === 'follow-up')).toBe(true);
    const [first] = next.mustAsk;
    expect(replies.text).toContain(`1. ${first?.text} (${first?.minutes} min, goes deeper on a question you have already had answered)`);
    expect(first?.text).toContain(' — in particular, ');
  });

  it.each([
    ['the interview came before the plan was saved', ABOUT_DESIGN, 'interviewed', -1],
    ['the contact is about another subject', { targetType: 'occupation', subject: 'illustrator' }, 'interviewed', 2],
    ['the contact is about another kind of target', { targetType: 'industry', subject: 'graphic designer' }, 'interviewed', 2],
    ['the conversation has not happened yet', ABOUT_DESIGN, 'scheduled', 2],
  ] as const)('asks the plain questions again when %s', async (_why, details, stage, daysLater) => {
    await savePlanThenMeet(details, stage, daysLater);
    await harness.as('ana').send('/questions occupation graphic designer');
    expect((await lastPlan(harness, 'ana')).mustAsk.some((question) => question.source === 'follow-up')).toBe(false);
  });

  it('counts thanked and keeping-in-touch contacts as interviewed', async () => {
    await savePlanThenMeet(ABOUT_DESIGN, 'thanked', 1);
    await harness.as('ana').send('/questions occupation graphic designer');
    expect((await lastPlan(harness, 'ana')).mustAsk.some((question) => question.source === 'follow-up')).toBe(true);
  });

  it("looks only at the student's own plans and journal", async () => {
    await savePlanThenMeet(ABOUT_DESIGN, 'interviewed', 2);
    await harness.as('ben').send('/questions occupation graphic designer');
    expect((await lastPlan(harness, 'ben')).mustAsk.some((question) => question.source === 'follow-up')).toBe(false);
  });

  it('needs a saved plan: plans only shown do not count', async () => {
    harness = await Harness.create();
    await harness.as('ana').send('/questions occupation graphic designer');
    const contact = await harness.services.contacts.create(ANA, 'Dana Lee', 'interviewed', ABOUT_DESIGN, harness.clock.now());
    await harness.services.contacts.addInterview(ANA, { contactId: contact.id, heldAt: new Date(harness.clock.now().getTime() + DAY) }, harness.clock.now());
    expect(await harness.services.answeredQuestions.answeredQuestionIds(ANA, 'occupation', 'graphic designer')).toEqual(new Set());
  });
});

describe('/questions: advisor questions', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  it("merges the advisor's questions into the plan, marked as from the advisor", async () => {
    const askedFor: Actor[] = [];
    const advisorQuestions: AdvisorQuestionSource = {
      advisorQuestionsFor: (actor) => {
        askedFor.push(actor);
        return Promise.resolve(['How do you build a portfolio that gets you noticed as a {subject}?']);
      },
    };
    harness = await Harness.create({ services: { advisorQuestions } });
    const replies = await harness.as('ana').send('/questions occupation graphic designer');
    expect(askedFor.map((actor) => actor.userId)).toEqual(['ana']);
    expect(replies.text).toContain('How do you build a portfolio that gets you noticed as a graphic designer? (2 min, suggested by your advisor)');
    const advisor = (await lastPlan(harness, 'ana')).mustAsk.filter((question) => question.source === 'advisor');
    expect(advisor.map((question) => question.text)).toEqual(['How do you build a portfolio that gets you noticed as a graphic designer?']);

    const exported = await harness.as('ana').press(replies, 'Export script');
    expect(exported.list[0]?.attachments?.[0]?.content).toContain('portfolio that gets you noticed as a graphic designer?\n   (suggested by your advisor)');
  });

  it('has none for a student in no cohort', async () => {
    harness = await Harness.create();
    expect(await harness.services.advisorQuestions.advisorQuestionsFor(harness.as('ana').actor)).toEqual([]);
    await harness.as('ana').send('/questions occupation graphic designer');
    expect((await lastPlan(harness, 'ana')).mustAsk.some((question) => question.source === 'advisor')).toBe(false);
  });
});
