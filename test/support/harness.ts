import { CONSOLE_COMMANDS } from './command-writers.js';
import { typedCommands } from '../../src/core/typed-invocation.js';
import { writeCommandsIn, type CommandWriter } from '../../src/core/command-ref.js';
import { renderReply } from '../../adapters/console/console.render.js';
import { COMMANDS } from '../../commands/index.js';
import { ManualClock } from '../../src/core/clock.js';
import type { Command } from '../../src/core/command.js';
import { Dispatcher } from '../../src/core/dispatcher.js';
import type { Actor, Conversation, Platform, Role, Tenant } from '../../src/core/identity.js';
import type { Inbound } from '../../src/core/inbound.js';
import { createRegistry } from '../../src/core/registry.js';
import type { Button, Form, Reply, Select } from '../../src/core/reply.js';
import type { Services } from '../../src/core/services.js';
import { DEFAULT_CADENCE } from '../../src/domain/reminders/cadence-settings.js';
import { silentLogger } from '../../src/logger.js';
import { createServices } from '../../src/app/create-services.js';
import type { Database } from '../../src/storage/database.js';
import type { UserRepository } from '../../src/domain/people/user-repository.js';
import { openTestDatabase } from './test-database.js';
import type { ReminderScheduler } from '../../src/scheduler/reminder-scheduler.js';
import type { DigestRunner } from '../../src/scheduler/digest-runner.js';
import { createDigestService } from '../../src/app/digest-service.js';
import { createNudgeService } from '../../src/app/nudge-service.js';
import { RetentionRunner } from '../../src/scheduler/retention-runner.js';
import { passTime } from '../../src/scheduler/simulated-time.js';
import { RecordingChannel } from './recording-channel.js';
import { captureLogger } from './capture-logger.js';
import { RecordingMessenger } from './recording-messenger.js';
import { unmarked } from '../../src/core/user-text.js';

/** The tenant tests speak in unless they say otherwise. */
export const TEST_TENANT: Tenant = { platform: 'console', workspaceId: 'test' };

/** What a harness is built from; everything has a sensible default. */
export interface HarnessOptions {
  readonly commands?: readonly Command[];
  readonly start?: Date;
  /** The deployment's default zone (default America/Toronto, far from UTC on purpose). */
  readonly timezone?: string;
  /** Advisors in every workspace, as ADVISOR_IDS names them. */
  readonly advisorIds?: readonly string[];
  /** Services to use instead of the real ones, e.g. a fake source of advisor questions. */
  readonly services?: Partial<Services>;
  /** How the replies' text writes the commands it names (default: as typed on the console); see test/support/command-writers.ts. */
  readonly commandWriter?: CommandWriter;
  /** Whether Rapport asks each person for their time zone in their first direct conversation (default: no, so replies are only what a test sent for). */
  readonly asksTimezone?: boolean;
  /** RETENTION_DAYS (default: unset, data is kept). */
  readonly retentionDays?: number;
}

/**
 * The real dispatcher over a fresh database (in-memory SQLite, or a schema of its own on the
 * PostgreSQL run) with the real migrations and a manual
 * clock. A test speaks as any user in any channel, presses buttons, submits forms and reads replies.
 */
export class Harness {
  /** Every direct message the scheduler delivered. */
  readonly inbox = new RecordingMessenger();
  /** The real reminder scheduler, delivering to {@link inbox}. */
  readonly scheduler: ReminderScheduler;
  /** Every channel post (weekly digests) the digest runner made. */
  readonly channels = new RecordingChannel();
  /** The real digest runner, posting to {@link channels}. */
  readonly digests: DigestRunner;
  /** The real retention job, with the harness's policy. */
  readonly retention: RetentionRunner;

  private constructor(
    readonly dispatcher: Dispatcher,
    readonly clock: ManualClock,
    readonly database: Database,
    readonly services: Services,
    readonly logs: () => Record<string, unknown>[],
    /** Writes the commands replies name, in {@link Replies.text}. */
    readonly commands: CommandWriter,
  ) {
    this.scheduler = createNudgeService({ services, clock, logger: silentLogger(), messengers: new Map([['console', this.inbox]]) });
    this.digests = createDigestService({ services, clock, logger: silentLogger(), channels: new Map([['console', this.channels]]) });
    this.retention = this.newRetentionRunner();
  }

  /** A retention job over the same database, as a process started afresh would build it. */
  newRetentionRunner(store = this.services.retention): RetentionRunner {
    const days = this.services.settings.retentionDays;
    return new RetentionRunner({
      store,
      reminders: this.services.reminders,
      clock: this.clock,
      logger: silentLogger(),
      ...(days === undefined ? {} : { retentionDays: days }),
      batchSize: 2,
    });
  }

  /** Lets time pass up to `target`, delivering nudges and posting digests when each falls due, as the console's `/clock` does. */
  passTime(target: Date): Promise<void> {
    return passTime(target, this.clock, [this.scheduler, this.digests, this.retention]);
  }

  /** Moves time forward and delivers whatever became due, as the console's `/clock` does. */
  async advance(milliseconds: number): Promise<void> {
    this.clock.advance(milliseconds);
    await this.scheduler.runDue();
  }

  /** The direct messages delivered to one person, readable like replies. */
  dms(userId: string): Replies[] {
    return this.inbox.to(userId).map((delivery) => new Replies(delivery.replies, this.commands));
  }

  /** Builds a harness; close it after the test. */
  static async create(options: HarnessOptions = {}): Promise<Harness> {
    const database = await openTestDatabase();
    const clock = new ManualClock(options.start ?? new Date('2026-11-23T14:00:00Z'));
    const { logger, lines } = captureLogger();
    const created = createServices(database, {
      defaultTimezone: options.timezone ?? 'America/Toronto',
      cadence: DEFAULT_CADENCE,
      advisorIds: options.advisorIds ?? [],
      ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
    });
    const users = options.asksTimezone === true ? created.users : withoutTimezoneQuestion(created.users);
    const services: Services = { ...created, users, ...options.services };
    const registry = createRegistry(options.commands ?? COMMANDS);
    const dispatcher = new Dispatcher({ registry, services, clock, logger });
    return new Harness(dispatcher, clock, database, services, lines, options.commandWriter ?? typedCommands(registry));
  }

  /** A person to speak as (in their DM with Rapport until moved with `in`). */
  as(userId: string, roles: readonly Role[] = ['member']): Speaker {
    return new Speaker(this, { tenant: TEST_TENANT, userId, displayName: userId, roles }, { tenant: TEST_TENANT, channelId: `dm:${userId}`, isDirect: true });
  }

  /** Closes the database. */
  close(): Promise<void> {
    return this.database.close();
  }
}

/** The same users, as if everyone had been asked for their time zone already. */
function withoutTimezoneQuestion(users: UserRepository): UserRepository {
  return Object.assign(Object.create(users) as UserRepository, { claimTimezoneQuestion: () => Promise.resolve(false) });
}

/** One person speaking somewhere. */
export class Speaker {
  constructor(
    private readonly harness: Harness,
    readonly actor: Actor,
    readonly conversation: Conversation,
  ) {}

  /** The same person on another platform (its workspace `test`), in their DM with Rapport there. */
  on(platform: Platform): Speaker {
    const tenant = { platform, workspaceId: TEST_TENANT.workspaceId };
    return new Speaker(this.harness, { ...this.actor, tenant }, { tenant, channelId: `dm:${this.actor.userId}`, isDirect: true });
  }

  /** The same person in a channel. */
  in(channelId: string): Speaker {
    return new Speaker(this.harness, this.actor, { tenant: this.actor.tenant, channelId, isDirect: false });
  }

  /** Sends `/command text` as typed. */
  send(line: string): Promise<Replies> {
    const match = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
    if (match === null) return this.dispatch({ kind: 'message', text: line });
    return this.dispatch({ kind: 'command', command: match[1] ?? '', text: match[2] ?? '' });
  }

  /** Presses the button with this label among the replies. */
  press(replies: Replies, label: string): Promise<Replies> {
    return this.dispatch({ kind: 'action', action: replies.button(label).action });
  }

  /** Picks a value in the select menu with this placeholder. */
  choose(replies: Replies, placeholder: string, value: string): Promise<Replies> {
    return this.dispatch({ kind: 'action', action: replies.select(placeholder).action, selected: value });
  }

  /** Submits the form the replies opened. */
  submit(replies: Replies, values: Record<string, string>): Promise<Replies> {
    return this.dispatch({ kind: 'action', action: replies.form().submit, values });
  }

  /** Dispatches any inbound event. */
  async dispatch(inbound: Inbound): Promise<Replies> {
    return new Replies(await this.harness.dispatcher.dispatch({ actor: this.actor, conversation: this.conversation, inbound }), this.harness.commands);
  }
}

/** The replies to one event, with ways to read them as a person would. */
export class Replies {
  constructor(
    readonly list: readonly Reply[],
    private readonly commands: CommandWriter = CONSOLE_COMMANDS,
  ) {}

  /** Everything, rendered as plain console text, with commands as the harness writes them. */
  get text(): string {
    return this.list.map((reply) => renderReply(reply, 1, { ansi: false, commands: this.commands }).text).join('\n\n');
  }

  /** The button with this label; throws listing the labels there are. */
  button(label: string): Button {
    const found = this.elements().find((element): element is Button => element.type === 'button' && unmarked(element.label) === label);
    if (found === undefined)
      throw new Error(
        `No button "${label}"; there are: ${this.elements()
          .map((element) => (element.type === 'button' ? element.label : element.placeholder))
          .join(', ')}`,
      );
    return found;
  }

  /** The select menu with this placeholder. */
  select(placeholder: string): Select {
    const found = this.elements().find((element): element is Select => element.type === 'select' && element.placeholder === placeholder);
    if (found === undefined) throw new Error(`No select menu "${placeholder}".`);
    return found;
  }

  /** The form these replies open; throws when there is none. */
  form(): Form {
    const form = this.list.find((reply) => reply.form !== undefined)?.form;
    if (form === undefined) throw new Error('These replies open no form.');
    return form;
  }

  /** The buttons and menus, their labels with commands as the harness writes them. */
  private elements(): (Button | Select)[] {
    return writeCommandsIn(this.list, this.commands).flatMap((reply) => reply.blocks.flatMap((block) => (block.type === 'actions' ? [...block.elements] : [])));
  }
}
