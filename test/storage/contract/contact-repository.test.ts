import { describe, expect, it } from 'vitest';
import { KyselyContactRepository, nameKey } from '../../../src/storage/contact-repository.js';
import { KyselyReminderRepository } from '../../../src/storage/reminder-repository.js';
import { LONG_TEXT, OTHERS, UNICODE_TEXT, at, countRows, student, useTestDatabase } from './fixtures.js';

const me = student('U1');

describe('KyselyContactRepository', () => {
  const database = useTestDatabase();
  const contacts = () => new KyselyContactRepository(database().db);

  it('stores every detail and reads it back with its types, times exact to the millisecond', async () => {
    const referrer = await contacts().create(me, 'Sam Ortiz', 'identified', {}, at(0));
    const created = await contacts().create(
      me,
      '  Dana   Lee ',
      'request-sent',
      {
        role: 'Nurse',
        organization: UNICODE_TEXT,
        foundVia: 'alumni',
        referredBy: referrer.id,
        mayUseReferrerName: false,
        channel: 'email',
        targetType: 'occupation',
        subject: 'nurse',
        interviewAt: at(90),
        keepInTouch: false,
      },
      at(1),
    );
    const expected = {
      id: created.id,
      name: 'Dana Lee',
      role: 'Nurse',
      organization: UNICODE_TEXT,
      foundVia: 'alumni',
      referredBy: referrer.id,
      mayUseReferrerName: false,
      channel: 'email',
      targetType: 'occupation',
      subject: 'nurse',
      interviewAt: at(90),
      stage: 'request-sent',
      keepInTouch: false,
      createdAt: at(1),
      updatedAt: at(1),
    };
    expect(created).toEqual(expected);
    expect(await contacts().findById(me, created.id)).toEqual(expected);
    expect(await contacts().findByName(me, 'dana lee')).toEqual(expected);
  });

  it('leaves details that were not given absent, and keeps in touch by default', async () => {
    const created = await contacts().create(me, 'Dana Lee', 'identified', {}, at(0));
    const found = await contacts().findById(me, created.id);
    expect(found).toEqual({ id: created.id, name: 'Dana Lee', stage: 'identified', keepInTouch: true, createdAt: at(0), updatedAt: at(0) });
    for (const key of ['role', 'organization', 'foundVia', 'referredBy', 'mayUseReferrerName', 'channel', 'targetType', 'subject', 'interviewAt'])
      expect(found).not.toHaveProperty(key);
  });

  it('finds a contact by name ignoring case, spacing and Unicode width', async () => {
    const created = await contacts().create(me, 'Zoë Ångström', 'identified', {}, at(0));
    expect((await contacts().findByName(me, '  zoë   ÅNGSTRÖM '))?.id).toBe(created.id);
    expect(nameKey('Ｄａｎａ  LEE')).toBe('dana lee');
    await contacts().create(me, 'Ｄａｎａ Lee', 'identified', {}, at(0));
    expect((await contacts().findByName(me, 'dana lee'))?.name).toBe('Ｄａｎａ Lee');
    expect(await contacts().findByName(me, 'Zoe Angstrom')).toBeUndefined();
  });

  it('refuses a second contact with the same name for one student, but not for anyone else', async () => {
    await contacts().create(me, 'Dana Lee', 'identified', {}, at(0));
    await expect(contacts().create(me, ' DANA  lee', 'identified', {}, at(1))).rejects.toThrow();
    for (const other of OTHERS) await expect(contacts().create(other, 'Dana Lee', 'identified', {}, at(1))).resolves.toMatchObject({ name: 'Dana Lee' });
    expect(await contacts().list(me)).toHaveLength(1);
  });

  it('lists the student’s contacts most recently updated first, by name on a tie', async () => {
    const bea = await contacts().create(me, 'Bea', 'identified', {}, at(0));
    await contacts().create(me, 'Cal', 'identified', {}, at(0));
    await contacts().create(me, 'abe', 'identified', {}, at(0));
    await contacts().create(me, 'Old', 'identified', {}, at(-5));
    await contacts().update(me, bea.id, { role: 'Chef' }, at(3));
    await contacts().create(student('U2'), 'Zed', 'identified', {}, at(9));
    expect((await contacts().list(me)).map((contact) => contact.name)).toEqual(['Bea', 'abe', 'Cal', 'Old']);
  });

  it('renames a contact unless another of the student’s contacts has that name', async () => {
    const dana = await contacts().create(me, 'Dana Lee', 'identified', {}, at(0));
    await contacts().create(me, 'Sam Ortiz', 'identified', {}, at(0));
    expect(await contacts().rename(me, dana.id, 'sam  ORTIZ', at(1))).toBe(false);
    expect((await contacts().findById(me, dana.id))?.name).toBe('Dana Lee');
    expect(await contacts().rename(me, dana.id, 'DANA lee', at(2))).toBe(true);
    expect(await contacts().rename(me, dana.id, '  Dana  Lee-Park ', at(3))).toBe(true);
    expect(await contacts().findById(me, dana.id)).toMatchObject({ name: 'Dana Lee-Park', updatedAt: at(3) });
    expect(await contacts().findByName(me, 'Dana Lee')).toBeUndefined();
    expect((await contacts().findByName(me, 'dana lee-park'))?.id).toBe(dana.id);
  });

  it('changes only the details given; a detail given as undefined is cleared', async () => {
    const dana = await contacts().create(
      me,
      'Dana Lee',
      'scheduled',
      { role: 'Nurse', organization: 'Humber', interviewAt: at(60), mayUseReferrerName: true },
      at(0),
    );
    await contacts().update(me, dana.id, { role: undefined, subject: LONG_TEXT, keepInTouch: false }, at(5));
    const found = await contacts().findById(me, dana.id);
    expect(found).toMatchObject({
      organization: 'Humber',
      interviewAt: at(60),
      mayUseReferrerName: true,
      subject: LONG_TEXT,
      keepInTouch: false,
      stage: 'scheduled',
      updatedAt: at(5),
      createdAt: at(0),
    });
    expect(found).not.toHaveProperty('role');
  });

  it('moves a contact to a stage and records each move, oldest first', async () => {
    const dana = await contacts().create(me, 'Dana Lee', 'identified', {}, at(0));
    const sam = await contacts().create(me, 'Sam Ortiz', 'identified', {}, at(1));
    await contacts().moveTo(me, dana.id, 'request-sent', at(2));
    await contacts().moveTo(me, sam.id, 'declined', at(4));
    await contacts().moveTo(me, dana.id, 'scheduled', at(3));
    expect(await contacts().findById(me, dana.id)).toMatchObject({ stage: 'scheduled', updatedAt: at(3) });
    expect(await contacts().events(me)).toEqual([
      { contactId: dana.id, stage: 'identified', at: at(0) },
      { contactId: sam.id, stage: 'identified', at: at(1) },
      { contactId: dana.id, stage: 'request-sent', at: at(2) },
      { contactId: dana.id, stage: 'scheduled', at: at(3) },
      { contactId: sam.id, stage: 'declined', at: at(4) },
    ]);
  });

  it('records interviews and lists them oldest first, per contact and in all', async () => {
    const dana = await contacts().create(me, 'Dana Lee', 'interviewed', {}, at(0));
    const sam = await contacts().create(me, 'Sam Ortiz', 'interviewed', {}, at(0));
    const late = await contacts().addInterview(
      me,
      { contactId: dana.id, heldAt: at(50), learned: LONG_TEXT, advice: UNICODE_TEXT, nextSteps: 'Send thanks' },
      at(51),
    );
    const early = await contacts().addInterview(me, { contactId: dana.id, heldAt: at(10) }, at(52));
    const middle = await contacts().addInterview(me, { contactId: sam.id, heldAt: at(20), learned: 'Shifts are long' }, at(53));
    expect(late).toEqual({ id: late.id, contactId: dana.id, heldAt: at(50), learned: LONG_TEXT, advice: UNICODE_TEXT, nextSteps: 'Send thanks' });
    expect(early).toEqual({ id: early.id, contactId: dana.id, heldAt: at(10) });
    expect(await contacts().interviews(me, dana.id)).toEqual([early, late]);
    expect(await contacts().allInterviews(me)).toEqual([early, middle, late]);
  });

  it('deletes a contact with its interviews, stage events and reminders, and nothing else', async () => {
    const dana = await contacts().create(me, 'Dana Lee', 'identified', {}, at(0));
    const sam = await contacts().create(me, 'Sam Ortiz', 'identified', {}, at(0));
    const reminders = new KyselyReminderRepository(database().db, database().dialect);
    for (const contact of [dana, sam]) {
      await contacts().moveTo(me, contact.id, 'interviewed', at(1));
      await contacts().addInterview(me, { contactId: contact.id, heldAt: at(1) }, at(1));
      await reminders.schedule({ ...me, kind: 'thank-you', contactId: contact.id, title: `Thank ${contact.name}`, dueAt: at(100) }, at(1));
    }
    await contacts().delete(me, dana.id);
    expect(await contacts().findById(me, dana.id)).toBeUndefined();
    expect(await contacts().interviews(me, dana.id)).toEqual([]);
    expect(await reminders.pendingForContact(me, dana.id)).toEqual([]);
    expect((await contacts().events(me)).map((event) => event.contactId)).toEqual([sam.id, sam.id]);
    expect(await countRows(database(), 'interviews', me)).toBe(1);
    expect(await countRows(database(), 'reminders', me)).toBe(1);
    expect(await reminders.pendingForContact(me, sam.id)).toHaveLength(1);
  });

  it('forgets the referrer of a contact when the referrer is deleted', async () => {
    const sam = await contacts().create(me, 'Sam Ortiz', 'identified', {}, at(0));
    const dana = await contacts().create(me, 'Dana Lee', 'identified', { referredBy: sam.id, mayUseReferrerName: true }, at(0));
    await contacts().delete(me, sam.id);
    const found = await contacts().findById(me, dana.id);
    expect(found).toMatchObject({ name: 'Dana Lee', mayUseReferrerName: true });
    expect(found).not.toHaveProperty('referredBy');
  });

  it('never shows or changes a contact to anyone but its student in its workspace', async () => {
    const dana = await contacts().create(me, 'Dana Lee', 'identified', { role: 'Nurse' }, at(0));
    await contacts().addInterview(me, { contactId: dana.id, heldAt: at(1) }, at(1));
    for (const other of OTHERS) {
      expect(await contacts().findById(other, dana.id)).toBeUndefined();
      expect(await contacts().findByName(other, 'Dana Lee')).toBeUndefined();
      expect(await contacts().list(other)).toEqual([]);
      expect(await contacts().interviews(other, dana.id)).toEqual([]);
      expect(await contacts().allInterviews(other)).toEqual([]);
      expect(await contacts().events(other)).toEqual([]);
      await contacts().rename(other, dana.id, 'Hijacked', at(5));
      await contacts().update(other, dana.id, { role: 'Hijacked' }, at(5));
      await contacts().moveTo(other, dana.id, 'declined', at(5));
      await contacts().delete(other, dana.id);
    }
    expect(await contacts().findById(me, dana.id)).toEqual(dana);
    expect(await contacts().events(me)).toHaveLength(1);
    expect(await contacts().interviews(me, dana.id)).toHaveLength(1);
  });
});
