import { SOLE_SUBCOMMAND } from '../../src/core/command.js';
import type { CommandWriter, RefValue } from '../../src/core/command-ref.js';
import { numberedOptionName, type OptionSpec, type OptionsShape } from '../../src/core/options.js';
import type { CommandRegistry } from '../../src/core/registry.js';
import { resolveRef, valuePlaceholder } from '../../src/core/resolved-ref.js';
import { userText } from '../../src/core/user-text.js';

/** How to use commands where each option is a field of its own (for /help). */
const FIELDS_SYNTAX = [
  'Type / and choose a command: each option gets a field of its own, with suggestions as you type where there are any.',
  'Optional options are offered once the required ones are filled in, in any order. Several values go in one field, separated by commas: `focus:skills, culture`; texts that may hold commas get numbered fields instead: `prompt1`, `prompt2`.',
  'Written here as `name:value`: a value in `<angle brackets>` is yours to fill in; `[square brackets]` mean optional.',
].join('\n');

/**
 * The writer of commands on Discord, where a slash command asks for each option in a field of its
 * own and writes a chosen subcommand out: `/log thanked name:Zoë Martin`, options required first
 * as the command box asks for them, what was typed marked as typed. A command named with no
 * arguments where markup shows (not in a code span or a label), is a mention of the registered command (`</log list:ID>`),
 * which Discord shows as a link that fills the command box, when `commandId` knows its id.
 * @see https://discord.com/developers/docs/reference#message-formatting
 */
export function discordCommands(registry: CommandRegistry, commandId: (commandName: string) => string | undefined = () => undefined): CommandWriter {
  return (ref, plain) => {
    const { subcommand, options, args } = resolveRef(ref, registry);
    const chosen = subcommand === SOLE_SUBCOMMAND ? ref.command : `${ref.command} ${subcommand}`;
    switch (ref.form) {
      case 'run': {
        const id = args.length === 0 && !plain ? commandId(ref.command) : undefined;
        if (id !== undefined) return `</${chosen}:${id}>`;
        const fields = [...args.filter(([, , spec]) => spec?.required === true), ...args.filter(([, , spec]) => spec?.required !== true)];
        return [`/${chosen}`, ...fields.flatMap(([name, value, spec]) => writtenFields(name, value, spec))].join(' ');
      }
      case 'usage':
        return [`/${chosen}`, ...requiredFirst(options).map(([name, spec]) => fieldUsage(name, spec))].join(' ');
      case 'brief-usage': {
        const required = requiredFirst(options).filter(([, spec]) => spec.required);
        const more = required.length < Object.keys(options).length ? ['[options]'] : [];
        return [`/${chosen}`, ...required.map(([name, spec]) => fieldUsage(name, spec)), ...more].join(' ');
      }
      case 'option':
        return plain ? (ref.option ?? '') : `\`${ref.option ?? ''}\``;
      case 'option-usage': {
        const name = ref.option ?? '';
        const spec = options[name];
        return spec === undefined ? name : fieldUsage(name, { ...spec, required: true, repeatable: false });
      }
      case 'syntax':
        return FIELDS_SYNTAX;
    }
  };
}

/** Options in the order a box of fields asks for them: required ones first, each group as declared. */
export function requiredFirst(options: OptionsShape): [string, OptionSpec<unknown>][] {
  const entries = Object.entries(options);
  return [...entries.filter(([, spec]) => spec.required), ...entries.filter(([, spec]) => !spec.required)];
}

/** One option's given value as fields: `minutes:30`; an option of numbered fields gets one field per value (`prompt1:… prompt2:…`). */
function writtenFields(name: string, value: RefValue, spec: OptionSpec<unknown> | undefined): string[] {
  if (spec?.maxCount !== undefined && Array.isArray(value)) return value.map((each, at) => `${numberedOptionName(name, at + 1)}:${userText(String(each))}`);
  return [`${name}:${userText(fieldValue(value))}`];
}

/** How one option is written in a usage line: `minutes:N`, `[focus:<skills|culture>, ...]`, `prompt1:<prompt> [prompt2...prompt3]`. */
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

/** A value as Discord's field shows it: `True` for a flag that is on, a repeatable option's values separated by commas. */
function fieldValue(value: RefValue): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  return Array.isArray(value) ? value.join(', ') : String(value);
}
