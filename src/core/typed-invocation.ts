import { SOLE_SUBCOMMAND, type Command } from './command.js';
import type { CommandWriter } from './command-ref.js';
import type { OptionSpec, OptionsShape } from './options.js';
import type { CommandRegistry } from './registry.js';
import { resolveRef, valuePlaceholder, type ResolvedRef } from './resolved-ref.js';
import { userText } from './user-text.js';

/** How to type commands where people type words after the command's name (for /help). */
const WORDS_SYNTAX = [
  'Type a command, then its words. Put anything with spaces in double quotes: `"Dana Lee"`.',
  'Options start with two dashes and take a value: `--minutes 30`, `--role "UX designer"`. They can go in any order after the command.',
  'A word in `<angle brackets>` is yours to fill in; `[square brackets]` mean optional; `...` means it can repeat.',
].join('\n');

/**
 * The writer of commands where people type them as words (the console, Slack): the command as
 * `nameOf` spells it (Slack's `/nudge` for `remind`), the subcommand, positional values, then
 * `--options`. What was typed stays marked as typed ({@link userText}), quoted where it has spaces,
 * so a hint can be typed back as shown: `/log thanked "Zoë Martin"`.
 */
export function typedCommands(registry: CommandRegistry, nameOf: (commandName: string) => string = (name) => `/${name}`): CommandWriter {
  return (ref) => {
    const resolved = resolveRef(ref, registry);
    const { command, subcommand, options } = resolved;
    const head = ref.subcommand === undefined || subcommand === SOLE_SUBCOMMAND ? nameOf(ref.command) : `${nameOf(ref.command)} ${subcommand}`;
    switch (ref.form) {
      case 'run':
        return [head, ...typedArguments(resolved)].join(' ');
      case 'usage':
        return usageLine(chosenBy(command, subcommand, nameOf, ref.command), options);
      case 'brief-usage':
        return briefUsage(chosenBy(command, subcommand, nameOf, ref.command), options);
      case 'option':
      case 'option-usage': {
        const name = ref.option ?? '';
        const spec = options[name];
        if (spec === undefined) return `--${name}`;
        if (ref.form === 'option-usage') return optionUsage(name, { ...spec, required: true, repeatable: false });
        return spec.positional ? `<${name}>` : `--${name}`;
      }
      case 'syntax':
        return WORDS_SYNTAX;
    }
  };
}

/** Positional values in declared order, then `--options`: booleans alone, repeatable ones once per value. */
function typedArguments({ args }: ResolvedRef): string[] {
  // A value for the rest of the words that has quotes of its own (`"call Sam" tomorrow`) is written as it is, which is how it reads back.
  const positional = args
    .filter(([, , spec]) => spec?.positional === true)
    .map(([, value, spec]) => (spec?.rest === true && String(value).includes('"') ? userText(String(value)) : typedValue(String(value))));
  const flags = args
    .filter(([, , spec]) => spec?.positional !== true)
    .flatMap(([name, value]) => {
      if (typeof value === 'boolean') return value ? [`--${name}`] : [];
      const values: readonly (string | number)[] = Array.isArray(value) ? value : [value as string | number];
      return values.map((one) => `--${name} ${typedValue(String(one))}`);
    });
  return [...positional, ...flags];
}

/** One value as it is typed back: in double quotes when it has a space or a quote (a quote inside escaped), marked as typed. */
function typedValue(text: string): string {
  return /[\s"]/.test(text) || text === '' ? `"${userText(text.replaceAll('"', '\\"'))}"` : userText(text);
}

/**
 * How a subcommand is chosen where words are typed: `/log request`, `/log [add]` for the default
 * subcommand (its name may be left out), `/help` for a command without subcommands.
 */
function chosenBy(command: Command | undefined, subcommand: string, nameOf: (commandName: string) => string, name: string): string {
  if (subcommand === SOLE_SUBCOMMAND) return nameOf(name);
  if (subcommand === command?.defaultSubcommand) return `${nameOf(name)} [${subcommand}]`;
  return `${nameOf(name)} ${subcommand}`;
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
  return [invocation, ...Object.entries(options).map(([name, spec]) => optionUsage(name, spec))].join(' ');
}

/** What must be typed, then `[options]` for the rest: `/log request <name> [options]`. */
function briefUsage(invocation: string, options: OptionsShape): string {
  const entries = Object.entries(options);
  const shown = entries.filter(([, spec]) => spec.positional || spec.required).map(([name, spec]) => optionUsage(name, spec));
  const more = entries.some(([, spec]) => !spec.positional && !spec.required) ? ['[options]'] : [];
  return [invocation, ...shown, ...more].join(' ');
}
