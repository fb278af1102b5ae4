import { actionRef } from '../../src/core/reply-builders.js';
import type { ActionRef } from '../../src/core/reply.js';
import type { ScenarioId } from '../../src/domain/practice/index.js';

/** The command's name, which its buttons route back to. */
export const PRACTICE = 'practice';

/** The command's actions. Payloads are a scenario id or a rehearsal id: the state lives in the database. */
export const ACTIONS = {
  start: 'start',
  again: 'again',
  stop: 'stop',
  menu: 'menu',
  draftForm: 'draft-form',
  draft: 'draft',
} as const;

/** A menu button (and the interview's field form): starts a rehearsal of this scenario. */
export const startRef = (scenario: ScenarioId): ActionRef => actionRef(PRACTICE, ACTIONS.start, scenario);

/** "Try again": a new rehearsal with the same scenario, difficulty, persona and field as this one. */
export const againRef = (rehearsalId: string): ActionRef => actionRef(PRACTICE, ACTIONS.again, rehearsalId);

/** Stops this rehearsal, if it is still active. */
export const stopRef = (rehearsalId: string): ActionRef => actionRef(PRACTICE, ACTIONS.stop, rehearsalId);

/** "Another scenario": the menu of scenarios. */
export const menuRef = (): ActionRef => actionRef(PRACTICE, ACTIONS.menu);

/** "Write it in a form": opens a form for the draft of this rehearsal (a modal on Slack and Discord). */
export const draftFormRef = (rehearsalId: string): ActionRef => actionRef(PRACTICE, ACTIONS.draftForm, rehearsalId);

/** The draft form's submission: the draft, as the next message of this rehearsal. */
export const draftRef = (rehearsalId: string): ActionRef => actionRef(PRACTICE, ACTIONS.draft, rehearsalId);
