/**
 * The words of an advisor's nudge to a student who has been quiet for a while: friendly,
 * signed with the advisor's name, and with one small step to take.
 *
 * @module
 */

/** The reminder kind of an advisor's nudge. */
export const ADVISOR_NUDGE_KIND = 'advisor-nudge';

/** What an advisor's nudge says. */
export interface AdvisorNudgeDetails {
  readonly advisorName: string;
  readonly cohortName: string;
  /** How many days of quiet the advisor asked about. */
  readonly days: number;
}

/** Commands as typed on the platform in use. */
export interface AdvisorNudgeCommands {
  /** Adding a contact (`/log add`). */
  readonly addContact: string;
  readonly practice: string;
  readonly progress: string;
}

/** The title and body of an advisor's nudge. */
export function advisorNudgeMessage(details: AdvisorNudgeDetails, commands: AdvisorNudgeCommands): { readonly title: string; readonly body: string } {
  return {
    title: `A note from ${details.advisorName}`,
    body:
      `Hi! ${details.advisorName}, your advisor in ${details.cohortName}, is checking in: it's been ${details.days} days or more since you last used Rapport. ` +
      `Small steps count. Add one person you would like to learn from with ${commands.addContact}, rehearse a first message with ${commands.practice}, ` +
      `or see where you stand with ${commands.progress}. If now is not a good time, that is okay too.`,
  };
}

/** Reads an advisor nudge's stored details, with neutral words for anything missing. */
export function readAdvisorNudgeDetails(details: Readonly<Record<string, unknown>>): AdvisorNudgeDetails {
  const words = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() !== '' ? value : fallback);
  return {
    advisorName: words(details.advisorName, 'Your advisor'),
    cohortName: words(details.cohortName, 'your cohort'),
    days: typeof details.days === 'number' ? details.days : 0,
  };
}
