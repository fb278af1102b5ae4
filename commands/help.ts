import { SOLE_SUBCOMMAND, defineCommand, hasNamedSubcommands, type Command } from '../src/core/command.js';
import { closestMatch } from '../src/core/suggest.js';
import type { CommandContext } from '../src/core/context.js';
import { notFound } from '../src/core/errors.js';
import { bullets, context, divider, ephemeral, heading, text } from '../src/core/reply-builders.js';
import type { Block, Reply } from '../src/core/reply.js';
import { textOption } from '../src/core/options.js';
import { styledOptionUsage, styledUsageLine } from '../src/core/invocation-style.js';

/** How to type commands where people type words after the command's name. */
const WORDS_GRAMMAR = [
  'Type a command, then its words. Put anything with spaces in double quotes: `"Dana Lee"`.',
  'Options start with two dashes and take a value: `--minutes 30`, `--role "UX designer"`. They can go in any order after the command.',
  'A word in `<angle brackets>` is yours to fill in; `[square brackets]` mean optional; `...` means it can repeat.',
].join('\n');

/** How to use commands where each option is a field of its own. */
const FIELDS_GRAMMAR = [
  'Type / and choose a command: each option gets a field of its own, with suggestions as you type where there are any.',
  'Optional options are offered once the required ones are filled in, in any order. Several values go in one field, separated by commas: `focus:skills, culture`; texts that may hold commas get numbered fields instead: `prompt1`, `prompt2`.',
  'Written here as `name:value`: a value in `<angle brackets>` is yours to fill in; `[square brackets]` mean optional.',
].join('\n');

const grammar = (ctx: CommandContext): string => (ctx.invocationStyle === 'fields' ? FIELDS_GRAMMAR : WORDS_GRAMMAR);

/** `/help`: every command at a glance, or one command in full. */
export const helpCommand = defineCommand({
  name: 'help',
  description: 'Show what Rapport can do and how to type each command',
  examples: ['/help', '/help questions', '/help log add'],
  options: {
    command: textOption({ description: 'A command (and a subcommand) to explain in full', positional: true, rest: true, required: false, maxLength: 60, example: 'questions' }),
  },
  run: (ctx, args) => (args.command === undefined ? overview(ctx) : details(ctx, args.command.replace(/^\//, ''))),
});

function overview(ctx: CommandContext): Reply {
  const lines = ctx.registry.all().map((command) => {
    const example = command.examples[0];
    const sample = example === undefined ? '' : ` e.g. \`${ctx.invocation(example)}\``;
    return `*${ctx.slash(command.name)}*: ${command.description}.${sample}`;
  });
  return ephemeral(
    heading('Rapport: your informational-interview coach'),
    text('I help you plan questions, rehearse outreach, keep an interview journal and remember every follow-up.'),
    bullets(lines),
    divider,
    heading('How to type commands'),
    text(grammar(ctx)),
    context(`\`${ctx.invocation('/help questions')}\` shows everything one command can do.`),
  );
}

function details(ctx: CommandContext, asked: string): Reply {
  const [name = '', subcommandName] = asked.toLowerCase().split(/\s+/);
  const command = ctx.registry.find(name);
  if (command === undefined) {
    const guess = ctx.registry.suggest(name);
    throw notFound(
      guess === undefined ? `There is no ${ctx.slash(name)} command.` : `There is no ${ctx.slash(name)} command: did you mean ${ctx.slash(guess)}?`,
      `${ctx.slash('help')} lists every command.`,
      `${ctx.slash('help')} ${guess ?? 'questions'}`,
    );
  }
  if (subcommandName !== undefined) return subcommandPage(ctx, command, subcommandName);
  if (!hasNamedSubcommands(command)) return subcommandPage(ctx, command, SOLE_SUBCOMMAND);
  return ephemeral(
    heading(ctx.slash(command.name)),
    text(`${command.description}.`),
    bullets(Object.keys(command.subcommands).map((subcommand) => synopsisLine(ctx, command, subcommand))),
    ...optionsOnce(ctx, command),
    context(`\`${ctx.invocation(`/help ${command.name} ${Object.keys(command.subcommands)[0] ?? ''}`)}\` shows one subcommand in full.`),
    divider,
    text(grammar(ctx)),
  );
}

/** One subcommand in full: its usage with every option, each option explained, and its examples. */
function subcommandPage(ctx: CommandContext, command: Command, name: string): Reply {
  const subcommand = command.subcommands[name];
  if (subcommand === undefined) {
    const guess = closestMatch(name, Object.keys(command.subcommands));
    throw notFound(
      `${ctx.slash(command.name)} has no "${name}" subcommand${guess === undefined ? '' : `: did you mean ${ctx.slash(command.name)} ${guess}?`}`,
      `Its subcommands are ${Object.keys(command.subcommands).join(', ')}.`,
      `/help ${command.name}`,
    );
  }
  const title = name === SOLE_SUBCOMMAND ? ctx.slash(command.name) : `${ctx.slash(command.name)} ${name}`;
  const optionLines = Object.entries(subcommand.options).map(([optionName, spec]) => `\`${styledOptionUsage(ctx.invocationStyle, optionName, spec)}\`: ${spec.description}`);
  return ephemeral(
    heading(title),
    text(`\`${usageOf(ctx, command, name)}\`\n${subcommand.description}.`),
    ...(optionLines.length === 0 ? [] : [bullets(optionLines)]),
    context(`Examples: ${subcommand.examples.map((example) => `\`${ctx.invocation(example)}\``).join('   ')}`),
    divider,
    text(grammar(ctx)),
  );
}

/** A subcommand in one line: what must be typed, `[options]` for the rest, what it does, and its first example. */
function synopsisLine(ctx: CommandContext, command: Command, name: string): string {
  const subcommand = command.subcommands[name];
  if (subcommand === undefined) return '';
  const entries = Object.entries(subcommand.options);
  const shown = entries.filter(([, spec]) => spec.positional || spec.required).map(([optionName, spec]) => styledOptionUsage(ctx.invocationStyle, optionName, spec));
  const more = entries.some(([, spec]) => !spec.positional && !spec.required) ? ['[options]'] : [];
  const example = subcommand.examples[0];
  return [`\`${[invocationOf(ctx, command, name), ...shown, ...more].join(' ')}\`: ${subcommand.description}.`, example === undefined ? '' : ` e.g. \`${ctx.invocation(example)}\``].join('');
}

/** Every option of the command once, with the subcommands that take it (when not all do). */
function optionsOnce(ctx: CommandContext, command: Command): Block[] {
  const seen = new Map<string, { usage: string; description: string; takers: string[] }>();
  const names = Object.keys(command.subcommands);
  for (const [subcommand, declared] of Object.entries(command.subcommands)) {
    for (const [name, spec] of Object.entries(declared.options)) {
      if (spec.positional || spec.required) continue;
      const key = `${name}\u0000${spec.description}`;
      const entry = seen.get(key) ?? { usage: styledOptionUsage(ctx.invocationStyle, name, { ...spec, required: true, repeatable: false }), description: spec.description, takers: [] };
      entry.takers.push(subcommand);
      seen.set(key, entry);
    }
  }
  if (seen.size === 0) return [];
  const lines = [...seen.values()].map(({ usage, description, takers }) => `\`${usage}\`: ${description}${takers.length === names.length ? '' : ` (${takers.join(', ')})`}`);
  return [heading('Options'), bullets(lines)];
}

/** How the subcommand is chosen: `/log request`, `/log [add]` for the default one (its name may be left out), `/help`. */
function invocationOf(ctx: CommandContext, command: Command, name: string): string {
  if (name === SOLE_SUBCOMMAND) return ctx.slash(command.name);
  if (ctx.invocationStyle === 'words' && name === command.defaultSubcommand) return `${ctx.slash(command.name)} [${name}]`;
  return `${ctx.slash(command.name)} ${name}`;
}

/** The full usage line, the default subcommand's name shown as optional where words are typed. */
function usageOf(ctx: CommandContext, command: Command, name: string): string {
  const usage = styledUsageLine(ctx.invocationStyle, command, name, ctx.slash);
  if (ctx.invocationStyle !== 'words' || name !== command.defaultSubcommand || name === SOLE_SUBCOMMAND) return usage;
  return `${invocationOf(ctx, command, name)}${usage.slice(ctx.slash(command.name).length)}`;
}
