import { commandRef, type CommandWriter } from '../../src/core/command-ref.js';
import type { types, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock } from '../../src/core/clock.js';
import { actionRef, actions, bullets, button, context, divider, heading, text } from '../../src/core/reply-builders.js';
import type { Block } from '../../src/core/reply.js';
import type { Services } from '../../src/core/services.js';
import { timeToken } from '../../src/core/time-token.js';
import { CONTACT_STAGES, STAGE_LABELS } from '../../src/domain/journal/stages.js';
import { SCENARIO_TITLES } from '../../src/domain/practice/catalogue.js';
import { formatLocal } from '../../src/domain/reminders/local-time.js';
import { DEFAULT_QUIET_HOURS, nextAllowedTime, type QuietHours } from '../../src/domain/reminders/quiet-hours.js';
import type { Contact } from '../../src/domain/journal/contact-repository.js';
import type { RehearsalScore } from '../../src/domain/practice/rehearsal-repository.js';
import type { Recipient, StoredReminder } from '../../src/domain/reminders/reminder-repository.js';
import { zoneOf } from '../../src/domain/people/person-zone.js';
import { renderBlocks } from './slack.render.js';
import { KeyedSerial } from '../../src/core/keyed-serial.js';
import { userText } from '../../src/core/user-text.js';

/** What the Home tab shows a student. */
export interface HomeSnapshot {
  readonly contacts: readonly Contact[];
  readonly upcoming: readonly StoredReminder[];
  /** Finished rehearsals' scores, oldest first. */
  readonly scores: readonly RehearsalScore[];
  /** The zone times are written in where Slack cannot show them in the reader's own. */
  readonly zone: string;
  /** The student's quiet hours: a nudge due inside them arrives when they end, and is shown then. */
  readonly quiet: QuietHours;
  /** The student's open assignments and progress, when a cohort of theirs has one. */
  readonly assignments?: readonly Block[];
}

const UPCOMING_SHOWN = 5;
const SCORES_SHOWN = 3;
const CONTACTS_SHOWN_PER_STAGE = 10;
/** A Home tab holds at most 100 blocks. @see https://docs.slack.dev/reference/views/home-tab-views */
const HOME_BLOCKS = 100;

/**
 * The Home tab's content: the student's pipeline (contacts by stage), their next nudges, their
 * latest practice scores, and buttons for what they do most.
 */
export function homeBlocks(home: HomeSnapshot, now: Date): Block[] {
  const blocks: Block[] = [heading('Your informational interviews')];
  const stages = CONTACT_STAGES.map((stage) => ({ stage, contacts: home.contacts.filter((contact) => contact.stage === stage) })).filter(
    (group) => group.contacts.length > 0,
  );
  blocks.push(text('*Your pipeline*'));
  if (stages.length === 0)
    blocks.push(text(`No contacts yet. Add someone you would like to learn from, or type \`${commandRef('log', 'add', { contact: 'Dana Lee' })}\`.`));
  else blocks.push(bullets(stages.map(({ stage, contacts }) => `*${STAGE_LABELS[stage]}* (${contacts.length}): ${names(contacts)}`)));
  if (home.assignments !== undefined && home.assignments.length > 0) blocks.push(divider, ...home.assignments);
  blocks.push(divider, text('*Upcoming nudges*'));
  if (home.upcoming.length === 0) blocks.push(text('Nothing scheduled.'));
  else blocks.push(bullets(home.upcoming.map((reminder) => `${userText(reminder.title)}: ${arrival(reminder, home, now)}`)));
  blocks.push(divider, text('*Latest practice scores*'));
  const latest = home.scores.slice(-SCORES_SHOWN).reverse();
  if (latest.length === 0) blocks.push(text(`No rehearsals yet. Try one before the real thing.`));
  else blocks.push(bullets(latest.map((score) => `${SCENARIO_TITLES[score.scenario]}: ${score.score}/100`)));
  blocks.push(
    divider,
    actions(
      button('Add a contact', actionRef('log', 'add-form'), 'primary'),
      button('Rehearse', actionRef('practice', 'menu')),
      button('My saved plans', actionRef('questions', 'mine')),
    ),
    context(`${commandRef('help')} lists every command. Your notes are visible only to you.`),
  );
  return blocks;
}

/** When a nudge will really arrive (after the student's quiet hours, as /remind list shows it), as a time token. */
function arrival(reminder: StoredReminder, home: HomeSnapshot, now: Date): string {
  const arrives = nextAllowedTime(reminder.dueAt, home.zone, home.quiet);
  return timeToken(arrives, formatLocal(arrives, home.zone, now));
}

function names(contacts: readonly Contact[]): string {
  const shown = contacts.slice(0, CONTACTS_SHOWN_PER_STAGE).map((contact) => userText(contact.name));
  return contacts.length > shown.length ? `${shown.join(', ')} and ${contacts.length - shown.length} more` : shown.join(', ');
}

function keyOf(recipient: Recipient): string {
  return `${recipient.tenant.workspaceId}:${recipient.userId}`;
}

/** The Home tab view of a snapshot. */
function homeView(home: HomeSnapshot, now: Date, commands: CommandWriter): types.HomeView {
  return { type: 'home', blocks: renderBlocks(homeBlocks(home, now), commands).slice(0, HOME_BLOCKS) };
}

/** How long after a student's last action their Home tab is published: a burst of commands costs one publish. */
const HOME_REFRESH_DELAY_MS = 1_000;

/** How long a student who opened their Home tab counts as someone who looks at it. */
const VIEWER_TTL_MS = 24 * 60 * 60_000;

/** Why a Home tab is published: the student opened it, or something changed for them. */
type Occasion = 'opened' | 'changed';

/**
 * Keeps each student's Home tab current: publishes it (views.publish) at once when they open
 * it, and shortly after anything they do (once for a burst). Slack says each time a student
 * opens the tab (app_home_opened), so only those who opened it lately get it refreshed after
 * their actions; for anyone else the next opening publishes it fresh. When they last opened it
 * is kept in the database, so whichever instance handles their next command knows. Publishes
 * for one student never overlap, so the last one shows the latest state.
 * @see https://docs.slack.dev/surfaces/app-home
 * @see https://docs.slack.dev/reference/methods/views.publish
 */
export class HomeTab {
  private readonly scheduled = new Map<string, { readonly timer: NodeJS.Timeout; readonly recipient: Recipient }>();
  private readonly publishing = new KeyedSerial();

  constructor(
    private readonly deps: {
      readonly client: webApi.WebClient;
      readonly services: Services;
      readonly clock: Clock;
      readonly logger: Logger;
      /** Writes the commands the tab names, with Slack's command names. */
      readonly commands: CommandWriter;
      /** Where the publishing work runs (the adapter's work queue). */
      readonly run: (task: () => Promise<void>) => Promise<void>;
      /** The student's assignments section (`App.assignmentsOf`), if the tab shows one. */
      readonly assignments?: (student: Recipient, now: Date) => Promise<Block[]>;
    },
  ) {}

  /** The student opened their Home tab: publishes it now; never throws. */
  opened(recipient: Recipient): void {
    this.start(keyOf(recipient), recipient, 'opened');
  }

  /** Something changed for the student: publishes their Home tab shortly, if they look at it; never throws. */
  refresh(recipient: Recipient): void {
    const key = keyOf(recipient);
    if (this.scheduled.has(key)) return;
    const timer = setTimeout(() => {
      this.start(key, recipient, 'changed');
    }, HOME_REFRESH_DELAY_MS);
    this.scheduled.set(key, { timer, recipient });
  }

  /** Publishes every refresh asked for now, and waits for them (before the database closes). */
  async drain(): Promise<void> {
    for (const [key, { timer, recipient }] of this.scheduled) {
      clearTimeout(timer);
      this.start(key, recipient, 'changed');
    }
    await this.publishing.idle();
  }

  private start(key: string, recipient: Recipient, occasion: Occasion): void {
    clearTimeout(this.scheduled.get(key)?.timer);
    this.scheduled.delete(key);
    void this.publishing
      .run(key, () => this.deps.run(() => this.publish(recipient, occasion)))
      .catch((error: unknown) => {
        this.deps.logger.warn({ err: error, user: recipient.userId }, 'could not publish the Home tab');
      });
  }

  private async publish(recipient: Recipient, occasion: Occasion): Promise<void> {
    const { services, clock } = this.deps;
    const now = clock.now();
    if (occasion === 'opened') await services.users.markHomeOpened(recipient.tenant, recipient.userId, now);
    const profile = await services.users.find(recipient.tenant, recipient.userId);
    const lookedLately = profile?.homeOpenedAt !== undefined && now.getTime() - profile.homeOpenedAt.getTime() < VIEWER_TTL_MS;
    if (occasion === 'changed' && !lookedLately) return;
    const [contacts, upcoming, scores, assignments] = await Promise.all([
      services.contacts.list(recipient),
      services.reminders.upcoming(recipient, UPCOMING_SHOWN),
      services.rehearsals.scores(recipient),
      this.deps.assignments?.(recipient, now) ?? [],
    ]);
    const view = homeView(
      { contacts, upcoming, scores, assignments, zone: zoneOf(profile, services.settings.defaultTimezone), quiet: profile?.quietHours ?? DEFAULT_QUIET_HOURS },
      now,
      this.deps.commands,
    );
    await this.deps.client.views.publish({ user_id: recipient.userId, view });
  }
}
