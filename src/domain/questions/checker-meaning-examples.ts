/**
 * What the checker's meaning layer learns from: the repo's hand-labelled student questions
 * (training/), each with the problem family its label's reason names. The later fresh batches
 * (eval/questions/fresh-set-2.ts to fresh-set-9.ts) are left out on purpose: the last of them is
 * the figure for questions nobody foresaw, and nothing here imports them.
 */
import { QUESTION_BANK } from './bank/index.js';
import type { LabelledQuestion } from './labelled-question.js';
import { FRESH_QUESTIONS } from './training/fresh-set.js';
import { LABELLED_QUESTIONS } from './training/labelled-set.js';
import { LATER_QUESTIONS } from './training/later-set.js';
import { UNSEEN_QUESTIONS } from './training/unseen-set.js';

/**
 * What a question is about, as far as the checker cares: an ask for a job or a hiring favour,
 * their own pay, their private life, a fact a quick search gives, a problem of form (leading,
 * two in one, yes/no, vague), or nothing wrong.
 */
export type MeaningFamily = 'job' | 'pay' | 'personal' | 'research' | 'form' | 'good';

/** Every family, in a fixed order (the classifier's labels). */
export const MEANING_FAMILIES: readonly MeaningFamily[] = ['job', 'pay', 'personal', 'research', 'form', 'good'];

/** One training question and its family. */
export interface MeaningExample {
  readonly text: string;
  readonly family: MeaningFamily;
}

/** The family a label's verdict and reason name (the reasons are the sets' own group headings). */
export function familyOf(label: LabelledQuestion): MeaningFamily {
  if (label.verdict === 'good') return 'good';
  if (label.verdict === 'improve') return /quick search|website/i.test(label.reason) ? 'research' : 'form';
  if (/private life/i.test(label.reason)) return 'personal';
  return /\bearn\b|\bcharge\b/i.test(label.reason) ? 'pay' : 'job';
}

/** The labelled sets the meaning layer may learn from, each named for cross-checking. */
export const TRAINING_SETS: Readonly<Record<string, readonly LabelledQuestion[]>> = {
  labelled: LABELLED_QUESTIONS,
  later: LATER_QUESTIONS,
  unseen: UNSEEN_QUESTIONS,
  fresh: FRESH_QUESTIONS,
};

/** Labelled questions as training examples, in the order given. */
export function examplesOf(labels: readonly LabelledQuestion[]): MeaningExample[] {
  return labels.map((label) => ({ text: label.question, family: familyOf(label) }));
}

/**
 * The question bank's own questions, every one good by design (its pay questions ask about the
 * field, never the person): many good examples keep a hiring or money word alone from reading
 * as an ask. Their `{subject}` placeholder is read as no word at all.
 */
export function bankExamples(): MeaningExample[] {
  return QUESTION_BANK.map((question) => ({ text: question.text, family: 'good' }));
}
