/**
 * The words of the one private reminder a student who is behind on an assignment gets a few
 * days before it is due: gentle, about their own progress only, with the next small step.
 *
 * @module
 */

/** The reminder kind of an assignment reminder. */
export const ASSIGNMENT_NUDGE_KIND = 'assignment-nudge';

/** What an assignment reminder says. */
export interface AssignmentNudgeDetails {
  readonly title: string;
  readonly cohortName: string;
  /** The due day as the cohort reads it, e.g. "Monday, February 15". */
  readonly due: string;
  readonly interviews: number;
}

/** Commands as typed on the platform in use. */
export interface AssignmentNudgeCommands {
  readonly reflect: string;
  readonly progress: string;
}

/** The title and body of an assignment reminder. */
export function assignmentNudgeMessage(details: AssignmentNudgeDetails, commands: AssignmentNudgeCommands): { readonly title: string; readonly body: string } {
  const interviews = `${details.interviews} interview${details.interviews === 1 ? '' : 's'}`;
  return {
    title: `${details.title} is due ${details.due}`,
    body:
      `A friendly heads-up from ${details.cohortName}: "${details.title}" asks for ${interviews}, each with a short reflection, by ${details.due}. ` +
      `You still have a few days. One conversation this week, or a reflection on one you already held (${commands.reflect} and their name), moves it forward. ` +
      `See where you stand with ${commands.progress}. This reminder is only for you, and it is the only one you will get about this assignment.`,
  };
}

/** Reads an assignment reminder's stored details, with neutral words for anything missing. */
export function readAssignmentNudgeDetails(details: Readonly<Record<string, unknown>>): AssignmentNudgeDetails {
  const words = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() !== '' ? value : fallback);
  return {
    title: words(details.title, 'Your assignment'),
    cohortName: words(details.cohortName, 'your cohort'),
    due: words(details.due, 'soon'),
    interviews: typeof details.interviews === 'number' ? details.interviews : 1,
  };
}
