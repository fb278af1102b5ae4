import { tokensToRawValues, type BindingHelp } from './bind-arguments.js';
import { SOLE_SUBCOMMAND, pickSubcommand, type Command } from './command.js';
import { numberedOptionName, type OptionSpec, type OptionsShape } from './options.js';
import type { CommandRegistry } from './registry.js';
import { tokenize } from './tokenize.js';
import { localizeExample, optionUsage, subcommandInvocation, usageLine, valuePlaceholder } from './usage.js';

/**
 * How people write a command on a platform: `words` typed after its name, options as
 * `--flags` (the console, Slack), or `fields`, one per option, which the platform's command
 * box asks for and shows as `name:value` (`/questions plan kind:occupation subject:nurse`). Each
 * platform's adapter says which its own is; the composition root hands that to the dispatcher.
 */
export type InvocationStyle = 'words' | 'fields';

/** Binding help for reading an example, which never needs it: an example that does not read is shown as written. */
const NO_HELP: BindingHelp = { usage: '', example: '' };

/**
 * An invocation written once in the canonical words (`/cohort goal 3 --by 2026-12-18`) as the
 * platform in use writes it: command names as it spells them and, in the `fields` style, each
 * option as `name:value` after the subcommand (`/cohort goal interviews:3 by:2026-12-18`). One
 * that does not read as a command (a placeholder, say) keeps its words, names localized.
 */
export function styledInvocation(canonical: string, style: InvocationStyle, registry: CommandRegistry, slash: (commandName: string) => string): string {
  const localized = localizeExample(canonical, slash);
  if (style === 'words') return localized;
  const [, name = '', text = ''] = /^\/([a-z][a-z0-9-]*)\s*([\s\S]*)$/.exec(canonical.trim()) ?? [];
  const command = registry.find(name);
  const picked = command === undefined ? undefined : pickSubcommand(command, tokenize(text));
  if (command === undefined || picked === undefined) return localized;
  try {
    const values = tokensToRawValues(text, picked.rest, picked.subcommand.options, NO_HELP);
    const fields = requiredFirst(picked.subcommand.options)
      .filter(([option]) => values[option] !== undefined)
      .flatMap(([option, spec]) => (spec.maxCount !== undefined && Array.isArray(values[option]) ? values[option].map((value, at) => `${numberedOptionName(option, at + 1)}:${String(value)}`) : [`${option}:${fieldValue(values[option])}`]));
    return [fieldsInvocation(command, picked.name, slash), ...fields].join(' ');
  } catch {
    return localized;
  }
}

/** A subcommand's usage line as the platform writes commands: `/questions <kind> <subject...> [--minutes N]`, or `/questions plan kind:<kind> subject:<subject> [minutes:N]`. */
export function styledUsageLine(style: InvocationStyle, command: Command, subcommandName: string, slash: (commandName: string) => string): string {
  const options = command.subcommands[subcommandName]?.options ?? {};
  if (style === 'words') return usageLine(subcommandInvocation(command, subcommandName, slash), options);
  return [fieldsInvocation(command, subcommandName, slash), ...requiredFirst(options).map(([name, spec]) => fieldUsage(name, spec))].join(' ');
}

/** How one option is written in a usage line: `[--minutes N]`, or `[minutes:N]` and `[focus:<skills|culture>, ...]`. */
export function styledOptionUsage(style: InvocationStyle, name: string, spec: OptionSpec<unknown>): string {
  return style === 'words' ? optionUsage(name, spec) : fieldUsage(name, spec);
}

/** How a subcommand is chosen in the `fields` style: `/log add`, `/questions plan` (a default subcommand is written out), `/help`. */
function fieldsInvocation(command: Command, subcommandName: string, slash: (commandName: string) => string): string {
  return subcommandName === SOLE_SUBCOMMAND ? slash(command.name) : `${slash(command.name)} ${subcommandName}`;
}

function fieldUsage(name: string, spec: OptionSpec<unknown>): string {
  if (spec.maxCount !== undefined) {
    const first = `${numberedOptionName(name, 1)}:${fieldPlaceholder(name, spec)}`;
    const more = `[${numberedOptionName(name, 2)}...${numberedOptionName(name, spec.maxCount)}]`;
    return spec.required ? `${first} ${more}` : `[${first}] ${more}`;
  }
  const written = `${name}:${fieldPlaceholder(name, spec)}${spec.repeatable ? ', ...' : ''}`;
  return spec.required ? written : `[${written}]`;
}

function fieldPlaceholder(name: string, spec: OptionSpec<unknown>): string {
  if (spec.kind === 'boolean') return 'True';
  return spec.kind === 'person' ? '@person' : valuePlaceholder(name, spec);
}

/** Options in the order a box of fields asks for them: required ones first, each group as declared. */
export function requiredFirst(options: OptionsShape): [string, OptionSpec<unknown>][] {
  const entries = Object.entries(options);
  return [...entries.filter(([, spec]) => spec.required), ...entries.filter(([, spec]) => !spec.required)];
}

function fieldValue(value: unknown): string {
  if (value === true) return 'True';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}
