/**
 * Deleting a contact or a saved plan so that an undo can put it back: the rows the delete takes
 * with it (by cascade, or by clearing a link to it) are read in the same transaction and returned
 * as they were stored, and restoring inserts them again with their ids, so every link holds.
 *
 * @module
 */
import type { Kysely } from 'kysely';
import { tenantKey } from '../core/identity.js';
import { nextNumberOf } from './next-number.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { CohortSharesTable, ContactEventsTable, ContactsTable, InterviewsTable, RemindersTable, SavedPlansTable, Schema } from './schema.js';
import { studentRows } from './student-rows.js';
import { transact } from './transaction.js';
import { nameKey } from './contact-repository.js';
import type { RestoredContact } from '../domain/journal/contact-repository.js';

/** A deleted contact with everything deleted with it, and the contacts it had referred. */
export interface DeletedContact {
  readonly contact: ContactsTable;
  readonly events: readonly ContactEventsTable[];
  readonly interviews: readonly InterviewsTable[];
  /** Interviews shared with a cohort's advisors. */
  readonly shares: readonly CohortSharesTable[];
  /** Its nudges, pending and past. */
  readonly reminders: readonly RemindersTable[];
  /** The contacts it referred (their link to it was cleared). */
  readonly referred: readonly string[];
}

/** A deleted saved plan, and the shown plans that were marked as saved to it. */
export interface DeletedPlan {
  readonly plan: SavedPlansTable;
  readonly shown: readonly string[];
}

/** Deletes one of the student's contacts and returns everything deleted with it; undefined when there is no such contact. */
export function deleteContactRestorably(db: Kysely<Schema>, recipient: Recipient, id: string): Promise<DeletedContact | undefined> {
  const tenant = tenantKey(recipient.tenant);
  return transact(db, async (trx) => {
    const contact = await studentRows(trx, 'contacts', recipient).selectAll().where('id', '=', id).executeTakeFirst();
    if (contact === undefined) return undefined;
    const events = await studentRows(trx, 'contact_events', recipient).selectAll().where('contact_id', '=', id).execute();
    const interviews = await studentRows(trx, 'interviews', recipient).selectAll().where('contact_id', '=', id).execute();
    const reminders = await studentRows(trx, 'reminders', recipient).selectAll().where('contact_id', '=', id).execute();
    const interviewIds = interviews.map((interview) => interview.id);
    const shares =
      interviewIds.length === 0 ? [] : await studentRows(trx, 'cohort_shares', recipient).selectAll().where('interview_id', 'in', interviewIds).execute();
    const referred = await studentRows(trx, 'contacts', recipient).select('id').where('referred_by', '=', id).execute();
    await trx.deleteFrom('contacts').where('tenant', '=', tenant).where('user_id', '=', recipient.userId).where('id', '=', id).execute();
    return { contact, events, interviews, shares, reminders, referred: referred.map((row) => row.id) };
  });
}

/**
 * Puts a deleted contact back with everything deleted with it. A contact of the same name added
 * since keeps its name (the one put back is marked as restored); a reminder whose number was
 * taken since gets the student's next number; a share whose cohort is gone stays gone; a
 * referred contact deleted since stays deleted. Undefined when the rows are not the student's.
 */
export function restoreContact(db: Kysely<Schema>, recipient: Recipient, deleted: DeletedContact): Promise<RestoredContact | undefined> {
  const tenant = tenantKey(recipient.tenant);
  const { contact } = deleted;
  if (contact.tenant !== tenant || contact.user_id !== recipient.userId) return Promise.resolve(undefined);
  return transact(db, async (trx) => {
    const contacts = () => studentRows(trx, 'contacts', recipient).select('id');
    let name = contact.name;
    for (let tries = 1; (await contacts().where('name_key', '=', nameKey(name)).executeTakeFirst()) !== undefined; tries++) {
      name = `${contact.name} (restored${tries === 1 ? '' : ` ${tries}`})`;
    }
    const referrer = contact.referred_by === null ? undefined : await contacts().where('id', '=', contact.referred_by).executeTakeFirst();
    await trx
      .insertInto('contacts')
      .values({ ...contact, name, name_key: nameKey(name), referred_by: referrer?.id ?? null })
      .execute();
    if (deleted.events.length > 0)
      await trx
        .insertInto('contact_events')
        .values([...deleted.events])
        .execute();
    if (deleted.interviews.length > 0)
      await trx
        .insertInto('interviews')
        .values([...deleted.interviews])
        .execute();
    const reminders = () => studentRows(trx, 'reminders', recipient);
    for (const reminder of deleted.reminders) {
      const taken = await reminders().select('id').where('number', '=', reminder.number).executeTakeFirst();
      const number = taken === undefined ? reminder.number : (await reminders().select(nextNumberOf('number').as('next')).executeTakeFirstOrThrow()).next;
      await trx
        .insertInto('reminders')
        .values({ ...reminder, number })
        .execute();
    }
    const cohorts = new Set((await trx.selectFrom('cohorts').select('id').where('tenant', '=', tenant).execute()).map((row) => row.id));
    const shares = deleted.shares.filter((share) => cohorts.has(share.cohort_id));
    if (shares.length > 0) await trx.insertInto('cohort_shares').values(shares).execute();
    if (deleted.referred.length > 0) {
      await trx
        .updateTable('contacts')
        .set({ referred_by: contact.id })
        .where('tenant', '=', tenant)
        .where('user_id', '=', recipient.userId)
        .where('id', 'in', [...deleted.referred])
        .where('referred_by', 'is', null)
        .execute();
    }
    return { name };
  });
}

/** Deletes one of the student's saved plans and returns it as it was; undefined when there is no such plan. */
export function deletePlanRestorably(db: Kysely<Schema>, recipient: Recipient, id: string): Promise<DeletedPlan | undefined> {
  const tenant = tenantKey(recipient.tenant);
  return transact(db, async (trx) => {
    const plan = await studentRows(trx, 'saved_plans', recipient).selectAll().where('id', '=', id).executeTakeFirst();
    if (plan === undefined) return undefined;
    const shown = await studentRows(trx, 'shown_plans', recipient).select('id').where('saved_plan_id', '=', id).execute();
    await trx.deleteFrom('saved_plans').where('tenant', '=', tenant).where('user_id', '=', recipient.userId).where('id', '=', id).execute();
    return { plan, shown: shown.map((row) => row.id) };
  });
}

/**
 * Puts a deleted saved plan back, under its number or, if a plan saved since took it, the
 * student's next one; the shown plans still kept are marked as saved to it again. Resolves with
 * its number, or undefined when the rows are not the student's.
 */
export function restorePlan(db: Kysely<Schema>, recipient: Recipient, deleted: DeletedPlan): Promise<number | undefined> {
  const tenant = tenantKey(recipient.tenant);
  const { plan } = deleted;
  if (plan.tenant !== tenant || plan.user_id !== recipient.userId) return Promise.resolve(undefined);
  return transact(db, async (trx) => {
    const plans = () => studentRows(trx, 'saved_plans', recipient);
    const taken = await plans().select('id').where('number', '=', plan.number).executeTakeFirst();
    const number = taken === undefined ? plan.number : (await plans().select(nextNumberOf('number').as('next')).executeTakeFirstOrThrow()).next;
    await trx
      .insertInto('saved_plans')
      .values({ ...plan, number })
      .execute();
    if (deleted.shown.length > 0) {
      await trx
        .updateTable('shown_plans')
        .set({ saved_plan_id: plan.id })
        .where('tenant', '=', tenant)
        .where('user_id', '=', recipient.userId)
        .where('id', 'in', [...deleted.shown])
        .execute();
    }
    return number;
  });
}
