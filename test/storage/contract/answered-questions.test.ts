import { describe, expect, it } from 'vitest';
import { JournalAnsweredQuestions } from '../../../src/storage/answered-questions.js';
import { KyselyContactRepository } from '../../../src/storage/contact-repository.js';
import type { ContactDetails } from '../../../src/domain/journal/contact-repository.js';
import type { Recipient } from '../../../src/domain/reminders/reminder-repository.js';
import { KyselySavedPlanRepository } from '../../../src/storage/saved-plan-repository.js';
import { newShownPlan } from '../../../src/domain/questions/saved-plan-repository.js';
import { OTHERS, at, shownPlan, student, useTestDatabase } from './fixtures.js';

const me = student('U1');

describe('JournalAnsweredQuestions over the Kysely repositories', () => {
  const database = useTestDatabase();
  const contacts = () => new KyselyContactRepository(database().db);
  const plans = () => new KyselySavedPlanRepository(database().db);
  const answered = (recipient = me, subject = 'nurse') =>
    new JournalAnsweredQuestions(plans(), contacts()).answeredQuestionIds(recipient, 'occupation', subject);
  /** Saves a plan about a nurse's work (must-ask bank questions q-path and q-day) at `minutes`. */
  const savePlan = async (recipient: Recipient, minutes: number, subject = 'nurse') => {
    const { request, plan } = shownPlan(subject);
    const shown = newShownPlan(request, plan, at(minutes));
    await plans().recordShown(recipient, shown);
    await plans().save(recipient, shown.id, at(minutes));
  };
  /** A contact about a nurse's work in this stage, with an interview held at `heldAt` if given. */
  const contact = async (recipient: Recipient, stage: string, heldAt?: Date, details: ContactDetails = {}) => {
    const created = await contacts().create(
      recipient,
      `Contact ${stage} ${heldAt?.getTime() ?? ''}`,
      stage,
      { targetType: 'occupation', subject: 'Nurse.', ...details },
      at(0),
    );
    if (heldAt !== undefined) await contacts().addInterview(recipient, { contactId: created.id, heldAt }, heldAt);
  };

  it('counts the must-ask bank questions of a plan saved before an interview about the same subject', async () => {
    await savePlan(me, 10);
    await contact(me, 'interviewed', at(20));
    expect(await answered()).toEqual(new Set(['q-path', 'q-day']));
    expect(await answered(me, '  NURSE ')).toEqual(new Set(['q-path', 'q-day']));
  });

  it('counts nothing without a saved plan, or when the plan was saved after the last interview', async () => {
    await contact(me, 'interviewed', at(20));
    expect(await answered()).toEqual(new Set());
    await savePlan(me, 30);
    expect(await answered()).toEqual(new Set());
  });

  it('counts a booked interview time as well as a recorded one', async () => {
    await savePlan(me, 10);
    await contact(me, 'thanked', undefined, { interviewAt: at(20) });
    expect(await answered()).toEqual(new Set(['q-path', 'q-day']));
  });

  it('counts nothing for a contact not yet past the conversation, or about another subject', async () => {
    await savePlan(me, 10);
    await contact(me, 'scheduled', at(20));
    await contact(me, 'interviewed', at(21), { subject: 'chef' });
    await contact(me, 'keeping-in-touch', at(22), { targetType: 'industry' });
    expect(await answered()).toEqual(new Set());
    expect(await answered(me, 'pilot')).toEqual(new Set());
  });

  it('counts only the student’s own plans and interviews', async () => {
    await savePlan(me, 10);
    for (const other of OTHERS) await contact(other, 'interviewed', at(20));
    expect(await answered()).toEqual(new Set());
    for (const other of OTHERS) expect(await answered(other)).toEqual(new Set());
  });
});
