import type { CommandContext } from '../../src/core/context.js';
import { timeToken } from '../../src/core/time-token.js';
import { DEFAULT_QUIET_HOURS, nextAllowedTime, type QuietHours } from '../../src/domain/reminders/quiet-hours.js';
import { formatLocal } from '../../src/domain/reminders/local-time.js';
import { zoneOf } from '../../src/domain/people/person-zone.js';
import type { UserProfile } from '../../src/domain/people/user-repository.js';

/** The student's time zone and quiet hours, as they set them or the deployment's defaults. */
export interface StudentTime {
  readonly zone: string;
  readonly quiet: QuietHours;
}

/** Reads the student's time zone and quiet hours. */
export async function studentTime(ctx: CommandContext): Promise<StudentTime> {
  return timeOf(await ctx.services.users.find(ctx.actor.tenant, ctx.actor.userId), ctx.services.settings.defaultTimezone);
}

/** A person's time zone (their own choice, then their platform's, then `defaultZone`) and quiet hours. */
export function timeOf(profile: UserProfile | undefined, defaultZone: string): StudentTime {
  return { zone: zoneOf(profile, defaultZone), quiet: profile?.quietHours ?? DEFAULT_QUIET_HOURS };
}

/** When a nudge due at `due` will really arrive: moved out of the student's quiet hours. */
export function deliveryTime(due: Date, time: StudentTime): Date {
  return nextAllowedTime(due, time.zone, time.quiet);
}

/**
 * A time as the student reads it, e.g. "Tuesday, November 24 at 9:00 AM EST", marked so that
 * platforms which can show it in each reader's own zone (Discord, Slack) do.
 */
export function localTime(at: Date, time: StudentTime, now: Date): string {
  return timeToken(at, formatLocal(at, time.zone, now));
}
