/**
 * Grades a thank-you note sent after an informational interview: specific, shows follow-through,
 * acknowledges the introduction, stays short and asks for nothing new.
 */
import { missingAction, missingReferralThanks, missingSpecifics } from '../checks/follow-through.js';
import { genericGreeting, lifeStory } from '../checks/introduction.js';
import { lengthCheck, type LengthTarget } from '../checks/length.js';
import { missingThanks, newRequest } from '../checks/manners.js';
import { toDraft } from '../draft.js';
import { buildScorecard, check, type Rubric } from '../feedback.js';
import type { Persona, Scorecard } from '../rehearsal-types.js';

/** Criteria and weights of the thank-you scenario (they add up to 100). */
export const THANKS_RUBRIC = {
  specific: { label: 'Something specific you learned', weight: 30 },
  action: { label: 'An action taken or planned', weight: 20 },
  referral: { label: 'Introduction acknowledged', weight: 15 },
  noRequest: { label: 'No new request', weight: 15 },
  thanks: { label: 'Warm thanks, by name', weight: 10 },
  brevity: { label: 'Brief', weight: 10 },
} as const satisfies Rubric<string>;

/** Length of a good thank-you note. */
export const THANKS_LENGTH: LengthTarget = { min: 40, max: 150, unit: 'words' };

/** Grades a thank-you note. */
export function gradeThanks(note: string, persona: Persona): Scorecard {
  const d = toDraft(note);
  return buildScorecard('thanks', THANKS_RUBRIC, {
    specific: check('You named something specific they told you.', missingSpecifics(d, persona, 1)),
    action: check('You showed you acted on their advice.', missingAction(d, 1)),
    referral: check('You acknowledged the introduction they offered.', missingReferralThanks(d, persona, 1)),
    noRequest: check('The note only thanks, with no new favour attached.', newRequest(d, 1)),
    thanks: check('Warm thanks, addressed to them.', missingThanks(d, 1), genericGreeting(d, persona, 0.5)),
    brevity: check('Short and easy to read.', lengthCheck(d, THANKS_LENGTH, 1), lifeStory(d, 0.5)),
  });
}
