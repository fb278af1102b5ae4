import { slackCommandNames } from '../../../adapters/slack/command-names.js';
import { SLACK_EVENTS_PATH, startSlack, type RunningSlack } from '../../../adapters/slack/slack-adapter.js';
import { COMMANDS } from '../../../commands/index.js';
import { createApp, type App } from '../../../src/app.js';
import type { SlackConfig } from '../../../src/config.js';
import { ManualClock } from '../../../src/core/clock.js';
import { DEFAULT_CADENCE } from '../../../src/domain/reminders/cadence-settings.js';
import { IN_MEMORY, type Database } from '../../../src/storage/database.js';
import { openSqliteDatabase } from '../../../src/storage/sqlite-database.js';
import { httpDriver, socketDriver, type SlackDriver } from '../../fakes/slack/drivers.js';
import {
  blockActionsPayload,
  eventCallback,
  imMessage,
  slashCommandFields,
  viewSubmissionPayload,
  type Container,
  type FakePerson,
  type SentView,
} from '../../fakes/slack/payloads.js';
import { SignedSender } from '../../fakes/slack/signed-requests.js';
import { SlackFake, type FakeUser } from '../../fakes/slack/slack-fake.js';
import { captureLogger } from '../../support/capture-logger.js';

export const BOT_TOKEN = 'xoxb-test-bot-token-0123456789';
export const APP_TOKEN = 'xapp-test-app-token-0123456789';
export const SIGNING_SECRET = 'test-signing-secret-0123456789';

/** Ana works from Paris, far from the deployment's default zone (Toronto) on purpose. */
export const ANA: FakeUser & FakePerson = { id: 'UANA', name: 'ana', realName: 'Ana Pereira', tz: 'Europe/Paris' };
/** Sam administers the workspace, so Rapport treats him as an advisor. */
export const SAM: FakeUser & FakePerson = { id: 'USAM', name: 'sam', tz: 'America/Toronto', isAdmin: true };
/** Lea is an advisor by the deployment's ADVISOR_IDS, not a workspace admin. */
export const LEA: FakeUser & FakePerson = { id: 'ULEA', name: 'lea', realName: 'Lea Martin', tz: 'America/Toronto' };
/** Gil's account was deactivated. */
export const GIL: FakeUser & FakePerson = { id: 'UGIL', name: 'gil', deleted: true };

/** A message as the app sent it: to a response_url, or with chat.postMessage. */
export type SentMessage = Record<string, unknown>;

/**
 * The real Bolt app, started by the real Slack adapter over one transport, against the Slack
 * fake, on an in-memory database with a manual clock: a test speaks as Slack would and reads
 * what the app sent back.
 */
export class SlackWorld {
  private constructor(
    readonly fake: SlackFake,
    readonly app: App,
    readonly clock: ManualClock,
    readonly database: Database,
    readonly running: RunningSlack,
    readonly driver: SlackDriver,
    readonly logs: () => Record<string, unknown>[],
  ) {}

  /** Starts everything over `transport`; stop it after the test. */
  static async start(transport: 'http' | 'socket-mode'): Promise<SlackWorld> {
    const fake = await SlackFake.start();
    fake.addUsers(ANA, SAM, LEA, GIL);
    const database = await openSqliteDatabase(IN_MEMORY);
    const clock = new ManualClock(new Date('2026-11-23T15:00:00Z'));
    const names = slackCommandNames(
      COMMANDS.map((command) => command.name),
      {},
    );
    const { logger, lines } = captureLogger();
    const app = createApp({ defaultTimezone: 'America/Toronto', cadence: DEFAULT_CADENCE, advisorIds: [LEA.id] }, database, clock, logger);
    const config: SlackConfig =
      transport === 'http'
        ? { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl, port: 0 }
        : { botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl, port: 0 };
    const running = await startSlack({ app, config, names, clock, logger, host: '127.0.0.1' });
    if (transport === 'socket-mode') await fake.waitForSocket();
    const driver =
      transport === 'http' ? httpDriver(new SignedSender(`http://127.0.0.1:${running.port ?? 0}${SLACK_EVENTS_PATH}`, SIGNING_SECRET)) : socketDriver(fake);
    return new SlackWorld(fake, app, clock, database, running, driver, lines);
  }

  /** Types a slash command (`/log add "Dana Lee"`) in a channel (by default the person's DM); resolves with its response_url. */
  async slash(user: FakePerson, line: string, channelId = `D${user.id}`): Promise<{ responseUrl: string; ack: unknown }> {
    const match = /^(\/\S+)\s*([\s\S]*)$/.exec(line);
    if (match === null) throw new Error(`Not a command: ${line}`);
    const responseUrl = this.fake.responseUrl();
    const ack = await this.driver.command(slashCommandFields(match[1] ?? '', match[2] ?? '', user, channelId, responseUrl));
    return { responseUrl, ack };
  }

  /** The first message posted to `responseUrl` whose text matches `pattern`. */
  reply(responseUrl: string, pattern: RegExp, timeoutMs = 3_000): Promise<SentMessage> {
    return this.fake.waitFor(
      () => this.fake.responsesTo(responseUrl).find((body) => pattern.test(textOf(body))),
      timeoutMs,
      `a reply matching ${String(pattern)}`,
    );
  }

  /** The first chat.postMessage to `channel` whose text matches `pattern`. */
  posted(channel: string, pattern: RegExp, timeoutMs = 3_000): Promise<SentMessage> {
    return this.fake.waitFor(
      () => this.fake.callsOf('chat.postMessage').find((call) => call.args.channel === channel && pattern.test(textOf(call.args)))?.args,
      timeoutMs,
      `a message in ${channel} matching ${String(pattern)}`,
    );
  }

  /** Presses the button (or picks `selected` in the menu) labelled `label` in a message. */
  press(user: FakePerson, message: SentMessage, label: string, container: Container, selected?: string): Promise<unknown> {
    const actionId = elementId(message, label);
    return this.driver.interaction(blockActionsPayload(user, selected === undefined ? { actionId } : { actionId, selected }, container));
  }

  /** The view of the latest views.open call (waiting for it when `after` calls were already there). */
  async openedView(after = 0): Promise<SentView> {
    const call = await this.fake.waitFor(() => this.fake.callsOf('views.open')[after], 3_000, 'a modal to open');
    return call.args.view as SentView;
  }

  /** Submits a modal with values by field name; resolves with the acknowledgement (response_action...). */
  submit(user: FakePerson, view: SentView, values: Readonly<Record<string, string>>): Promise<unknown> {
    return this.driver.interaction(viewSubmissionPayload(user, view, values));
  }

  /** Writes a plain message in the person's DM with Rapport. */
  dm(user: FakePerson, text: string, extra: Record<string, unknown> = {}, eventId?: string, retryNum?: number): Promise<void> {
    return this.driver.event(eventCallback(imMessage(user.id, text, extra), eventId), retryNum);
  }

  /** Stops the adapter, the fake and the database. */
  async stop(): Promise<void> {
    await this.running.stop();
    await this.fake.stop();
    await this.database.close();
  }
}

/** Every text of a message (its fallback and the texts inside its blocks), joined. */
export function textOf(message: unknown): string {
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(textOf).join('\n');
  if (typeof message !== 'object' || message === null) return '';
  return Object.entries(message)
    .filter(([key]) => key !== 'action_id' && key !== 'value')
    .map(([, value]) => textOf(value))
    .join('\n');
}

/** The action id of the button or menu labelled `label` in a message's blocks. */
export function elementId(message: SentMessage, label: string): string {
  const blocks = (message.blocks ?? []) as { type: string; elements?: { action_id?: string; text?: { text: string }; placeholder?: { text: string } }[] }[];
  const elements = blocks.filter((block) => block.type === 'actions').flatMap((block) => block.elements ?? []);
  const element = elements.find((candidate) => candidate.text?.text === label || candidate.placeholder?.text === label);
  if (element?.action_id === undefined)
    throw new Error(`No element "${label}"; there are: ${elements.map((candidate) => candidate.text?.text ?? candidate.placeholder?.text).join(', ')}`);
  return element.action_id;
}
