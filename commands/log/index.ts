import { defineCommand, defineSubcommand } from '../../src/core/command.js';
import { formReply } from '../../src/core/reply-builders.js';
import { findContact } from './contact-lookup.js';
import { requiredContact } from './contact-options.js';
import { addContact, logDeclined, logInterview, logScheduled, logStep } from './journal-handlers.js';
import { journalExport, journalList, journalShow } from './journal-views.js';
import { journalInsightsReply } from './insights.js';
import { confirmDelete, logActions } from './log-actions.js';
import { editContactForm } from './log-forms.js';
import { addOptions, contactEditOptions, listOptions, declinedOptions, eventOptions, interviewOptions, scheduledOptions } from './log-options.js';
import { applyContactEdit } from './contact-edit.js';
import { atomic } from '../shared/atomic.js';
import { reflectActions, reflectSubcommand } from './reflect.js';

/** `/log`: the student's interview journal, whose events drive the follow-up nudges. */
export const logCommand = defineCommand({
  name: 'log',
  description: 'Keep your interview journal: contacts, requests, interviews, what you learned',
  examples: [
    '/log interview "Dana Lee" --learned "portfolio matters more than the degree"',
    '/log add "Dana Lee" --role "UX designer"',
    '/log list',
    '/log insights',
  ],
  defaultSubcommand: 'add',
  subcommands: {
    add: defineSubcommand({
      description: 'Add someone you would like to learn from (no name opens the form)',
      examples: ['/log add "Dana Lee" --role "UX designer" --org Shopify --subject "UX design"', '/log'],
      options: addOptions,
      run: atomic(addContact),
    }),
    request: defineSubcommand({
      description: 'You asked someone for a conversation: I will remind you to follow up',
      examples: ['/log request "Dana Lee" --channel email'],
      options: eventOptions,
      run: atomic((ctx, args) => logStep(ctx, args, 'request-sent')),
    }),
    scheduled: defineSubcommand({
      description: 'An interview is booked: I will nudge you to prepare the day before',
      examples: ['/log scheduled "Dana Lee" --when "next Tuesday 2pm"'],
      options: scheduledOptions,
      run: atomic(logScheduled),
    }),
    interview: defineSubcommand({
      description: 'You held an interview: write what you learned and who they suggested',
      examples: ['/log interview "Dana Lee" --learned "portfolio matters more than the degree" --referrals "Sam Ortiz"'],
      options: interviewOptions,
      run: atomic(logInterview),
    }),
    thanked: defineSubcommand({
      description: 'You sent your thank-you: I will suggest keeping in touch every few months',
      examples: ['/log thanked "Dana Lee"'],
      options: eventOptions,
      run: atomic((ctx, args) => logStep(ctx, args, 'thanked')),
    }),
    declined: defineSubcommand({
      description: 'They said no, perhaps with someone else to ask',
      examples: ['/log declined "Dana Lee" --referrals "Sam Ortiz"'],
      options: declinedOptions,
      run: atomic(logDeclined),
    }),
    'no-response': defineSubcommand({
      description: 'No reply after your follow-ups: close this one',
      examples: ['/log no-response "Dana Lee"'],
      options: eventOptions,
      run: atomic((ctx, args) => logStep(ctx, args, 'no-response')),
    }),
    list: defineSubcommand({
      description: 'Your contacts by stage, most recently active first, or only those at one stage',
      examples: ['/log list', '/log list --stage interviewed', '/log list --page 2'],
      options: listOptions,
      run: (ctx, args) => journalList(ctx, args),
    }),
    show: defineSubcommand({
      description: 'One contact with your notes, referrals and upcoming nudges',
      examples: ['/log show "Dana Lee"'],
      options: { contact: requiredContact },
      run: async (ctx, args) => journalShow(ctx, await findContact(ctx, args.contact)),
    }),
    edit: defineSubcommand({
      description: 'Change a contact: their name, role, organization and more, or all in a form',
      examples: ['/log edit "Dana Lee" --role "UX researcher" --org SickKids', '/log edit "Dana Lee" --name "Dana Lee-Park"', '/log edit "Dana Lee"'],
      options: contactEditOptions,
      run: async (ctx, args) => {
        const contact = await findContact(ctx, args.contact);
        const changes = { ...args, contact: args.name };
        const given = Object.values(changes).some((value) => value !== undefined);
        return given ? applyContactEdit(ctx, contact, changes) : formReply(editContactForm(contact));
      },
    }),
    insights: defineSubcommand({
      description: 'What your interviews add up to: themes, referrals to contact, next steps',
      examples: ['/log insights'],
      options: {},
      run: journalInsightsReply,
    }),
    reflect: reflectSubcommand,
    export: defineSubcommand({ description: 'Download your whole journal as a CSV file', examples: ['/log export'], options: {}, run: journalExport }),
    delete: defineSubcommand({
      description: 'Delete a contact and their notes, after you confirm',
      examples: ['/log delete "Dana Lee"'],
      options: { contact: requiredContact },
      run: async (ctx, args) => confirmDelete(await findContact(ctx, args.contact)),
    }),
  },
  actions: { ...logActions, ...reflectActions },
});
