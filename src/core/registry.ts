import type { Command, Subcommand } from './command.js';
import { closestMatch } from './suggest.js';
import { typedRef } from './typed-ref.js';

/**
 * Discord's limits on application commands, which are the strictest of our platforms; checked
 * at start so a bad declaration fails before any platform sees it.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 */
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const MAX_DESCRIPTION = 100;
const MAX_ENTRIES = 25;

/** The explicit list of commands, checked once at start. */
export interface CommandRegistry {
  /** Every command, in the order given. */
  all(): readonly Command[];
  /** The command with this name, if any. */
  find(name: string): Command | undefined;
  /** The closest command name to a typo, if one is close enough. */
  suggest(name: string): string | undefined;
}

/** Builds the registry, throwing on duplicate names or declarations a platform would reject. */
export function createRegistry(commands: readonly Command[]): CommandRegistry {
  const byName = new Map<string, Command>();
  for (const command of commands) {
    if (byName.has(command.name)) throw new Error(`Two commands are named "${command.name}".`);
    checkCommand(command);
    byName.set(command.name, command);
  }
  const names = [...byName.keys()];
  const registry: CommandRegistry = {
    all: () => commands,
    find: (name) => byName.get(name.toLowerCase()),
    suggest: (name) => closestMatch(name, names),
  };
  checkExamples(registry);
  return registry;
}

/** Every example must read as the command it shows, since replies show it again on every platform's terms (`typedRef`). */
function checkExamples(registry: CommandRegistry): void {
  for (const command of registry.all()) {
    const examples = [...command.examples, ...Object.values(command.subcommands).flatMap((subcommand) => subcommand.examples)];
    const unread = examples.find((example) => typedRef(registry, example) === undefined);
    if (unread !== undefined) throw new Error(`Command "${command.name}": the example "${unread}" does not read as a command.`);
  }
}

function checkCommand(command: Command): void {
  const where = `Command "${command.name}"`;
  checkName(command.name, where);
  checkDescription(command.description, where);
  const subcommands = Object.entries(command.subcommands);
  if (subcommands.length === 0 || subcommands.length > MAX_ENTRIES) throw new Error(`${where} needs 1 to ${MAX_ENTRIES} subcommands.`);
  if (command.defaultSubcommand !== undefined && !(command.defaultSubcommand in command.subcommands)) {
    throw new Error(`${where} names a default subcommand "${command.defaultSubcommand}" it does not have.`);
  }
  for (const [name, subcommand] of subcommands) {
    const subWhere = `${where}, subcommand "${name}"`;
    if (name !== '_') checkName(name, subWhere);
    checkDescription(subcommand.description, subWhere);
    checkOptions(subcommand, subWhere);
  }
}

function checkName(name: string, where: string): void {
  if (!NAME_PATTERN.test(name)) throw new Error(`${where}: "${name}" must be 1-32 lowercase letters, digits or dashes.`);
}

function checkDescription(description: string, where: string): void {
  if (description.length === 0 || description.length > MAX_DESCRIPTION) {
    throw new Error(`${where}: the description must be 1-${MAX_DESCRIPTION} characters.`);
  }
}

function checkOptions(subcommand: Subcommand, where: string): void {
  const entries = Object.entries(subcommand.options);
  if (entries.length > MAX_ENTRIES) throw new Error(`${where} has more than ${MAX_ENTRIES} options.`);
  let sawOptionalPositional = false;
  let sawRest = false;
  for (const [name, spec] of entries) {
    const optionWhere = `${where}, option "${name}"`;
    checkName(name, optionWhere);
    checkDescription(spec.description, optionWhere);
    if ((spec.choices?.length ?? 0) > MAX_ENTRIES) throw new Error(`${optionWhere} has more than ${MAX_ENTRIES} choices.`);
    if (!spec.positional) continue;
    if (sawRest) throw new Error(`${optionWhere} comes after an option that takes all remaining words.`);
    if (spec.required && sawOptionalPositional) throw new Error(`${optionWhere} is required but follows an optional positional option.`);
    sawOptionalPositional ||= !spec.required;
    sawRest ||= spec.rest;
  }
  if (subcommand.examples.length === 0) throw new Error(`${where} needs at least one example.`);
}
