import { describe, expect, it } from 'vitest';
import { ALL_LABELLED_QUESTIONS } from '../../../eval/questions/all-sets.js';
import { checkQuestion } from '../../../src/domain/questions/checker.js';
import { PRIVATE_REDIRECT, withoutPrivateSubject } from '../../../src/domain/questions/checker-private-guard.js';
import { CHECKER_LABELS } from '../../fixtures/questions/checker-labels.js';

/** Private-life words about the person, written apart from the guard so that each checks the other. */
const ABOUT_THEIR_PRIVATE_LIFE =
  /\byour (?:own )?(?:health|illness|disability|diagnosis|medication|pregnancy|retirement|age|wife|husband|partner|spouse|kids|children|family|marriage|divorce|religion|faith|mortgage|debts?|savings)\b(?! (?:and safety|organi[sz]ations?)\b)|\b(?:are|were) you (?:\w+ )?(?:pregnant|sick|ill|married|divorced|retiring)\b/i;

describe('rewrites never keep a private subject', () => {
  const questions = [...new Set([...ALL_LABELLED_QUESTIONS, ...CHECKER_LABELS].map((label) => label.question))];

  it('over every labelled question, no rewrite asks about their private life', () => {
    const kept = questions.flatMap((question) => {
      const { rewrite } = checkQuestion(question);
      return rewrite !== undefined && ABOUT_THEIR_PRIVATE_LIFE.test(rewrite) ? [{ question, rewrite }] : [];
    });
    expect(kept).toEqual([]);
  });

  it.each([
    'What can you tell me about your health, from your own experience?',
    'How did your pregnancy change your hours?',
    'When might you retire, in your experience?',
    'What can you tell me about your sore shoulder, from your own experience?',
    'How has your chemo changed the way you plan your week?',
  ])('replaces %j with a question about people in the field', (rewrite) => {
    expect(withoutPrivateSubject(rewrite)).toBe(PRIVATE_REDIRECT);
  });

  it.each([
    'What does your health and safety team check each week?',
    'How do your partner organisations share the work?',
    'What does your back office handle for the clinics?',
    'Which pain points do your clients bring up most?',
    'How did your recovery plan for the site come together?',
    PRIVATE_REDIRECT,
  ])('leaves %j as it is', (rewrite) => {
    expect(withoutPrivateSubject(rewrite)).toBe(rewrite);
  });
});
