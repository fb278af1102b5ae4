/**
 * Slack's built-in commands: an app's command cannot take one of these names (users would get
 * Slack's command instead).
 * @see https://slack.com/help/articles/201259356-Use-built-in-slash-commands
 */
const BUILT_IN = new Set([
  'active',
  'apps',
  'archive',
  'away',
  'call',
  'collapse',
  'dm',
  'dnd',
  'expand',
  'feed',
  'feedback',
  'invite',
  'join',
  'kick',
  'leave',
  'me',
  'msg',
  'mute',
  'open',
  'prefs',
  'remind',
  'remove',
  'rename',
  'search',
  'shortcuts',
  'shrug',
  'star',
  'status',
  'topic',
  'who',
]);

/**
 * Rapport's default Slack spellings where a command's own name would not do: /remind is Slack's
 * own, and /help would stand beside every other app's help, so Rapport's is /rapport.
 */
const DEFAULT_SLACK_NAMES: Readonly<Record<string, string>> = { remind: 'nudge', help: 'rapport' };

/** How Rapport's commands are typed on Slack, both ways. */
export interface SlackCommandNames {
  /** The Slack command for a command name, with its slash: `/nudge` for `remind`. */
  readonly slashOf: (commandName: string) => string;
  /** The command name a Slack command stands for, or undefined when it is not one of Rapport's. */
  readonly commandOf: (slash: string) => string | undefined;
  /** Every command name with its Slack command, in registry order. */
  readonly all: () => readonly { readonly command: string; readonly slash: string }[];
}

/**
 * Spells each command for Slack: its own name, unless the defaults or the configuration
 * (`SLACK_COMMAND_NAMES`) rename it. Throws a one-line error naming the problem when a rename
 * names no command, two commands would share a name, or a name is one of Slack's built-ins.
 */
export function slackCommandNames(commandNames: readonly string[], overrides: Readonly<Record<string, string>>): SlackCommandNames {
  for (const name of Object.keys(overrides)) {
    if (!commandNames.includes(name))
      throw new Error(`SLACK_COMMAND_NAMES renames "${name}", which is not a command; the commands are ${commandNames.join(', ')}`);
  }
  const entries = commandNames.map((command) => ({ command, slash: `/${overrides[command] ?? DEFAULT_SLACK_NAMES[command] ?? command}` }));
  const byName = new Map<string, string>();
  for (const { command, slash } of entries) {
    if (BUILT_IN.has(slash.slice(1)))
      throw new Error(
        `SLACK_COMMAND_NAMES: ${slash} is a Slack built-in command; give ${command} another name, e.g. SLACK_COMMAND_NAMES={"${command}":"${command}-rapport"}`,
      );
    const other = byName.get(slash);
    if (other !== undefined) throw new Error(`SLACK_COMMAND_NAMES: ${other} and ${command} would both be ${slash}; give one of them another name`);
    byName.set(slash, command);
  }
  return {
    slashOf: (commandName) => entries.find((entry) => entry.command === commandName)?.slash ?? `/${commandName}`,
    commandOf: (slash) => byName.get(slash.toLowerCase()),
    all: () => entries,
  };
}
