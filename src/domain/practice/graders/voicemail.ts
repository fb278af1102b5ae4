/**
 * Grades a voicemail left for someone the student has never met: can they tell who called,
 * why, who sent them, and how to reply, all in 20 to 30 seconds?
 */
import { phoneNumber, missingEmail, followUpPlan } from '../checks/contact.js';
import { missingConnection, missingName, missingPurpose, lifeStory } from '../checks/introduction.js';
import { jobRequest } from '../checks/ask.js';
import { lengthCheck, type LengthTarget } from '../checks/length.js';
import { toDraft } from '../draft.js';
import { buildScorecard, check, type Rubric } from '../feedback.js';
import type { Persona, Scorecard } from '../rehearsal-types.js';

/**
 * Criteria and weights of the voicemail scenario (they add up to 100). A listener decides
 * whether to call back on who called, why, and what happens next: the purpose and the
 * follow-up weigh as much as the number, and an email address (a second way to reply, rarely
 * written down from a voicemail) least. A long message with no point and no next step loses
 * more than half the marks.
 */
export const VOICEMAIL_RUBRIC = {
  name: { label: 'Your name', weight: 15 },
  phone: { label: 'Phone number said early and repeated', weight: 20 },
  connection: { label: 'Connection or referrer', weight: 15 },
  purpose: { label: 'Purpose in one sentence', weight: 20 },
  email: { label: 'Email address', weight: 5 },
  followUp: { label: 'When you will try again', weight: 15 },
  length: { label: '20 to 30 seconds long', weight: 10 },
} as const satisfies Rubric<string>;

/** Spoken length of a good voicemail. */
export const VOICEMAIL_LENGTH: LengthTarget = { min: 20, max: 30, unit: 'seconds' };

/** Grades a voicemail message. */
export function gradeVoicemail(message: string, persona: Persona, field: string): Scorecard {
  const d = toDraft(message);
  return buildScorecard('voicemail', VOICEMAIL_RUBRIC, {
    name: check('You said your name, so they know who called.', missingName(d, persona, 1)),
    phone: check('Your number came early and again at the end, so it is easy to catch.', phoneNumber(d, { missing: 1, notRepeated: 0.4, late: 0.2 })),
    connection: check('You named your connection, which makes a call back far likelier.', missingConnection(d, persona, 1)),
    purpose: check('Your reason for calling was clear and short.', jobRequest(d, field, 1) ?? missingPurpose(d, field, 1), lifeStory(d, 1)),
    email: check('You left an email address as a second way to reply.', missingEmail(d, 1)),
    followUp: check('You said when you would try again, which keeps the next step with you.', followUpPlan(d, 1)),
    length: check('The length was right for a voicemail.', lengthCheck(d, VOICEMAIL_LENGTH, 1)),
  });
}
