import { COMMANDS } from '../../commands/index.js';
import { discordCommands } from '../../adapters/discord/invocation.render.js';
import { slackCommandNames } from '../../adapters/slack/command-names.js';
import type { CommandWriter } from '../../src/core/command-ref.js';
import { createRegistry } from '../../src/core/registry.js';
import { typedCommands } from '../../src/core/typed-invocation.js';

/** Rapport's registry, as the composition root builds it. */
export const REGISTRY = createRegistry(COMMANDS);

/** Commands as the console writes them. */
export const CONSOLE_COMMANDS: CommandWriter = typedCommands(REGISTRY);

/** Commands as Slack writes them, with its default names (`/nudge`, `/rapport`). */
export const SLACK_COMMANDS: CommandWriter = typedCommands(
  REGISTRY,
  slackCommandNames(
    COMMANDS.map((command) => command.name),
    {},
  ).slashOf,
);

/** Commands as Discord writes them (no command ids known, so never as mentions). */
export const DISCORD_COMMANDS: CommandWriter = discordCommands(REGISTRY);
