import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { badInput } from '../../src/core/errors.js';
import { actionRef, actions, bullets, button, context, ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { inZone, resolveWallClock } from '../../src/domain/reminders/local-time.js';
import { deliveryTime, localTime, studentTime } from '../shared/student-time.js';
import { readTimezone } from './timezone-lookup.js';
import { zoneGuessForLocale } from '../../src/domain/reminders/locale-zone.js';
import { userText } from '../../src/core/user-text.js';

/** The action of a button that sets the zone its payload names. */
export const SET_ZONE_ACTION = 'timezone-set';

/** Most pending reminders a change of zone lists by name; the rest are counted. */
const LISTED = 5;

/** The button that sets `zone`, labelled `label`. */
export function zoneButton(label: string, zone: string) {
  return button(label, actionRef('remind', SET_ZONE_ACTION, zone));
}

/** `/remind timezone <zone>`: sets an IANA zone, or asks which place an abbreviation means. */
export async function setTypedTimezone(ctx: CommandContext, typed: string): Promise<Reply> {
  const reading = readTimezone(typed);
  if (reading.kind === 'unknown')
    throw badInput(
      `I don't know the time zone "${typed}".`,
      'Use a Region/City name, or a big city in your zone.',
      commandRef('remind', 'timezone', { zone: 'America/Vancouver' }),
    );
  if (reading.kind === 'zone') return changeTimezone(ctx, reading.zone);
  return ephemeral(
    text(`“${reading.abbreviation}” names an offset, not a place, and most places change theirs with daylight saving. Which is yours?`),
    actions(...reading.candidates.map((zone) => zoneButton(zone, zone))),
    context(`Or type your own: \`${commandRef('remind', 'timezone', { zone: 'America/Toronto' })}\`.`),
  );
}

/**
 * Sets the student's zone and moves their pending reminders with it: each keeps its local time
 * of day (a 9:00 nudge stays at 9:00 in the new zone), then waits out quiet hours. Says which moved.
 */
export async function changeTimezone(ctx: CommandContext, zone: string): Promise<Reply> {
  const mine = { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
  const before = await studentTime(ctx);
  await ctx.services.users.setTimezone(ctx.actor.tenant, ctx.actor.userId, zone);
  const after = { ...before, zone };
  const now = ctx.clock.now();
  const moved: string[] = [];
  if (before.zone !== zone) {
    for (const reminder of await ctx.services.reminders.upcoming(mine, 1000)) {
      if (reminder.status !== 'pending') continue;
      const wall = inZone(reminder.dueAt, before.zone);
      const sameLocalTime = resolveWallClock({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute }, zone);
      const arrives = deliveryTime(sameLocalTime.getTime() > now.getTime() ? sameLocalTime : now, after);
      if (arrives.getTime() === reminder.dueAt.getTime()) continue;
      await ctx.services.reminders.reschedule(mine, reminder.id, arrives, now);
      moved.push(`#${reminder.number} ${userText(reminder.title)}: ${localTime(arrives, after, now)}`);
    }
  }
  // Moving reminders cannot be undone, so an undo must not reach past it to an earlier change of one.
  if (moved.length > 0) await ctx.services.undo.forget(mine);
  const movedBlocks =
    moved.length === 0
      ? []
      : [
          text(
            `I moved ${moved.length} pending ${moved.length === 1 ? 'reminder' : 'reminders'} to keep ${moved.length === 1 ? 'its' : 'their'} local time of day:`,
          ),
          bullets(moved.slice(0, LISTED)),
          ...(moved.length > LISTED ? [context(`${moved.length - LISTED} more: \`${commandRef('remind', 'list')}\``)] : []),
        ];
  return ephemeral(text(`🌍 Your time zone is now *${zone}*. Reminders arrive in your local time.`), ...movedBlocks);
}

/**
 * The first time a person talks to Rapport directly, and only while they have set no zone: which
 * zone are they in? One tap confirms the zone their platform reports (or a guess from their app's
 * language); otherwise the command to type. Nudges use the deployment's zone until they answer.
 */
export async function askTimezoneOnce(ctx: CommandContext): Promise<Reply | undefined> {
  const { users, settings } = ctx.services;
  if (!(await users.claimTimezoneQuestion(ctx.actor.tenant, ctx.actor.userId, ctx.clock.now()))) return undefined;
  const profile = await users.find(ctx.actor.tenant, ctx.actor.userId);
  const hint = profile?.platformTimezone ?? zoneGuessForLocale(ctx.actor.locale);
  const options = [...new Set([hint, settings.defaultTimezone].filter((zone): zone is string => zone !== undefined))];
  const said = hint === undefined ? `Until you say, I use *${settings.defaultTimezone}*.` : `Your account suggests *${hint}*.`;
  return ephemeral(
    text(`🌍 One question, so your nudges arrive at the right hour: which time zone are you in? ${said}`),
    actions(...options.map((zone) => zoneButton(zone === hint ? `Yes, ${zone}` : zone, zone))),
    context(`Somewhere else? \`${commandRef('remind', 'timezone', { zone: 'Europe/London' })}\` (a Region/City name, or a big city).`),
  );
}

/** `/remind timezone` alone: the student's time zone and how to change it. */
export async function showTimezone(ctx: CommandContext): Promise<Reply> {
  const time = await studentTime(ctx);
  return ephemeral(text(`Your time zone is *${time.zone}*. Change it with \`${commandRef('remind', 'timezone', { zone: 'Europe/London' })}\`.`));
}
