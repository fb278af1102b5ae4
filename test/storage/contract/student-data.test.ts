import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { KyselyAdvisorAuditLog } from '../../../src/storage/advisor-audit.js';
import { KyselyAuditLog } from '../../../src/storage/audit-log.js';
import { KyselyAssignmentRepository } from '../../../src/storage/assignment-repository.js';
import { KyselyCohortRepository } from '../../../src/storage/cohort-repository.js';
import { KyselyRehearsalRepository } from '../../../src/storage/rehearsal-repository.js';
import { KyselyReminderRepository } from '../../../src/storage/reminder-repository.js';
import type { Recipient } from '../../../src/domain/reminders/reminder-repository.js';
import { KyselySavedPlanRepository } from '../../../src/storage/saved-plan-repository.js';
import { newShownPlan } from '../../../src/domain/questions/saved-plan-repository.js';
import { KyselyShareRepository } from '../../../src/storage/share-repository.js';
import { KyselyStudentDataEraser, STUDENT_TABLES } from '../../../src/storage/student-data.js';
import { KyselyUndoRepository } from '../../../src/storage/undo-repository.js';
import { KyselyUserRepository } from '../../../src/storage/user-repository.js';
import {
  OTHERS,
  actor,
  at,
  contactWithInterview,
  countRows,
  createCohort,
  newAssignment,
  rehearsalStart,
  scorecard,
  shownPlan,
  student,
  useTestDatabase,
  type PersonTable,
} from './fixtures.js';

const me = student('U1');
const EVERYONE = [me, ...OTHERS];

describe('KyselyStudentDataEraser', () => {
  const database = useTestDatabase();
  const eraser = () => new KyselyStudentDataEraser(database().db);
  const byThemselves = (recipient: Recipient) => ({ actorId: recipient.userId, action: 'erase' as const, at: at(10) });

  /** Gives the person rows in every table that holds a person's rows, in a cohort of their workspace. */
  const seed = async (recipient: Recipient): Promise<void> => {
    const db = database().db;
    const cohorts = new KyselyCohortRepository(db);
    const cohort = (await cohorts.findByName(recipient.tenant, 'Fall')) ?? (await createCohort(database(), 'Fall', 'C1', recipient.tenant));
    await new KyselyUserRepository(db).recordActivity(actor(recipient.userId, recipient.tenant), at(0));
    const { contact, interview } = await contactWithInterview(database(), recipient, 'Dana Lee');
    await new KyselyReminderRepository(db, database().dialect).schedule(
      { ...recipient, kind: 'thank-you', contactId: contact.id, title: 'Thank Dana', dueAt: at(60) },
      at(0),
    );
    await new KyselyReminderRepository(db, database().dialect).schedule({ ...recipient, kind: 'weekly', title: 'Weekly review', dueAt: at(90) }, at(0));
    const plans = new KyselySavedPlanRepository(db);
    const shown = newShownPlan(shownPlan().request, shownPlan().plan, at(1));
    await plans.recordShown(recipient, shown);
    await plans.save(recipient, shown.id, at(2));
    await new KyselyRehearsalRepository(db).start(recipient, { ...rehearsalStart(), scorecard: scorecard(70) }, at(3));
    await new KyselyRehearsalRepository(db).start(recipient, rehearsalStart(), at(4));
    await cohorts.join(recipient.tenant, cohort.id, recipient.userId, at(5));
    await new KyselyShareRepository(db).share(recipient, cohort.id, interview.id, at(6));
    const assignments = new KyselyAssignmentRepository(db);
    const assignment =
      (await assignments.findByTitle(recipient.tenant, cohort.id, 'Explore')) ??
      (await assignments.create(recipient.tenant, cohort.id, newAssignment('Explore'), at(0)));
    if (assignment === 'title-taken') throw new Error('Explore was refused');
    await assignments.reflect(recipient, assignment.id, interview.id, ['Surprised', 'Next'], at(6));
    await new KyselyAdvisorAuditLog(db).record({ tenant: recipient.tenant, advisorId: 'A1', cohortName: 'Fall', what: 'progress report', at: at(7) }, [
      recipient.userId,
    ]);
    await new KyselyUndoRepository(db).remember(recipient, 'added Dana Lee to your journal', { kind: 'contact-added', contactId: contact.id }, at(8));
  };
  /** How many rows of each person table the person has. */
  const rowsOf = async (recipient: Recipient): Promise<Record<PersonTable, number>> => {
    const counts = await Promise.all(STUDENT_TABLES.map(async (table) => [table, await countRows(database(), table, recipient)] as const));
    return Object.fromEntries(counts) as Record<PersonTable, number>;
  };

  it('covers every table with a user_id column', async () => {
    // PostgreSQL lists the tables of every schema on the server: only this test's count.
    const schema =
      database().dialect === 'postgres' ? (await sql<{ name: string }>`select current_schema() as name`.execute(database().db)).rows[0]?.name : undefined;
    const tables = (await database().db.introspection.getTables()).filter((table) => table.schema === schema);
    const personal = new Set(tables.filter((table) => table.columns.some((column) => column.name === 'user_id')).map((table) => table.name));
    expect(personal.size).toBeGreaterThan(0);
    expect([...STUDENT_TABLES].sort()).toEqual([...personal].sort());
  });

  it('erases every row of one student and counts them', async () => {
    for (const recipient of EVERYONE) await seed(recipient);
    const before = await rowsOf(me);
    for (const table of STUDENT_TABLES) expect(before[table], `${table} was seeded`).toBeGreaterThan(0);
    const erased = await eraser().erase(me, byThemselves(me));
    expect(erased).toBe(Object.values(before).reduce((sum, count) => sum + count, 0));
    expect(typeof erased).toBe('number');
    expect(Object.values(await rowsOf(me)).every((count) => count === 0)).toBe(true);
    expect(await eraser().erase(me, byThemselves(me))).toBe(0);
    const audit = await new KyselyAuditLog(database().db).entriesOf(me.tenant, me.userId);
    // Both at the same time: their order is not defined.
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.detail.rows]).sort()).toEqual([
      ['erase', 'U1', 0],
      ['erase', 'U1', erased],
    ]);
    expect(await new KyselyAuditLog(database().db).entriesOf(OTHERS[0]?.tenant ?? me.tenant, OTHERS[0]?.userId ?? '')).toEqual([]);
  });

  it('leaves every row of everyone else, and the cohorts, as they were', async () => {
    for (const recipient of EVERYONE) await seed(recipient);
    const before = await Promise.all(OTHERS.map(rowsOf));
    const cohortsBefore = await database().db.selectFrom('cohorts').selectAll().orderBy('id').execute();
    await eraser().erase(me, byThemselves(me));
    expect(await Promise.all(OTHERS.map(rowsOf))).toEqual(before);
    expect(await database().db.selectFrom('cohorts').selectAll().orderBy('id').execute()).toEqual(cohortsBefore);
    expect(await new KyselyCohortRepository(database().db).members(me.tenant, cohortsBefore.find((row) => row.tenant === 'slack:T1')?.id ?? '')).toEqual([
      expect.objectContaining({ userId: 'U2' }),
    ]);
  });

  it('erases nothing for someone Rapport never met', async () => {
    await seed(me);
    expect(await eraser().erase(student('U9'), byThemselves(student('U9')))).toBe(0);
    expect((await rowsOf(me)).contacts).toBe(1);
  });
});
