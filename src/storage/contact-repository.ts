import type { Kysely } from 'kysely';
import { transact } from './transaction.js';
import { tenantKey } from '../core/identity.js';
import { newId } from '../core/ids.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { ContactsTable, InterviewsTable, Schema } from './schema.js';
import { studentRows } from './student-rows.js';
import { deleteContactRestorably, restoreContact, type DeletedContact } from './restorable-deletes.js';
import type { Contact, ContactDetails, Interview, StageEvent, RestoredContact, ContactRepository } from '../domain/journal/contact-repository.js';

/** Folds a name for matching: "  Dana   LEE " and "dana lee" are the same contact. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The {@link ContactRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselyContactRepository implements ContactRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async create(recipient: Recipient, name: string, stage: string, details: ContactDetails, at: Date): Promise<Contact> {
    const now = at.toISOString();
    const row: ContactsTable = {
      id: newId('c'),
      tenant: tenantKey(recipient.tenant),
      user_id: recipient.userId,
      name: name.trim().replace(/\s+/g, ' '),
      name_key: nameKey(name),
      ...NO_DETAILS,
      ...detailColumns(details),
      stage,
      created_at: now,
      updated_at: now,
    };
    await transact(this.db, async (trx) => {
      await trx.insertInto('contacts').values(row).execute();
      await trx
        .insertInto('contact_events')
        .values({ id: newId('e'), tenant: row.tenant, user_id: row.user_id, contact_id: row.id, stage, at: now })
        .execute();
    });
    return toContact(row);
  }

  async findByName(recipient: Recipient, name: string): Promise<Contact | undefined> {
    const row = await this.mine(recipient).where('name_key', '=', nameKey(name)).executeTakeFirst();
    return row === undefined ? undefined : toContact(row);
  }

  async findById(recipient: Recipient, id: string): Promise<Contact | undefined> {
    const row = await this.mine(recipient).where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toContact(row);
  }

  async list(recipient: Recipient): Promise<Contact[]> {
    const rows = await this.mine(recipient).orderBy('updated_at', 'desc').orderBy('name_key').execute();
    return rows.map(toContact);
  }

  async rename(recipient: Recipient, id: string, name: string, at: Date): Promise<boolean> {
    const clash = await this.mine(recipient).where('name_key', '=', nameKey(name)).where('id', '!=', id).executeTakeFirst();
    if (clash !== undefined) return false;
    await this.db
      .updateTable('contacts')
      .set({ name: name.trim().replace(/\s+/g, ' '), name_key: nameKey(name), updated_at: at.toISOString() })
      .where('tenant', '=', tenantKey(recipient.tenant))
      .where('user_id', '=', recipient.userId)
      .where('id', '=', id)
      .execute();
    return true;
  }

  async update(recipient: Recipient, id: string, details: ContactDetails, at: Date): Promise<void> {
    await this.db
      .updateTable('contacts')
      .set({ ...detailColumns(details), updated_at: at.toISOString() })
      .where('tenant', '=', tenantKey(recipient.tenant))
      .where('user_id', '=', recipient.userId)
      .where('id', '=', id)
      .execute();
  }

  async moveTo(recipient: Recipient, id: string, stage: string, at: Date): Promise<void> {
    const tenant = tenantKey(recipient.tenant);
    await transact(this.db, async (trx) => {
      const result = await trx
        .updateTable('contacts')
        .set({ stage, updated_at: at.toISOString() })
        .where('tenant', '=', tenant)
        .where('user_id', '=', recipient.userId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return;
      await trx
        .insertInto('contact_events')
        .values({ id: newId('e'), tenant, user_id: recipient.userId, contact_id: id, stage, at: at.toISOString() })
        .execute();
    });
  }

  async addInterview(recipient: Recipient, interview: Omit<Interview, 'id'>, at: Date): Promise<Interview> {
    const row: InterviewsTable = {
      id: newId('i'),
      tenant: tenantKey(recipient.tenant),
      user_id: recipient.userId,
      contact_id: interview.contactId,
      held_at: interview.heldAt.toISOString(),
      learned: interview.learned ?? null,
      advice: interview.advice ?? null,
      next_steps: interview.nextSteps ?? null,
      created_at: at.toISOString(),
    };
    const same = await this.myInterviews(recipient)
      .where('contact_id', '=', row.contact_id)
      .where((eb) =>
        eb.and([
          eb('learned', 'is not distinct from', row.learned),
          eb('advice', 'is not distinct from', row.advice),
          eb('next_steps', 'is not distinct from', row.next_steps),
        ]),
      )
      .executeTakeFirst();
    if (same !== undefined) return toInterview(same);
    await this.db.insertInto('interviews').values(row).execute();
    return toInterview(row);
  }

  async interviews(recipient: Recipient, contactId: string): Promise<Interview[]> {
    const rows = await this.myInterviews(recipient).where('contact_id', '=', contactId).execute();
    return rows.map(toInterview);
  }

  async allInterviews(recipient: Recipient): Promise<Interview[]> {
    return (await this.myInterviews(recipient).execute()).map(toInterview);
  }

  async events(recipient: Recipient): Promise<StageEvent[]> {
    const rows = await studentRows(this.db, 'contact_events', recipient).select(['contact_id', 'stage', 'at']).orderBy('at').execute();
    return rows.map((row) => ({ contactId: row.contact_id, stage: row.stage, at: new Date(row.at) }));
  }

  async delete(recipient: Recipient, id: string): Promise<void> {
    await this.db
      .deleteFrom('contacts')
      .where('tenant', '=', tenantKey(recipient.tenant))
      .where('user_id', '=', recipient.userId)
      .where('id', '=', id)
      .execute();
  }

  deleteRestorably(recipient: Recipient, id: string): Promise<DeletedContact | undefined> {
    return deleteContactRestorably(this.db, recipient, id);
  }

  restoreDeleted(recipient: Recipient, deleted: DeletedContact): Promise<RestoredContact | undefined> {
    return restoreContact(this.db, recipient, deleted);
  }

  private mine(recipient: Recipient) {
    return studentRows(this.db, 'contacts', recipient).selectAll();
  }

  private myInterviews(recipient: Recipient) {
    return studentRows(this.db, 'interviews', recipient).selectAll().orderBy('held_at');
  }
}

/** A new contact's detail columns before any detail is given. */
const NO_DETAILS = {
  role: null,
  organization: null,
  found_via: null,
  referred_by: null,
  may_use_referrer_name: null,
  channel: null,
  target_type: null,
  subject: null,
  interview_at: null,
  keep_in_touch: 1,
} satisfies Partial<ContactsTable>;

/** The columns for the details given; details left out are not touched. */
function detailColumns(details: ContactDetails): Partial<ContactsTable> {
  const columns: Partial<ContactsTable> = {};
  if ('role' in details) columns.role = details.role ?? null;
  if ('organization' in details) columns.organization = details.organization ?? null;
  if ('foundVia' in details) columns.found_via = details.foundVia ?? null;
  if ('referredBy' in details) columns.referred_by = details.referredBy ?? null;
  if ('mayUseReferrerName' in details) columns.may_use_referrer_name = details.mayUseReferrerName === undefined ? null : Number(details.mayUseReferrerName);
  if ('channel' in details) columns.channel = details.channel ?? null;
  if ('targetType' in details) columns.target_type = details.targetType ?? null;
  if ('subject' in details) columns.subject = details.subject ?? null;
  if ('interviewAt' in details) columns.interview_at = details.interviewAt?.toISOString() ?? null;
  if ('keepInTouch' in details) columns.keep_in_touch = Number(details.keepInTouch ?? true);
  return columns;
}

function optional<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: V };
}

function toContact(row: ContactsTable): Contact {
  return {
    id: row.id,
    name: row.name,
    ...optional('role', row.role),
    ...optional('organization', row.organization),
    ...optional('foundVia', row.found_via),
    ...optional('referredBy', row.referred_by),
    ...optional('mayUseReferrerName', row.may_use_referrer_name === null ? null : row.may_use_referrer_name === 1),
    ...optional('channel', row.channel),
    ...optional('targetType', row.target_type),
    ...optional('subject', row.subject),
    ...optional('interviewAt', row.interview_at === null ? null : new Date(row.interview_at)),
    stage: row.stage,
    keepInTouch: row.keep_in_touch === 1,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

function toInterview(row: InterviewsTable): Interview {
  return {
    id: row.id,
    contactId: row.contact_id,
    heldAt: new Date(row.held_at),
    ...optional('learned', row.learned),
    ...optional('advice', row.advice),
    ...optional('nextSteps', row.next_steps),
  };
}
