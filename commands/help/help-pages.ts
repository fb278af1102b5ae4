import { SOLE_SUBCOMMAND, hasNamedSubcommands, type Command } from '../../src/core/command.js';
import { briefUsageRef, commandRef, optionUsageRef, syntaxRef, usageRef } from '../../src/core/command-ref.js';
import { closestMatch } from '../../src/core/suggest.js';
import type { CommandContext } from '../../src/core/context.js';
import { notFound } from '../../src/core/errors.js';
import { bullets, context, divider, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { typedRef } from '../../src/core/typed-ref.js';
import { userText } from '../../src/core/user-text.js';

/** The help command's name, which its pages name too. */
export const HELP = 'help';

/** `/help` alone: every command at a glance, with how to type commands. */
export function overview(ctx: CommandContext): Reply {
  const lines = ctx.registry.all().map((command) => `*${commandRef(command.name)}*: ${command.description}.${sample(ctx, command.examples[0])}`);
  return ephemeral(
    heading('Rapport: your informational-interview coach'),
    text('I help you plan questions, rehearse outreach, keep an interview journal and remember every follow-up.'),
    bullets(lines),
    divider,
    heading('How to type commands'),
    text(syntaxRef()),
    context(`\`${commandRef(HELP, undefined, { command: 'questions' })}\` shows everything one command can do.`),
  );
}

/** `/help <command> [subcommand]`: one command (or one subcommand) in full, or the closest name when there is none. */
export function details(ctx: CommandContext, asked: string): Reply {
  const [name = '', subcommandName] = asked.toLowerCase().split(/\s+/);
  const command = ctx.registry.find(name);
  if (command === undefined) {
    const guess = ctx.registry.suggest(name);
    const typed = userText(`/${name}`);
    throw notFound(
      guess === undefined ? `There is no ${typed} command.` : `There is no ${typed} command: did you mean ${commandRef(guess)}?`,
      `${commandRef(HELP)} lists every command.`,
      commandRef(HELP, undefined, { command: guess ?? 'questions' }),
    );
  }
  if (subcommandName !== undefined) return subcommandPage(ctx, command, subcommandName);
  if (!hasNamedSubcommands(command)) return subcommandPage(ctx, command, SOLE_SUBCOMMAND);
  const first = Object.keys(command.subcommands)[0] ?? '';
  return ephemeral(
    heading(commandRef(command.name)),
    text(`${command.description}.`),
    bullets(Object.keys(command.subcommands).map((subcommand) => synopsisLine(ctx, command, subcommand))),
    ...optionsOnce(command),
    context(`\`${commandRef(HELP, undefined, { command: `${command.name} ${first}` })}\` shows one subcommand in full.`),
    divider,
    text(syntaxRef()),
  );
}

/** One subcommand in full: its usage with every option, each option explained, and its examples. */
function subcommandPage(ctx: CommandContext, command: Command, name: string): Reply {
  const subcommand = command.subcommands[name];
  if (subcommand === undefined) {
    const guess = closestMatch(name, Object.keys(command.subcommands));
    throw notFound(
      `${commandRef(command.name)} has no "${userText(name)}" subcommand${guess === undefined ? '' : `: did you mean ${commandRef(command.name, guess)}?`}`,
      `Its subcommands are ${Object.keys(command.subcommands).join(', ')}.`,
      commandRef(HELP, undefined, { command: command.name }),
    );
  }
  const named = name === SOLE_SUBCOMMAND ? undefined : name;
  const optionLines = Object.entries(subcommand.options).map(
    ([optionName, spec]) => `\`${optionUsageRef(command.name, named, optionName)}\`: ${spec.description}`,
  );
  const examples = subcommand.examples.flatMap((example) => typedRef(ctx.registry, example) ?? []);
  return ephemeral(
    heading(commandRef(command.name, named)),
    text(`\`${usageRef(command.name, named)}\`\n${subcommand.description}.`),
    ...(optionLines.length === 0 ? [] : [bullets(optionLines)]),
    context(`Examples: ${examples.map((example) => `\`${example}\``).join('   ')}`),
    divider,
    text(syntaxRef()),
  );
}

/** A subcommand in one line: what must be typed, `[options]` for the rest, what it does, and its first example. */
function synopsisLine(ctx: CommandContext, command: Command, name: string): string {
  const subcommand = command.subcommands[name];
  if (subcommand === undefined) return '';
  return `\`${briefUsageRef(command.name, name)}\`: ${subcommand.description}.${sample(ctx, subcommand.examples[0])}`;
}

/** ` e.g. ` and an example, or nothing. */
function sample(ctx: CommandContext, example: string | undefined): string {
  const shown = example === undefined ? undefined : typedRef(ctx.registry, example);
  return shown === undefined ? '' : ` e.g. \`${shown}\``;
}

/** Every option of the command once, with the subcommands that take it (when not all do). */
function optionsOnce(command: Command): Block[] {
  const seen = new Map<string, { usage: string; description: string; takers: string[] }>();
  const names = Object.keys(command.subcommands);
  for (const [subcommand, declared] of Object.entries(command.subcommands)) {
    for (const [name, spec] of Object.entries(declared.options)) {
      if (spec.positional || spec.required) continue;
      const key = `${name}\u0000${spec.description}`;
      const entry = seen.get(key) ?? { usage: optionUsageRef(command.name, subcommand, name), description: spec.description, takers: [] };
      entry.takers.push(subcommand);
      seen.set(key, entry);
    }
  }
  if (seen.size === 0) return [];
  const lines = [...seen.values()].map(
    ({ usage, description, takers }) => `\`${usage}\`: ${description}${takers.length === names.length ? '' : ` (${takers.join(', ')})`}`,
  );
  return [heading('Options'), bullets(lines)];
}
