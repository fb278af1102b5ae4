/**
 * The held-out drafts: written after the graders were tuned, by someone who had not read the
 * tuned corpus's drafts closely, and measured before any grader change. Each is signed by one
 * of its own signers (`{name}`, `{first}`, `{phone}`, `{email}`), so the fairness check can
 * sign it by anyone else too.
 */
import type { ScenarioId } from '../../../src/domain/practice/index.js';
import { signedBy } from '../signers.js';
import type { UnseenDraft, UnseenSpec } from './spec.js';
import { UNSEEN_EMAIL_DRAFTS } from './email.js';
import { UNSEEN_THANKS_DRAFTS } from './thanks.js';
import { UNSEEN_VOICEMAIL_DRAFTS } from './voicemail.js';

export type { UnseenDraft } from './spec.js';

const tagged = (scenario: ScenarioId, drafts: readonly UnseenSpec[]): UnseenDraft[] => drafts.map((d) => ({ ...d, scenario }));

/** Every held-out draft. */
export const UNSEEN_DRAFTS: readonly UnseenDraft[] = [
  ...tagged('email', UNSEEN_EMAIL_DRAFTS),
  ...tagged('voicemail', UNSEEN_VOICEMAIL_DRAFTS),
  ...tagged('thanks', UNSEEN_THANKS_DRAFTS),
];

/** The messages of a held-out draft as its own signer wrote them. */
export const ownMessages = (draft: UnseenDraft): string[] => draft.templates.map((t) => signedBy(t, draft.signer));
