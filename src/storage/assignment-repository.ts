import type { Kysely, Selectable } from 'kysely';
import { tenantKey, type Tenant } from '../core/identity.js';
import { nameKey } from './contact-repository.js';
import { newId } from '../core/ids.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { AssignmentsTable, ReflectionsTable, Schema } from './schema.js';
import { studentRows } from './student-rows.js';
import { transact } from './transaction.js';
import { isUniqueViolation } from './unique-violation.js';
import type { Assignment, NewAssignment, AssignmentChanges, Reflection, AssignmentRepository } from '../domain/cohorts/assignment-repository.js';

/** The {@link AssignmentRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselyAssignmentRepository implements AssignmentRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async create(tenant: Tenant, cohortId: string, assignment: NewAssignment, at: Date): Promise<Assignment | 'title-taken'> {
    const row: AssignmentsTable = {
      id: newId('as'),
      tenant: tenantKey(tenant),
      cohort_id: cohortId,
      title: assignment.title,
      title_key: nameKey(assignment.title),
      interviews: assignment.interviews,
      due_on: assignment.dueOn,
      due_at: assignment.dueAt.toISOString(),
      prompts: JSON.stringify(assignment.prompts),
      created_by: assignment.createdBy,
      created_at: at.toISOString(),
      closed_at: null,
    };
    // The unique constraint decides between two advisors creating the same title at once.
    return (await this.unlessTitleTaken((db) => db.insertInto('assignments').values(row).execute())) ? toAssignment(row) : 'title-taken';
  }

  async update(tenant: Tenant, id: string, changes: AssignmentChanges): Promise<Assignment | 'title-taken' | undefined> {
    const values = {
      ...(changes.title === undefined ? {} : { title: changes.title, title_key: nameKey(changes.title) }),
      ...(changes.interviews === undefined ? {} : { interviews: changes.interviews }),
      ...(changes.dueOn === undefined ? {} : { due_on: changes.dueOn }),
      ...(changes.dueAt === undefined ? {} : { due_at: changes.dueAt.toISOString() }),
      ...(changes.prompts === undefined ? {} : { prompts: JSON.stringify(changes.prompts) }),
    };
    if (Object.keys(values).length > 0) {
      const saved = await this.unlessTitleTaken((db) =>
        db.updateTable('assignments').set(values).where('tenant', '=', tenantKey(tenant)).where('id', '=', id).execute(),
      );
      if (!saved) return 'title-taken';
    }
    return this.findById(tenant, id);
  }

  async close(tenant: Tenant, id: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('assignments')
      .set({ closed_at: at.toISOString() })
      .where('tenant', '=', tenantKey(tenant))
      .where('id', '=', id)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async findByTitle(tenant: Tenant, cohortId: string, title: string): Promise<Assignment | undefined> {
    const row = await this.ofTenant(tenant).where('cohort_id', '=', cohortId).where('title_key', '=', nameKey(title)).executeTakeFirst();
    return row === undefined ? undefined : toAssignment(row);
  }

  async findById(tenant: Tenant, id: string): Promise<Assignment | undefined> {
    const row = await this.ofTenant(tenant).where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toAssignment(row);
  }

  async ofCohort(tenant: Tenant, cohortId: string, includeClosed: boolean): Promise<Assignment[]> {
    let query = this.ofTenant(tenant).where('cohort_id', '=', cohortId);
    if (!includeClosed) query = query.where('closed_at', 'is', null);
    const rows = await query.orderBy('due_at').orderBy('title_key').execute();
    return rows.map(toAssignment);
  }

  async reflect(student: Recipient, assignmentId: string, interviewId: string, answers: readonly string[], at: Date): Promise<Reflection> {
    const key = tenantKey(student.tenant);
    const own = await studentRows(this.db, 'interviews', student).select('id').where('id', '=', interviewId).executeTakeFirst();
    // Commands only ever pass the student's own interviews; anything else is a bug, refused before it is stored.
    if (own === undefined) throw new Error(`Interview ${interviewId} is not the student's own.`);
    await this.db
      .insertInto('reflections')
      .values({
        id: newId('rf'),
        tenant: key,
        user_id: student.userId,
        assignment_id: assignmentId,
        interview_id: interviewId,
        answers: JSON.stringify(answers),
        submitted_at: at.toISOString(),
        updated_at: at.toISOString(),
      })
      .onConflict((conflict) =>
        conflict.columns(['assignment_id', 'user_id', 'interview_id']).doUpdateSet({ answers: JSON.stringify(answers), updated_at: at.toISOString() }),
      )
      .execute();
    const [saved] = await this.reflectionRows(key)
      .where('reflections.user_id', '=', student.userId)
      .where('reflections.assignment_id', '=', assignmentId)
      .where('reflections.interview_id', '=', interviewId)
      .execute();
    if (saved === undefined) throw new Error(`The reflection on interview ${interviewId} was not stored.`);
    return toReflection(saved);
  }

  async reflections(tenant: Tenant, cohortId: string, userId?: string): Promise<Reflection[]> {
    let query = this.reflectionRows(tenantKey(tenant))
      .innerJoin('cohort_members', (join) =>
        join.onRef('cohort_members.cohort_id', '=', 'assignments.cohort_id').onRef('cohort_members.user_id', '=', 'reflections.user_id'),
      )
      .where('assignments.cohort_id', '=', cohortId);
    if (userId !== undefined) query = query.where('reflections.user_id', '=', userId);
    const rows = await query.orderBy('reflections.submitted_at').orderBy('reflections.id').execute();
    return rows.map(toReflection);
  }

  /** Reflections with their interview's contact and time, of one tenant; only a student's own interviews match. */
  private reflectionRows(key: string) {
    return this.db
      .selectFrom('reflections')
      .innerJoin('assignments', 'assignments.id', 'reflections.assignment_id')
      .innerJoin('interviews', 'interviews.id', 'reflections.interview_id')
      .innerJoin('contacts', 'contacts.id', 'interviews.contact_id')
      .select([
        'reflections.id',
        'reflections.user_id',
        'reflections.assignment_id',
        'reflections.interview_id',
        'reflections.answers',
        'reflections.submitted_at',
        'reflections.updated_at',
        'contacts.name',
        'interviews.held_at',
      ])
      .where('reflections.tenant', '=', key)
      .where('interviews.tenant', '=', key)
      .whereRef('interviews.user_id', '=', 'reflections.user_id');
  }

  private ofTenant(tenant: Tenant) {
    return this.db.selectFrom('assignments').selectAll().where('tenant', '=', tenantKey(tenant));
  }

  /**
   * Runs a write; false when it would give the cohort two assignments of one title. The write
   * runs in a savepoint inside a command's transaction, so on PostgreSQL the refusal leaves
   * that transaction usable.
   */
  private async unlessTitleTaken(write: (db: Kysely<Schema>) => Promise<unknown>): Promise<boolean> {
    try {
      await transact(this.db, write);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}

/** A stored JSON list of texts (prompts, answers). */
function texts(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

function toAssignment(row: Selectable<AssignmentsTable>): Assignment {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    title: row.title,
    interviews: row.interviews,
    dueOn: row.due_on,
    dueAt: new Date(row.due_at),
    prompts: texts(row.prompts),
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    ...(row.closed_at === null ? {} : { closedAt: new Date(row.closed_at) }),
  };
}

/** A reflection as read with its interview's contact and time. */
type ReflectionRow = Omit<Selectable<ReflectionsTable>, 'tenant'> & { readonly name: string; readonly held_at: string };

function toReflection(row: ReflectionRow): Reflection {
  return {
    id: row.id,
    userId: row.user_id,
    assignmentId: row.assignment_id,
    interviewId: row.interview_id,
    contactName: row.name,
    heldAt: new Date(row.held_at),
    answers: texts(row.answers),
    submittedAt: new Date(row.submitted_at),
    updatedAt: new Date(row.updated_at),
  };
}
