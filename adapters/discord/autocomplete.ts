import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { OptionSpec } from '../../src/core/options.js';
import type { SelectOption } from '../../src/core/reply.js';
import { REPEAT_SEPARATOR } from './command-definitions.js';
import { splitRepeated } from './discord-inbound.js';
import { fit } from '../../src/core/markdown-lite.js';

/**
 * Discord's limits on autocomplete: 25 choices, each name and value at most 100 characters,
 * values of the option's own type.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete
 */
const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;

/** A suggestion as Discord shows it. */
export type Choice = ApplicationCommandOptionChoiceData;

/**
 * Completions of a repeatable option typed as one comma-separated text (`skills, cul`): the
 * values already given, then each choice not given yet that starts with the last word.
 */
export function repeatedChoices(choices: readonly string[], typed: string): Choice[] {
  const words = typed.split(REPEAT_SEPARATOR);
  const last = (words.pop() ?? '').trim().toLowerCase();
  const given = splitRepeated(words.join(REPEAT_SEPARATOR));
  return choices
    .filter((choice) => !given.includes(choice) && choice.toLowerCase().startsWith(last))
    .map((choice) => [...given, choice].join(`${REPEAT_SEPARATOR} `))
    .filter((value) => value.length <= MAX_CHOICE_TEXT)
    .slice(0, MAX_CHOICES)
    .map((value) => ({ name: value, value }));
}

/** The dispatcher's suggestions as choices of the option's type (a number for an integer option); those that do not fit are left out. */
export function suggestionChoices(suggestions: readonly SelectOption[], spec: OptionSpec<unknown>): Choice[] {
  const choices: Choice[] = [];
  for (const suggestion of suggestions) {
    const value = spec.kind === 'integer' ? Number(suggestion.value) : suggestion.value;
    if (typeof value === 'number' ? !Number.isSafeInteger(value) : value.length > MAX_CHOICE_TEXT) continue;
    choices.push({ name: fit(suggestion.label, MAX_CHOICE_TEXT), value });
    if (choices.length === MAX_CHOICES) break;
  }
  return choices;
}
