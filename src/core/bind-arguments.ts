import { UserError, badInput } from './errors.js';
import type { ArgsOf, OptionSpec, OptionsShape } from './options.js';
import { closestMatch } from './suggest.js';
import { optionRef, usageRef } from './command-ref.js';
import type { Token } from './tokenize.js';

/** Raw option values before validation: typed words, or typed values from a platform. */
export type RawValues = Record<string, unknown>;

/**
 * Where binding errors point the person: the subcommand being bound, whose usage line and
 * options the messages name (each platform writes them its own way), and an example that works.
 */
export interface BindingHelp {
  readonly command: string;
  readonly subcommand: string;
  /** An example as reply text (a command token), or '' for none. */
  readonly example: string;
  /** Set when the values come from a form: its fields are named as fields, and the way on is to fill it in again. */
  readonly form?: boolean;
}

/** The usage line of the subcommand being bound, as reply text. */
function usageOf(help: BindingHelp): string {
  return help.form === true ? 'fill in the form again' : usageRef(help.command, help.subcommand);
}

/**
 * Assigns tokens to options: `--name value` to flags, the remaining words to positional options
 * in declaration order (a `rest` option takes every word left, joined by spaces). A text flag
 * after the positional words takes every word up to the next flag, so names need no quotes there.
 */
export function tokensToRawValues(source: string, tokens: readonly Token[], options: OptionsShape, help: BindingHelp): RawValues {
  const raw: RawValues = {};
  const words: WordToken[] = [];
  const flagNames = Object.keys(options).filter((name) => !(options[name]?.positional ?? true));
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.type === 'word') {
      words.push(token);
      continue;
    }
    const spec = options[token.name];
    if (spec === undefined || spec.positional) throw unknownFlag(token.name, flagNames, help);
    let value: unknown = token.inlineValue;
    if (value === undefined && spec.kind === 'boolean') value = true;
    if (value === undefined) {
      const next = tokens[index + 1];
      if (next?.type !== 'word') {
        throw badInput(`--${token.name} needs a value.`, `Write the value right after it: --${token.name} ${spec.example}.`, exampleOf(help));
      }
      const phrase = words.length > 0 && spec.kind === 'text' && !spec.repeatable ? wordsUntilFlag(tokens, index + 1) : [next];
      value = restText(source, phrase);
      index += phrase.length;
    }
    if (spec.repeatable) raw[token.name] = [...asList(raw[token.name]), value];
    else if (token.name in raw) throw badInput(`--${token.name} is given twice.`, 'Give each option once.', exampleOf(help));
    else raw[token.name] = value;
  }
  assignPositionals(source, words, options, raw, help);
  return raw;
}

type WordToken = Extract<Token, { type: 'word' }>;

/**
 * The words from `from` up to the next flag: a text flag's value once the positional words are
 * behind it (`/log edit Dana Lee --name Dana Park --role nurse`), where nothing else can follow.
 */
function wordsUntilFlag(tokens: readonly Token[], from: number): WordToken[] {
  const phrase: WordToken[] = [];
  for (let at = from; at < tokens.length; at++) {
    const token = tokens[at];
    if (token?.type !== 'word') break;
    phrase.push(token);
  }
  return phrase;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function unknownFlag(name: string, flagNames: readonly string[], help: BindingHelp): Error {
  const guess = closestMatch(name, flagNames);
  const known =
    flagNames.length === 0
      ? 'This command takes no --options.'
      : `Its options are ${flagNames.map((flag) => optionRef(help.command, help.subcommand, flag)).join(', ')}.`;
  return badInput(
    guess === undefined
      ? `There is no --${name} option here. ${known}`
      : `There is no --${name} option here: did you mean ${optionRef(help.command, help.subcommand, guess)}?`,
    `Usage: ${usageOf(help)}`,
    exampleOf(help),
  );
}

function assignPositionals(source: string, words: readonly WordToken[], options: OptionsShape, raw: RawValues, help: BindingHelp): void {
  let next = 0;
  for (const [name, spec] of Object.entries(options)) {
    if (!spec.positional || next >= words.length) continue;
    if (spec.rest) {
      raw[name] = restText(source, words.slice(next));
      next = words.length;
    } else {
      raw[name] = words[next]?.value;
      next++;
    }
  }
  if (next < words.length) {
    const extra = words
      .slice(next)
      .map((word) => word.value)
      .join(' ');
    throw badInput(`I did not expect "${extra}" here.`, `Put text with spaces in double quotes. Usage: ${usageOf(help)}`, exampleOf(help));
  }
}

/**
 * The text of a free-text option that takes every remaining word: the typed text itself when the
 * words stand together (keeping line breaks and inner quotes, which a draft or a reminder needs),
 * a single quoted word without its quotes, or the words joined by spaces when options sit between.
 */
function restText(source: string, words: readonly WordToken[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return '';
  if (words.length === 1) return first.value;
  const span = source.slice(first.start, last.end);
  const contiguous = words.every((word, index) => index === 0 || !/\S/.test(source.slice(words[index - 1]?.end ?? 0, word.start)));
  return contiguous ? span : words.map((word) => word.value).join(' ');
}

/** Validates raw values against each option's schema, turning the first problem into a clear message. */
export function validateArguments<O extends OptionsShape>(raw: RawValues, options: O, help: BindingHelp): ArgsOf<O> {
  const args: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(options)) {
    const value = raw[name];
    if (value === undefined && spec.required) throw missing(name, spec, help);
    const result = spec.schema.safeParse(value);
    if (!result.success) {
      const message = result.error.issues[0]?.message ?? 'is not valid';
      // A message may already end a sentence ("did you mean occupation?").
      throw new UserError(
        'bad-input',
        `${label(name, spec, help)} ${message}${/[.?!]$/.test(message) ? '' : '.'}`,
        `Usage: ${usageOf(help)}`,
        exampleOf(help),
        name,
      );
    }
    args[name] = result.data;
  }
  return args as ArgsOf<O>;
}

/** An option as a message names it: "The subject" for a value given in its place, else the option as the platform writes it (`--minutes`, or the field `minutes`). */
function label(name: string, spec: OptionSpec<unknown>, help: BindingHelp): string {
  if (help.form === true) return `\`${name}\``;
  return spec.positional ? `The ${name}` : optionRef(help.command, help.subcommand, name);
}

/** The example, or none when there is none. */
function exampleOf(help: BindingHelp): string | undefined {
  return help.example === '' ? undefined : help.example;
}

function missing(name: string, spec: OptionSpec<unknown>, help: BindingHelp): Error {
  const what = lowerFirst(label(name, spec, help));
  return new UserError('bad-input', `Please give ${what}: ${lowerFirst(spec.description)}.`, `Usage: ${usageOf(help)}`, exampleOf(help), name);
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}
