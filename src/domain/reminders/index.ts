/**
 * The reminders domain: reading times and snoozes, quiet hours, the
 * follow-up cadence and nudge wording.
 *
 * @module
 */
export * from './clock.js';
export * from './local-time.js';
export { parseWhen, splitWhatAndWhen, MAX_YEARS_AHEAD, MAX_WHEN_LENGTH } from './when.js';
export type { WhenResult, WhenFailure, WhenOptions, WhatAndWhen } from './when.js';
export * from './duration.js';
export * from './quiet-hours.js';
export * from './cadence-settings.js';
export * from './nudges.js';
export { nudgesForEvent, nextKeepInTouch, keepInTouchNudge } from './cadence.js';
export type { CadenceContext, NudgeContact } from './cadence.js';
export * from './nudge-message.js';
