import { describe, expect, it } from 'vitest';
import { KyselyCohortActivity } from '../../../src/storage/cohort-activity.js';
import { KyselyContactRepository } from '../../../src/storage/contact-repository.js';
import { KyselyRehearsalRepository } from '../../../src/storage/rehearsal-repository.js';
import type { Recipient } from '../../../src/domain/reminders/reminder-repository.js';
import { KyselyUserRepository } from '../../../src/storage/user-repository.js';
import { OTHERS, T1, actor, at, contactWithInterview, rehearsalStart, scorecard, student, useTestDatabase } from './fixtures.js';

const me = student('U1');

describe('KyselyCohortActivity', () => {
  const database = useTestDatabase();
  const activity = () => new KyselyCohortActivity(database().db);
  /** Records that the person used Rapport at `minutes`. */
  const met = (recipient: Recipient, minutes = 0) =>
    new KyselyUserRepository(database().db).recordActivity(
      { ...actor(recipient.userId, recipient.tenant), displayName: `Name of ${recipient.userId}` },
      at(minutes),
    );

  it('reads a student’s counts: contacts with stage and referral, stage events, interviews, finished scores', async () => {
    await met(me, 30);
    const contacts = new KyselyContactRepository(database().db);
    const { contact: dana, interview } = await contactWithInterview(database(), me, 'Dana Lee', at(20));
    const sam = await contacts.create(me, 'Sam Ortiz', 'identified', { referredBy: dana.id }, at(5));
    const rehearsals = new KyselyRehearsalRepository(database().db);
    await rehearsals.start(me, { ...rehearsalStart(), scorecard: scorecard(81) }, at(25));
    await rehearsals.start(me, rehearsalStart(), at(26));

    const [mine] = await activity().activityOf(T1, ['U1']);
    expect(mine).toEqual({
      userId: 'U1',
      displayName: 'Name of U1',
      lastActiveAt: at(30),
      contacts: expect.arrayContaining([
        { id: dana.id, stage: 'interviewed', referred: false },
        { id: sam.id, stage: 'identified', referred: true },
      ]) as unknown,
      events: [
        { contactId: dana.id, stage: 'interviewed', at: at(0) },
        { contactId: sam.id, stage: 'identified', at: at(5) },
      ],
      interviews: [{ contactId: interview.contactId, heldAt: at(20) }],
      rehearsals: [{ score: 81, finishedAt: at(25) }],
    });
    expect(mine?.contacts).toHaveLength(2);
    expect(typeof mine?.rehearsals[0]?.score).toBe('number');
  });

  it('holds no private text: no contact names, notes or plans', async () => {
    await met(me);
    await contactWithInterview(database(), me, 'Dana Lee');
    const text = JSON.stringify(await activity().activityOf(T1, ['U1']));
    for (const secret of ['Dana Lee', 'Learned from', 'Ask early', 'Send thanks', 'nurse']) expect(text).not.toContain(secret);
  });

  it('answers in the order asked, once per student, leaving out people Rapport never met', async () => {
    for (const userId of ['U1', 'U2', 'U3']) await met(student(userId));
    const answered = await activity().activityOf(T1, ['U3', 'U9', 'U1', 'U3', 'U2']);
    expect(answered.map((entry) => entry.userId)).toEqual(['U3', 'U1', 'U2']);
    expect(await activity().activityOf(T1, [])).toEqual([]);
  });

  it('reads only the workspace asked about, and only the students asked about', async () => {
    await met(me);
    for (const other of OTHERS) {
      await met(other);
      await contactWithInterview(database(), other, 'Dana Lee');
    }
    const [mine] = await activity().activityOf(T1, ['U1']);
    expect(mine).toMatchObject({ contacts: [], events: [], interviews: [], rehearsals: [] });
    expect(await activity().activityOf(T1, ['U1'])).toHaveLength(1);
  });
});
