import { afterEach, describe, expect, it } from 'vitest';
import { rowCount, useHarness } from './support.js';

const EXAMPLE = 'Example: `/questions occupation "graphic designer" --minutes 30`';

describe('/questions: bad input', () => {
  const harness = useHarness();
  // Runs before the harness closes: after-hooks run in reverse order.
  afterEach(async () => {
    expect(await rowCount(harness(), 'shown_plans')).toBe(0);
    expect(await rowCount(harness(), 'saved_plans')).toBe(0);
  });

  const cases: readonly (readonly [string, string, string])[] = [
    [
      'a misspelt kind',
      '/questions ocupation nurse',
      'The kind "ocupation" is not one of occupation, industry, organization, program: did you mean occupation?\n',
    ],
    ['an unknown kind', '/questions nurse', 'The kind "nurse" is not one of occupation, industry, organization, program.'],
    ['no kind at all', '/questions', 'Please give the kind: an occupation, industry, organization or program.'],
    ['no subject', '/questions occupation', 'Please give the subject: which one, e.g. graphic designer, renewable energy, Shopify.'],
    ['an empty subject', '/questions occupation ""', 'The subject cannot be empty.'],
    ['a subject over 100 characters', `/questions occupation ${'x'.repeat(101)}`, 'The subject is 101 characters long; the limit is 100.'],
    ['too few minutes', '/questions occupation nurse --minutes 4', '--minutes must be a whole number from 5 to 90.'],
    ['too many minutes', '/questions occupation nurse --minutes 91', '--minutes must be a whole number from 5 to 90.'],
    ['minutes that are not a number', '/questions occupation nurse --minutes soon', '--minutes must be a whole number from 5 to 90.'],
    [
      'a misspelt focus',
      '/questions occupation nurse --focus skils',
      '--focus "skils" is not one of path, day-to-day, skills, conditions, rewards, entry, trends, culture, education, advice, resources: did you mean skills?\n',
    ],
  ];

  it.each(cases)('explains %s, with the usage and an example', async (_what, line, message) => {
    const replies = await harness().as('ana').send(line);
    expect(replies.text).toContain(`⚠️ ${message}`);
    expect(replies.text).toContain('Usage: /questions [plan] <occupation|industry|organization|program> <subject...> [--minutes N] [--focus <path|');
    expect(replies.text).toContain(EXAMPLE);
    expect(replies.text).not.toContain('?.');
    expect(replies.list[0]?.visibility).toBe('ephemeral');
  });

  it('asks for the question to check', async () => {
    const replies = await harness().as('ana').send('/questions check');
    expect(replies.text).toContain('Please give the questions: one question, or several on separate lines.');
    expect(replies.text).toContain('Example: `/questions check "Are you hiring?"`');
  });

  it('says there is nothing to save or export before any plan, with an example', async () => {
    for (const line of ['/questions save', '/questions export']) {
      const replies = await harness().as('ana').send(line);
      expect(replies.text).toContain('⚠️ You have not planned any questions yet.');
      expect(replies.text).toContain('Example: `/questions occupation "graphic designer"`');
    }
  });

  it('refuses a plan number that is not a positive number', async () => {
    const replies = await harness().as('ana').send('/questions export 0');
    expect(replies.text).toContain('The number must be a whole number from 1 to 9999.');
    expect(replies.text).toContain('Example: `/questions export 1`');
  });

  it('says which saved plan does not exist and where the list is', async () => {
    const replies = await harness().as('ana').send('/questions export 3');
    expect(replies.text).toContain('⚠️ You have no saved plan 3.');
    expect(replies.text).toContain('/questions mine lists your saved plans with their numbers.');
  });
});
