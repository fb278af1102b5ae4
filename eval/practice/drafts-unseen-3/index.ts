/**
 * The third held-out batch: written on 2026-12-07 by a helper who read neither the graders'
 * code nor their training data, and kept sealed outside the repo until the end of the session,
 * so nobody tuned on it. Career changers, parents returning to study, international students
 * and non-native English among the strong drafts; the weak ones fail in the ways advisors see
 * (job asks, vague, rambling, demanding, no purpose, no specifics, no thanks). Measured once,
 * on the graders as they stood: every target held. Weakest strong and strongest weak: email 70
 * and 46, voicemail 91 and 47, thank-you 100 and 50; no signer moved a score.
 */
import type { ScenarioId } from '../../../src/domain/practice/index.js';
import type { UnseenDraft, UnseenSpec } from '../drafts-unseen/spec.js';
import { UNSEEN_3_EMAIL_DRAFTS } from './email.js';
import { UNSEEN_3_THANKS_DRAFTS } from './thanks.js';
import { UNSEEN_3_VOICEMAIL_DRAFTS } from './voicemail.js';

const tagged = (scenario: ScenarioId, drafts: readonly UnseenSpec[]): UnseenDraft[] => drafts.map((d) => ({ ...d, scenario }));

/** Every draft of the third held-out batch. */
export const UNSEEN_3_DRAFTS: readonly UnseenDraft[] = [
  ...tagged('email', UNSEEN_3_EMAIL_DRAFTS),
  ...tagged('voicemail', UNSEEN_3_VOICEMAIL_DRAFTS),
  ...tagged('thanks', UNSEEN_3_THANKS_DRAFTS),
];
