import { defineCommand, type Command } from '../src/core/command.js';
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
  'Optional options are offered once the required ones are filled in, in any order. Several values go in one field, separated by commas: `focus:skills, culture`.',
  'Written here as `name:value`: a value in `<angle brackets>` is yours to fill in; `[square brackets]` mean optional.',
].join('\n');

const grammar = (ctx: CommandContext): string => (ctx.invocationStyle === 'fields' ? FIELDS_GRAMMAR : WORDS_GRAMMAR);

/** `/help`: every command at a glance, or one command in full. */
export const helpCommand = defineCommand({
  name: 'help',
  description: 'Show what Rapport can do and how to type each command',
  examples: ['/help', '/help questions'],
  options: {
    command: textOption({ description: 'A command to explain in full', positional: true, required: false, maxLength: 40, example: 'questions' }),
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

function details(ctx: CommandContext, name: string): Reply {
  const command = ctx.registry.find(name);
  if (command === undefined) {
    const guess = ctx.registry.suggest(name);
    throw notFound(
      guess === undefined ? `There is no ${ctx.slash(name)} command.` : `There is no ${ctx.slash(name)} command: did you mean ${ctx.slash(guess)}?`,
      `${ctx.slash('help')} lists every command.`,
      `${ctx.slash('help')} ${guess ?? 'questions'}`,
    );
  }
  return ephemeral(heading(ctx.slash(command.name)), text(`${command.description}.`), ...subcommandBlocks(ctx, command), divider, text(grammar(ctx)));
}

function subcommandBlocks(ctx: CommandContext, command: Command): Block[] {
  return Object.entries(command.subcommands).flatMap(([name, subcommand]) => {
    const usage = styledUsageLine(ctx.invocationStyle, command, name, ctx.slash);
    const optionLines = Object.entries(subcommand.options).map(([optionName, spec]) => `\`${styledOptionUsage(ctx.invocationStyle, optionName, spec)}\`: ${spec.description}`);
    const examples = subcommand.examples.map((example) => `\`${ctx.invocation(example)}\``).join('   ');
    const blocks: Block[] = [text(`\`${usage}\`\n${subcommand.description}.`)];
    if (optionLines.length > 0) blocks.push(bullets(optionLines));
    blocks.push(context(`Examples: ${examples}`));
    return blocks;
  });
}
