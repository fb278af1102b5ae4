/**
 * Grades an informational interview the student ran: the quality of each question (judged by
 * the shared question checker), their order, keeping to time, follow-up probes and the close.
 */
import { checkQuestion } from '../../questions/checker.js';
import { questionsThatFit } from '../../questions/plan-timing.js';
import { questionFinding, VERDICT_VALUE } from '../checks/question.js';
import { buildScorecard, check, collect, type Finding, type Rubric } from '../feedback.js';
import { INTERVIEW_MINUTES, isClosingQuestion, minutesUsed, readInterview, type AskedQuestion, type InterviewReading } from '../interview/transcript.js';
import { THANKS } from '../phrases.js';
import { shortQuote } from '../quote.js';
import { studentTurns, type ScenarioContext } from '../scenario.js';
import { hasAny } from '../student-text.js';
import type { Scorecard } from '../rehearsal-types.js';

/** Criteria and weights of the interview scenario (they add up to 100). */
export const INTERVIEW_RUBRIC = {
  quality: { label: 'Question quality', weight: 35 },
  order: { label: 'Most important questions first', weight: 15 },
  time: { label: 'Kept to time', weight: 15 },
  probes: { label: 'Follow-up probes', weight: 15 },
  close: { label: 'A good close', weight: 20 },
} as const satisfies Rubric<string>;

/** How many questions fit the call, from the model the question planner uses too. */
const FIT = questionsThatFit(INTERVIEW_MINUTES);
/** Fewest questions that make good use of the call. */
const MIN_QUESTIONS = FIT.fewest;
/** The advice on how many questions to plan, as the planner would say it. */
const HOW_MANY = `about ${FIT.fewest} to ${FIT.most} main questions in ${INTERVIEW_MINUTES} minutes`;
/** Follow-ups that earn full marks for probing. */
const TARGET_FOLLOW_UPS = 2;
/** Share of the close criterion each closing move is worth. */
const CLOSE_PARTS = { catchAll: 0.25, referral: 0.35, permission: 0.15, thanks: 0.25 } as const;

/** A close that covers the referral, the name and the thanks in one breath. */
const CLOSE_LINE = "Thank you, this was really helpful. Is there anyone else you'd suggest I talk to, and may I mention that you suggested it?";

/** The line that adds each missing part of a close. */
const CLOSE_SUGGESTIONS: Readonly<Record<keyof typeof CLOSE_PARTS, string>> = {
  referral: CLOSE_LINE,
  catchAll: "Before I let you go, is there anything I should have asked but didn't?",
  permission: 'May I mention that you suggested I get in touch?',
  thanks: 'Thank you so much for your time today; this was really helpful.',
};

/** Grades a finished interview from its transcript. */
export function gradeInterview(ctx: ScenarioContext): Scorecard {
  const reading = readInterview(ctx.state, ctx.field);
  const messages = studentTurns(ctx.state);
  const last = messages.at(-1)?.text ?? '';
  const substantive = reading.questions.filter((q) => q.topic !== 'small-talk' && !isClosingQuestion(q));
  return buildScorecard('interview', INTERVIEW_RUBRIC, {
    quality: check('Your questions were open, focused and worth their time.', quality(substantive, last)),
    order: check('You led with substance and saved the wrap-up for the end.', order(reading.questions)),
    time: check(
      `You used about ${Math.round(minutesUsed(reading.questions, ctx.difficulty))} of your ${INTERVIEW_MINUTES} minutes and closed in time.`,
      timing(
        reading,
        messages.some((m) => m.step === 'wrap-up'),
        last,
      ),
    ),
    probes: check('You followed up on what they said, which shows real listening.', probes(reading.questions, substantive)),
    close: check('You closed well: what did I miss, who else, may I use your name, thank you.', close(reading, messages, last)),
  });
}

function quality(substantive: readonly AskedQuestion[], last: string): Finding[] {
  if (substantive.length === 0) {
    return [
      {
        code: 'too-few-questions',
        cost: 1,
        note: 'There were no questions about the work itself.',
        quote: shortQuote(last),
        advice: 'Prepare a few open questions about their path, their days and their advice, and ask the most important first.',
      },
    ];
  }
  return collect(
    ...substantive.map((q) => {
      const verdict = checkQuestion(q.text);
      return questionFinding(verdict, (1 - VERDICT_VALUE[verdict.verdict]) / substantive.length);
    }),
  );
}

function order(questions: readonly AskedQuestion[]): Finding[] {
  const first = questions[0];
  const findings: Finding[] = [];
  if (first?.topic === 'small-talk') {
    findings.push({
      code: 'small-talk-first',
      cost: 0.5,
      note: 'The call opened with small talk.',
      quote: shortQuote(first.text),
      advice: 'A quick thanks is enough; then ask your most important question while you have their full attention.',
      rewrite: { original: first.text, suggestion: 'Thank you for making time. To start: how did you get into this work?' },
    });
  } else if (first !== undefined) {
    const verdict = checkQuestion(first.text);
    if (verdict.issues.includes('job-request')) findings.push(...collect(questionFinding(verdict, 0.5)));
  }
  const firstClose = questions.findIndex(isClosingQuestion);
  const after = firstClose < 0 ? [] : questions.slice(firstClose + 1).filter((q) => !isClosingQuestion(q) && q.topic !== 'small-talk');
  const early = questions[firstClose];
  if (early !== undefined && after.length >= 2) {
    findings.push({
      code: 'closing-too-early',
      cost: 0.3,
      note: 'Wrap-up questions came before the main ones.',
      quote: shortQuote(early.text),
      advice: 'Save "who else should I talk to?" for the end, once they know you and what you are looking for.',
    });
  }
  return findings;
}

function timing(reading: InterviewReading, ranOver: boolean, last: string): Finding[] {
  const asked = reading.questions.length;
  return collect(
    ranOver
      ? {
          code: 'ran-over',
          cost: 0.6,
          note: 'Time ran out before you wrapped up.',
          quote: shortQuote(reading.questions.at(-1)?.text ?? last),
          advice: `Plan for ${HOW_MANY} and start your close when they mention the time.`,
          rewrite: { original: reading.questions.at(-1)?.text ?? last, suggestion: CLOSE_LINE },
        }
      : null,
    !ranOver && asked < MIN_QUESTIONS
      ? {
          code: 'too-few-questions',
          cost: (MIN_QUESTIONS - asked) / MIN_QUESTIONS,
          note: `Only ${asked} question${asked === 1 ? '' : 's'} in a ${INTERVIEW_MINUTES}-minute slot.`,
          quote: shortQuote(last),
          advice: `Use the time you were given: ${HOW_MANY} fit, most important first, with follow-ups in between.`,
        }
      : null,
  );
}

function probes(questions: readonly AskedQuestion[], substantive: readonly AskedQuestion[]): Finding[] {
  const count = questions.filter((q) => q.followUp).length;
  if (count >= TARGET_FOLLOW_UPS) return [];
  const anchor = substantive.find((q) => !q.followUp) ?? questions[0];
  const original = anchor?.text ?? '';
  return [
    {
      code: 'no-follow-up-probe',
      cost: count === 0 ? 1 : 0.3,
      note: count === 0 ? 'No question built on an answer.' : 'Only one follow-up question.',
      quote: shortQuote(original),
      advice: 'When an answer mentions something interesting, ask about it: "You mentioned X; what did that look like?"',
      rewrite: { original, suggestion: 'You mentioned [something from their answer]; what did that look like in practice?' },
    },
  ];
}

function close(reading: InterviewReading, messages: readonly { text: string }[], last: string): Finding[] {
  const made = {
    catchAll: reading.questions.some((q) => q.closing.catchAll),
    referral: reading.questions.some((q) => q.closing.referral),
    permission: reading.questions.some((q) => q.closing.permission),
    thanks: messages.some((m) => hasAny(m.text, THANKS)),
  };
  const quote = shortQuote(last);
  const missing = (part: keyof typeof CLOSE_PARTS, code: Finding['code'], note: string, advice: string): Finding | null =>
    made[part] ? null : { code, cost: CLOSE_PARTS[part], note, quote, advice, rewrite: { original: last, suggestion: CLOSE_SUGGESTIONS[part] } };
  return collect(
    missing(
      'referral',
      'no-referral-ask',
      'You did not ask who else to talk to.',
      'Before you finish, ask: "Is there anyone else you think I should talk to?"',
    ),
    missing(
      'catchAll',
      'no-catch-all',
      'No catch-all question.',
      'Ask "Is there anything I should have asked but didn\'t?"; it often brings out the best advice.',
    ),
    missing('thanks', 'no-thanks', 'You did not thank them.', 'End by thanking them for their time, by name.'),
    missing(
      'permission',
      'no-name-permission',
      'You did not ask to use their name.',
      'When they suggest someone, ask "May I mention that you suggested I get in touch?"',
    ),
  );
}
