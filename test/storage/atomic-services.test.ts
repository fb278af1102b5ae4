import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../src/domain/reminders/cadence-settings.js';
import { createServices } from '../../src/app/create-services.js';
import { openTestDatabase } from '../support/test-database.js';

const student = { tenant: { platform: 'slack' as const, workspaceId: 'T1' }, userId: 'U1' };
const at = new Date('2026-11-23T14:00:00Z');

async function servicesOnTestDatabase() {
  const database = await openTestDatabase();
  return { database, services: createServices(database, { defaultTimezone: 'UTC', cadence: DEFAULT_CADENCE }) };
}

describe("Services.atomically: one command's writes together or not at all", () => {
  it("commits a contact, its interview and its nudge together, the repositories' own transactions nested inside", async () => {
    const { database, services } = await servicesOnTestDatabase();
    await services.atomically(async (inside) => {
      const contact = await inside.contacts.create(student, 'Dana Lee', 'identified', {}, at);
      await inside.contacts.moveTo(student, contact.id, 'interviewed', at);
      await inside.contacts.addInterview(student, { contactId: contact.id, heldAt: at, learned: 'how shifts work' }, at);
      await inside.reminders.schedule(
        { ...student, kind: 'thank-you', contactId: contact.id, title: 'Thank Dana Lee', dueAt: at, dedupeKey: `thank-you:${contact.id}` },
        at,
      );
    });
    const [contact] = await services.contacts.list(student);
    expect(contact?.stage).toBe('interviewed');
    expect(await services.contacts.interviews(student, contact?.id ?? '')).toHaveLength(1);
    expect(await services.reminders.pendingForContact(student, contact?.id ?? '')).toHaveLength(1);
    await database.close();
  });

  it('leaves nothing behind when the work fails half-way', async () => {
    const { database, services } = await servicesOnTestDatabase();
    const failure = new Error('the process died here');
    await expect(
      services.atomically(async (inside) => {
        const contact = await inside.contacts.create(student, 'Dana Lee', 'identified', {}, at);
        await inside.contacts.addInterview(student, { contactId: contact.id, heldAt: at, learned: 'how shifts work' }, at);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await services.contacts.list(student)).toEqual([]);
    expect(await services.contacts.allInterviews(student)).toEqual([]);
    await database.close();
  });

  it('stores the same notes for the same contact once, however often they are sent', async () => {
    const { database, services } = await servicesOnTestDatabase();
    const contact = await services.contacts.create(student, 'Dana Lee', 'identified', {}, at);
    const notes = { contactId: contact.id, heldAt: at, learned: 'how shifts work', advice: 'shadow a nurse' };
    const first = await services.contacts.addInterview(student, notes, at);
    const again = await services.contacts.addInterview(student, { ...notes, heldAt: new Date(at.getTime() + 60_000) }, new Date(at.getTime() + 60_000));
    expect(again.id).toBe(first.id);
    await services.contacts.addInterview(student, { ...notes, advice: undefined }, at);
    expect(await services.contacts.interviews(student, contact.id)).toHaveLength(2);
    await database.close();
  });
});
