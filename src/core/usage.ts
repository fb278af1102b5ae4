import { SOLE_SUBCOMMAND, type Command } from './command.js';
import type { OptionSpec, OptionsShape } from './options.js';

/** What stands for an option's value in a usage line: `N`, `<occupation|industry>`, `<subject>`. */
export function valuePlaceholder(name: string, spec: OptionSpec<unknown>): string {
  if (spec.kind === 'integer') return 'N';
  return spec.kind === 'choice' ? `<${spec.choices?.join('|') ?? name}>` : `<${name}>`;
}

/** How one option is written in a usage line: `<subject...>`, `[--minutes N]`, `[--focus <category>]...`. */
export function optionUsage(name: string, spec: OptionSpec<unknown>): string {
  const placeholder = spec.rest ? `<${name}...>` : valuePlaceholder(name, spec);
  if (spec.positional) {
    const word = spec.kind === 'choice' ? placeholder : `<${name}${spec.rest ? '...' : ''}>`;
    return spec.required ? word : `[${word}]`;
  }
  const flag = spec.kind === 'boolean' ? `--${name}` : `--${name} ${placeholder}`;
  const shown = spec.required ? flag : `[${flag}]`;
  return spec.repeatable ? `${shown}...` : shown;
}

/** A full usage line, e.g. `/questions <occupation|industry> <subject...> [--minutes N]`. */
export function usageLine(invocation: string, options: OptionsShape): string {
  const parts = Object.entries(options).map(([name, spec]) => optionUsage(name, spec));
  return [invocation, ...parts].join(' ');
}

/**
 * Rewrites an example written with canonical names (`/remind ...`) to how the platform in use
 * types it (`/nudge ...` on Slack).
 */
export function localizeExample(example: string, slash: (commandName: string) => string): string {
  return example.replace(/^\/([a-z][a-z0-9-]*)/, (_, name: string) => slash(name));
}

/**
 * Rewrites every `/name` in `text` that names one of Rapport's commands (`isCommand`) as the
 * platform spells it (Slack's /nudge for /remind), so messages written once in the canonical
 * names read right everywhere. Paths and other slashes are left alone.
 */
export function localizeCommandNames(text: string, slash: (commandName: string) => string, isCommand: (name: string) => boolean): string {
  return text.replace(/(^|[\s`(])\/([a-z][a-z0-9-]*)/g, (whole, before: string, name: string) => (isCommand(name) ? `${before}${slash(name)}` : whole));
}

/**
 * How a subcommand is typed: `/log add`, but `/questions` alone for the default subcommand
 * (`/questions occupation nurse`) and for commands without subcommands.
 */
export function subcommandInvocation(command: Command, subcommandName: string, slash: (commandName: string) => string): string {
  const typedAlone = subcommandName === SOLE_SUBCOMMAND || subcommandName === command.defaultSubcommand;
  return typedAlone ? slash(command.name) : `${slash(command.name)} ${subcommandName}`;
}
