import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { actionRef, actions, bullets, button, context, ephemeral, fields, heading, text } from '../../src/core/reply-builders.js';
import type { Block, Field, Reply } from '../../src/core/reply.js';
import { CHANNEL_LABELS, CONTACT_STAGES, STAGE_LABELS, isContactChannel, isContactStage, type ContactStage } from '../../src/domain/journal/stages.js';
import { pageOf, pagingBlocks } from '../shared/paging.js';
import type { Contact } from '../../src/domain/journal/contact-repository.js';
import { toCsv } from '../shared/csv.js';
import { deliveryTime, localTime, studentTime } from '../shared/student-time.js';
import { inZone } from '../../src/domain/reminders/local-time.js';
import { me } from './contact-lookup.js';
import { userText } from '../../src/core/user-text.js';

/** What `/log list` shows: one stage or all, and which page. */
export interface JournalListRequest {
  readonly stage?: ContactStage | undefined;
  readonly page: number;
}

/** `/log list`: the student's pipeline by stage, most recently active first within each, a page at a time. */
export async function journalList(ctx: CommandContext, request: JournalListRequest = { page: 1 }): Promise<Reply> {
  const all = await ctx.services.contacts.list(me(ctx));
  const contacts = all.filter((contact) => request.stage === undefined || contact.stage === request.stage).sort(byStageThenActivity);
  if (all.length > 0 && contacts.length === 0 && request.stage !== undefined) {
    return ephemeral(text(`No contacts are at *${STAGE_LABELS[request.stage]}* yet. \`${commandRef('log', 'list')}\` shows all ${all.length}.`));
  }
  if (contacts.length === 0) {
    return ephemeral(
      text('Your journal is empty. Start with someone you would like to learn from:'),
      text(`\`${commandRef('log', 'add', { contact: 'Dana Lee', role: 'UX designer', org: 'Shopify' })}\``),
      actions(button('Add a contact', actionRef('log', 'add-form'), 'primary')),
    );
  }
  const page = pageOf(contacts, request.page);
  const what = request.stage === undefined ? 'Your journal' : `Your journal, ${STAGE_LABELS[request.stage]}`;
  const blocks: Block[] = [heading(`${what}: ${contacts.length} ${contacts.length === 1 ? 'contact' : 'contacts'}`)];
  for (const stage of CONTACT_STAGES) {
    const inStage = page.items.filter((contact) => contact.stage === stage);
    if (inStage.length === 0) continue;
    const count = contacts.filter((contact) => contact.stage === stage).length;
    blocks.push(text(`*${STAGE_LABELS[stage]}* (${count})`), bullets(inStage.map(describeContact)));
  }
  blocks.push(
    ...pagingBlocks(page, {
      command: (number) => commandRef('log', 'list', { stage: request.stage, page: number }),
      action: (number) => actionRef('log', 'list-page', `${request.stage ?? ''}.${number}`),
    }),
    context(
      `\`${commandRef('log', 'show', { contact: 'Dana Lee' })}\` for notes and next steps; \`${commandRef('log', 'list', { stage: 'interviewed' })}\` for one stage; \`${commandRef('log', 'export')}\` for a CSV.`,
    ),
  );
  return ephemeral(...blocks);
}

/** Pipeline order, then the most recently active first. */
function byStageThenActivity(a: Contact, b: Contact): number {
  const stageOrder = (contact: Contact) => (CONTACT_STAGES as readonly string[]).indexOf(contact.stage);
  return stageOrder(a) - stageOrder(b) || b.updatedAt.getTime() - a.updatedAt.getTime() || a.name.localeCompare(b.name);
}

function describeContact(contact: Contact): string {
  const where = [contact.role, contact.organization].filter((part) => part !== undefined).join(', ');
  return where === '' ? userText(contact.name) : `${userText(contact.name)} (${userText(where)})`;
}

function stageLabel(stage: string): string {
  return isContactStage(stage) ? STAGE_LABELS[stage] : stage;
}

/** `/log show`: one contact with their details, interviews, referrals and upcoming nudges. */
export async function journalShow(ctx: CommandContext, contact: Contact): Promise<Reply> {
  const time = await studentTime(ctx);
  const now = ctx.clock.now();
  const [interviews, all, reminders] = await Promise.all([
    ctx.services.contacts.interviews(me(ctx), contact.id),
    ctx.services.contacts.list(me(ctx)),
    ctx.services.reminders.pendingForContact(me(ctx), contact.id),
  ]);
  const referrer = all.find((candidate) => candidate.id === contact.referredBy);
  const referrals = all.filter((candidate) => candidate.referredBy === contact.id);
  const details: Field[] = [{ label: 'Stage', value: stageLabel(contact.stage) }];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined) details.push({ label, value: userText(value) });
  };
  add('Role', contact.role);
  add('Organization', contact.organization);
  add('Found via', contact.foundVia);
  add(
    'Referred by',
    referrer === undefined
      ? undefined
      : `${referrer.name}${contact.mayUseReferrerName === true ? ' (you may mention their name)' : contact.mayUseReferrerName === false ? ' (do not mention their name)' : ''}`,
  );
  add('Channel', contact.channel !== undefined && isContactChannel(contact.channel) ? CHANNEL_LABELS[contact.channel] : contact.channel);
  add('Learning about', contact.subject);
  add('Interview', contact.interviewAt === undefined ? undefined : localTime(contact.interviewAt, time, now));
  add('Keep in touch', contact.keepInTouch ? 'yes' : 'no');
  const blocks: Block[] = [heading(userText(contact.name)), fields(details)];
  for (const interview of interviews) {
    const notes = [`Learned: ${userText(interview.learned ?? '-')}`];
    if (interview.advice !== undefined) notes.push(`Advice: ${userText(interview.advice)}`);
    if (interview.nextSteps !== undefined) notes.push(`Next steps: ${userText(interview.nextSteps)}`);
    blocks.push(text(`*Interview, ${localTime(interview.heldAt, time, now)}*`), bullets(notes));
  }
  if (referrals.length > 0)
    blocks.push(text(`*Referrals:* ${referrals.map((referral) => `${userText(referral.name)} (${stageLabel(referral.stage)})`).join(', ')}`));
  if (reminders.length > 0)
    blocks.push(
      text('*Upcoming nudges*'),
      bullets(reminders.map((reminder) => `#${reminder.number} ${userText(reminder.title)}: ${localTime(deliveryTime(reminder.dueAt, time), time, now)}`)),
    );
  blocks.push(
    actions(
      button('Edit', actionRef('log', 'edit-form', contact.id)),
      ...(interviews.length > 0 ? [button('Draft thank-you note', actionRef('log', 'draft', contact.id))] : []),
      button('Delete', actionRef('log', 'delete', contact.id), 'danger'),
    ),
  );
  return ephemeral(...blocks);
}

const CSV_HEADER = [
  'name',
  'stage',
  'role',
  'organization',
  'found_via',
  'referred_by',
  'may_use_referrer_name',
  'channel',
  'learning_about',
  'interview_scheduled',
  'keep_in_touch',
  'interviews',
  'learned',
  'advice',
  'next_steps',
  'added',
];

const REMINDER_CSV_HEADER = ['number', 'reminder', 'arrives', 'about'];

/**
 * `/log export`: the student's own journal and their upcoming reminders as CSV files, every
 * date and time in the student's zone (named in the reply), written the same way throughout.
 */
export async function journalExport(ctx: CommandContext): Promise<Reply> {
  const [contacts, interviews, time, reminders] = await Promise.all([
    ctx.services.contacts.list(me(ctx)),
    ctx.services.contacts.allInterviews(me(ctx)),
    studentTime(ctx),
    ctx.services.reminders.upcoming(me(ctx), 1000),
  ]);
  const day = (at: Date): string => inZone(at, time.zone).toFormat('yyyy-MM-dd');
  const minute = (at: Date): string => inZone(at, time.zone).toFormat('yyyy-MM-dd HH:mm');
  const names = new Map(contacts.map((contact) => [contact.id, contact.name]));
  const rows = [...contacts].reverse().map((contact) => {
    const held = interviews.filter((interview) => interview.contactId === contact.id);
    const joined = (pick: (interview: (typeof held)[number]) => string | undefined) =>
      held
        .map(pick)
        .filter((value) => value !== undefined)
        .join(' | ');
    return [
      contact.name,
      stageLabel(contact.stage),
      contact.role,
      contact.organization,
      contact.foundVia,
      contact.referredBy === undefined ? undefined : names.get(contact.referredBy),
      contact.mayUseReferrerName === undefined ? undefined : contact.mayUseReferrerName ? 'yes' : 'no',
      contact.channel,
      contact.subject,
      contact.interviewAt === undefined ? undefined : minute(contact.interviewAt),
      contact.keepInTouch ? 'yes' : 'no',
      held.map((interview) => day(interview.heldAt)).join(' | '),
      joined((interview) => interview.learned),
      joined((interview) => interview.advice),
      joined((interview) => interview.nextSteps),
      day(contact.createdAt),
    ];
  });
  const reminderRows = reminders.map((reminder) => [
    String(reminder.number),
    reminder.title,
    minute(deliveryTime(reminder.dueAt, time)),
    reminder.contactId === undefined ? undefined : names.get(reminder.contactId),
  ]);
  return {
    visibility: 'ephemeral',
    blocks: [
      text(
        `📤 Your journal: ${contacts.length} ${contacts.length === 1 ? 'contact' : 'contacts'}, ${interviews.length} ${interviews.length === 1 ? 'interview' : 'interviews'}, and your ${reminders.length} upcoming ${reminders.length === 1 ? 'reminder' : 'reminders'}. Only you can see these files.`,
      ),
      context(`Dates and times are in your zone, ${time.zone}.`),
    ],
    attachments: [
      { filename: 'rapport-journal.csv', contentType: 'text/csv', content: toCsv(CSV_HEADER, rows) },
      { filename: 'rapport-reminders.csv', contentType: 'text/csv', content: toCsv(REMINDER_CSV_HEADER, reminderRows) },
    ],
  };
}
