import { sql, type Kysely, type QueryCreator, type SelectQueryBuilder } from 'kysely';
import { transact } from './transaction.js';
import { parseTenant, tenantKey, type Platform, type Tenant } from '../core/identity.js';
import { newId } from './ids.js';
import { onPlatforms } from './platform-filter.js';
import type { RemindersTable, Schema } from './schema.js';
import type { Dialect } from './database.js';
import { retryOnUniqueViolation } from './unique-violation.js';
import { nextNumberOf } from './next-number.js';

/** Where a reminder is in its life. */
export type ReminderStatus = 'pending' | 'claimed' | 'delivered' | 'done' | 'dismissed' | 'cancelled' | 'undeliverable';

/** The person a reminder belongs to. */
export interface Recipient {
  readonly tenant: Tenant;
  readonly userId: string;
}

/** A reminder as stored. */
export interface StoredReminder extends Recipient {
  readonly id: string;
  readonly number: number;
  readonly kind: string;
  readonly contactId?: string;
  readonly title: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly dueAt: Date;
  readonly status: ReminderStatus;
  readonly dedupeKey?: string;
  readonly attempts: number;
  readonly lastError?: string;
  /** What identifies its last delivery, if it was delivered before (and snoozed since). */
  readonly lastDeliveryKey?: string;
}

/** A reminder to schedule. */
export interface NewReminder extends Recipient {
  readonly kind: string;
  readonly contactId?: string;
  readonly title: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly dueAt: Date;
  /** Makes scheduling idempotent: a second reminder with the same key is not added. */
  readonly dedupeKey?: string;
}

/** A batch the scheduler claimed: it alone may deliver these until the lease ends. */
export interface Claim {
  readonly token: string;
  readonly reminders: readonly StoredReminder[];
}

/** The schedule of nudges: written by commands, claimed and settled by the scheduler. */
export interface ReminderRepository {
  /** Adds a reminder at time `at`, or returns the existing one with the same dedupe key. */
  schedule(reminder: NewReminder, at: Date): Promise<StoredReminder>;
  /** The student's reminders still to come, soonest first. */
  upcoming(recipient: Recipient, limit: number): Promise<StoredReminder[]>;
  /** One of the student's reminders by the number they see. */
  findByNumber(recipient: Recipient, number: number): Promise<StoredReminder | undefined>;
  /** One of the student's reminders by id (from a button). */
  findById(recipient: Recipient, id: string): Promise<StoredReminder | undefined>;
  /** The student's pending reminders about one contact. */
  pendingForContact(recipient: Recipient, contactId: string): Promise<StoredReminder[]>;
  /** Settles a reminder the student acted on (done, dismissed, cancelled); false if it was not open. */
  close(recipient: Recipient, id: string, status: 'done' | 'dismissed' | 'cancelled', at: Date): Promise<boolean>;
  /** Moves a reminder to a new time and makes it pending again (snooze). */
  reschedule(recipient: Recipient, id: string, dueAt: Date, at: Date): Promise<boolean>;
  /**
   * Claims up to `limit` due reminders (pending and due, or claimed with an expired lease) of
   * tenants on `platforms`, leasing them until `leaseUntil`; each is claimed by one caller only.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number, platforms: readonly Platform[]): Promise<Claim>;
  /** When the next reminder of a tenant on `platforms` falls due (or a claim's lease ends), if any is open. */
  nextDueAt(platforms: readonly Platform[]): Promise<Date | undefined>;
  /**
   * Records the delivery of claimed reminders, if the claim is still ours. The claim's token is
   * kept as their last delivery, so a later delivery (after a snooze) gets a new idempotency key.
   */
  markDelivered(claim: Claim, ids: readonly string[], at: Date): Promise<void>;
  /** Gives claimed reminders back to the schedule at `dueAt` (quiet hours; a retry when `error` is given, which counts an attempt). */
  release(claim: Claim, ids: readonly string[], dueAt: Date, at: Date, error?: string): Promise<void>;
  /** Records that claimed reminders can never be delivered (the person is gone, DMs closed). */
  markUndeliverable(claim: Claim, ids: readonly string[], error: string, at: Date): Promise<void>;
}

const OPEN: readonly ReminderStatus[] = ['pending', 'claimed'];

/**
 * The open statuses as literal SQL, not parameters: only then can SQLite prove that the partial
 * index reminders_due (status in ('pending', 'claimed')) applies, instead of scanning every row.
 */
const OPEN_LITERAL = sql<boolean>`status in ('pending', 'claimed')`;

/** The due reminders a claim takes, soonest first, for a query to select from. */
type DueQuery = (db: QueryCreator<Schema>) => SelectQueryBuilder<Schema, 'reminders', object>;

/** The {@link ReminderRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselyReminderRepository implements ReminderRepository {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect = 'sqlite',
  ) {}

  schedule(reminder: NewReminder, at: Date): Promise<StoredReminder> {
    return retryOnUniqueViolation(() => this.insertNumbered(reminder, at));
  }

  /** Stores a reminder with the student's next number, unless its dedupe key is already there. */
  private insertNumbered(reminder: NewReminder, at: Date): Promise<StoredReminder> {
    const tenant = tenantKey(reminder.tenant);
    return transact(this.db, async (trx) => {
      if (reminder.dedupeKey !== undefined) {
        const existing = await trx
          .selectFrom('reminders')
          .selectAll()
          .where('tenant', '=', tenant)
          .where('user_id', '=', reminder.userId)
          .where('dedupe_key', '=', reminder.dedupeKey)
          .executeTakeFirst();
        if (existing !== undefined) return toReminder(existing, reminder.tenant);
      }
      const { next } = await trx
        .selectFrom('reminders')
        .select(nextNumberOf('number').as('next'))
        .where('tenant', '=', tenant)
        .where('user_id', '=', reminder.userId)
        .executeTakeFirstOrThrow();
      const now = at.toISOString();
      const row: RemindersTable = {
        id: newId('r'),
        tenant,
        user_id: reminder.userId,
        number: next,
        kind: reminder.kind,
        contact_id: reminder.contactId ?? null,
        title: reminder.title,
        details: JSON.stringify(reminder.details ?? {}),
        due_at: reminder.dueAt.toISOString(),
        status: 'pending',
        dedupe_key: reminder.dedupeKey ?? null,
        attempts: 0,
        claim_token: null,
        last_error: null,
        delivery_key: null,
        delivered_at: null,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('reminders').values(row).execute();
      return toReminder(row, reminder.tenant);
    });
  }

  async upcoming(recipient: Recipient, limit: number): Promise<StoredReminder[]> {
    const rows = await this.mine(recipient).where('status', 'in', OPEN).orderBy('due_at').orderBy('number').limit(limit).execute();
    return rows.map((row) => toReminder(row, recipient.tenant));
  }

  async findByNumber(recipient: Recipient, number: number): Promise<StoredReminder | undefined> {
    const row = await this.mine(recipient).where('number', '=', number).executeTakeFirst();
    return row === undefined ? undefined : toReminder(row, recipient.tenant);
  }

  async findById(recipient: Recipient, id: string): Promise<StoredReminder | undefined> {
    const row = await this.mine(recipient).where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toReminder(row, recipient.tenant);
  }

  async pendingForContact(recipient: Recipient, contactId: string): Promise<StoredReminder[]> {
    const rows = await this.mine(recipient).where('contact_id', '=', contactId).where('status', 'in', OPEN).orderBy('due_at').execute();
    return rows.map((row) => toReminder(row, recipient.tenant));
  }

  async close(recipient: Recipient, id: string, status: 'done' | 'dismissed' | 'cancelled', at: Date): Promise<boolean> {
    return this.updateOpen(recipient, id, { status, updated_at: at.toISOString(), claim_token: null });
  }

  async reschedule(recipient: Recipient, id: string, dueAt: Date, at: Date): Promise<boolean> {
    return this.updateOpen(recipient, id, { status: 'pending', due_at: dueAt.toISOString(), updated_at: at.toISOString(), claim_token: null, attempts: 0 });
  }

  /** Changes one of the student's reminders that is still open or delivered; false when there is none. */
  private async updateOpen(recipient: Recipient, id: string, values: Partial<RemindersTable>): Promise<boolean> {
    const result = await this.db
      .updateTable('reminders')
      .set(values)
      .where('tenant', '=', tenantKey(recipient.tenant))
      .where('user_id', '=', recipient.userId)
      .where('id', '=', id)
      .where('status', 'in', [...OPEN, 'delivered'])
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async claimDue(now: Date, leaseUntil: Date, limit: number, platforms: readonly Platform[]): Promise<Claim> {
    const token = newId('claim');
    const claimed = { status: 'claimed', claim_token: token, due_at: leaseUntil.toISOString(), updated_at: now.toISOString() } as const;
    const due = (db: QueryCreator<Schema>) => db.selectFrom('reminders').where(OPEN_LITERAL).where(onPlatforms(platforms)).where('due_at', '<=', now.toISOString()).orderBy('due_at').limit(limit);
    const rows = this.dialect === 'postgres' ? await this.claimOnPostgres(due, claimed) : await this.claimOnSqlite(due, now, claimed);
    return { token, reminders: rows.map((row) => toReminder(row, parseTenant(row.tenant))) };
  }

  /**
   * One statement, one round trip: the due rows are locked as they are selected, and rows
   * another instance is claiming at that moment are skipped rather than waited for, so any
   * number of instances split the due work.
   */
  private async claimOnPostgres(due: DueQuery, claimed: Partial<RemindersTable>): Promise<RemindersTable[]> {
    const rows = await this.db
      .with('due', (db) => due(db).select(['id', 'due_at as was_due']).forUpdate().skipLocked())
      .updateTable('reminders')
      .from('due')
      .set(claimed)
      .whereRef('reminders.id', '=', 'due.id')
      .returningAll('reminders')
      .returning('due.was_due')
      .execute();
    // An update returns its rows in no set order: put them back in the order they fell due.
    return rows.sort((a, b) => a.was_due.localeCompare(b.was_due) || a.number - b.number);
  }

  /**
   * SQLite runs one writer at a time, so a select and an update that checks again are enough:
   * a row another process claimed in between no longer matches the update.
   */
  private async claimOnSqlite(due: DueQuery, now: Date, claimed: Partial<RemindersTable>): Promise<RemindersTable[]> {
    const order = (await due(this.db).select('id').execute()).map((row) => row.id);
    if (order.length === 0) return [];
    const rows = await this.db.updateTable('reminders').set(claimed).where('id', 'in', order).where(OPEN_LITERAL).where('due_at', '<=', now.toISOString()).returningAll().execute();
    const position = new Map(order.map((id, index) => [id, index]));
    return rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  }

  async nextDueAt(platforms: readonly Platform[]): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('reminders')
      .select('due_at')
      .where(OPEN_LITERAL)
      .where(onPlatforms(platforms))
      .orderBy('due_at')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : new Date(row.due_at);
  }

  async markDelivered(claim: Claim, ids: readonly string[], at: Date): Promise<void> {
    await this.settle(claim, ids, { status: 'delivered', delivery_key: claim.token, delivered_at: at.toISOString(), updated_at: at.toISOString(), claim_token: null });
  }

  async release(claim: Claim, ids: readonly string[], dueAt: Date, at: Date, error?: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('reminders')
      .set((eb) => ({
        status: 'pending',
        due_at: dueAt.toISOString(),
        updated_at: at.toISOString(),
        claim_token: null,
        ...(error === undefined ? {} : { last_error: error, attempts: eb('attempts', '+', 1) }),
      }))
      .where('id', 'in', [...ids])
      .where('claim_token', '=', claim.token)
      .where('status', '=', 'claimed')
      .execute();
  }

  async markUndeliverable(claim: Claim, ids: readonly string[], error: string, at: Date): Promise<void> {
    await this.settle(claim, ids, { status: 'undeliverable', last_error: error, updated_at: at.toISOString(), claim_token: null });
  }

  /** Updates claimed rows only while the claim is still ours (a lease taken over is left alone). */
  private async settle(claim: Claim, ids: readonly string[], values: Partial<RemindersTable>): Promise<void> {
    if (ids.length === 0) return;
    await this.db.updateTable('reminders').set(values).where('id', 'in', [...ids]).where('claim_token', '=', claim.token).where('status', '=', 'claimed').execute();
  }

  private mine(recipient: Recipient) {
    return this.db.selectFrom('reminders').selectAll().where('tenant', '=', tenantKey(recipient.tenant)).where('user_id', '=', recipient.userId);
  }
}

function toReminder(row: RemindersTable, tenant: Tenant): StoredReminder {
  return {
    id: row.id,
    tenant,
    userId: row.user_id,
    number: row.number,
    kind: row.kind,
    ...(row.contact_id === null ? {} : { contactId: row.contact_id }),
    title: row.title,
    details: JSON.parse(row.details) as Record<string, unknown>,
    dueAt: new Date(row.due_at),
    status: row.status as ReminderStatus,
    ...(row.dedupe_key === null ? {} : { dedupeKey: row.dedupe_key }),
    attempts: row.attempts,
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    ...(row.delivery_key === null ? {} : { lastDeliveryKey: row.delivery_key }),
  };
}
