import { DateTime } from 'luxon';
import { commandRef } from '../../src/core/command-ref.js';
import { actionRef, actions, button, heading, text } from '../../src/core/reply-builders.js';
import type { Block } from '../../src/core/reply.js';
import { retentionWarningMessage } from '../../src/domain/privacy/retention-warning.js';
import type { StoredReminder } from '../../src/domain/reminders/reminder-repository.js';
import { PRIVACY, PRIVACY_ACTIONS } from './refs.js';

/** The retention warning as a direct message: the date in the person's zone, and buttons to keep or export their data. */
export function retentionWarningBlocks(reminder: StoredReminder, zone: string, alone: boolean): Block[] {
  const deleteOn = typeof reminder.details.deleteOn === 'string' ? DateTime.fromISO(reminder.details.deleteOn, { zone }) : undefined;
  const day = deleteOn?.isValid === true ? deleteOn.toFormat('cccc d LLLL yyyy') : 'a date two weeks from now';
  const message = retentionWarningMessage(day, { keep: commandRef('log', 'list'), export: commandRef(PRIVACY, 'export') });
  const title = `🗓️ ${message.title}`;
  return [
    alone ? heading(title) : text(`*${title}*`),
    text(message.body),
    actions(button('Keep my data', actionRef(PRIVACY, PRIVACY_ACTIONS.stay), 'primary'), button('Export my data', actionRef(PRIVACY, PRIVACY_ACTIONS.export))),
  ];
}
