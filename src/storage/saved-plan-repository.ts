import { sql, type Kysely, type Transaction } from 'kysely';
import { tenantKey } from '../core/identity.js';
import type { PlanRequest, QuestionPlan } from '../domain/questions/planner.js';
import type { QuestionCategory, TargetType } from '../domain/questions/types.js';
import { newId } from './ids.js';
import type { Recipient } from './reminder-repository.js';
import type { SavedPlansTable, Schema, ShownPlansTable } from './schema.js';

/** How many recently shown plans are kept per student; older ones' buttons say the plan is gone. */
export const KEPT_SHOWN_PLANS = 20;

/** A plan as it was shown to the student, with the request that made it. */
export interface ShownPlan {
  readonly id: string;
  readonly request: PlanRequest;
  readonly plan: QuestionPlan;
  readonly createdAt: Date;
}

/** A plan the student saved, under the number they type to export it. */
export interface SavedPlan {
  readonly id: string;
  readonly number: number;
  readonly target: TargetType;
  readonly subject: string;
  readonly minutes: number;
  readonly focus: readonly QuestionCategory[];
  readonly plan: QuestionPlan;
  readonly createdAt: Date;
}

/** What saving a shown plan did. */
export interface SaveOutcome {
  readonly saved: SavedPlan;
  /** True when this plan had been saved before; nothing new was stored. */
  readonly alreadySaved: boolean;
}

/** The student's question plans: the ones recently shown and the ones saved. Every method is scoped to one student. */
export interface SavedPlanRepository {
  /** Records a plan just shown, so its buttons and `/questions save` can find it; keeps the latest {@link KEPT_SHOWN_PLANS}. */
  recordShown(recipient: Recipient, request: PlanRequest, plan: QuestionPlan, at: Date): Promise<ShownPlan>;
  /** A recently shown plan by id (from a button). */
  findShown(recipient: Recipient, id: string): Promise<ShownPlan | undefined>;
  /** The plan shown most recently. */
  latestShown(recipient: Recipient): Promise<ShownPlan | undefined>;
  /** Saves a shown plan under the student's next number, or returns its earlier saved copy; undefined when there is no such shown plan. */
  save(recipient: Recipient, shownId: string, at: Date): Promise<SaveOutcome | undefined>;
  /** Every saved plan, by number. */
  list(recipient: Recipient): Promise<SavedPlan[]>;
  /** A saved plan by the number the student sees. */
  findByNumber(recipient: Recipient, number: number): Promise<SavedPlan | undefined>;
  /** A saved plan by id (from a menu). */
  findById(recipient: Recipient, id: string): Promise<SavedPlan | undefined>;
}

/** The {@link SavedPlanRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselySavedPlanRepository implements SavedPlanRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async recordShown(recipient: Recipient, request: PlanRequest, plan: QuestionPlan, at: Date): Promise<ShownPlan> {
    const tenant = tenantKey(recipient.tenant);
    return this.db.transaction().execute(async (trx) => {
      const sequence = await nextValue(trx, 'shown_plans', 'sequence', recipient);
      const row: ShownPlansTable = {
        id: newId('s'),
        tenant,
        user_id: recipient.userId,
        sequence,
        request: requestToJson(request),
        plan: JSON.stringify(plan),
        saved_plan_id: null,
        created_at: at.toISOString(),
      };
      await trx.insertInto('shown_plans').values(row).execute();
      await trx
        .deleteFrom('shown_plans')
        .where('tenant', '=', tenant)
        .where('user_id', '=', recipient.userId)
        .where('sequence', '<=', sequence - KEPT_SHOWN_PLANS)
        .execute();
      return toShownPlan(row);
    });
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
    return this.db.transaction().execute(async (trx) => {
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
        number: await nextValue(trx, 'saved_plans', 'number', recipient),
        target_type: request.target,
        subject: plan.subject,
        minutes: plan.budgetMinutes,
        focus: JSON.stringify(request.focus),
        plan: shown.plan,
        created_at: at.toISOString(),
      };
      await trx.insertInto('saved_plans').values(row).execute();
      await trx.updateTable('shown_plans').set({ saved_plan_id: row.id }).where('id', '=', shown.id).execute();
      return { saved: toSavedPlan(row), alreadySaved: false };
    });
  }

  async list(recipient: Recipient): Promise<SavedPlan[]> {
    const rows = await this.saved(this.db, recipient).orderBy('number').execute();
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

  private shown(db: Kysely<Schema>, recipient: Recipient) {
    return db.selectFrom('shown_plans').selectAll().where('tenant', '=', tenantKey(recipient.tenant)).where('user_id', '=', recipient.userId);
  }

  private saved(db: Kysely<Schema>, recipient: Recipient) {
    return db.selectFrom('saved_plans').selectAll().where('tenant', '=', tenantKey(recipient.tenant)).where('user_id', '=', recipient.userId);
  }
}

/** The student's next number in a per-student counter column (1 for the first row). */
async function nextValue(trx: Transaction<Schema>, table: 'shown_plans' | 'saved_plans', column: 'sequence' | 'number', recipient: Recipient): Promise<number> {
  const { next } = await trx
    .selectFrom(table)
    // PostgreSQL returns bigint arithmetic as text; SQLite as a number.
    .select(sql<number | string>`coalesce(max(${sql.ref(column)}), 0) + 1`.as('next'))
    .where('tenant', '=', tenantKey(recipient.tenant))
    .where('user_id', '=', recipient.userId)
    .executeTakeFirstOrThrow();
  return Number(next);
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
