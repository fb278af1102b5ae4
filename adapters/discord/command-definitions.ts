import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { SOLE_SUBCOMMAND, hasNamedSubcommands, type Command, type Subcommand } from '../../src/core/command.js';
import { numberedOptionName, type OptionSpec } from '../../src/core/options.js';
import { requiredFirst } from './invocation.render.js';
import { fit } from '../../src/core/markdown-lite.js';

/**
 * The most characters Discord allows in a text option.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-structure
 */
const MAX_TEXT_OPTION = 6000;

/** The separator of a repeatable option's values in its one Discord text option. */
export const REPEAT_SEPARATOR = ',';

/**
 * Rapport's commands as Discord application commands, generated from the same declarations
 * that drive parsing and /help: one slash command per command; named subcommands become
 * Discord subcommands (so a default subcommand, `/questions occupation nurse`, is written
 * `/questions plan` on Discord); options become typed options (text, integer with min and max,
 * boolean, text with choices, a person picker), required ones first as Discord demands; an option with a
 * suggester gets autocomplete; a repeatable option (`--focus` several times) becomes one text
 * option whose comma-separated values are split before validation, with autocomplete for the
 * choices; a repeatable text option (`--prompt`, whose texts may hold commas) becomes one text
 * field per value it may take (`prompt1`...). An advisor command is hidden from members with `default_member_permissions`
 * (Manage Server, which a server can widen to an advisor role in its settings) and offered in
 * servers only; the dispatcher still checks the role on every use.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 * @see https://discord.com/developers/docs/interactions/application-commands#permissions
 */
export function applicationCommands(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => {
    const advisorOnly = command.role === 'advisor';
    const sole = command.subcommands[SOLE_SUBCOMMAND];
    return {
      type: ApplicationCommandType.ChatInput,
      name: command.name,
      description: command.description,
      default_member_permissions: advisorOnly ? PermissionFlagsBits.ManageGuild.toString() : null,
      contexts: advisorOnly ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options:
        hasNamedSubcommands(command) || sole === undefined
          ? Object.entries(command.subcommands).map(([name, subcommand]) => ({
              type: ApplicationCommandOptionType.Subcommand,
              name,
              description: subcommand.description,
              options: optionsOf(subcommand),
            }))
          : optionsOf(sole),
    };
  });
}

function optionsOf(subcommand: Subcommand): APIApplicationCommandBasicOption[] {
  const options = requiredFirst(subcommand.options).flatMap(([name, spec]) =>
    spec.maxCount === undefined ? [optionOf(name, spec)] : numberedOptions(name, spec, spec.maxCount),
  );
  // Discord wants every required option before the optional ones: a numbered list's later fields are optional.
  return [...options.filter((option) => option.required === true), ...options.filter((option) => option.required !== true)];
}

/** A repeatable text option as one text field per value, the first one required when the option is. */
function numberedOptions(name: string, spec: OptionSpec<unknown>, count: number): APIApplicationCommandBasicOption[] {
  return Array.from({ length: count }, (_, at) => ({
    name: numberedOptionName(name, at + 1),
    description: fit(`${spec.description} (${at + 1} of up to ${count})`, 100),
    required: spec.required && at === 0,
    type: ApplicationCommandOptionType.String,
    max_length: Math.min(spec.maxLength ?? MAX_TEXT_OPTION, MAX_TEXT_OPTION),
  }));
}

function optionOf(name: string, spec: OptionSpec<unknown>): APIApplicationCommandBasicOption {
  const base = { name, description: spec.description, required: spec.required };
  const autocomplete = spec.suggest === undefined ? {} : { autocomplete: true };
  if (spec.repeatable) {
    const what = spec.description.split(';')[0] ?? spec.description;
    return { ...base, type: ApplicationCommandOptionType.String, description: fit(`${what}: one or more, separated by commas`, 100), autocomplete: true };
  }
  switch (spec.kind) {
    case 'text':
      return { ...base, type: ApplicationCommandOptionType.String, max_length: Math.min(spec.maxLength ?? MAX_TEXT_OPTION, MAX_TEXT_OPTION), ...autocomplete };
    case 'integer':
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(spec.min === undefined ? {} : { min_value: spec.min }),
        ...(spec.max === undefined ? {} : { max_value: spec.max }),
        ...autocomplete,
      };
    case 'choice':
      return { ...base, type: ApplicationCommandOptionType.String, choices: (spec.choices ?? []).map((choice) => ({ name: choice, value: choice })) };
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'person':
      return { ...base, type: ApplicationCommandOptionType.User };
  }
}
