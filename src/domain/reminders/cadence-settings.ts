/**
 * The follow-up cadence as data: how long to wait before each nudge. One
 * default object, overridable field by field from deployment config.
 *
 * @module
 */
import * as z from 'zod';
import { clockSchema } from './clock-time.js';

/** Timings for the automatic nudges. All day counts are calendar days in the student's zone. */
export interface CadenceSettings {
  /** Local time (`HH:mm`) at which day-based nudges arrive. */
  readonly nudgeTime: string;
  /**
   * When a nudge's natural moment has already passed (the event was logged
   * late), it is sent this many hours from now instead, if still useful.
   */
  readonly catchUpHours: number;
  /** Days after a request with no reply before the first follow-up nudge. */
  readonly requestFollowUpDays: number;
  /** Days after a request with no reply before the last follow-up nudge. */
  readonly requestLastFollowUpDays: number;
  /** Days after a request with no reply before offering to mark "no response". */
  readonly markNoResponseDays: number;
  /** Days before a scheduled interview for the preparation nudge. */
  readonly prepareDaysBefore: number;
  /** Days after an interview for the thank-you nudge (at {@link CadenceSettings.nudgeTime}). */
  readonly thankYouDaysAfter: number;
  /** The window, in hours after the interview, in which a thank-you should go out (used in wording). */
  readonly thankYouWithinHours: number;
  /** Days after an interview for the nudge to contact each referral. */
  readonly referralAfterDays: number;
  /** The window, in days, in which referrals should be contacted (used in wording). */
  readonly referralWithinDays: number;
  /** Months between keep-in-touch nudges after a thank-you. */
  readonly keepInTouchMonths: number;
}

/** The default cadence. The only place these numbers live. */
export const DEFAULT_CADENCE: CadenceSettings = Object.freeze({
  nudgeTime: '09:00',
  catchUpHours: 2,
  requestFollowUpDays: 7,
  requestLastFollowUpDays: 14,
  markNoResponseDays: 21,
  prepareDaysBefore: 1,
  thankYouDaysAfter: 1,
  thankYouWithinHours: 48,
  referralAfterDays: 2,
  referralWithinDays: 7,
  keepInTouchMonths: 3,
});

const days = z.number().int().min(1).max(365);

/** Zod schema for complete cadence settings, including consistency checks. */
export const cadenceSettingsSchema = z
  .object({
    nudgeTime: clockSchema,
    catchUpHours: z.number().positive().max(72),
    requestFollowUpDays: days,
    requestLastFollowUpDays: days,
    markNoResponseDays: days,
    prepareDaysBefore: z.number().int().min(1).max(30),
    thankYouDaysAfter: z.number().int().min(1).max(14),
    thankYouWithinHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    referralAfterDays: days,
    referralWithinDays: days,
    keepInTouchMonths: z.number().int().min(1).max(24),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!(value.requestFollowUpDays < value.requestLastFollowUpDays && value.requestLastFollowUpDays < value.markNoResponseDays)) {
      ctx.addIssue({
        code: 'custom',
        path: ['requestLastFollowUpDays'],
        message: 'requestFollowUpDays < requestLastFollowUpDays < markNoResponseDays must hold.',
      });
    }
    if (value.referralAfterDays > value.referralWithinDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['referralAfterDays'],
        message: 'referralAfterDays must not be larger than referralWithinDays.',
      });
    }
  });

/** Partial overrides of the cadence, as read from deployment config. */
export type CadenceOverrides = Partial<CadenceSettings>;

/** Zod schema for overrides: any subset of the fields, no unknown keys. */
export const cadenceOverridesSchema = z
  .object({
    nudgeTime: clockSchema,
    catchUpHours: z.number(),
    requestFollowUpDays: z.number(),
    requestLastFollowUpDays: z.number(),
    markNoResponseDays: z.number(),
    prepareDaysBefore: z.number(),
    thankYouDaysAfter: z.number(),
    thankYouWithinHours: z.number(),
    referralAfterDays: z.number(),
    referralWithinDays: z.number(),
    keepInTouchMonths: z.number(),
  })
  .partial()
  .strict();

/**
 * Merges `overrides` over `base` (default {@link DEFAULT_CADENCE}) and
 * validates the result. Fields set to `undefined` keep the base value.
 * Throws a `RangeError` describing every problem when the merged settings are
 * invalid (e.g. a last follow-up before the first one).
 */
export function mergeCadence(overrides: CadenceOverrides = {}, base: CadenceSettings = DEFAULT_CADENCE): CadenceSettings {
  const entries: [string, unknown][] = Object.entries(overrides);
  const defined = Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  const parsed = cadenceSettingsSchema.safeParse({ ...base, ...defined });
  if (!parsed.success) {
    throw new RangeError(`Invalid cadence settings: ${z.prettifyError(parsed.error)}`);
  }
  return Object.freeze(parsed.data);
}
