import type { CommandContext } from '../../src/core/context.js';
import { ASSIGNMENT_NUDGE_KIND, type AssignmentNudgeDetails } from '../../src/domain/cohorts/assignment-nudge.js';
import { isComplete, reminderTime } from '../../src/domain/cohorts/assignment-progress.js';
import type { Assignment } from '../../src/domain/cohorts/assignment-repository.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import type { NewReminder, StoredReminder } from '../../src/domain/reminders/reminder-repository.js';
import { deliveryTime, timeOf } from '../shared/student-time.js';
import { cohortProgress, dueWords, studentStandings } from './assignment-standing.js';

/**
 * The one private reminder per student and assignment, kept in the durable reminders table under
 * a dedupe key, so it survives restarts and is never sent twice: scheduled for every member
 * still short of the assignment, a few days before it is due (outside the student's quiet
 * hours), and cancelled once they have done it or the assignment closes.
 *
 * @module
 */

/** The reminder of this student for this assignment: `schedule` adds it, or returns the one there is. */
function reminderOf(cohort: Cohort, assignment: Assignment, userId: string, dueAt: Date): NewReminder {
  const details: AssignmentNudgeDetails = {
    title: assignment.title,
    cohortName: cohort.name,
    due: dueWords(assignment, cohort.digest.zone),
    interviews: assignment.interviews,
  };
  return {
    tenant: cohort.tenant,
    userId,
    kind: ASSIGNMENT_NUDGE_KIND,
    title: `${assignment.title}: due soon`,
    details: { ...details },
    dueAt,
    dedupeKey: `${ASSIGNMENT_NUDGE_KIND}:${assignment.id}`,
  };
}

const isOpen = (reminder: StoredReminder) => reminder.status === 'pending' || reminder.status === 'claimed';

/**
 * Schedules (or moves, after an edit) the reminder of each of `userIds` who has not done the
 * assignment, a few days before it is due, or at once when that day is already past. One
 * already delivered stays delivered: each student gets at most one per assignment.
 */
export async function planAssignmentNudges(ctx: CommandContext, cohort: Cohort, assignment: Assignment, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0 || assignment.closedAt !== undefined) return;
  const { services } = ctx;
  const now = ctx.clock.now();
  const activities = await services.cohorts.activity.activityOf(cohort.tenant, userIds);
  const progress = await cohortProgress(services, cohort, assignment, activities, now);
  const profiles = await services.users.findMany(cohort.tenant, [...userIds]);
  const remindAt = new Date(Math.max(reminderTime(assignment.dueAt, cohort.digest.zone).getTime(), now.getTime()));
  for (const userId of userIds) {
    const standing = progress.get(userId);
    if (standing !== undefined && isComplete(standing)) continue;
    const recipient = { tenant: cohort.tenant, userId };
    const wanted = reminderOf(cohort, assignment, userId, deliveryTime(remindAt, timeOf(profiles.get(userId), services.settings.defaultTimezone)));
    const reminder = await services.reminders.schedule(wanted, now);
    if (isOpen(reminder)) {
      await services.reminders.retitle(recipient, reminder.id, wanted.title, wanted.details ?? {}, now);
      await services.reminders.reschedule(recipient, reminder.id, wanted.dueAt, now);
    } else if (reminder.status === 'cancelled') await services.reminders.restore(recipient, reminder.id, wanted.dueAt, now);
  }
}

/** Cancels the reminders of `userIds` about an assignment that are still to come (it closed, or they did it). */
export async function cancelAssignmentNudges(ctx: CommandContext, cohort: Cohort, assignment: Assignment, userIds: readonly string[]): Promise<void> {
  const now = ctx.clock.now();
  for (const userId of userIds) {
    const reminder = await ctx.services.reminders.schedule(reminderOf(cohort, assignment, userId, now), now);
    if (isOpen(reminder)) await ctx.services.reminders.close({ tenant: cohort.tenant, userId }, reminder.id, 'cancelled', now);
  }
}

/** After the student logged an interview or a reflection: the reminders about assignments they have now done are no longer needed (the last step may be either). */
export async function settleOwnAssignmentNudges(ctx: CommandContext): Promise<void> {
  for (const { cohort, standings } of await studentStandings(ctx.services, { tenant: ctx.actor.tenant, userId: ctx.actor.userId }, ctx.clock.now())) {
    for (const { assignment, progress } of standings) {
      if (isComplete(progress)) await cancelAssignmentNudges(ctx, cohort, assignment, [ctx.actor.userId]);
    }
  }
}
