/**
 * Reads an interview transcript back: each student question with its category, whether it
 * followed up on the answer before it, and which closing moves it made; plus the minutes used.
 * Everything is derived from the stored turns, so nothing else needs saving between messages.
 */
import { WORDS_PER_MINUTE, spokenWordCount } from '../student-text.js';
import type { Difficulty, RehearsalState } from '../rehearsal-types.js';
import type { QuestionCategory } from '../../questions/question-types.js';
import { understandQuestion } from '../understand/topic.js';
import { closingParts, isClosingRemark, isFollowUp, type ClosingParts, type Topic } from './classify.js';

/** Length of the interview the persona agreed to, in minutes. */
export const INTERVIEW_MINUTES = 15;

/** When this many minutes are left, the persona mentions the time. */
export const WARNING_MINUTES_LEFT = 3;

/** Minutes one answer takes, by difficulty: tougher personas talk longer, so fewer questions fit. */
const ANSWER_MINUTES: Readonly<Record<Difficulty, number>> = { gentle: 1.25, realistic: 1.4, tough: 1.6 };

/** One question the student asked. */
export interface AskedQuestion {
  text: string;
  step: string;
  topic: Topic;
  /** A second topic nearly as likely, which the answer covers as well (see understandQuestion). */
  also?: QuestionCategory;
  followUp: boolean;
  closing: ClosingParts;
}

/** The questions asked and the closing remark, if the student made one. */
export interface InterviewReading {
  questions: AskedQuestion[];
  closingRemark?: string;
}

/** Minutes one question and its answer take. */
function exchangeMinutes(question: string, difficulty: Difficulty): number {
  return ANSWER_MINUTES[difficulty] + spokenWordCount(question) / WORDS_PER_MINUTE;
}

/** Minutes used by the questions asked so far. */
export function minutesUsed(questions: readonly AskedQuestion[], difficulty: Difficulty): number {
  return questions.reduce((sum, q) => sum + exchangeMinutes(q.text, difficulty), 0);
}

/** Reads the transcript of an interview (or of any rehearsal where the student asks questions). */
export function readInterview(state: RehearsalState, field: string): InterviewReading {
  const questions: AskedQuestion[] = [];
  let closingRemark: string | undefined;
  let lastAnswer: string[] = [];
  for (const turn of state.turns) {
    if (turn.from === 'persona') {
      lastAnswer.push(turn.text);
      continue;
    }
    if (isClosingRemark(turn.text)) {
      closingRemark = turn.text;
    } else {
      const { topic, alsoTopic } = understandQuestion(turn.text, field);
      questions.push({
        text: turn.text,
        step: turn.step ?? '',
        topic,
        ...(alsoTopic === undefined ? {} : { also: alsoTopic }),
        followUp: questions.length > 0 && isFollowUp(turn.text, lastAnswer.join(' '), field),
        closing: closingParts(turn.text),
      });
    }
    lastAnswer = [];
  }
  return { questions, ...(closingRemark === undefined ? {} : { closingRemark }) };
}

/** Whether a question makes any closing move. */
export function isClosingQuestion(q: AskedQuestion): boolean {
  return q.closing.referral || q.closing.permission || q.closing.catchAll;
}
