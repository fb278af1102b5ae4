import { describe, expect, it } from 'vitest';
import { KyselyCohortRepository } from '../../../src/storage/cohort-repository.js';
import type { Cohort } from '../../../src/domain/cohorts/cohort-repository.js';
import { KyselyContactRepository } from '../../../src/storage/contact-repository.js';
import { KyselyShareRepository } from '../../../src/storage/share-repository.js';
import { OTHERS, T1, T2, UNICODE_TEXT, at, contactWithInterview, createCohort, student, useTestDatabase } from './fixtures.js';

const me = student('U1');

describe('KyselyShareRepository', () => {
  const database = useTestDatabase();
  const shares = () => new KyselyShareRepository(database().db);
  /** The Fall cohort of T1 with these members. */
  const fallWith = async (...userIds: string[]): Promise<Cohort> => {
    const fall = await createCohort(database(), 'Fall', 'C1');
    for (const userId of userIds) await new KyselyCohortRepository(database().db).join(T1, fall.id, userId, at(0));
    return fall;
  };

  it('shares an interview once per cohort and counts the shares as a number', async () => {
    const fall = await fallWith('U1');
    const { interview } = await contactWithInterview(database(), me, 'Dana Lee');
    expect(await shares().share(me, fall.id, interview.id, at(1))).toBe(true);
    expect(await shares().share(me, fall.id, interview.id, at(2))).toBe(false);
    const count = await shares().countShared(me, fall.id);
    expect(count).toBe(1);
    expect(typeof count).toBe('number');
    for (const other of OTHERS) expect(await shares().countShared(other, fall.id)).toBe(0);
  });

  it('shows the cohort the summaries its members share, newest first, with the contact’s name', async () => {
    const fall = await fallWith('U1', 'U2');
    const dana = await contactWithInterview(database(), me, UNICODE_TEXT, at(10));
    const contacts = new KyselyContactRepository(database().db);
    const sam = await contacts.create(student('U2'), 'Sam Ortiz', 'interviewed', {}, at(0));
    const bare = await contacts.addInterview(student('U2'), { contactId: sam.id, heldAt: at(20) }, at(21));
    await shares().share(me, fall.id, dana.interview.id, at(30));
    await shares().share(student('U2'), fall.id, bare.id, at(40));
    const summaries = await shares().sharedWith(T1, fall.id);
    expect(summaries).toEqual([
      { userId: 'U2', contactName: 'Sam Ortiz', heldAt: at(20), sharedAt: at(40) },
      {
        userId: 'U1',
        contactName: UNICODE_TEXT,
        heldAt: at(10),
        learned: `Learned from ${UNICODE_TEXT}`,
        advice: 'Ask early',
        nextSteps: 'Send thanks',
        sharedAt: at(30),
      },
    ]);
    expect(summaries[0]).not.toHaveProperty('learned');
  });

  it('shows nothing a student shared once they are no longer a member', async () => {
    const fall = await fallWith('U1');
    const { interview } = await contactWithInterview(database(), me, 'Dana Lee');
    await shares().share(me, fall.id, interview.id, at(1));
    await database().db.deleteFrom('cohort_members').where('user_id', '=', 'U1').execute();
    expect(await shares().sharedWith(T1, fall.id)).toEqual([]);
  });

  it('never shows another student’s interview, even when a share points at it', async () => {
    const fall = await fallWith('U1', 'U2');
    const theirs = await contactWithInterview(database(), student('U2'), 'Private Person');
    await shares().share(me, fall.id, theirs.interview.id, at(1));
    expect(await shares().sharedWith(T1, fall.id)).toEqual([]);
  });

  it('shows a cohort’s summaries to no other workspace', async () => {
    const fall = await fallWith('U1');
    const { interview } = await contactWithInterview(database(), me, 'Dana Lee');
    await shares().share(me, fall.id, interview.id, at(1));
    expect(await shares().sharedWith(T2, fall.id)).toEqual([]);
    expect(await shares().sharedWith(T1, fall.id)).toHaveLength(1);
  });

  it('stops sharing the interviews with one contact, in one cohort, of that student only', async () => {
    const fall = await fallWith('U1', 'U2');
    const winter = await createCohort(database(), 'Winter', 'C2');
    await new KyselyCohortRepository(database().db).join(T1, winter.id, 'U1', at(0));
    const contacts = new KyselyContactRepository(database().db);
    const dana = await contactWithInterview(database(), me, 'Dana Lee');
    const second = await contacts.addInterview(me, { contactId: dana.contact.id, heldAt: at(30) }, at(31));
    const sam = await contactWithInterview(database(), me, 'Sam Ortiz');
    const theirs = await contactWithInterview(database(), student('U2'), 'Dana Lee');
    for (const interview of [dana.interview, second, sam.interview]) await shares().share(me, fall.id, interview.id, at(1));
    await shares().share(me, winter.id, dana.interview.id, at(1));
    await shares().share(student('U2'), fall.id, theirs.interview.id, at(1));

    expect(await shares().unshareContact(student('U2'), fall.id, dana.contact.id)).toBe(0);
    const ended = await shares().unshareContact(me, fall.id, dana.contact.id);
    expect(ended).toBe(2);
    expect(typeof ended).toBe('number');
    expect(await shares().countShared(me, fall.id)).toBe(1);
    expect(await shares().countShared(me, winter.id)).toBe(1);
    expect(await shares().countShared(student('U2'), fall.id)).toBe(1);
    expect(await shares().unshareContact(me, fall.id, dana.contact.id)).toBe(0);
  });

  it('ends a share when its interview’s contact is deleted', async () => {
    const fall = await fallWith('U1');
    const { contact, interview } = await contactWithInterview(database(), me, 'Dana Lee');
    await shares().share(me, fall.id, interview.id, at(1));
    await new KyselyContactRepository(database().db).delete(me, contact.id);
    expect(await shares().countShared(me, fall.id)).toBe(0);
  });
});
