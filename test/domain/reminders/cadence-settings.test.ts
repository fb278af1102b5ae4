import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE, cadenceOverridesSchema, cadenceSettingsSchema, mergeCadence } from '../../../src/domain/reminders/cadence-settings.js';
import type { CadenceOverrides } from '../../../src/domain/reminders/cadence-settings.js';

describe('DEFAULT_CADENCE', () => {
  it('holds the agreed timings', () => {
    expect(DEFAULT_CADENCE).toEqual({
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
  });

  it('is frozen and valid', () => {
    expect(Object.isFrozen(DEFAULT_CADENCE)).toBe(true);
    expect(cadenceSettingsSchema.safeParse(DEFAULT_CADENCE).success).toBe(true);
  });
});

describe('mergeCadence', () => {
  it('returns the defaults with no overrides', () => {
    expect(mergeCadence()).toEqual(DEFAULT_CADENCE);
  });

  it('merges a partial override and keeps the rest', () => {
    const merged = mergeCadence({ requestFollowUpDays: 5, keepInTouchMonths: 6 });
    expect(merged).toEqual({ ...DEFAULT_CADENCE, requestFollowUpDays: 5, keepInTouchMonths: 6 });
    expect(Object.isFrozen(merged)).toBe(true);
  });

  it('ignores fields set to undefined', () => {
    expect(mergeCadence({ nudgeTime: undefined })).toEqual(DEFAULT_CADENCE);
  });

  it('merges over another base', () => {
    const base = mergeCadence({ nudgeTime: '08:30' });
    expect(mergeCadence({ catchUpHours: 1 }, base)).toMatchObject({ nudgeTime: '08:30', catchUpHours: 1 });
  });

  it.each<[string, CadenceOverrides]>([
    ['follow-up not before last follow-up', { requestFollowUpDays: 14 }],
    ['no-response before last follow-up', { markNoResponseDays: 10 }],
    ['referral nudge after its window', { referralAfterDays: 9 }],
    ['bad nudge time', { nudgeTime: '9am' }],
    ['zero days', { requestFollowUpDays: 0 }],
    ['fractional days', { referralAfterDays: 1.5 }],
    ['negative catch-up', { catchUpHours: -1 }],
    ['zero months', { keepInTouchMonths: 0 }],
  ])('rejects %s', (_label, overrides) => {
    expect(() => mergeCadence(overrides)).toThrow(RangeError);
  });

  it('rejects unknown keys smuggled in from config', () => {
    expect(() => mergeCadence({ followUpDays: 3 } as unknown as CadenceOverrides)).toThrow(/Invalid cadence settings/);
  });

  it('parses overrides from raw config with the overrides schema', () => {
    const raw: unknown = JSON.parse('{"requestFollowUpDays": 6, "nudgeTime": "08:45"}');
    const parsed = cadenceOverridesSchema.parse(raw);
    expect(mergeCadence(parsed)).toMatchObject({ requestFollowUpDays: 6, nudgeTime: '08:45', markNoResponseDays: 21 });
    expect(cadenceOverridesSchema.safeParse({ unknown: 1 }).success).toBe(false);
    expect(cadenceOverridesSchema.safeParse({ requestFollowUpDays: 'seven' }).success).toBe(false);
  });
});
