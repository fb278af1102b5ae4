/**
 * Milestones worth celebrating in a weekly digest: interview counts crossed during the week and
 * a cohort goal met. Only good news: nothing here says who is behind.
 *
 * @module
 */
import type { StudentActivity } from './activity.js';
import { studentFunnel } from './funnel.js';
import { goalStatus, type CohortGoal } from './goal.js';

/** Interview counts worth a cheer. */
const INTERVIEW_MILESTONES = [1, 3, 5, 10, 15, 20, 30, 40, 50] as const;

/** A cohort's goal with the zone its date is in. */
export interface ZonedGoal {
  readonly goal: CohortGoal;
  readonly zone: string;
}

/**
 * The activity as it stood at `at`: only what happened before, and each contact in the stage
 * its last earlier event put it in.
 */
export function activityAsOf(activity: StudentActivity, at: Date): StudentActivity {
  const before = (when: Date) => when.getTime() < at.getTime();
  const events = activity.events.filter((event) => before(event.at));
  const lastStage = new Map(events.map((event) => [event.contactId, event.stage]));
  return {
    ...activity,
    contacts: activity.contacts.map((contact) => ({ ...contact, stage: lastStage.get(contact.id) ?? 'identified' })),
    events,
    interviews: activity.interviews.filter((interview) => before(interview.heldAt)),
    rehearsals: activity.rehearsals.filter((rehearsal) => before(rehearsal.finishedAt)),
  };
}

/** What the student reached between `since` and `now`, in words that follow their name. */
export function milestonesBetween(activity: StudentActivity, since: Date, now: Date, goal?: ZonedGoal): string[] {
  const earlier = activityAsOf(activity, since);
  const later = activityAsOf(activity, new Date(now.getTime() + 1));
  const milestones: string[] = [];
  const [before, after] = [earlier.interviews.length, later.interviews.length];
  const crossed = INTERVIEW_MILESTONES.filter((count) => count > before && count <= after);
  const top = crossed[crossed.length - 1];
  if (top !== undefined) milestones.push(top === 1 ? 'held their first informational interview' : `reached ${top} interviews`);
  if (goal !== undefined) {
    const counts = (snapshot: StudentActivity) => {
      const funnel = studentFunnel(snapshot);
      return { interviews: funnel.interviews, thankYous: funnel.thankYous, rehearsals: snapshot.rehearsals.length };
    };
    const metBefore = goalStatus(goal.goal, counts(earlier), since, goal.zone).state === 'met';
    const metNow = goalStatus(goal.goal, counts(later), now, goal.zone).state === 'met';
    if (metNow && !metBefore) milestones.push('met the cohort goal');
  }
  return milestones;
}
