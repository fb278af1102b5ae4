import { sql, type Kysely } from 'kysely';
import { parseTenant, tenantKey, type Tenant } from '../core/identity.js';
import { newId } from './ids.js';
import type { RemindersTable, Schema } from './schema.js';

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
   * Claims up to `limit` due reminders (pending and due, or claimed with an expired lease) in one
   * atomic statement, leasing them until `leaseUntil`.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<Claim>;
  /** When the next reminder falls due (or a claim's lease ends), if any is open. */
  nextDueAt(): Promise<Date | undefined>;
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

/** The {@link ReminderRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselyReminderRepository implements ReminderRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async schedule(reminder: NewReminder, at: Date): Promise<StoredReminder> {
    const tenant = tenantKey(reminder.tenant);
    return this.db.transaction().execute(async (trx) => {
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
        // PostgreSQL returns integer arithmetic on a bigint as text, hence the conversion below.
        .select(sql<number | string>`coalesce(max(number), 0) + 1`.as('next'))
        .where('tenant', '=', tenant)
        .where('user_id', '=', reminder.userId)
        .executeTakeFirstOrThrow();
      const now = at.toISOString();
      const row: RemindersTable = {
        id: newId('r'),
        tenant,
        user_id: reminder.userId,
        number: Number(next),
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

  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<Claim> {
    const token = newId('claim');
    const due = this.db
      .selectFrom('reminders')
      .select('id')
      // Literal values, not parameters: only then can SQLite prove the partial index
      // reminders_due (status in ('pending', 'claimed')) applies, instead of scanning every row.
      .where(sql<boolean>`status in ('pending', 'claimed')`)
      .where('due_at', '<=', now.toISOString())
      .orderBy('due_at')
      .limit(limit);
    const rows = await this.db
      .updateTable('reminders')
      .set({ status: 'claimed', claim_token: token, due_at: leaseUntil.toISOString(), updated_at: now.toISOString() })
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return { token, reminders: rows.map((row) => toReminder(row, parseTenant(row.tenant))) };
  }

  async nextDueAt(): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('reminders')
      .select('due_at')
      .where(sql<boolean>`status in ('pending', 'claimed')`)
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
