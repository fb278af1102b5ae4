/**
 * The email scenario: the student writes an outreach email. The subject may be on a first
 * line "Subject: ..." or sent separately, before or after the body.
 */
import { gradeEmail } from '../graders/email.js';
import { hasSubjectLine, isSubjectOnly, parseEmail } from '../email/parse.js';
import { SCENARIO_PERSONAS, SCENARIO_TITLES } from '../catalogue.js';
import { studentTurns, type StepHandler } from '../scenario.js';
import { DRAFT_STEP, draftScenario } from './draft-scenario.js';
import { connectionForBrief, whoIs } from '../persona-text.js';

const finish: StepHandler = () => ({ say: [], next: null });

/** Definition of the email scenario. */
export const EMAIL_SCENARIO = draftScenario({
  id: 'email',
  title: SCENARIO_TITLES.email,
  personas: SCENARIO_PERSONAS.email,
  brief: (p, field) =>
    `You are emailing ${whoIs(p)}, to ask for a short informational interview about ${field}. ` +
    `${connectionForBrief(p)}, suggested you write. You also know that ${p.hooks[0]?.text ?? `${p.name} works in ${field}`}. ` +
    `${p.manner} Send your email with the subject on the first line ("Subject: ..."), or send the subject and the body as two messages.`,
  prompt: ['Paste your email when it is ready.', 'Send your draft: subject line first, then the body.'],
  grade: (ctx) => gradeEmail(parseEmail(studentTurns(ctx.state)), ctx.persona, ctx.field),
  replies: {
    yes: [
      'Two days later {first} replies: "Happy to help. Would a video call on Thursday at 4 work?"',
      '{first} writes back the same evening and suggests a 15-minute call next week.',
      '{first} answers: "Thanks for the clear note. I can do 20 minutes on Tuesday morning."',
    ],
    no: [
      'A week goes by without a reply. That is common; a clearer, shorter email and a polite follow-up improve the odds.',
      '{first} reads the email on {their} phone, is not sure what you need, and means to answer later.',
      'No reply yet. Make it easier to say yes: who sent you, why them, and a small, specific ask.',
    ],
  },
  steps: {
    [DRAFT_STEP]: (_ctx, text) => {
      if (isSubjectOnly(text)) return { say: [{ text: 'Got your subject line. Now send the body of the email.' }], next: 'body' };
      if (hasSubjectLine(text)) return { say: [], next: null };
      return { say: [{ text: 'I do not see a subject line. What subject would you use? Send just that line, or "none".' }], next: 'subject' };
    },
    subject: finish,
    body: finish,
  },
});
