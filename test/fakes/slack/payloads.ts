import { randomUUID } from 'node:crypto';
import { FAKE_APP_ID, FAKE_TEAM } from './slack-fake.js';

/** Someone acting in the fake workspace. */
export interface FakePerson {
  readonly id: string;
  readonly name: string;
}

/** A trigger id as Slack writes them; each request gets a fresh one. */
export function triggerId(): string {
  return `${Date.now()}.${Math.floor(Math.random() * 1e9)}.${randomUUID().slice(0, 8)}`;
}

/**
 * A slash command's form fields.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands#app_command_handling
 */
export function slashCommandFields(command: string, text: string, user: FakePerson, channelId: string, responseUrl: string): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM,
    team_domain: 'fake',
    channel_id: channelId,
    channel_name: channelId.startsWith('D') ? 'directmessage' : 'career-club',
    user_id: user.id,
    user_name: user.name,
    command,
    text,
    api_app_id: FAKE_APP_ID,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId(),
  };
}

/** What every interaction payload carries: its type, the team, the person, the app and a fresh trigger. */
function interaction(type: string, user: FakePerson): Record<string, unknown> {
  return {
    type,
    team: { id: FAKE_TEAM, domain: 'fake' },
    user: { id: user.id, username: user.name, name: user.name, team_id: FAKE_TEAM },
    api_app_id: FAKE_APP_ID,
    token: 'legacy-verification-token',
    trigger_id: triggerId(),
  };
}

/** Where a pressed element sits: on a message (with its response_url) or on a view (the Home tab, a modal). */
export type Container =
  { readonly type: 'message'; readonly channelId: string; readonly responseUrl: string } | { readonly type: 'view'; readonly viewId: string };

/**
 * A block_actions payload for one pressed button or chosen menu option.
 * @see https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 */
export function blockActionsPayload(
  user: FakePerson,
  element: { readonly actionId: string; readonly selected?: string },
  container: Container,
): Record<string, unknown> {
  const action =
    element.selected === undefined
      ? { type: 'button', action_id: element.actionId, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, action_ts: '1.2' }
      : {
          type: 'static_select',
          action_id: element.actionId,
          block_id: 'b1',
          selected_option: { text: { type: 'plain_text', text: element.selected }, value: element.selected },
          action_ts: '1.2',
        };
  const onMessage = container.type === 'message';
  return {
    ...interaction('block_actions', user),
    container: onMessage
      ? { type: 'message', message_ts: '1.1', channel_id: container.channelId, is_ephemeral: true }
      : { type: 'view', view_id: container.viewId },
    ...(onMessage
      ? { channel: { id: container.channelId, name: 'x' }, response_url: container.responseUrl, message: { type: 'message', ts: '1.1' } }
      : { view: { id: container.viewId } }),
    actions: [action],
  };
}

/** A view as the app sent it (views.open), enough to submit it. */
export interface SentView {
  readonly callback_id: string;
  readonly private_metadata?: string;
  readonly blocks: readonly { readonly type: string; readonly block_id?: string; readonly element?: { readonly type: string } }[];
}

/**
 * A view_submission payload filling the view's inputs with `values` (by block id; a menu gets
 * the value as its selected option).
 * @see https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#view_submission
 */
export function viewSubmissionPayload(user: FakePerson, view: SentView, values: Readonly<Record<string, string>>): Record<string, unknown> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input' || block.block_id === undefined) continue;
    const value = values[block.block_id];
    state[block.block_id] = {
      value:
        block.element?.type === 'static_select'
          ? { type: 'static_select', selected_option: value === undefined ? null : { text: { type: 'plain_text', text: value }, value } }
          : { type: block.element?.type ?? 'plain_text_input', value: value ?? null },
    };
  }
  return {
    ...interaction('view_submission', user),
    view: {
      id: 'V1',
      team_id: FAKE_TEAM,
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata ?? '',
      state: { values: state },
      hash: 'h',
      blocks: view.blocks,
    },
  };
}

/**
 * An Events API callback wrapping `event`.
 * @see https://docs.slack.dev/apis/events-api#callback-field
 */
export function eventCallback(event: Record<string, unknown>, eventId = `Ev${randomUUID().slice(0, 10)}`): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM,
    api_app_id: FAKE_APP_ID,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
  };
}

/** A `message.im` event: someone wrote in their DM with the app (extra fields make edits and bot messages). */
export function imMessage(user: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `${Date.now() / 1000}`;
  return { type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts, event_ts: ts, ...extra };
}

/** An `app_home_opened` event on the Home tab. */
export function appHomeOpened(user: string): Record<string, unknown> {
  return { type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: `${Date.now() / 1000}` };
}
