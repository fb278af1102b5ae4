/**
 * The interview scenario: Rapport plays a professional in the student's field, answers one
 * question per message, keeps an eye on the clock, and ends when the student closes or
 * time runs out (after one last message).
 */
import { questionsThatFit } from '../../questions/plan-timing.js';
import { gradeInterview } from '../graders/interview.js';
import { TIME_LINES } from '../interview/answers.js';
import { closingParts, isClosingRemark } from '../interview/classify.js';
import { answerQuestion } from '../interview/respond.js';
import { INTERVIEW_MINUTES, minutesUsed, readInterview, WARNING_MINUTES_LEFT } from '../interview/transcript.js';
import { firstNameOf } from '../persona-text.js';
import { SCENARIO_PERSONAS, SCENARIO_TITLES } from '../catalogue.js';
import type { Line, ScenarioContext, ScenarioDefinition } from '../scenario.js';
import { pickLine, spoken } from './persona-lines.js';

const minutes = { minutes: String(INTERVIEW_MINUTES) };
/** How many main questions fit the call, from the model the planner uses. */
const FIT = questionsThatFit(INTERVIEW_MINUTES);

function answerLine(ctx: ScenarioContext): Line {
  return { who: firstNameOf(ctx.persona), text: answerQuestion(ctx) };
}

function farewell(ctx: ScenarioContext): Line {
  return spoken(ctx, TIME_LINES.farewell, 'farewell');
}

/** Definition of the interview scenario. */
export const INTERVIEW_SCENARIO: ScenarioDefinition = {
  id: 'interview',
  title: SCENARIO_TITLES.interview,
  personas: SCENARIO_PERSONAS.interview,
  brief: (p, field) =>
    `You are on a ${INTERVIEW_MINUTES}-minute call with ${p.name}, a ${p.role} in ${field} at ${p.organization}. ${p.manner} ` +
    `Ask your questions one per message, most important first, and follow up on what you hear; about ${FIT.fewest} to ${FIT.most} main questions fit. ` +
    'When you are finished, close the conversation as you would for real (for example "Thank you, that\'s all my questions").',
  begin: (ctx) => ({ say: [{ who: firstNameOf(ctx.persona), text: pickLine(ctx, TIME_LINES.greeting, 'greeting', minutes) }], next: 'asking' }),
  steps: {
    asking: (ctx, text) => {
      if (isClosingRemark(text)) return { say: [farewell(ctx)], next: null };
      const { questions } = readInterview(ctx.state, ctx.field);
      const used = minutesUsed(questions, ctx.difficulty);
      const before = minutesUsed(questions.slice(0, -1), ctx.difficulty);
      const warnAt = INTERVIEW_MINUTES - WARNING_MINUTES_LEFT;
      if (used >= INTERVIEW_MINUTES) return { say: [answerLine(ctx), spoken(ctx, TIME_LINES.timeUp, 'time-up')], next: 'wrap-up' };
      const warning = before < warnAt && used >= warnAt ? [spoken(ctx, TIME_LINES.warning, 'warning')] : [];
      return { say: [answerLine(ctx), ...warning], next: 'asking' };
    },
    'wrap-up': (ctx, text) => {
      const parts = closingParts(text);
      const closing = !isClosingRemark(text) && (parts.referral || parts.permission || parts.catchAll);
      return { say: closing ? [answerLine(ctx), farewell(ctx)] : [farewell(ctx)], next: null };
    },
  },
  grade: gradeInterview,
};
