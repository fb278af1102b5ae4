/**
 * How well the interview persona understands questions: topic accuracy and clarification
 * rate on the labelled set, and whether it asks for clarification on any question (or probe)
 * of Rapport's own 60-minute plans. Questions go through the real rehearsal engine.
 */
import { continueRehearsal, startRehearsal } from '../../src/domain/practice/index.js';
import { DEFLECTIONS } from '../../src/domain/practice/interview/answers.js';
import { labelledTexts } from '../../src/domain/practice/understand/examples.js';
import { understandQuestion } from '../../src/domain/practice/understand/topic.js';
import { planQuestions } from '../../src/domain/questions/planner.js';
import { TARGET_TYPES, type TargetType } from '../../src/domain/questions/question-types.js';
import { ALL_QUESTIONS, EVAL_QUESTIONS, type LabelledQuestion } from './question-set.js';

/** A subject per target type, for the plans and for the persona's field. */
export const PLAN_SUBJECTS: Readonly<Record<TargetType, string>> = {
  occupation: 'UX designer',
  industry: 'renewable energy',
  organization: 'Shopify',
  program: 'the BScN at Humber',
};

const CLARIFY_OPENINGS = [...DEFLECTIONS.unclear, ...DEFLECTIONS.unknownWord].map((line) => line.slice(0, 18));

/** What the persona answers to each message, asked in order in one fresh interview rehearsal. */
function replies(messages: readonly string[], field: string): string[] {
  let out = startRehearsal({ scenario: 'interview', personaId: 'aisha-grant', seed: 7, field, difficulty: 'gentle' });
  return messages.map((message) => {
    out = continueRehearsal(out.state, message);
    return out.say.join(' ');
  });
}

/** Whether a persona reply asks the student to rephrase. */
function asksToClarify(reply: string): boolean {
  return CLARIFY_OPENINGS.some((opening) => reply.includes(opening.replace(/\{\w+\}.*/, '')));
}

/** A labelled question the classifier got wrong. */
export interface Miss {
  question: LabelledQuestion;
  got: string;
  /** The close second topic the persona's answer also covers, if any. */
  alsoGot?: string;
}

/** Figures on the labelled question set. */
export interface QuestionFigures {
  total: number;
  correct: number;
  /** Questions whose answer is on topic: the top topic is right, or a close second that the answer also covers. */
  answered: number;
  clarified: number;
  misses: Miss[];
}

const key = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\{subject\}/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** Labelled questions that are also a training phrasing or a bank text (there must be none). */
export function overlaps(): string[] {
  const known = new Set(labelledTexts().map((example) => key(example.text)));
  return ALL_QUESTIONS.filter((q) => known.has(key(q.text))).map((q) => q.text);
}

/** Topic accuracy and clarification count on a labelled set (the main set unless told). */
export function questionFigures(set: readonly LabelledQuestion[] = EVAL_QUESTIONS): QuestionFigures {
  const misses: Miss[] = [];
  let clarified = 0;
  const right = (topic: string | undefined, question: LabelledQuestion): boolean =>
    topic !== undefined && (topic === question.topic || topic === question.also);
  for (const question of set) {
    const { topic: got, alsoTopic } = understandQuestion(question.text);
    if (!right(got, question)) misses.push({ question, got, ...(alsoTopic === undefined ? {} : { alsoGot: alsoTopic }) });
    if (replies([question.text], 'the field').some(asksToClarify)) clarified++;
  }
  const answered = set.length - misses.filter((miss) => !right(miss.alsoGot, miss.question)).length;
  return { total: set.length, correct: set.length - misses.length, answered, clarified, misses };
}

/** Clarifications on one 60-minute plan: its questions, and each probe asked after its question. */
export interface PlanFigures {
  target: TargetType;
  asked: number;
  clarified: string[];
}

/** Asks every question and probe of the 60-minute plan of each target type. */
export function planFigures(): PlanFigures[] {
  return TARGET_TYPES.map((target) => {
    const subject = PLAN_SUBJECTS[target];
    const plan = planQuestions({ target, subject, minutes: 60, focus: [], seed: `eval:${target}` });
    const planned = [...plan.mustAsk, ...plan.ifTimeAllows, ...plan.closing];
    const clarified: string[] = [];
    let asked = 0;
    for (const question of planned) {
      const messages = [question.text, ...question.probes.slice(0, 1)];
      replies(messages, subject).forEach((reply, i) => {
        asked++;
        if (asksToClarify(reply)) clarified.push(messages[i] ?? '');
      });
    }
    return { target, asked, clarified };
  });
}
