/** The shape of a held-out draft, and how the scenario files write one. */
import type { ScenarioId } from '../../../src/domain/practice/index.js';
import type { Signer } from '../signers.js';

/** A held-out draft template and the person who signs it in the corpus. */
export interface UnseenDraft {
  id: string;
  scenario: ScenarioId;
  quality: 'strong' | 'weak';
  personaId: string;
  signer: Signer;
  /** The messages, with `{name}`, `{first}`, `{phone}` and `{email}` left for the signer. */
  templates: readonly string[];
}

/** A held-out draft as written in a scenario file (the scenario comes from the file). */
export type UnseenSpec = Omit<UnseenDraft, 'scenario'>;

/** Builds a one-message held-out draft. */
export const unseen = (id: string, quality: UnseenDraft['quality'], personaId: string, signer: Signer, ...templates: string[]): UnseenSpec => ({
  id,
  quality,
  personaId,
  signer,
  templates,
});

/** A signer of held-out drafts. */
export const person = (name: string, first: string, phone: string, email: string): Signer => ({ name, first, phone, email });
