/**
 * What a student's own interviews add up to: the themes that came up across their notes (each
 * counted once per interview, with the topics named most and a quote from the notes), the
 * referrals they have not contacted yet, and next steps drawn from the journal. Pure and
 * deterministic: the same journal gives the same insights, whatever order it is read in.
 *
 * @module
 */
import { organisationKey } from './organisations.js';
import { readNote, type NoteReading } from './read-note.js';
import { THEME_IDS, type ThemeId } from './themes.js';
import { quoteAt } from './note-quote.js';

/** A contact, as insights need it (the journal's contact fits). */
export interface InsightContact {
  readonly id: string;
  readonly name: string;
  readonly stage: string;
  readonly role?: string;
  readonly organization?: string;
  readonly referredBy?: string;
  readonly targetType?: string;
  readonly subject?: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What the student recorded after an interview: the journal stores it as it is (`Interview` in `contact-repository.ts`). */
export interface InterviewNotes {
  readonly id: string;
  readonly contactId: string;
  readonly heldAt: Date;
  readonly learned?: string;
  readonly advice?: string;
  readonly nextSteps?: string;
}

/** A topic and how many interviews named it. */
export interface TopicCount {
  readonly label: string;
  readonly count: number;
}

/** One theme across the student's interviews. */
export interface ThemeSummary {
  readonly theme: ThemeId;
  /** How many interviews' notes show the theme. */
  readonly count: number;
  /** The topics named most, at most {@link TOPICS_SHOWN}. */
  readonly topics: readonly TopicCount[];
  /** A short quote from the notes, and whose interview it comes from. */
  readonly quote: { readonly text: string; readonly contact: string };
}

/** Someone a contact suggested whom the student has not reached out to yet. */
export interface PendingReferral {
  readonly name: string;
  readonly suggestedBy: string | undefined;
}

/** What to plan questions for: the kind of target and which one. */
export interface PlanTarget {
  readonly target: 'occupation' | 'industry' | 'organization' | 'program';
  readonly subject: string;
}

/** A next step, with what its command needs. */
export type NextStep =
  | { readonly kind: 'thank'; readonly contact: string }
  | { readonly kind: 'thank-others'; readonly count: number }
  | { readonly kind: 'contact-referral'; readonly contact: string; readonly suggestedBy: string | undefined }
  | { readonly kind: 'ask-about'; readonly theme: ThemeId; readonly topic: string; readonly count: number; readonly plan: PlanTarget | undefined }
  | { readonly kind: 'plan-interview'; readonly interviews: number; readonly plan: PlanTarget | undefined };

/** Everything `/log insights` shows. */
export interface JournalInsights {
  readonly interviews: number;
  readonly themes: readonly ThemeSummary[];
  readonly pendingReferrals: readonly PendingReferral[];
  readonly steps: readonly NextStep[];
}

/** Topics shown per theme: enough to be specific, few enough to read at a glance with 30 interviews. */
export const TOPICS_SHOWN = 3;
/** Below this many interviews, a next step is to plan another. */
export const ENOUGH_INTERVIEWS = 3;
/** How many people must mention a topic before it is worth asking the next contact about. */
export const RECURRING = 2;
/** Thank-you steps shown at once; the rest wait for the next look. */
const THANKS_SHOWN = 2;

const TARGETS: readonly PlanTarget['target'][] = ['occupation', 'industry', 'organization', 'program'];

/** A read interview: the notes, what they say, and whose they are. */
interface ReadInterview {
  readonly interview: InterviewNotes;
  readonly notes: string;
  readonly reading: NoteReading;
  readonly contact: string;
}

/** The insights of one student's journal. */
export function journalInsights(contacts: readonly InsightContact[], interviews: readonly InterviewNotes[]): JournalInsights {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const known = {
    organisations: [...new Set(contacts.flatMap((contact) => (contact.organization === undefined ? [] : [contact.organization])))].sort(),
    people: contacts.map((contact) => contact.name),
  };
  const read: ReadInterview[] = [...interviews].sort(oldestFirst).map((interview) => {
    const notes = [interview.learned, interview.advice, interview.nextSteps]
      .filter((part): part is string => part !== undefined && part.trim() !== '')
      .join('\n');
    return { interview, notes, reading: readNote(notes, known), contact: byId.get(interview.contactId)?.name ?? '' };
  });
  const themes = THEME_IDS.map((theme) => summarise(theme, read)).filter((summary) => summary !== undefined);
  themes.sort((a, b) => b.count - a.count || THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme));
  const pendingReferrals = contacts
    .filter((contact) => contact.referredBy !== undefined && contact.stage === 'identified')
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name))
    .map((contact) => ({ name: contact.name, suggestedBy: byId.get(contact.referredBy ?? '')?.name }));
  return { interviews: read.length, themes, pendingReferrals, steps: nextSteps(contacts, read, themes, pendingReferrals) };
}

function oldestFirst(a: InterviewNotes, b: InterviewNotes): number {
  return a.heldAt.getTime() - b.heldAt.getTime() || a.id.localeCompare(b.id);
}

/** One theme over every interview, or undefined when no note shows it. */
function summarise(theme: ThemeId, read: readonly ReadInterview[]): ThemeSummary | undefined {
  const showing = read.flatMap((entry) => {
    const found = entry.reading.themes.find((candidate) => candidate.theme === theme);
    return found === undefined ? [] : [{ entry, found }];
  });
  if (showing.length === 0) return undefined;
  const counts = new Map<string, { label: string; count: number; first: number }>();
  showing.forEach(({ found }, order) => {
    for (const label of found.topics) {
      const key = theme === 'organisations' ? organisationKey(label) : label;
      const counted = counts.get(key) ?? { label, count: 0, first: order };
      counts.set(key, { ...counted, count: counted.count + 1 });
    }
  });
  const topics = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first).slice(0, TOPICS_SHOWN);
  // The quote comes from the latest interview naming the top topic: what the student heard most recently about what came up most.
  const top = topics[0]?.label;
  const quoted =
    showing.findLast(
      ({ found }) =>
        top === undefined || found.topics.some((label) => label === top || (theme === 'organisations' && organisationKey(label) === organisationKey(top))),
    ) ?? showing[showing.length - 1];
  const at =
    theme === 'organisations'
      ? (quoted?.entry.reading.organisations.find((organisation) => organisationKey(organisation.name) === organisationKey(top ?? ''))?.index ??
        quoted?.found.at)
      : quoted?.found.at;
  return {
    theme,
    count: showing.length,
    topics: topics.map(({ label, count }) => ({ label, count })),
    quote: { text: quoted === undefined ? '' : quoteAt(quoted.entry.notes, at ?? 0), contact: quoted?.entry.contact ?? '' },
  };
}

/** Next steps, most pressing first: thank, follow a referral, ask about what recurs, plan more interviews. */
function nextSteps(
  contacts: readonly InsightContact[],
  read: readonly ReadInterview[],
  themes: readonly ThemeSummary[],
  referrals: readonly PendingReferral[],
): NextStep[] {
  const lastInterview = new Map(read.map((entry) => [entry.interview.contactId, entry.interview.heldAt.getTime()]));
  const unthanked = contacts
    .filter((contact) => contact.stage === 'interviewed')
    .sort((a, b) => (lastInterview.get(b.id) ?? 0) - (lastInterview.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const steps: NextStep[] = unthanked.slice(0, THANKS_SHOWN).map((contact) => ({ kind: 'thank', contact: contact.name }));
  if (unthanked.length > THANKS_SHOWN) steps.push({ kind: 'thank-others', count: unthanked.length - THANKS_SHOWN });
  const referral = referrals[0];
  if (referral !== undefined) steps.push({ kind: 'contact-referral', contact: referral.name, suggestedBy: referral.suggestedBy });
  const plan = planTarget(contacts);
  const recurring = themes
    .flatMap((summary) => summary.topics.map((topic) => ({ theme: summary.theme, ...topic })))
    .filter((topic) => topic.count >= RECURRING)
    .sort((a, b) => b.count - a.count || THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme))[0];
  if (recurring !== undefined) {
    const askPlan = recurring.theme === 'organisations' ? { target: 'organization' as const, subject: recurring.label } : plan;
    steps.push({ kind: 'ask-about', theme: recurring.theme, topic: recurring.label, count: recurring.count, plan: askPlan });
  }
  if (read.length < ENOUGH_INTERVIEWS) steps.push({ kind: 'plan-interview', interviews: read.length, plan });
  return steps;
}

/** What the student is exploring: the subject most of their contacts share (the latest on a tie), else the latest interviewee's role. */
function planTarget(contacts: readonly InsightContact[]): PlanTarget | undefined {
  const latestFirst = [...contacts].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.name.localeCompare(b.name));
  const tally = new Map<string, { plan: PlanTarget; count: number }>();
  for (const contact of latestFirst) {
    if (contact.subject === undefined) continue;
    const target = TARGETS.find((candidate) => candidate === contact.targetType) ?? 'occupation';
    const key = `${target}:${contact.subject.toLowerCase()}`;
    const counted = tally.get(key) ?? { plan: { target, subject: contact.subject }, count: 0 };
    tally.set(key, { ...counted, count: counted.count + 1 });
  }
  const best = [...tally.values()].reduce<{ plan: PlanTarget; count: number } | undefined>(
    (chosen, next) => (chosen === undefined || next.count > chosen.count ? next : chosen),
    undefined,
  );
  if (best !== undefined) return best.plan;
  const role = latestFirst.find((contact) => contact.role !== undefined && contact.stage !== 'identified')?.role;
  return role === undefined ? undefined : { target: 'occupation', subject: role };
}
