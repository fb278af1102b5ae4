/**
 * Nudge kinds and the plan the cadence hands to the scheduler.
 *
 * @module
 */

/** Every kind of nudge, automatic ones first and the student's own reminder last. */
export const NUDGE_KINDS = [
  'request-follow-up',
  'request-last-follow-up',
  'mark-no-response',
  'prepare',
  'thank-you',
  'contact-referral',
  'keep-in-touch',
  'custom',
] as const;

/** A kind of nudge. */
export type NudgeKind = (typeof NUDGE_KINDS)[number];

/** The kinds the cadence schedules by itself (all but `custom`). */
export const AUTOMATIC_NUDGE_KINDS: readonly Exclude<NudgeKind, 'custom'>[] = NUDGE_KINDS.filter(
  (kind): kind is Exclude<NudgeKind, 'custom'> => kind !== 'custom',
);

/** True when `value` is one of {@link NUDGE_KINDS}. */
export function isNudgeKind(value: string): value is NudgeKind {
  return (NUDGE_KINDS as readonly string[]).includes(value);
}

/** A nudge the scheduler should deliver. */
export interface PlannedNudge {
  readonly kind: NudgeKind;
  readonly contactId: string;
  readonly contactName: string;
  /** When to deliver it. Quiet hours are not applied here; the scheduler applies them. */
  readonly dueAt: Date;
  /**
   * Deterministic key, `${kind}:${contactId}:${anchor}`, where the anchor
   * comes only from the event (never from "now"): the event time in compact
   * UTC (`20261103T1400Z`) or, for referrals, the referral's name as a slug.
   * Planning the same event twice gives the same keys, so the scheduler can
   * upsert by key.
   */
  readonly dedupeKey: string;
  /** For `contact-referral`: the person to contact. */
  readonly referralName?: string;
}

/**
 * What logging an event means for a contact's nudges.
 *
 * Apply it in this order: first cancel the contact's pending nudges whose
 * kind is in `cancelKinds` and whose dedupe key is not in `schedule` (see
 * {@link shouldCancel}); then upsert every nudge in `schedule` by dedupe key.
 * `custom` is never cancelled by the cadence.
 */
export interface NudgePlan {
  readonly contactId: string;
  readonly schedule: PlannedNudge[];
  readonly cancelKinds: NudgeKind[];
}

/**
 * Whether a pending nudge of this contact should be cancelled under `plan`:
 * its kind is listed in `cancelKinds` and the plan does not re-schedule the
 * same dedupe key (so replaying an event is harmless).
 */
export function shouldCancel(pending: { readonly kind: NudgeKind; readonly dedupeKey: string }, plan: NudgePlan): boolean {
  return plan.cancelKinds.includes(pending.kind) && !plan.schedule.some((nudge) => nudge.dedupeKey === pending.dedupeKey);
}

/** Builds a dedupe key from its parts. */
export function dedupeKey(kind: NudgeKind, contactId: string, anchor: string): string {
  return `${kind}:${contactId}:${anchor}`;
}

/** An instant as a compact UTC anchor for dedupe keys, e.g. `20261103T1400Z`. */
export function instantAnchor(at: Date): string {
  return at.toISOString().slice(0, 16).replace(/[-:]/g, '') + 'Z';
}

/** A name as a dedupe-key anchor: lower case, letters and digits in any script, hyphens between. */
export function nameAnchor(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
