/**
 * Things a student logs about a contact. Each event is what the reminder
 * cadence reacts to; most also move the contact to a new stage.
 *
 * @module
 */
import type { ContactStage } from './stages.js';

/** Someone a contact suggested the student talk to. */
export interface Referral {
  readonly name: string;
}

/** Fields every journal event has. */
export interface JournalEventBase {
  /** Stable id of the contact (used in nudge dedupe keys). */
  readonly contactId: string;
  /** The contact's name as the student wrote it. */
  readonly contactName: string;
  /**
   * When it happened. For `interviewed` this is when the conversation took
   * place; for the others, when the student did it (usually "now", but a
   * student may log something from a few days ago).
   */
  readonly at: Date;
}

/** A logged event about a contact. */
export type JournalEvent =
  /** The student asked for an informational interview. */
  | (JournalEventBase & { readonly type: 'request-sent' })
  /** The contact answered, but no time is fixed yet. */
  | (JournalEventBase & { readonly type: 'reply-received' })
  /** A conversation is booked for `interviewAt`. Logging it again reschedules. */
  | (JournalEventBase & { readonly type: 'scheduled'; readonly interviewAt: Date })
  /** The conversation happened; the contact may have suggested other people. */
  | (JournalEventBase & { readonly type: 'interviewed'; readonly referrals: readonly Referral[] })
  /** The student sent a thank-you. */
  | (JournalEventBase & { readonly type: 'thanked' })
  /** The contact said no; they may still have suggested someone else. */
  | (JournalEventBase & { readonly type: 'declined'; readonly referrals?: readonly Referral[] })
  /** The student gave up waiting for a reply. */
  | (JournalEventBase & { readonly type: 'no-response' })
  /** The student sent a keep-in-touch update. */
  | (JournalEventBase & { readonly type: 'keep-in-touch-done' });

/** The kinds of journal events. */
export type JournalEventType = JournalEvent['type'];

/** All journal event types. */
export const JOURNAL_EVENT_TYPES = [
  'request-sent',
  'reply-received',
  'scheduled',
  'interviewed',
  'thanked',
  'declined',
  'no-response',
  'keep-in-touch-done',
] as const satisfies readonly JournalEventType[];

const STAGE_AFTER: Readonly<Record<JournalEventType, ContactStage | undefined>> = {
  'request-sent': 'request-sent',
  'reply-received': undefined,
  scheduled: 'scheduled',
  interviewed: 'interviewed',
  thanked: 'thanked',
  declined: 'declined',
  'no-response': 'no-response',
  'keep-in-touch-done': 'keeping-in-touch',
};

/**
 * The stage a contact moves to when this kind of event is logged, or
 * `undefined` when the stage does not change (a reply without a date yet).
 * Check the move with `checkMove` before applying it.
 */
export function stageAfterEvent(type: JournalEventType): ContactStage | undefined {
  return STAGE_AFTER[type];
}
