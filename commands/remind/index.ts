import { defineCommand, defineSubcommand } from '../../src/core/command.js';
import { integerOption, textOption } from '../../src/core/options.js';
import { cancelReminder } from './cancel.js';
import { editReminder } from './edit.js';
import { quietHours } from './quiet.js';
import { setReminder } from './set.js';
import { reminderActions } from './reminder-actions.js';
import { reminderList } from './reminder-list.js';
import { findReminder, snoozeReminder, suggestReminders } from './reminder-lookup.js';
import { askTimezoneOnce, setTypedTimezone, showTimezone } from './timezone.js';

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
      run: (ctx, args) => setReminder(ctx, args.reminder),
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
      run: (ctx, args) => cancelReminder(ctx, args.number),
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
      run: (ctx, args) => (args.zone === undefined ? showTimezone(ctx) : setTypedTimezone(ctx, args.zone)),
    }),
    quiet: defineSubcommand({
      description: 'Set the hours when no nudge may arrive (default 21:00 to 08:00)',
      examples: ['/remind quiet 22:00 07:30', '/remind quiet 10pm 7am', '/remind quiet'],
      options: {
        start: textOption({ description: 'When quiet hours start: 10pm or 22:00', positional: true, required: false, maxLength: 20, example: '22:00' }),
        end: textOption({ description: 'When quiet hours end: 7:30am or 07:30', positional: true, required: false, maxLength: 20, example: '07:30' }),
      },
      run: (ctx, args) => quietHours(ctx, args.start, args.end),
    }),
  },
  actions: reminderActions,
  afterDirect: askTimezoneOnce,
});
