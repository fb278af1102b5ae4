/**
 * The second held-out batch: written after the graders were fixed on the first one, to see
 * how those fixes carry over to drafts nobody foresaw. Measured first (commit 4af26ce: one
 * thank-you miss, notes pasted raw), then learnt from.
 */
import type { ScenarioId } from '../../../src/domain/practice/index.js';
import type { UnseenDraft, UnseenSpec } from '../drafts-unseen/spec.js';
import { UNSEEN_2_EMAIL_DRAFTS } from './email.js';
import { UNSEEN_2_THANKS_DRAFTS } from './thanks.js';
import { UNSEEN_2_VOICEMAIL_DRAFTS } from './voicemail.js';

const tagged = (scenario: ScenarioId, drafts: readonly UnseenSpec[]): UnseenDraft[] => drafts.map((d) => ({ ...d, scenario }));

/** Every draft of the second held-out batch. */
export const UNSEEN_2_DRAFTS: readonly UnseenDraft[] = [
  ...tagged('email', UNSEEN_2_EMAIL_DRAFTS),
  ...tagged('voicemail', UNSEEN_2_VOICEMAIL_DRAFTS),
  ...tagged('thanks', UNSEEN_2_THANKS_DRAFTS),
];
