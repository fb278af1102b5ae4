import { commandRef } from '../../src/core/command-ref.js';
import { defineCommand, defineSubcommand } from '../../src/core/command.js';
import { badInput } from '../../src/core/errors.js';
import { integerOption, textOption } from '../../src/core/options.js';
import { actions, context, ephemeral, text } from '../../src/core/reply-builders.js';
import { rememberUndo, undoButton } from '../shared/undoable-change.js';
import { readQuietHours } from '../../src/domain/reminders/quiet-hours.js';
import { splitWhatAndWhen } from '../../src/domain/reminders/when.js';
import { deliveryTime, localTime, studentTime } from '../shared/student-time.js';
import { editReminder } from './edit.js';
import { reminderActions } from './reminder-actions.js';
import { reminderList } from './reminder-list.js';
import { findReminder, snoozeReminder, suggestReminders } from './reminder-lookup.js';
import { askTimezoneOnce, setTypedTimezone } from './timezone.js';
import { userText } from '../../src/core/user-text.js';

/** The number of one of the student's reminders, as /remind list shows it. */
const reminderNumber = integerOption({
  description: 'The reminder number shown by /remind list',
  positional: true,
  required: true,
  min: 1,
  max: 1_000_000,
  example: '3',
  suggest: suggestReminders,
});

/** `/remind`: the student's own reminders, their time zone and quiet hours. */
export const remindCommand = defineCommand({
  name: 'remind',
  description: 'Set reminders for yourself and see the nudges Rapport will send you',
  examples: ['/remind "call back Sam" tomorrow 9am', '/remind list', '/remind timezone America/Toronto'],
  defaultSubcommand: 'set',
  subcommands: {
    set: defineSubcommand({
      description: 'Remind me of something at a time: what first, then when',
      examples: ['/remind "call back Sam" tomorrow 9am', '/remind send my thank-you note in 2 hours'],
      options: {
        reminder: textOption({
          description: 'What to remind you of, then when',
          positional: true,
          rest: true,
          maxLength: 300,
          example: '"call back Sam" tomorrow 9am',
        }),
      },
      run: async (ctx, args) => {
        const time = await studentTime(ctx);
        const now = ctx.clock.now();
        const split = splitWhatAndWhen(args.reminder, now, time.zone);
        if (!split.when.ok)
          throw badInput(
            split.when.message,
            'Write what comes first, then when.',
            commandRef('remind', undefined, { reminder: '"call back Sam" tomorrow 9am' }),
          );
        if (split.what === '')
          throw badInput(
            'What should I remind you of?',
            'Write what comes first, then when.',
            commandRef('remind', undefined, { reminder: `"email Priya" ${split.whenText}` }),
          );
        const arrives = deliveryTime(split.when.at, time);
        const reminder = await ctx.services.reminders.schedule(
          { tenant: ctx.actor.tenant, userId: ctx.actor.userId, kind: 'custom', title: split.what, details: { text: split.what }, dueAt: arrives },
          now,
        );
        const quietNote =
          arrives.getTime() === split.when.at.getTime()
            ? []
            : [
                context(
                  `You asked for ${localTime(split.when.at, time, now)}, which falls in your quiet hours (${time.quiet.start}–${time.quiet.end}), so it will arrive when they end. Change them with ${commandRef('remind', 'quiet')}.`,
                ),
              ];
        await rememberUndo(ctx, `reminder #${reminder.number}, ${userText(split.what)}`, { kind: 'reminder-set', reminderId: reminder.id });
        const reading = split.quoted
          ? []
          : [
              context(
                `I read “${userText(args.reminder)}” as: *${userText(split.what)}*, ${localTime(arrives, time, now)}. Not right? Change it with \`${commandRef('remind', 'edit', { number: reminder.number, change: `"${split.what}" ${split.whenText}` })}\`.`,
              ),
            ];
        return ephemeral(
          text(`⏰ Got it. I'll remind you to *${userText(split.what)}* on ${localTime(arrives, time, now)}, by direct message.`),
          ...reading,
          ...quietNote,
          context(
            `Reminder #${reminder.number}. Cancel with ${commandRef('remind', 'cancel', { number: reminder.number })}; see all with ${commandRef('remind', 'list')}.`,
          ),
          actions(undoButton()),
        );
      },
    }),
    list: defineSubcommand({
      description: 'Show your upcoming reminders and nudges, soonest first, when each will really arrive',
      examples: ['/remind list', '/remind list --page 2'],
      options: { page: integerOption({ description: 'Which page of a long list', min: 1, max: 1000, default: 1 }) },
      run: (ctx, args) => reminderList(ctx, args.page),
    }),
    cancel: defineSubcommand({
      description: 'Cancel one of your reminders by its number',
      examples: ['/remind cancel 3'],
      options: { number: reminderNumber },
      run: async (ctx, args) => {
        const reminder = await findReminder(ctx, args.number);
        await ctx.services.reminders.close({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, reminder.id, 'cancelled', ctx.clock.now());
        await rememberUndo(ctx, `cancelling reminder #${reminder.number}, ${userText(reminder.title)}`, {
          kind: 'reminder-cancelled',
          reminderId: reminder.id,
          dueAt: reminder.dueAt.toISOString(),
        });
        return ephemeral(text(`🗑️ Cancelled reminder #${reminder.number}: ${userText(reminder.title)}.`), actions(undoButton()));
      },
    }),
    edit: defineSubcommand({
      description: 'Change a reminder: new text in quotes, a new time, or both',
      examples: ['/remind edit 3 "call back Sam Ortiz" friday 3pm', '/remind edit 3 tomorrow 10am'],
      options: {
        number: reminderNumber,
        change: textOption({
          description: 'The new text in quotes, the new time, or both',
          positional: true,
          rest: true,
          maxLength: 300,
          example: '"call back Sam Ortiz" friday 3pm',
        }),
      },
      run: async (ctx, args) => editReminder(ctx, await findReminder(ctx, args.number), args.change),
    }),
    snooze: defineSubcommand({
      description: 'Push one of your reminders back by a while',
      examples: ['/remind snooze 3 2h', '/remind snooze 3 tomorrow'],
      options: {
        number: reminderNumber,
        duration: textOption({
          description: 'How long (1h, 3 days, counted from when it is due) or until when (friday 3pm)',
          positional: true,
          rest: true,
          maxLength: 60,
          example: '2h',
        }),
      },
      run: async (ctx, args) => snoozeReminder(ctx, await findReminder(ctx, args.number), args.duration),
    }),
    timezone: defineSubcommand({
      description: 'Show or set your time zone, used for every reminder',
      examples: ['/remind timezone America/Toronto', '/remind timezone'],
      options: {
        zone: textOption({
          description: 'An IANA time zone such as Europe/London, or a city',
          positional: true,
          rest: true,
          required: false,
          maxLength: 60,
          example: 'America/Toronto',
        }),
      },
      run: async (ctx, args) => {
        if (args.zone !== undefined) return setTypedTimezone(ctx, args.zone);
        const time = await studentTime(ctx);
        return ephemeral(text(`Your time zone is *${time.zone}*. Change it with \`${commandRef('remind', 'timezone', { zone: 'Europe/London' })}\`.`));
      },
    }),
    quiet: defineSubcommand({
      description: 'Set the hours when no nudge may arrive (default 21:00 to 08:00)',
      examples: ['/remind quiet 22:00 07:30', '/remind quiet 10pm 7am', '/remind quiet'],
      options: {
        start: textOption({ description: 'When quiet hours start: 10pm or 22:00', positional: true, required: false, maxLength: 20, example: '22:00' }),
        end: textOption({ description: 'When quiet hours end: 7:30am or 07:30', positional: true, required: false, maxLength: 20, example: '07:30' }),
      },
      run: async (ctx, args) => {
        if (args.start === undefined) {
          const time = await studentTime(ctx);
          return ephemeral(text(`Your quiet hours are *${time.quiet.start}–${time.quiet.end}* (${time.zone}). Nudges due then arrive when they end.`));
        }
        const checked = readQuietHours(args.start, args.end);
        if (!checked.ok) throw badInput(checked.message, 'Give a start and an end.', commandRef('remind', 'quiet', { start: '22:00', end: '07:30' }));
        await ctx.services.users.setQuietHours(ctx.actor.tenant, ctx.actor.userId, checked.quiet);
        return ephemeral(text(`🌙 Quiet hours set: no nudges from ${checked.quiet.start} to ${checked.quiet.end}.`));
      },
    }),
  },
  actions: reminderActions,
  afterDirect: askTimezoneOnce,
});
