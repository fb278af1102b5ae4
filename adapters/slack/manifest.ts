import { hasNamedSubcommands, type Command } from '../../src/core/command.js';
import { usageLine } from '../../src/core/typed-invocation.js';
import type { SlackCommandNames } from './command-names.js';
import { SLACK_EVENTS_PATH } from './slack-adapter.js';
import { fit } from '../../src/core/markdown-lite.js';

/** How the app will reach Rapport: over Socket Mode, or over HTTP at a public URL. */
export type ManifestTransport = { readonly socketMode: true } | { readonly socketMode: false; readonly publicUrl: string };

/**
 * The bot scopes Rapport needs, and no more: slash commands; posting its replies and nudges;
 * opening a DM with a student (conversations.open); reading the student's DM messages
 * (message.im, for rehearsals); users.info (name, time zone, admin flag); and uploading files
 * (charts, exports, interview scripts: files:write). Replies in channels go through each
 * command's response_url, which needs no scope, so chat:write.public is not asked.
 * @see https://docs.slack.dev/reference/scopes
 */
export const BOT_SCOPES = ['commands', 'chat:write', 'im:write', 'im:history', 'users:read', 'files:write'] as const;

/** The events Rapport subscribes to. @see https://docs.slack.dev/reference/events */
export const BOT_EVENTS = ['app_home_opened', 'message.im'] as const;

/** Slack shows a usage hint on one line beside the command. */
const USAGE_HINT_LENGTH = 100;

/**
 * The app manifest for this configuration: every command under its Slack name with a usage
 * hint from its options, the bot scopes and events, interactivity, the Home tab, and Socket
 * Mode on, or request URLs at the public URL for HTTP mode. Creating the app from it needs no
 * edits.
 * @see https://docs.slack.dev/reference/app-manifest
 */
export function slackManifest(commands: readonly Command[], names: SlackCommandNames, transport: ManifestTransport): Record<string, unknown> {
  const requestUrl = transport.socketMode ? undefined : `${transport.publicUrl.replace(/\/+$/, '')}${SLACK_EVENTS_PATH}`;
  const withUrl = requestUrl === undefined ? {} : { request_url: requestUrl };
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Rapport',
      description: 'Your informational-interview coach: questions, rehearsals, a journal and gentle follow-ups.',
      background_color: '#1d4e5f',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'Rapport', always_online: true },
      slash_commands: commands.map((command) => ({
        command: names.slashOf(command.name),
        description: command.description,
        usage_hint: usageHint(command),
        // Mentions arrive as ids (`<@U123|ana>`): /cohort advisor add needs the person's id, not their name.
        should_escape: true,
        ...(requestUrl === undefined ? {} : { url: requestUrl }),
      })),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...withUrl, bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...withUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: transport.socketMode,
      token_rotation_enabled: false,
    },
  };
}

/**
 * What follows the command, from its declarations: the default subcommand's words and the other
 * subcommands' names (`<occupation|industry|organization|program> <subject...> | check | save`);
 * `/help` shows the options in full.
 */
function usageHint(command: Command): string {
  const fallback = command.defaultSubcommand === undefined ? undefined : command.subcommands[command.defaultSubcommand];
  const positional = Object.fromEntries(Object.entries(fallback?.options ?? {}).filter(([, spec]) => spec.positional));
  const typedAlone = [usageLine('', positional).trim()].filter((usage) => usage !== '');
  const named = hasNamedSubcommands(command) ? Object.keys(command.subcommands).filter((name) => name !== command.defaultSubcommand) : [];
  return fit([...typedAlone, ...named].join(' | '), USAGE_HINT_LENGTH);
}
