import type { CommandWriter } from '../../src/core/command-ref.js';
import type { types, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock } from '../../src/core/clock.js';
import type { Reply } from '../../src/core/reply.js';
import type { Services } from '../../src/core/services.js';
import type { UserProfile } from '../../src/domain/people/user-repository.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import { renderBlocks } from './slack.render.js';
import { KeyedSerial } from '../../src/core/keyed-serial.js';

/** A Home tab holds at most 100 blocks. @see https://docs.slack.dev/reference/views/home-tab-views */
const HOME_BLOCKS = 100;

function keyOf(recipient: Recipient): string {
  return `${recipient.tenant.workspaceId}:${recipient.userId}`;
}

/** The Home tab view of the student's home page (`commands/home/`). */
function homeView(page: Reply, commands: CommandWriter): types.HomeView {
  return { type: 'home', blocks: renderBlocks(page.blocks, commands).slice(0, HOME_BLOCKS) };
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
      /** Writes the student's home page (`App.homePage`), given their profile. */
      readonly page: (student: Recipient, profile: UserProfile | undefined, now: Date) => Promise<Reply>;
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
    const view = homeView(await this.deps.page(recipient, profile, now), this.deps.commands);
    await this.deps.client.views.publish({ user_id: recipient.userId, view });
  }
}
