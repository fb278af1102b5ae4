/**
 * Grades a phone call: the opening (who, who sent you, why, how long) and how the student
 * handled what came back: a go-ahead, a not-now, a no, a receptionist or voicemail.
 */
import { checkQuestion } from '../../questions/checker.js';
import { jobRequest, timeRequest } from '../checks/ask.js';
import { followUpPlan, missingEmail, phoneNumber } from '../checks/contact.js';
import { lifeStory, missingConnection, missingName, missingPurpose } from '../checks/introduction.js';
import { lengthCheck, type LengthTarget } from '../checks/length.js';
import { missingThanks, pushy } from '../checks/manners.js';
import { questionFinding } from '../checks/question.js';
import { asksForPerson } from '../call/branch.js';
import { findIn, type Draft, toDraft } from '../draft.js';
import { buildScorecard, check, collect, scaled, type Finding, type Rubric } from '../feedback.js';
import { isClosingRemark, leadingQuestion } from '../interview/classify.js';
import { REFERRAL_ASK, TIME_WORD } from '../phrases.js';
import { shortQuote } from '../quote.js';
import type { ScenarioContext } from '../scenario.js';
import { studentTurns } from '../scenario.js';
import type { Persona, Scorecard } from '../rehearsal-types.js';
import { VOICEMAIL_LENGTH } from './voicemail.js';

/** Criteria and weights of the call scenario (they add up to 100). */
export const CALL_RUBRIC = {
  intro: { label: 'Who you are, who sent you and why', weight: 30 },
  info: { label: 'Asks for information, not a job', weight: 20 },
  time: { label: 'Asks for a short, set amount of time', weight: 15 },
  brevity: { label: 'Short opening (about 30 seconds)', weight: 10 },
  response: { label: 'Handled their reply', weight: 25 },
} as const satisfies Rubric<string>;

/** Spoken length of a good opening when the person picks up. */
export const OPENING_LENGTH: LengthTarget = { min: 8, max: 30, unit: 'seconds' };
const REPLY_LENGTH: LengthTarget = { min: 0, max: 15, unit: 'seconds' };
const QUESTION_LENGTH: LengthTarget = { min: 0, max: 20, unit: 'seconds' };
const CALLBACK_PLAN = [...TIME_WORD, /\be-?mail\b/, /\b(best|better|good) (time|way|day)\b/, /\bwhen (would|should|could|is|might)\b/];

type ResponseCheck = (d: Draft, persona: Persona, field: string) => Finding[];

/** How each reply step is judged: the move the situation called for. */
const RESPONSE_CHECKS: Readonly<Record<string, ResponseCheck>> = {
  'go-ahead': topQuestion,
  talking: laterQuestion,
  'call-back': (d) => collect(callbackPlan(d), pushy(d, 0.4), lengthCheck(d, REPLY_LENGTH, 0.3), missingThanks(d, 0.2)),
  decline: (d) => collect(referralAsk(d), pushy(d, 0.4), missingThanks(d, 0.3)),
  'front-desk': frontDesk,
  voicemail: (d) => collect(phoneNumber(d, { missing: 0.45, notRepeated: 0.15, late: 0.1 }), missingEmail(d, 0.15), followUpPlan(d, 0.25)),
};

/** Grades a finished call from its transcript. */
export function gradeCall(ctx: ScenarioContext): Scorecard {
  const turns = studentTurns(ctx.state).map((t) => ({ ...t, draft: toDraft(t.text) }));
  const opening = turns.find((t) => t.step === 'opening' || t.step === 'voicemail') ?? turns[0];
  if (opening === undefined) throw new RangeError('A call needs at least one student turn to grade');
  const { persona, field } = ctx;
  const d = opening.draft;
  const parts = turns.filter((t) => t !== opening || t.step === 'voicemail');
  const response = parts.flatMap((t) => scaled(responseCheck(t.step)(t.draft, persona, field), 1 / parts.length));
  const job = turns.map((t) => jobRequest(t.draft, field, 1)).find((f) => f !== null) ?? null;
  return buildScorecard('call', CALL_RUBRIC, {
    intro: check(
      'You said who you are, who sent you and why you were calling.',
      missingName(d, persona, 0.4),
      missingConnection(d, persona, 0.3),
      missingPurpose(d, field, 0.3),
    ),
    info: check('You asked for their insight, not for a job.', job),
    time: check('You asked for a short, specific amount of time.', timeRequest(d, 1)),
    brevity: check(
      'Your opening was short and to the point.',
      lifeStory(d, 1),
      lengthCheck(d, opening.step === 'voicemail' ? VOICEMAIL_LENGTH : OPENING_LENGTH, 1),
    ),
    response: check('You handled their answer well.', response),
  });
}

function responseCheck(step: string): ResponseCheck {
  const judge = RESPONSE_CHECKS[step];
  if (judge === undefined) throw new RangeError(`No response check for call step "${step}"`);
  return judge;
}

/** After "go ahead": lead with a real question, not small talk or more background. */
function topQuestion(d: Draft): Finding[] {
  const asked = leadingQuestion(d.text);
  if (asked === undefined) {
    return [
      {
        code: 'no-top-question',
        cost: 1,
        note: 'You did not ask a question when they said go ahead.',
        quote: shortQuote(d.text),
        advice: 'When they say "go ahead", thank them and ask your most important question straight away.',
        rewrite: { original: d.text, suggestion: 'Thank you! My first question: how did you get started in this work?' },
      },
    ];
  }
  return collect(questionFinding(checkQuestion(asked), 0.5), lengthCheck(d, QUESTION_LENGTH, 0.4));
}

/** Once the conversation runs: a good question, or a close that thanks them. */
function laterQuestion(d: Draft): Finding[] {
  if (isClosingRemark(d.text)) return collect(missingThanks(d, 0.5));
  const asked = leadingQuestion(d.text);
  return asked === undefined ? [] : collect(questionFinding(checkQuestion(asked), 0.5));
}

function callbackPlan(d: Draft): Finding | null {
  if (findIn(d, CALLBACK_PLAN) !== null) return null;
  return {
    code: 'no-callback-plan',
    cost: 0.6,
    note: 'No time or email was agreed.',
    quote: shortQuote(d.text),
    advice: 'Pin down the next step before hanging up: suggest a time to call back, or ask for the best email address.',
    rewrite: { original: d.text, suggestion: 'Of course, thank you! Would Thursday morning suit you, or should I send you an email instead?' },
  };
}

function referralAsk(d: Draft): Finding | null {
  if (findIn(d, REFERRAL_ASK) !== null) return null;
  return {
    code: 'no-referral-ask',
    cost: 0.6,
    note: 'You did not ask who else you could talk to.',
    quote: shortQuote(d.text),
    advice: 'A no is a good moment to ask for a referral: "I understand. Is there someone else you would suggest I speak with?"',
    rewrite: { original: d.text, suggestion: "I understand, thank you for being upfront. Is there someone else you'd suggest I speak with?" },
  };
}

/** With a receptionist: your name, the person you want, and what it is about, briefly. */
function frontDesk(d: Draft, persona: Persona, field: string): Finding[] {
  const want = `Hi, this is [your full name]. Could I speak with ${persona.name}, please? ${persona.connection.name} suggested I call.`;
  const askFinding: Finding | null = asksForPerson(d.text, persona)
    ? null
    : {
        code: 'no-ask-for-person',
        cost: 0.5,
        note: 'You did not ask for the person by name.',
        quote: shortQuote(d.text),
        advice: `Ask for ${persona.name} by name, then give a one-line reason; receptionists route calls on exactly that.`,
        rewrite: { original: d.text, suggestion: want },
      };
  const unnamed = missingName(d, persona, 0.25);
  const unexplained = missingPurpose(d, field, 0.25);
  return collect(
    askFinding,
    unnamed === null ? null : { ...unnamed, note: 'You did not give the receptionist your name.', rewrite: { original: d.text, suggestion: want } },
    unexplained === null ? null : { ...unexplained, note: 'You did not tell the receptionist what the call was about.' },
  );
}
