import type { BlockAction, SlashCommand, ViewSubmitAction } from '@slack/bolt';
import type { Actor, Conversation, Tenant } from '../../src/core/identity.js';
import type { Envelope, Inbound } from '../../src/core/inbound.js';
import { typedMention } from '../../src/core/mention-token.js';
import { refOfActionId, refOfCallbackId } from './action-id.js';
import type { SlackCommandNames } from './command-names.js';
import { readOrigin, submittedValues } from './modal.render.js';
import type { SlackPerson } from './user-directory.js';

/** Something a person did on Slack, translated, before Slack was asked who they are. */
export interface SlackRequest {
  readonly teamId: string;
  readonly userId: string;
  /** The name the payload gives, used when users.info cannot be asked. */
  readonly userName: string;
  readonly conversation: Conversation;
  readonly inbound: Inbound;
}

/** The conversation of actions that come from no channel: the App Home tab and modals. */
const APP_HOME_CHANNEL = 'app_home';

/** The Slack workspace as a Rapport tenant. */
export function slackTenant(teamId: string): Tenant {
  return { platform: 'slack', workspaceId: teamId };
}

/** The envelope the dispatcher takes: the request with the person as Slack describes them. */
export function envelopeOf(request: SlackRequest, person: SlackPerson): Envelope {
  const actor: Actor = {
    tenant: slackTenant(request.teamId),
    userId: request.userId,
    displayName: person.displayName,
    roles: person.roles,
    ...(person.timezone === undefined ? {} : { timezone: person.timezone }),
  };
  return { actor, conversation: request.conversation, inbound: request.inbound };
}

/**
 * A slash command: `/nudge list` is the `remind` command with the text `list`. A command that is
 * not Rapport's keeps its own name, so the dispatcher can say so.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands#app_command_handling
 */
export function fromCommand(body: SlashCommand, names: SlackCommandNames): SlackRequest {
  return {
    teamId: body.team_id,
    userId: body.user_id,
    userName: body.user_name,
    conversation: conversationOf(body.team_id, body.channel_id),
    inbound: { kind: 'command', command: names.commandOf(body.command) ?? body.command.replace(/^\//, ''), text: commandText(body.text) },
  };
}

/**
 * A button press or a menu choice on one of Rapport's elements; undefined for anything else.
 * @see https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 */
export function fromAction(body: BlockAction): SlackRequest | undefined {
  const element = body.actions[0];
  const ref = element === undefined ? undefined : refOfActionId(element.action_id);
  const teamId = body.team?.id ?? body.user.team_id;
  if (element === undefined || ref === undefined || teamId === undefined) return undefined;
  const selected = element.type === 'static_select' && 'selected_option' in element ? element.selected_option.value : undefined;
  return {
    teamId,
    userId: body.user.id,
    userName: body.user.username,
    conversation: conversationOf(teamId, body.channel?.id ?? APP_HOME_CHANNEL),
    inbound: selected === undefined ? { kind: 'action', action: ref } : { kind: 'action', action: ref, selected },
  };
}

/**
 * A submitted Rapport modal, with its values by field name; undefined for anything else.
 * @see https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#view_submission
 */
export function fromSubmission(body: ViewSubmitAction): SlackRequest | undefined {
  const ref = refOfCallbackId(body.view.callback_id);
  const teamId = body.team?.id ?? body.user.team_id;
  if (ref === undefined || teamId === undefined) return undefined;
  return {
    teamId,
    userId: body.user.id,
    userName: body.user.name,
    conversation: conversationOf(teamId, readOrigin(body.view.private_metadata).channelId ?? APP_HOME_CHANNEL),
    inbound: { kind: 'action', action: ref, values: submittedValues(body.view.state.values) },
  };
}

/** The parts of a `message` event Rapport reads. */
export interface MessageEvent {
  readonly channel_type?: string;
  readonly subtype?: string;
  readonly bot_id?: string;
  readonly user?: string;
  readonly text?: string;
  readonly channel?: string;
}

/**
 * A student's plain message in their DM with Rapport (`message.im`); undefined for what Rapport
 * must not answer: its own messages, other bots, edits and deletions (any subtype), and channels.
 * @see https://docs.slack.dev/reference/events/message.im
 */
export function fromMessage(event: MessageEvent, teamId: string, botUserId: string): SlackRequest | undefined {
  const { user, text, channel } = event;
  if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id !== undefined) return undefined;
  if (user === undefined || user === botUserId || text === undefined || channel === undefined || text.trim() === '') return undefined;
  return {
    teamId,
    userId: user,
    userName: user,
    conversation: { tenant: slackTenant(teamId), channelId: channel, isDirect: true },
    inbound: { kind: 'message', text: typedText(text) },
  };
}

/** A direct-message channel id starts with D; the App Home and modals are private too. */
function conversationOf(teamId: string, channelId: string): Conversation {
  return { tenant: slackTenant(teamId), channelId, isDirect: channelId.startsWith('D') || channelId === APP_HOME_CHANNEL };
}

/**
 * A command's text as Rapport reads it: a person mentioned (`<@U123|ana>`, which Slack sends
 * because the manifest asks it to escape mentions) becomes a person token, so a command that
 * takes a person gets their id; the rest is read as {@link typedText} reads it.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands#creating_commands
 */
export function commandText(text: string): string {
  return typedText(text, (userId) => typedMention(userId));
}

/**
 * What the person typed: Slack escapes `&`, `<` and `>` and wraps links and mentions in angle
 * brackets (`<https://x.org|x.org>`), which Rapport reads as their visible text; a mentioned
 * person becomes `person(id, visible text)`, by default the visible text.
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function typedText(text: string, person: (userId: string, shown: string) => string = (_userId, shown) => shown): string {
  return text
    .replace(/<([^<>|]+)(?:\|([^<>]+))?>/g, (_, target: string, label: string | undefined) => {
      const shown = label ?? target;
      return target.startsWith('@') ? person(target.slice(1), shown) : shown;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
