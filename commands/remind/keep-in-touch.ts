import type { Services } from '../../src/core/services.js';
import { keepInTouchNudge } from '../../src/domain/reminders/cadence.js';
import type { StoredReminder } from '../../src/domain/reminders/reminder-repository.js';
import { deliveryTime, timeOf } from '../shared/student-time.js';

/**
 * Keeps keep-in-touch recurring: once one is delivered, the next is planned a few months on,
 * unless the student turned keep-in-touch off for that contact.
 */
export async function planNextKeepInTouch(services: Services, delivered: readonly StoredReminder[], now: Date): Promise<void> {
  for (const reminder of delivered) {
    if (reminder.kind !== 'keep-in-touch' || reminder.contactId === undefined) continue;
    const recipient = { tenant: reminder.tenant, userId: reminder.userId };
    const contact = await services.contacts.findById(recipient, reminder.contactId);
    if (contact === undefined || !contact.keepInTouch) continue;
    const time = timeOf(await services.users.find(reminder.tenant, reminder.userId), services.settings.defaultTimezone);
    const next = keepInTouchNudge({ contactId: contact.id, contactName: contact.name }, now, { now, zone: time.zone, settings: services.settings.cadence });
    await services.reminders.schedule(
      {
        ...recipient,
        kind: next.kind,
        contactId: contact.id,
        title: reminder.title,
        details: reminder.details,
        dueAt: deliveryTime(next.dueAt, time),
        dedupeKey: next.dedupeKey,
      },
      now,
    );
  }
}
