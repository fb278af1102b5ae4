import { sql, type Kysely } from 'kysely';
import { transact } from './transaction.js';
import { tenantKey } from '../core/identity.js';
import type { PlanRequest, QuestionPlan } from '../domain/questions/planner.js';
import type { QuestionCategory, TargetType } from '../domain/questions/question-types.js';
import { newId } from '../core/ids.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { SavedPlansTable, Schema, ShownPlansTable } from './schema.js';
import { studentRows } from './student-rows.js';
import { retryOnUniqueViolation } from './unique-violation.js';
import { nextNumberOf } from './next-number.js';
import { deletePlanRestorably, restorePlan, type DeletedPlan } from './restorable-deletes.js';
import { KEPT_SHOWN_PLANS, type ShownPlan, type SavedPlan, type SaveOutcome, type SavedPlanRepository } from '../domain/questions/saved-plan-repository.js';

/**
 * Once a student has {@link KEPT_SHOWN_PLANS}, their oldest shown plan's row becomes the newest:
 * one statement, no trimming, and the old plan's id (so its buttons) is gone. Until then it
 * changes nothing, and a row is added.
 */
function reuseOldestShown(db: Kysely<Schema>, recipient: Recipient, content: { id: string; request: string; plan: string; created_at: string }) {
  return db
    .updateTable('shown_plans')
    .set({
      id: content.id,
      request: content.request,
      plan: content.plan,
      saved_plan_id: null,
      created_at: content.created_at,
      sequence: sql<number>`sequence + ${KEPT_SHOWN_PLANS}`,
    })
    .where('tenant', '=', tenantKey(recipient.tenant))
    .where('user_id', '=', recipient.userId)
    .where('sequence', '=', studentRows(db, 'shown_plans', recipient).select(sql<number>`max(sequence) - ${KEPT_SHOWN_PLANS - 1}`.as('oldest_kept')));
}

/** The {@link SavedPlanRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselySavedPlanRepository implements SavedPlanRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async recordShown(recipient: Recipient, shown: ShownPlan): Promise<void> {
    const content = {
      id: shown.id,
      request: requestToJson(shown.request),
      plan: JSON.stringify(shown.plan),
      saved_plan_id: null,
      created_at: shown.createdAt.toISOString(),
    };
    const reused = await reuseOldestShown(this.db, recipient, content).executeTakeFirst();
    if (reused.numUpdatedRows === 0n) await this.addShown(recipient, content);
  }

  async findShown(recipient: Recipient, id: string): Promise<ShownPlan | undefined> {
    const row = await this.shown(this.db, recipient).where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toShownPlan(row);
  }

  async latestShown(recipient: Recipient): Promise<ShownPlan | undefined> {
    const row = await this.shown(this.db, recipient).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
    return row === undefined ? undefined : toShownPlan(row);
  }

  async save(recipient: Recipient, shownId: string, at: Date): Promise<SaveOutcome | undefined> {
    // Two saves racing on PostgreSQL (a double click, or two plans at once) may take the same
    // number, or both find the plan unsaved: the loser rolls back and tries again, and then
    // finds the plan saved or takes the next number.
    const attempt = () => retryOnUniqueViolation(() => this.saveOnce(recipient, shownId, at));
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof SavedMeanwhile)) throw error;
      return attempt();
    }
  }

  private saveOnce(recipient: Recipient, shownId: string, at: Date): Promise<SaveOutcome | undefined> {
    return transact(this.db, async (trx) => {
      const shown = await this.shown(trx, recipient).where('id', '=', shownId).executeTakeFirst();
      if (shown === undefined) return undefined;
      if (shown.saved_plan_id !== null) {
        const earlier = await this.saved(trx, recipient).where('id', '=', shown.saved_plan_id).executeTakeFirst();
        if (earlier !== undefined) return { saved: toSavedPlan(earlier), alreadySaved: true };
      }
      const { request, plan } = toShownPlan(shown);
      const row: SavedPlansTable = {
        id: newId('p'),
        tenant: shown.tenant,
        user_id: recipient.userId,
        number: await nextPlanNumber(trx, recipient),
        target_type: request.target,
        subject: plan.subject,
        minutes: plan.budgetMinutes,
        focus: JSON.stringify(request.focus),
        plan: shown.plan,
        created_at: at.toISOString(),
      };
      await trx.insertInto('saved_plans').values(row).execute();
      const linked = await trx
        .updateTable('shown_plans')
        .set({ saved_plan_id: row.id })
        .where('id', '=', shown.id)
        .where('saved_plan_id', 'is', null)
        .executeTakeFirst();
      if (linked.numUpdatedRows === 0n) throw new SavedMeanwhile();
      return { saved: toSavedPlan(row), alreadySaved: false };
    });
  }

  async list(recipient: Recipient): Promise<SavedPlan[]> {
    const rows = await this.saved(this.db, recipient).orderBy('number').execute();
    return rows.map(toSavedPlan);
  }

  async listAbout(recipient: Recipient, target: TargetType): Promise<SavedPlan[]> {
    const rows = await this.saved(this.db, recipient).where('target_type', '=', target).orderBy('number').execute();
    return rows.map(toSavedPlan);
  }

  async findByNumber(recipient: Recipient, number: number): Promise<SavedPlan | undefined> {
    const row = await this.saved(this.db, recipient).where('number', '=', number).executeTakeFirst();
    return row === undefined ? undefined : toSavedPlan(row);
  }

  async findById(recipient: Recipient, id: string): Promise<SavedPlan | undefined> {
    const row = await this.saved(this.db, recipient).where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toSavedPlan(row);
  }

  async updateSaved(recipient: Recipient, id: string, subject: string, plan: QuestionPlan): Promise<boolean> {
    const result = await this.db
      .updateTable('saved_plans')
      .set({ subject, plan: JSON.stringify(plan) })
      .where('tenant', '=', tenantKey(recipient.tenant))
      .where('user_id', '=', recipient.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  deleteSavedRestorably(recipient: Recipient, id: string): Promise<DeletedPlan | undefined> {
    return deletePlanRestorably(this.db, recipient, id);
  }

  restoreSaved(recipient: Recipient, deleted: DeletedPlan): Promise<number | undefined> {
    return restorePlan(this.db, recipient, deleted);
  }

  /**
   * Adds a shown plan as the student's next one, numbering and storing it in one statement.
   * Should the student then have more than {@link KEPT_SHOWN_PLANS} (a race on PostgreSQL), the oldest go.
   */
  private async addShown(recipient: Recipient, content: Omit<ShownPlansTable, 'tenant' | 'user_id' | 'sequence'>): Promise<void> {
    const tenant = tenantKey(recipient.tenant);
    // Two at once for the same student on PostgreSQL may take the same number: the loser tries again.
    const { sequence } = await retryOnUniqueViolation(() =>
      this.db
        .insertInto('shown_plans')
        .columns(['id', 'tenant', 'user_id', 'sequence', 'request', 'plan', 'created_at'])
        .expression((eb) =>
          studentRows(this.db, 'shown_plans', recipient).select([
            eb.val(content.id).as('id'),
            eb.val(tenant).as('tenant'),
            eb.val(recipient.userId).as('user_id'),
            nextNumberOf('sequence').as('sequence'),
            eb.val(content.request).as('request'),
            eb.val(content.plan).as('plan'),
            eb.val(content.created_at).as('created_at'),
          ]),
        )
        .returning('sequence')
        .executeTakeFirstOrThrow(),
    );
    const oldestKept = sequence - KEPT_SHOWN_PLANS + 1;
    if (oldestKept > 1)
      await this.db.deleteFrom('shown_plans').where('tenant', '=', tenant).where('user_id', '=', recipient.userId).where('sequence', '<', oldestKept).execute();
  }

  /** Every column of the student's shown plans. */
  private shown(db: Kysely<Schema>, recipient: Recipient) {
    return studentRows(db, 'shown_plans', recipient).selectAll();
  }

  private saved(db: Kysely<Schema>, recipient: Recipient) {
    return studentRows(db, 'saved_plans', recipient).selectAll();
  }
}

/** Another save of the same shown plan committed first: this one rolls back. */
class SavedMeanwhile extends Error {}

/** The student's next saved plan number. */
async function nextPlanNumber(trx: Kysely<Schema>, recipient: Recipient): Promise<number> {
  const { next } = await studentRows(trx, 'saved_plans', recipient).select(nextNumberOf('number').as('next')).executeTakeFirstOrThrow();
  return next;
}

/** A plan request as JSON stores it: the answered ids as a list rather than a set. */
type StoredRequest = Omit<PlanRequest, 'answeredQuestionIds'> & { answeredQuestionIds?: string[] };

function requestToJson(request: PlanRequest): string {
  const { answeredQuestionIds, ...rest } = request;
  const stored: StoredRequest = answeredQuestionIds === undefined ? rest : { ...rest, answeredQuestionIds: [...answeredQuestionIds] };
  return JSON.stringify(stored);
}

function requestFromJson(json: string): PlanRequest {
  const { answeredQuestionIds, ...rest } = JSON.parse(json) as StoredRequest;
  return answeredQuestionIds === undefined ? rest : { ...rest, answeredQuestionIds: new Set(answeredQuestionIds) };
}

function toShownPlan(row: ShownPlansTable): ShownPlan {
  return {
    id: row.id,
    request: requestFromJson(row.request),
    plan: JSON.parse(row.plan) as QuestionPlan,
    createdAt: new Date(row.created_at),
  };
}

function toSavedPlan(row: SavedPlansTable): SavedPlan {
  return {
    id: row.id,
    number: row.number,
    target: row.target_type as TargetType,
    subject: row.subject,
    minutes: row.minutes,
    focus: JSON.parse(row.focus) as QuestionCategory[],
    plan: JSON.parse(row.plan) as QuestionPlan,
    createdAt: new Date(row.created_at),
  };
}
