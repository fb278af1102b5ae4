import { sql, type ExpressionBuilder, type Kysely, type QueryCreator, type SelectQueryBuilder, type UpdateObject } from 'kysely';
import { transact } from './transaction.js';
import { parseTenant, tenantKey, type Platform, type Tenant } from '../core/identity.js';
import { newId } from '../core/ids.js';
import { onPlatforms } from './platform-filter.js';
import type { RemindersTable, Schema } from './schema.js';
import { studentRows } from './student-rows.js';
import type { Dialect } from './database.js';
import { retryOnUniqueViolation } from './unique-violation.js';
import { nextNumberOf } from './next-number.js';
import type {
  ReminderStatus,
  Recipient,
  StoredReminder,
  NewReminder,
  Claim,
  LedgerEntry,
  ReminderRepository,
} from '../domain/reminders/reminder-repository.js';

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
        const existing = await studentRows(trx, 'reminders', reminder).selectAll().where('dedupe_key', '=', reminder.dedupeKey).executeTakeFirst();
        if (existing !== undefined) return toReminder(existing, reminder.tenant);
      }
      const { next } = await studentRows(trx, 'reminders', reminder).select(nextNumberOf('number').as('next')).executeTakeFirstOrThrow();
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
        sending_key: null,
        unreachable_since: null,
        delivered_at: null,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('reminders').values(row).execute();
      return toReminder(row, reminder.tenant);
    });
  }

  async upcoming(recipient: Recipient, limit: number, offset = 0): Promise<StoredReminder[]> {
    const rows = await this.mine(recipient).where('status', 'in', OPEN).orderBy('due_at').orderBy('number').limit(limit).offset(offset).execute();
    return rows.map((row) => toReminder(row, recipient.tenant));
  }

  async countUpcoming(recipient: Recipient): Promise<number> {
    const row = await studentRows(this.db, 'reminders', recipient)
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('status', 'in', OPEN)
      .executeTakeFirst();
    return Number(row?.count ?? 0);
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
    return this.updateOpen(recipient, id, {
      status: 'pending',
      due_at: dueAt.toISOString(),
      updated_at: at.toISOString(),
      claim_token: null,
      attempts: 0,
      unreachable_since: null,
    });
  }

  async retitle(recipient: Recipient, id: string, title: string, details: Readonly<Record<string, unknown>>, at: Date): Promise<boolean> {
    return this.updateOpen(recipient, id, { title, details: JSON.stringify(details), updated_at: at.toISOString() });
  }

  async restore(recipient: Recipient, id: string, dueAt: Date, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('reminders')
      .set({ status: 'pending', due_at: dueAt.toISOString(), updated_at: at.toISOString(), attempts: 0, unreachable_since: null })
      .where('tenant', '=', tenantKey(recipient.tenant))
      .where('user_id', '=', recipient.userId)
      .where('id', '=', id)
      .where('status', '=', 'cancelled')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
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
    const due = (db: QueryCreator<Schema>) =>
      db.selectFrom('reminders').where(OPEN_LITERAL).where(onPlatforms(platforms)).where('due_at', '<=', now.toISOString()).orderBy('due_at').limit(limit);
    const rows = this.dialect === 'postgres' ? await this.claimOnPostgres(due, claimed) : await this.claimOnSqlite(due, now, claimed);
    return { token, reminders: rows.map((row) => toReminder(row, parseTenant(row.tenant))), leaseUntil };
  }

  /**
   * One statement, one round trip: the due rows are locked as they are selected, and rows
   * another instance is claiming at that moment are skipped rather than waited for, so any
   * number of instances split the due work.
   */
  private async claimOnPostgres(due: DueQuery, claimed: Partial<RemindersTable>): Promise<RemindersTable[]> {
    const rows = await this.db.transaction().execute(async (trx) => {
      await lazyCommit(trx, 'postgres');
      return trx
        .with('due', (db) => due(db).select(['id', 'due_at as was_due']).forUpdate().skipLocked())
        .updateTable('reminders')
        .from('due')
        .set(claimed)
        .whereRef('reminders.id', '=', 'due.id')
        .returningAll('reminders')
        .returning('due.was_due')
        .execute();
    });
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
    const rows = await this.db
      .updateTable('reminders')
      .set(claimed)
      .where('id', 'in', order)
      .where(OPEN_LITERAL)
      .where('due_at', '<=', now.toISOString())
      .returningAll()
      .execute();
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
    await this.record([{ kind: 'delivered', token: claim.token, ids }], at);
  }

  async release(claim: Claim, ids: readonly string[], dueAt: Date, at: Date, error?: string): Promise<void> {
    await this.record([{ kind: 'released', token: claim.token, ids, dueAt, ...(error === undefined ? {} : { error }) }], at);
  }

  async markUndeliverable(claim: Claim, ids: readonly string[], error: string, at: Date): Promise<void> {
    await this.record([{ kind: 'undeliverable', token: claim.token, ids, error }], at);
  }

  async record(entries: readonly LedgerEntry[], at: Date): Promise<ReadonlySet<string>> {
    const statements = ledgerStatements(entries, at.toISOString());
    const [only, ...more] = statements;
    if (only === undefined) return new Set();
    // Only a delivery about to go out must be on disk before the call returns (see {@link lazyCommit}).
    const durable = entries.some((entry) => entry.kind === 'sending');
    // One statement commits alone: a transaction around it would cost PostgreSQL two more round trips.
    const written =
      more.length === 0 && (durable || this.dialect === 'sqlite')
        ? [await only(this.db)]
        : await this.db.transaction().execute(async (trx) => {
            if (!durable) await lazyCommit(trx, this.dialect);
            const results = [];
            for (const statement of statements) results.push(await statement(trx));
            return results;
          });
    return new Set(written.flat().map((row) => row.id));
  }

  async countFailed(platforms: readonly Platform[]): Promise<number> {
    const row = await this.db
      .selectFrom('reminders')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('status', '=', 'failed')
      .where(onPlatforms(platforms))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private mine(recipient: Recipient) {
    return studentRows(this.db, 'reminders', recipient).selectAll();
  }
}

/**
 * Lets PostgreSQL answer a transaction's commit before its WAL is on disk. Safe for a claim and
 * for a delivery's outcome: lost in a crash, a claim's rows are simply due again, and an outcome's
 * delivery is still marked as sending, so it is checked with the platform before any repeat.
 * The record of a delivery about to go out is committed durably, which also flushes every lazy
 * commit before it. (SQLite in WAL mode with synchronous=NORMAL never waits for the disk at commit.)
 * @see https://www.postgresql.org/docs/current/wal-async-commit.html
 */
async function lazyCommit(trx: Kysely<Schema>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`set local synchronous_commit = off`.execute(trx);
}

/** One statement of a ledger write, run inside its transaction; resolves with the rows a `sending` statement wrote. */
type LedgerStatement = (trx: Kysely<Schema>) => Promise<readonly { readonly id: string }[]>;

/**
 * The statements that write ledger entries: the deliveries begun under one claim in one
 * statement (each row given its delivery's key), the deliveries recorded under one claim in
 * another, and each rarer outcome (a retry, a refusal) in its own.
 */
function ledgerStatements(entries: readonly LedgerEntry[], now: string): LedgerStatement[] {
  const statements: LedgerStatement[] = [];
  const sending = new Map<string, { ids: string[]; keys: Map<string, string> }>();
  const delivered = new Map<string, string[]>();
  const channels = new Map<string, { readonly tenant: string; readonly userId: string; readonly channelId: string }>();
  for (const entry of entries) {
    if (entry.kind === 'dm-channel') {
      const tenant = tenantKey(entry.recipient.tenant);
      channels.set(`${tenant}\u0000${entry.recipient.userId}`, { tenant, userId: entry.recipient.userId, channelId: entry.channelId });
    } else if (entry.ids.length === 0) {
      continue;
    } else if (entry.kind === 'sending') {
      const group = sending.get(entry.token) ?? { ids: [], keys: new Map<string, string>() };
      for (const id of entry.ids) group.keys.set(id, entry.key);
      group.ids.push(...entry.ids);
      sending.set(entry.token, group);
    } else if (entry.kind === 'delivered') {
      delivered.set(entry.token, [...(delivered.get(entry.token) ?? []), ...entry.ids]);
    } else {
      statements.push(async (trx) => {
        await settleClaimed(trx, entry.token, entry.ids, (eb) => settledValues(eb, entry, now)).execute();
        return [];
      });
    }
  }
  for (const [token, { ids, keys }] of sending) {
    statements.unshift((trx) =>
      settleClaimed(trx, token, ids, (eb) => {
        const [first, ...rest] = [...keys.entries()];
        if (first === undefined) return {};
        let key = eb.case().when('id', '=', first[0]).then(first[1]);
        for (const [id, value] of rest) key = key.when('id', '=', id).then(value);
        return { sending_key: key.end() };
      })
        .returning('id')
        .execute(),
    );
  }
  // People's rows in one order in every transaction: two instances recording DM channels of the
  // same people at once then wait for each other instead of deadlocking.
  for (const [, { tenant, userId, channelId }] of [...channels].sort(([a], [b]) => (a < b ? -1 : 1))) {
    statements.push(async (trx) => {
      await trx.updateTable('users').set({ dm_channel_id: channelId }).where('tenant', '=', tenant).where('user_id', '=', userId).execute();
      return [];
    });
  }
  for (const [token, ids] of delivered) {
    statements.push(async (trx) => {
      await settleClaimed(trx, token, ids, () => ({
        status: 'delivered',
        delivery_key: token,
        delivered_at: now,
        updated_at: now,
        claim_token: null,
        sending_key: null,
        unreachable_since: null,
      })).execute();
      return [];
    });
  }
  return statements;
}

/** The values an outcome other than a delivery gives its rows. */
function settledValues(
  eb: ExpressionBuilder<Schema, 'reminders'>,
  entry: Extract<LedgerEntry, { kind: 'released' | 'undeliverable' | 'failed' }>,
  now: string,
): UpdateObject<Schema, 'reminders'> {
  if (entry.kind !== 'released') return { status: entry.kind, last_error: entry.error, updated_at: now, claim_token: null, sending_key: null };
  return {
    status: 'pending',
    due_at: entry.dueAt.toISOString(),
    updated_at: now,
    claim_token: null,
    ...(entry.maybeSent === true ? {} : { sending_key: null }),
    ...(entry.error === undefined ? {} : { last_error: entry.error }),
    // An outage is waited out without counting attempts; its start is kept for what the student is told.
    ...(entry.error === undefined
      ? {}
      : entry.unreachable === true
        ? { unreachable_since: eb.fn.coalesce('unreachable_since', eb.val(now)) }
        : { attempts: eb('attempts', '+', 1) }),
  };
}

/** An update of claimed rows that applies only while the claim is still ours (a lease taken over is left alone). */
function settleClaimed(
  trx: Kysely<Schema>,
  token: string,
  ids: readonly string[],
  values: (eb: ExpressionBuilder<Schema, 'reminders'>) => UpdateObject<Schema, 'reminders'>,
) {
  return trx
    .updateTable('reminders')
    .set(values)
    .where('id', 'in', [...ids])
    .where('claim_token', '=', token)
    .where('status', '=', 'claimed');
}

/** A row's details, or why they cannot be read. */
function detailsOf(row: RemindersTable): { details: Record<string, unknown>; defect?: string } {
  try {
    const details: unknown = JSON.parse(row.details);
    if (typeof details === 'object' && details !== null && !Array.isArray(details)) return { details: details as Record<string, unknown> };
  } catch {
    // Reported as the defect below.
  }
  return { details: {}, defect: 'its details are not a JSON object' };
}

function toReminder(row: RemindersTable, tenant: Tenant): StoredReminder {
  const { details, defect } = detailsOf(row);
  return {
    id: row.id,
    tenant,
    userId: row.user_id,
    number: row.number,
    kind: row.kind,
    ...(row.contact_id === null ? {} : { contactId: row.contact_id }),
    title: row.title,
    details,
    dueAt: new Date(row.due_at),
    status: row.status as ReminderStatus,
    ...(row.dedupe_key === null ? {} : { dedupeKey: row.dedupe_key }),
    attempts: row.attempts,
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    ...(row.delivery_key === null ? {} : { lastDeliveryKey: row.delivery_key }),
    ...(row.delivered_at === null ? {} : { lastDeliveredAt: new Date(row.delivered_at) }),
    ...(row.sending_key === null ? {} : { sendingKey: row.sending_key }),
    ...(row.unreachable_since === null ? {} : { unreachableSince: new Date(row.unreachable_since) }),
    ...(defect === undefined ? {} : { defect }),
    updatedAt: new Date(row.updated_at),
  };
}
