/** The thank-you scenario: after an interview, the student writes the thank-you note. */
import { gradeThanks } from '../graders/thanks.js';
import { SCENARIO_PERSONAS, SCENARIO_TITLES } from '../catalogue.js';
import { studentTurns } from '../scenario.js';
import { draftScenario } from './draft-scenario.js';
import { whoIs } from '../persona-text.js';

/** Definition of the thank-you scenario. */
export const THANKS_SCENARIO = draftScenario({
  id: 'thanks',
  title: SCENARIO_TITLES.thanks,
  personas: SCENARIO_PERSONAS.thanks,
  brief: (p) => {
    const told = (p.highlights ?? []).map((h) => h.text);
    return (
      `Yesterday you had a 20-minute informational interview with ${whoIs(p)}. ` +
      `Among other things, ${p.name.split(' ')[0] ?? p.name} talked about ${told.join('; ')}. ` +
      `${p.manner} At the end, ${p.pronoun} offered to introduce you to ${p.referral.name}, ${p.referral.role}. ` +
      'Write the thank-you email you would send today.'
    );
  },
  prompt: ['Send your thank-you note when it is ready.', 'Paste the note you would send.'],
  grade: (ctx) =>
    gradeThanks(
      studentTurns(ctx.state)
        .map((t) => t.text)
        .join('\n'),
      ctx.persona,
    ),
  replies: {
    yes: [
      '{first} replies: "So glad it helped. I have just emailed {referral} to introduce you."',
      '{first} answers warmly and copies {referral} on the reply to make the introduction.',
      '{first} writes back: "Great to hear you are already on it. Keep me posted."',
    ],
    no: [
      '{first} sends a short "You are welcome, good luck!" and the introduction to {referral} slips {their} mind.',
      "{first} reads the note but it does not stand out among the day's emails.",
      'A brief reply arrives, but nothing about the introduction. A more specific note would have kept it on {their} radar.',
    ],
  },
});
