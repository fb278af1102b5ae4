/**
 * The outreach funnel: how many people a student asked, heard back from, talked with,
 * thanked, and was referred to.
 *
 * @module
 */
import type { StudentActivity } from './activity.js';

/** The funnel's five counts. */
export interface Funnel {
  /** Contacts asked for a conversation (a request logged, or any stage that implies one). */
  readonly requests: number;
  /** Contacts who answered: a conversation booked or held, a thank-you, or a polite no. */
  readonly replies: number;
  /** Interviews held. */
  readonly interviews: number;
  /** Contacts thanked. */
  readonly thankYous: number;
  /** Contacts someone referred the student to. */
  readonly referrals: number;
}

/** Stages a contact can only reach after being asked. */
const ASKED_STAGES: ReadonlySet<string> = new Set(['request-sent', 'scheduled', 'interviewed', 'thanked', 'keeping-in-touch', 'declined', 'no-response']);

/** Stages a contact can only reach after answering. */
const ANSWERED_STAGES: ReadonlySet<string> = new Set(['scheduled', 'interviewed', 'thanked', 'keeping-in-touch', 'declined']);

/** Stages that mean a thank-you was sent. */
const THANKED_STAGES: ReadonlySet<string> = new Set(['thanked', 'keeping-in-touch']);

/** The contacts that ever reached one of `stages` (by their history, or their current stage). */
function contactsReaching(activity: StudentActivity, stages: ReadonlySet<string>): number {
  const reached = new Set<string>();
  for (const event of activity.events) if (stages.has(event.stage)) reached.add(event.contactId);
  for (const contact of activity.contacts) if (stages.has(contact.stage)) reached.add(contact.id);
  return reached.size;
}

/** One student's funnel. */
export function studentFunnel(activity: StudentActivity): Funnel {
  return {
    requests: contactsReaching(activity, ASKED_STAGES),
    replies: contactsReaching(activity, ANSWERED_STAGES),
    interviews: activity.interviews.length,
    thankYous: contactsReaching(activity, THANKED_STAGES),
    referrals: activity.contacts.filter((contact) => contact.referred).length,
  };
}

/** The funnel with every count zero. */
const EMPTY_FUNNEL: Funnel = { requests: 0, replies: 0, interviews: 0, thankYous: 0, referrals: 0 };

/** Adds funnels together (a cohort's is the sum of its students'). */
export function addFunnels(funnels: readonly Funnel[]): Funnel {
  return funnels.reduce(
    (sum, funnel) => ({
      requests: sum.requests + funnel.requests,
      replies: sum.replies + funnel.replies,
      interviews: sum.interviews + funnel.interviews,
      thankYous: sum.thankYous + funnel.thankYous,
      referrals: sum.referrals + funnel.referrals,
    }),
    EMPTY_FUNNEL,
  );
}

/** The funnel as one line, e.g. "requests 4 → replies 3 → interviews 2 → thank-yous 2 → referrals 1". */
export function funnelLine(funnel: Funnel): string {
  return `requests ${funnel.requests} → replies ${funnel.replies} → interviews ${funnel.interviews} → thank-yous ${funnel.thankYous} → referrals ${funnel.referrals}`;
}
