/**
 * The call scenario: the student phones someone and delivers an opening. Who picks up, and
 * how the person answers, are seeded draws swayed by the persona, the difficulty and the
 * opening itself; each answer calls for a different next move, which is then graded.
 */
import { CALL_LINES } from '../call/call-lines.js';
import { choosePickup, chooseBranch, putsThrough } from '../call/branch.js';
import { gradeCall } from '../graders/call.js';
import { answerQuestion } from '../interview/respond.js';
import { isClosingRemark, leadingQuestion } from '../interview/classify.js';
import { jobRequest } from '../checks/ask.js';
import { toDraft } from '../draft.js';
import { SCENARIO_PERSONAS, SCENARIO_TITLES } from '../catalogue.js';
import { REFERRAL_ASK, TIME_WORD } from '../phrases.js';
import { studentTurns, type Line, type ScenarioContext, type ScenarioDefinition, type StepOutcome } from '../scenario.js';
import { hasAny } from '../student-text.js';
import { connectionForBrief, firstNameOf, whoIs } from '../persona-text.js';
import { spoken, stage } from './persona-lines.js';

const EMAIL_ASK = [/\be-?mail\b/];

/** Questions the person answers after saying "go ahead" before they have to go. */
export const CALL_ANSWERS = 3;

function answerLine(ctx: ScenarioContext): Line {
  return { who: firstNameOf(ctx.persona), text: answerQuestion(ctx) };
}

/** Answers the question just asked, and either invites the next one or, once time is up, says goodbye. */
function keepTalking(ctx: ScenarioContext): StepOutcome {
  const answered = studentTurns(ctx.state).filter((t) => t.step === 'go-ahead' || t.step === 'talking').length;
  if (answered >= CALL_ANSWERS) return hangUp(ctx, [answerLine(ctx), spoken(ctx, CALL_LINES.afterAnswer, 'after')]);
  return { say: [answerLine(ctx), spoken(ctx, CALL_LINES.whatElse, `what-else:${answered}`)], next: 'talking' };
}

function answered(ctx: ScenarioContext, next: string): StepOutcome {
  return { say: [spoken(ctx, CALL_LINES.personAnswers, `answer:${next}`)], next };
}

function toVoicemail(ctx: ScenarioContext): StepOutcome {
  return { say: [stage(ctx, CALL_LINES.voicemailGreeting, 'greeting')], next: 'voicemail' };
}

function hangUp(ctx: ScenarioContext, say: StepOutcome['say']): StepOutcome {
  return { say: [...say, stage(ctx, CALL_LINES.hangUp, 'hang-up')], next: null };
}

/** Definition of the call scenario. */
export const CALL_SCENARIO: ScenarioDefinition = {
  id: 'call',
  title: SCENARIO_TITLES.call,
  personas: SCENARIO_PERSONAS.call,
  brief: (p, field) =>
    `You are calling ${whoIs(p)}, to ask for a short informational interview about ${field}. ` +
    `${connectionForBrief(p)}, gave you the number. ${p.manner} ` +
    'Whoever picks up, reply with what you would say, one message at a time. Start with your opening, as you would say it aloud.',
  begin: (ctx) => {
    const pickup = choosePickup(ctx);
    const ring = stage(ctx, CALL_LINES.ring, 'ring');
    if (pickup === 'voicemail') return { say: [ring, ...toVoicemail(ctx).say], next: 'voicemail' };
    if (pickup === 'front-desk') {
      return { say: [ring, spoken(ctx, CALL_LINES.frontDeskAnswers, 'front-desk', ctx.persona.frontDesk)], next: 'front-desk' };
    }
    return { say: [ring, ...answered(ctx, 'opening').say], next: 'opening' };
  },
  steps: {
    'front-desk': (ctx, text) => {
      const desk = ctx.persona.frontDesk;
      if (jobRequest(toDraft(text), ctx.field, 1) !== null) return hangUp(ctx, [spoken(ctx, CALL_LINES.screened, 'screened', desk)]);
      if (putsThrough(ctx, text)) {
        const through = answered(ctx, 'opening');
        return { ...through, say: [spoken(ctx, CALL_LINES.transfer, 'transfer', desk), stage(ctx, CALL_LINES.hold, 'hold'), ...through.say] };
      }
      const voicemail = toVoicemail(ctx);
      return { ...voicemail, say: [spoken(ctx, CALL_LINES.toVoicemail, 'to-voicemail', desk), ...voicemail.say] };
    },
    opening: (ctx, text) => {
      const branch = chooseBranch(ctx, text);
      return { say: [spoken(ctx, CALL_LINES[branch], branch)], next: branch };
    },
    'go-ahead': (ctx, text) => {
      if (leadingQuestion(text) === undefined) return hangUp(ctx, [spoken(ctx, CALL_LINES.noQuestion, 'no-question')]);
      return keepTalking(ctx);
    },
    talking: (ctx, text) => {
      if (isClosingRemark(text)) return hangUp(ctx, [spoken(ctx, CALL_LINES.farewell, 'farewell')]);
      return keepTalking(ctx);
    },
    'call-back': (ctx, text) => {
      if (hasAny(text, EMAIL_ASK)) return hangUp(ctx, [spoken(ctx, CALL_LINES.gaveEmail, 'email')]);
      const lines = hasAny(text, TIME_WORD) ? CALL_LINES.agreedTime : CALL_LINES.vagueLater;
      return hangUp(ctx, [spoken(ctx, lines, 'later')]);
    },
    decline: (ctx, text) => hangUp(ctx, [spoken(ctx, hasAny(text, REFERRAL_ASK) ? CALL_LINES.referral : CALL_LINES.bye, 'decline')]),
    voicemail: (ctx) => hangUp(ctx, []),
  },
  grade: gradeCall,
};
