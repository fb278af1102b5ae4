import { describe, expect, it } from 'vitest';
import { KyselyAssignmentRepository } from '../../../src/storage/assignment-repository.js';
import type { Assignment } from '../../../src/domain/cohorts/assignment-repository.js';
import { KyselyCohortRepository } from '../../../src/storage/cohort-repository.js';
import { KyselyContactRepository } from '../../../src/storage/contact-repository.js';
import {
  DISCORD_T1,
  LONG_TEXT,
  T1,
  T2,
  UNICODE_TEXT,
  at,
  atOnce,
  contactWithInterview,
  createCohort,
  newAssignment,
  student,
  useTestDatabase,
} from './fixtures.js';

const me = student('U1');

describe('KyselyAssignmentRepository', () => {
  const database = useTestDatabase();
  const assignments = () => new KyselyAssignmentRepository(database().db);
  /** The Fall cohort of T1 with these members. */
  const fallWith = async (...userIds: string[]) => {
    const fall = await createCohort(database(), 'Fall', 'C1');
    for (const userId of userIds) await new KyselyCohortRepository(database().db).join(T1, fall.id, userId, at(0));
    return fall;
  };
  const created = async (cohortId: string, title: string, tenant = T1): Promise<Assignment> => {
    const assignment = await assignments().create(tenant, cohortId, newAssignment(title), at(1));
    if (assignment === 'title-taken') throw new Error(`${title} was refused`);
    return assignment;
  };

  it('creates an assignment with its prompts and due time as given, and reads it back by title, id and cohort', async () => {
    const fall = await fallWith();
    const assignment = await assignments().create(T1, fall.id, { ...newAssignment(UNICODE_TEXT), prompts: [UNICODE_TEXT, 'a, b; "c"'] }, at(1));
    if (assignment === 'title-taken') throw new Error('The first assignment was refused.');
    expect(assignment.id).toMatch(/^as_/);
    expect(assignment).toEqual({
      id: assignment.id,
      cohortId: fall.id,
      title: UNICODE_TEXT,
      interviews: 2,
      dueOn: '2026-11-30',
      dueAt: at(60 * 24 * 7),
      prompts: [UNICODE_TEXT, 'a, b; "c"'],
      createdBy: 'A1',
      createdAt: at(1),
    });
    expect(await assignments().findByTitle(T1, fall.id, `  ${UNICODE_TEXT.toUpperCase()} `)).toEqual(assignment);
    expect(await assignments().findById(T1, assignment.id)).toEqual(assignment);
    expect(await assignments().ofCohort(T1, fall.id, false)).toEqual([assignment]);
    for (const other of [T2, DISCORD_T1]) expect(await assignments().findById(other, assignment.id)).toBeUndefined();
  });

  it('refuses a second assignment of the same title in a cohort, even when two are created at once', async () => {
    const fall = await fallWith();
    const results = await atOnce(database(), 4, () => assignments().create(T1, fall.id, newAssignment('Explore a career'), at(1)));
    expect(results.filter((result) => result === 'title-taken')).toHaveLength(3);
    expect(await assignments().ofCohort(T1, fall.id, true)).toHaveLength(1);
    const other = await createCohort(database(), 'Night', 'C2');
    expect(await assignments().create(T1, other.id, newAssignment('Explore a career'), at(1))).not.toBe('title-taken');
  });

  it('edits the terms, refuses a title another has, and closes once, keeping the assignment listed among the closed', async () => {
    const fall = await fallWith();
    const explore = await created(fall.id, 'Explore');
    await created(fall.id, 'Alumni');
    expect(await assignments().update(T1, explore.id, { title: 'alumni' })).toBe('title-taken');
    const updated = await assignments().update(T1, explore.id, { interviews: 3, dueOn: '2026-12-05', dueAt: at(60 * 24 * 12), prompts: ['Only one?'] });
    expect(updated).toEqual({ ...explore, interviews: 3, dueOn: '2026-12-05', dueAt: at(60 * 24 * 12), prompts: ['Only one?'] });
    expect(await assignments().update(T2, explore.id, { interviews: 9 })).toBeUndefined();
    expect(await assignments().close(T1, explore.id, at(5))).toBe(true);
    expect(await assignments().close(T1, explore.id, at(6))).toBe(false);
    expect((await assignments().ofCohort(T1, fall.id, false)).map((assignment) => assignment.title)).toEqual(['Alumni']);
    expect((await assignments().ofCohort(T1, fall.id, true)).find((assignment) => assignment.id === explore.id)?.closedAt).toEqual(at(5));
  });

  it('stores a reflection once per interview, replacing the answers and keeping the first submission time', async () => {
    const fall = await fallWith('U1');
    const explore = await created(fall.id, 'Explore');
    const { interview } = await contactWithInterview(database(), me, UNICODE_TEXT, at(10));
    const first = await assignments().reflect(me, explore.id, interview.id, [LONG_TEXT, UNICODE_TEXT], at(20));
    expect(first).toEqual({
      id: first.id,
      userId: 'U1',
      assignmentId: explore.id,
      interviewId: interview.id,
      contactName: UNICODE_TEXT,
      heldAt: at(10),
      answers: [LONG_TEXT, UNICODE_TEXT],
      submittedAt: at(20),
      updatedAt: at(20),
    });
    const again = await assignments().reflect(me, explore.id, interview.id, ['Shorter', 'Now'], at(30));
    expect(again).toEqual({ ...first, answers: ['Shorter', 'Now'], updatedAt: at(30) });
    expect(await assignments().reflections(T1, fall.id)).toEqual([again]);
  });

  it('shows the cohort only its current members’ reflections, each student’s alone when asked', async () => {
    const fall = await fallWith('U1', 'U2');
    const explore = await created(fall.id, 'Explore');
    const mine = await contactWithInterview(database(), me, 'Dana Lee', at(10));
    const contacts = new KyselyContactRepository(database().db);
    const sam = await contacts.create(student('U2'), 'Sam Ortiz', 'interviewed', {}, at(0));
    const theirs = await contacts.addInterview(student('U2'), { contactId: sam.id, heldAt: at(12) }, at(13));
    await assignments().reflect(student('U2'), explore.id, theirs.id, ['B'], at(40));
    await assignments().reflect(me, explore.id, mine.interview.id, ['A'], at(30));
    expect((await assignments().reflections(T1, fall.id)).map((reflection) => [reflection.userId, reflection.contactName])).toEqual([
      ['U1', 'Dana Lee'],
      ['U2', 'Sam Ortiz'],
    ]);
    expect((await assignments().reflections(T1, fall.id, 'U2')).map((reflection) => reflection.answers)).toEqual([['B']]);
    await new KyselyCohortRepository(database().db).leave(T1, fall.id, 'U2');
    expect((await assignments().reflections(T1, fall.id)).map((reflection) => reflection.userId)).toEqual(['U1']);
    expect(await assignments().reflections(T2, fall.id)).toEqual([]);
  });

  it('refuses a reflection on another student’s interview, storing nothing, and drops one with its interview', async () => {
    const fall = await fallWith('U1', 'U2');
    const explore = await created(fall.id, 'Explore');
    const theirs = await contactWithInterview(database(), student('U2'), 'Private Person');
    await expect(assignments().reflect(me, explore.id, theirs.interview.id, ['Not mine'], at(5))).rejects.toThrow('not the student');
    await expect(assignments().reflect(student('U2', T2), explore.id, theirs.interview.id, ['Elsewhere'], at(5))).rejects.toThrow('not the student');
    expect(await database().db.selectFrom('reflections').select('id').execute()).toEqual([]);
    const mine = await contactWithInterview(database(), me, 'Dana Lee');
    await assignments().reflect(me, explore.id, mine.interview.id, ['Mine'], at(6));
    await new KyselyContactRepository(database().db).delete(me, mine.contact.id);
    expect(
      await database().db.selectFrom('reflections').select('id').where('user_id', '=', 'U1').where('interview_id', '=', mine.interview.id).execute(),
    ).toEqual([]);
  });
});
