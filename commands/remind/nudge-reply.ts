import { commandRef } from '../../src/core/command-ref.js';
import { actionRef, actions, button, context, divider, heading, select, text } from '../../src/core/reply-builders.js';
import type { Block, Reply } from '../../src/core/reply.js';
import type { DeploymentSettings } from '../../src/core/services.js';
import { ADVISOR_NUDGE_KIND, advisorNudgeMessage, readAdvisorNudgeDetails } from '../../src/domain/cohorts/advisor-nudge.js';
import { RETENTION_WARNING_KIND } from '../../src/domain/privacy/retention-warning.js';
import { retentionWarningBlocks } from '../privacy/retention-warning-reply.js';
import { ASSIGNMENT_NUDGE_KIND, assignmentNudgeMessage, readAssignmentNudgeDetails } from '../../src/domain/cohorts/assignment-nudge.js';
import { isNudgeKind } from '../../src/domain/reminders/nudges.js';
import { nudgeMessage } from '../../src/domain/reminders/nudge-message.js';
import type { StoredReminder } from '../../src/domain/reminders/reminder-repository.js';
import { COHORT, COHORT_ACTIONS } from '../cohort/refs.js';
import { userText } from '../../src/core/user-text.js';

/** The snooze choices offered on every nudge, by the value the menu sends. */
export const SNOOZE_CHOICES = [
  { value: '1h', label: '1 hour' },
  { value: 'tomorrow', label: 'Tomorrow morning' },
  { value: 'next week', label: 'Next week' },
] as const;

/** What a stored reminder's details may carry. */
export interface ReminderDetails {
  readonly contactName?: string;
  readonly referralName?: string;
  readonly subject?: string;
  readonly interviewAt?: string;
  readonly text?: string;
}

/** Reads the details JSON of a stored reminder. */
function reminderDetails(reminder: StoredReminder): ReminderDetails {
  const details = reminder.details;
  const field = (key: keyof ReminderDetails): string | undefined => (typeof details[key] === 'string' ? details[key] : undefined);
  const picked: Record<string, string> = {};
  for (const key of ['contactName', 'referralName', 'subject', 'interviewAt', 'text'] as const) {
    const value = field(key);
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}

/**
 * The one direct message that carries a student's due nudges: each with its title, a warm
 * body and its actions (Done, Snooze, Not needed, and what fits its kind). Each names the
 * command to type next with a command token, which the student's platform writes.
 */
export function composeNudges(reminders: readonly StoredReminder[], zone: string, settings: DeploymentSettings, now: Date): Reply[] {
  const blocks: Block[] = [];
  if (reminders.length > 1) blocks.push(heading(`${reminders.length} reminders for you`));
  reminders.forEach((reminder, index) => {
    if (index > 0) blocks.push(divider);
    blocks.push(...nudgeBlocks(reminder, zone, settings, now, reminders.length === 1));
  });
  return [{ visibility: 'public', blocks }];
}

function nudgeBlocks(reminder: StoredReminder, zone: string, settings: DeploymentSettings, now: Date, alone: boolean): Block[] {
  if (reminder.kind === ADVISOR_NUDGE_KIND) return advisorNudgeBlocks(reminder, alone);
  if (reminder.kind === RETENTION_WARNING_KIND) return retentionWarningBlocks(reminder, zone, alone);
  if (reminder.kind === ASSIGNMENT_NUDGE_KIND) return assignmentNudgeBlocks(reminder, alone);
  const details = reminderDetails(reminder);
  const kind = isNudgeKind(reminder.kind) ? reminder.kind : 'custom';
  const message = nudgeMessage(
    {
      kind,
      ...(details.contactName === undefined ? {} : { contactName: written(details.contactName) }),
      ...(details.referralName === undefined ? {} : { referralName: written(details.referralName) }),
    },
    {
      command: commandRef,
      zone,
      now,
      settings: settings.cadence,
      ...(details.subject === undefined ? {} : { subject: written(details.subject) }),
      ...(details.interviewAt === undefined ? {} : { interviewAt: new Date(details.interviewAt) }),
      ...(details.text === undefined ? {} : { text: written(details.text) }),
    },
  );
  const title = kind === 'custom' ? `⏰ ${message.title}` : `🔔 ${message.title}`;
  return [alone ? heading(title) : text(`*${title}*`), text(message.body), context(`Reminder #${reminder.number}`), actions(...nudgeActions(reminder, kind))];
}

/** What a student or an advisor wrote, trimmed and marked to show as written (see `userText`). */
function written(value: string): string {
  const trimmed = value.trim();
  return trimmed === '' ? trimmed : userText(trimmed);
}

/** An advisor's check-in, signed with their name, with the student's progress and a way to mute such nudges. */
function advisorNudgeBlocks(reminder: StoredReminder, alone: boolean): Block[] {
  const commands = { addContact: commandRef('log', 'add'), practice: commandRef('practice'), progress: commandRef(COHORT, 'me') };
  const details = readAdvisorNudgeDetails(reminder.details);
  const message = advisorNudgeMessage({ ...details, advisorName: userText(details.advisorName), cohortName: userText(details.cohortName) }, commands);
  const title = `👋 ${message.title}`;
  return [
    alone ? heading(title) : text(`*${title}*`),
    text(message.body),
    actions(
      button('My progress', actionRef(COHORT, COHORT_ACTIONS.progress), 'primary'),
      button('Mute advisor nudges', actionRef(COHORT, COHORT_ACTIONS.muteNudges)),
    ),
  ];
}

/** The one reminder about an assignment a student is behind on: gentle, private, with their progress a press away. */
function assignmentNudgeBlocks(reminder: StoredReminder, alone: boolean): Block[] {
  const details = readAssignmentNudgeDetails(reminder.details);
  const message = assignmentNudgeMessage(
    { ...details, title: userText(details.title), cohortName: userText(details.cohortName) },
    { reflect: commandRef('log', 'reflect'), progress: commandRef(COHORT, 'me') },
  );
  const title = `📓 ${message.title}`;
  return [
    alone ? heading(title) : text(`*${title}*`),
    text(message.body),
    actions(button('My progress', actionRef(COHORT, COHORT_ACTIONS.progress), 'primary')),
  ];
}

function nudgeActions(reminder: StoredReminder, kind: string) {
  const elements = [
    button('Done', actionRef('remind', 'done', reminder.id), 'primary'),
    select('Snooze', actionRef('remind', 'snooze', reminder.id), SNOOZE_CHOICES),
    button('Not needed', actionRef('remind', 'dismiss', reminder.id)),
  ];
  const contactId = reminder.contactId;
  if (contactId === undefined) return elements;
  if (kind === 'thank-you') elements.push(button('Draft note', actionRef('log', 'draft', contactId)));
  if (kind === 'mark-no-response') elements.push(button('Mark no response', actionRef('log', 'no-response', contactId), 'danger'));
  if (kind === 'keep-in-touch') elements.push(button('Stop keep-in-touch', actionRef('log', 'stop-keep-in-touch', contactId)));
  return elements;
}
