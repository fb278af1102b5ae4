/**
 * The labelled drafts of the written scenarios: the strong drafts of the test corpus in
 * test/fixtures/practice plus the drafts written for the eval (career changers, international
 * students, non-native English). The test corpus's weak drafts are left out: each has one
 * teaching mistake in an otherwise good draft, while a weak draft here is one a reader would
 * find clearly inadequate.
 */
import type { ScenarioId } from '../../../src/domain/practice/index.js';
import { EMAIL_EXAMPLES } from '../../../test/fixtures/practice/email.js';
import { THANKS_EXAMPLES } from '../../../test/fixtures/practice/thanks.js';
import { VOICEMAIL_EXAMPLES } from '../../../test/fixtures/practice/voicemail.js';
import { EMAIL_DRAFTS } from './email.js';
import { THANKS_DRAFTS } from './thanks.js';
import { VOICEMAIL_DRAFTS } from './voicemail.js';

/** A labelled draft of one written scenario. */
export interface LabelledDraft {
  id: string;
  scenario: ScenarioId;
  quality: 'strong' | 'weak';
  personaId: string;
  messages: readonly string[];
}

/** A draft as written in a scenario file (the scenario comes from the file). */
export type DraftSpec = Omit<LabelledDraft, 'scenario'>;

const tagged = (scenario: ScenarioId, drafts: readonly DraftSpec[]): LabelledDraft[] => drafts.map((d) => ({ ...d, scenario }));
const strongOnly = (drafts: readonly DraftSpec[]): DraftSpec[] => drafts.filter((d) => d.quality === 'strong');

/** Every labelled draft. */
export const DRAFT_CORPUS: readonly LabelledDraft[] = [
  ...tagged('email', [...strongOnly(EMAIL_EXAMPLES), ...EMAIL_DRAFTS]),
  ...tagged('voicemail', [...strongOnly(VOICEMAIL_EXAMPLES), ...VOICEMAIL_DRAFTS]),
  ...tagged('thanks', [...strongOnly(THANKS_EXAMPLES), ...THANKS_DRAFTS]),
];
