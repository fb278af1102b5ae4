import { setTimeout as sleep } from 'node:timers/promises';
import type { App as BoltApp, BlockAction, ViewSubmitAction } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Dispatcher } from '../../src/core/dispatcher.js';
import type { Reply } from '../../src/core/reply.js';
import type { InboundDeliveryLedger } from '../../src/core/inbound-deliveries.js';
import { ACTION_ID_PATTERN, FORM_CALLBACK_PATTERN } from './action-id.js';
import type { SlackCommandNames } from './command-names.js';
import type { HomeTab } from './home-tab.js';
import { envelopeOf, fromAction, fromCommand, fromMessage, fromSubmission, slackTenant, type SlackRequest } from './slack-inbound.js';
import { inlineErrors, readOrigin, renderModal } from './modal.render.js';
import type { ReplySender, ReplyTarget } from './reply-sender.js';
import type { UserDirectory } from './user-directory.js';
import type PQueue from 'p-queue';
import { KeyedSerial } from '../../src/core/keyed-serial.js';

/** What the request handlers need. */
export interface SlackHandlerDeps {
  readonly dispatcher: Dispatcher;
  readonly names: SlackCommandNames;
  readonly people: UserDirectory;
  readonly sender: ReplySender;
  readonly home: HomeTab;
  /**
   * Where the work after each acknowledgement runs, a few at a time in the order it came, so a
   * burst cannot crowd the event loop and delay the next acknowledgements past Slack's 3 seconds.
   */
  readonly queue: PQueue;
  readonly logger: Logger;
  /** Rapport's own user id, whose messages it never answers. */
  readonly botUserId: string;
  /** Deliveries already taken, by any instance. */
  readonly deliveries: InboundDeliveryLedger;
}

/**
 * How long a modal submission may take before the modal is closed anyway: Slack wants the
 * answer within 3 seconds, and only that answer can keep the modal open with inline errors.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#acknowledgment_response
 */
const SUBMISSION_DEADLINE_MS = 2_500;

/**
 * Wires every kind of Slack request to the dispatcher. Each is acknowledged first (within
 * Slack's 3 seconds), then dispatched and answered in the work queue, and the student's Home
 * tab refreshed. A delivery seen before (an event's `event_id` or an interaction's `trigger_id`,
 * which a retry repeats, whether over HTTP with X-Slack-Retry-Num or over Socket Mode with
 * `retry_attempt`) is acknowledged and ignored, by whichever instance receives it: the record
 * of deliveries taken is in the database.
 */
export function registerHandlers(bolt: BoltApp, deps: SlackHandlerDeps): void {
  // When the record cannot be read, answering (a rare repeat) beats leaving the person unanswered.
  const firstDelivery = async (id: string | undefined): Promise<boolean> =>
    id === undefined ||
    deps.deliveries.firstSeen(`slack:${id}`, new Date()).catch((error: unknown) => {
      deps.logger.warn({ err: error, delivery: id }, 'could not check whether this Slack delivery was seen before; answering it');
      return true;
    });

  const answer = async (request: SlackRequest): Promise<Reply[]> => {
    const envelope = envelopeOf(request, await deps.people.lookup(request.userId, request.userName));
    const replies = await deps.dispatcher.dispatch(envelope);
    deps.home.refresh(envelope.actor);
    return replies;
  };
  const answerAndSend = (request: SlackRequest, target: Omit<ReplyTarget, 'userId'>): Promise<void> =>
    deps.queue.add(
      async () => {
        await deps.sender.send(await answer(request), { ...target, userId: request.userId });
      },
      { throwOnTimeout: true },
    );

  bolt.command(/^\/.+/, async ({ ack, body }) => {
    await ack();
    if (!(await firstDelivery(body.trigger_id))) return;
    const origin = { responseUrl: body.response_url, channelId: body.channel_id };
    await answerAndSend(fromCommand(body, deps.names), { responseUrl: body.response_url, triggerId: body.trigger_id, origin });
  });

  bolt.action<BlockAction>(ACTION_ID_PATTERN, async ({ ack, body }) => {
    await ack();
    const request = fromAction(body);
    if (request === undefined || !(await firstDelivery(body.trigger_id))) return;
    const responseUrl = body.container.type === 'message' ? body.response_url : undefined;
    const origin = { ...(responseUrl === undefined ? {} : { responseUrl }), ...(body.channel === undefined ? {} : { channelId: body.channel.id }) };
    await answerAndSend(request, { ...origin, triggerId: body.trigger_id, origin });
  });

  bolt.view<ViewSubmitAction>(FORM_CALLBACK_PATTERN, async ({ ack, body }) => {
    // Slack's three seconds run from the submission, so the deadline starts before the retry check.
    const deadline = sleep(SUBMISSION_DEADLINE_MS, undefined, { ref: false }).then(() => undefined);
    const request = fromSubmission(body);
    if (request === undefined || !(await firstDelivery(body.trigger_id))) {
      await ack();
      return;
    }
    const origin = readOrigin(body.view.private_metadata);
    const target = { ...origin, userId: request.userId, triggerId: body.trigger_id, origin };
    const work = deps.queue.add(() => answer(request), { throwOnTimeout: true });
    const replies = await Promise.race([work, deadline]);
    if (replies === undefined) {
      await ack();
      await deps.sender.send(await work, target);
      return;
    }
    const { errors, rest } = inlineErrors(Object.keys(body.view.state.values), replies, deps.sender.commands);
    const next = rest.find((reply) => reply.form !== undefined);
    if (errors !== undefined) await ack({ response_action: 'errors', errors });
    else if (next?.form !== undefined) await ack({ response_action: 'update', view: renderModal(next.form, next.blocks, origin, deps.sender.commands) });
    else await ack();
    await deps.sender.send(
      rest.filter((reply) => reply !== next),
      target,
    );
  });

  // A student's messages in their DM are answered in order on this instance: a rehearsal turn never overtakes the one before
  // it. With several instances Slack may send two of them to different ones, where this order does not hold.
  const conversations = new KeyedSerial();
  bolt.event('message', async ({ event, body }) => {
    const request = fromMessage(event, body.team_id, deps.botUserId);
    if (request === undefined || !(await firstDelivery(body.event_id))) return;
    const channelId = request.conversation.channelId;
    await conversations.run(channelId, () => answerAndSend(request, { channelId, origin: { channelId } }));
  });

  // Not checked against the ledger: a repeat only shows the same Home tab again.
  bolt.event('app_home_opened', ({ event, body }) => {
    if (event.tab === 'home') deps.home.opened({ tenant: slackTenant(body.team_id), userId: event.user });
    return Promise.resolve();
  });

  bolt.error((error) => {
    deps.logger.error({ err: error }, 'Slack request failed');
    return Promise.resolve();
  });
}
