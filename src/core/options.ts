import * as z from 'zod';
import type { CommandContext } from './context.js';
import { mentionedUserId } from './mention-token.js';
import type { SelectOption } from './reply.js';
import { closestMatch } from './suggest.js';

/** The value types an option can have; they map onto Discord option types and Slack usage hints. */
export type OptionKind = 'text' | 'integer' | 'choice' | 'boolean' | 'person';

/**
 * Suggests values for an option while the person is still typing it (`typed` so far): their
 * contacts, reminders or saved plans. Platforms that can show suggestions (Discord's
 * autocomplete) ask; the value of each suggestion is what the option receives.
 */
export type OptionSuggester = (ctx: CommandContext, typed: string) => Promise<readonly SelectOption[]>;

/**
 * One option of a (sub)command: how it is typed (a positional word or a `--flag`), what it
 * means, and the zod schema that checks it. The same declaration drives parsing, /help,
 * Slack usage hints and Discord option generation.
 */
export interface OptionSpec<T> {
  readonly kind: OptionKind;
  readonly description: string;
  /** Filled from positional words in declaration order, rather than from `--name value`. */
  readonly positional: boolean;
  /** A positional option that takes all remaining words (a name, a question). */
  readonly rest: boolean;
  /** A `--flag` that may be given several times; its value is a list. */
  readonly repeatable: boolean;
  /** The most values a repeatable text option takes; Discord asks for each in a field of its own (`prompt1`...). */
  readonly maxCount?: number;
  readonly required: boolean;
  readonly choices?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  /** A sample value for usage lines and error messages. */
  readonly example: string;
  /** Suggests values as the person types, where the platform can show them. */
  readonly suggest?: OptionSuggester;
  /** Checks a raw value (typed text, or a typed value from Discord) and converts it. */
  readonly schema: z.ZodType<T>;
}

/** A record of named options. */
export type OptionsShape = Record<string, OptionSpec<unknown>>;

/** The argument object a handler receives for a given options shape. */
export type ArgsOf<O extends OptionsShape> = { [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never };

interface Common<R extends boolean> {
  description: string;
  /** Defaults to true for positional options and false for flags. */
  required?: R;
  example?: string;
}

/** Options whose values the person's own data can suggest (text and numbers, not fixed choices). */
interface Suggestible {
  /** Suggests values as the person types (Discord autocomplete). */
  suggest?: OptionSuggester;
}

interface Placement {
  positional?: boolean;
  rest?: boolean;
}

const suggesterOf = (options: Suggestible): Suggestible => (options.suggest === undefined ? {} : { suggest: options.suggest });

const optional = <T>(schema: z.ZodType<T>, required: boolean): z.ZodType<T> => (required ? schema : schema.optional()) as z.ZodType<T>;

/** Free text: a name, a subject, a question. Trimmed; empty text counts as missing. */
export function textOption<R extends boolean = true>(
  options: Common<R> & Placement & Suggestible & { maxLength?: number },
): OptionSpec<R extends true ? string : string | undefined> {
  const required = options.required ?? options.positional === true;
  const maxLength = options.maxLength ?? 2000;
  const schema = z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'cannot be empty' })
    .max(maxLength, { error: (issue) => `is ${typeof issue.input === 'string' ? issue.input.length : 'too many'} characters long; the limit is ${maxLength}` });
  return {
    kind: 'text',
    description: options.description,
    positional: options.positional ?? false,
    rest: options.rest ?? false,
    repeatable: false,
    required,
    maxLength,
    example: options.example ?? 'text',
    ...suggesterOf(options),
    schema: optional(schema, required),
  };
}

/**
 * A person of the workspace or server. Its value is their user id: Discord's person picker
 * gives the id; a mention typed in text reaches the command as a person token (the Slack and
 * Discord adapters make one of `<@U123>`), whose id is taken; on the console a name is the id.
 */
export function personOption<R extends boolean = true>(options: Common<R> & Placement): OptionSpec<R extends true ? string : string | undefined> {
  const typed = textOption({ ...options, maxLength: 100, example: options.example ?? 'ben' });
  const userId = typed.schema.transform((value) => (value === undefined ? undefined : (mentionedUserId(value) ?? value.replace(/^@/, ''))));
  return { ...typed, kind: 'person', schema: userId as unknown as OptionSpec<R extends true ? string : string | undefined>['schema'] };
}

/** A whole number within bounds: required, or optional with or without a default. */
export function integerOption<D extends number | undefined = undefined, R extends boolean = false>(
  options: Omit<Common<R>, 'required'> & Placement & Suggestible & { min: number; max: number; default?: D; required?: R },
): OptionSpec<D extends number ? number : R extends true ? number : number | undefined> {
  const { min, max } = options;
  const required = options.required === true;
  const range = `a whole number from ${min} to ${max}`;
  const base = z.coerce
    .number({ error: `must be ${range}` })
    .int({ error: `must be ${range}` })
    .min(min, { error: `must be ${range}` })
    .max(max, { error: `must be ${range}` });
  const schema = options.default !== undefined ? base.default(options.default) : required ? base : base.optional();
  return {
    kind: 'integer',
    description: options.description,
    positional: options.positional ?? false,
    rest: false,
    repeatable: false,
    required,
    min,
    max,
    example: options.example ?? String(options.default ?? min),
    ...suggesterOf(options),
    schema: schema as unknown as OptionSpec<D extends number ? number : R extends true ? number : number | undefined>['schema'],
  };
}

/** A schema accepting one of `choices` (case-insensitive) and suggesting the nearest on a typo. */
function choiceSchema<C extends string>(choices: readonly C[]): z.ZodType<C> {
  return z.string({ error: `must be one of ${choices.join(', ')}` }).transform((value, ctx) => {
    const lowered = value.trim().toLowerCase();
    const match = choices.find((choice) => choice.toLowerCase() === lowered);
    if (match !== undefined) return match;
    const guess = closestMatch(lowered, choices);
    ctx.addIssue({
      code: 'custom',
      message:
        guess === undefined ? `"${value}" is not one of ${choices.join(', ')}` : `"${value}" is not one of ${choices.join(', ')}: did you mean ${guess}?`,
    });
    return z.NEVER;
  });
}

/** One of a fixed set of words; typos get a "did you mean" suggestion. */
export function choiceOption<C extends string, R extends boolean = true>(
  choices: readonly C[],
  options: Common<R> & Placement & { default?: C },
): OptionSpec<R extends true ? C : C | undefined> {
  const required = options.default === undefined && (options.required ?? options.positional === true);
  const single = choiceSchema(choices);
  const schema = options.default === undefined ? optional(single, required) : single.optional().transform((value) => value ?? options.default);
  return {
    kind: 'choice',
    description: options.description,
    positional: options.positional ?? false,
    rest: false,
    repeatable: false,
    required,
    choices,
    example: options.example ?? choices[0] ?? '',
    schema: schema as z.ZodType<R extends true ? C : C | undefined>,
  };
}

/** A `--flag` that may be repeated (`--focus skills --focus culture`); its value is a list. */
export function repeatableChoiceOption<C extends string>(choices: readonly C[], options: Omit<Common<false>, 'required'>): OptionSpec<C[]> {
  return {
    kind: 'choice',
    description: options.description,
    positional: false,
    rest: false,
    repeatable: true,
    required: false,
    choices,
    example: options.example ?? choices[0] ?? '',
    schema: z.array(choiceSchema(choices)).default([]),
  };
}

/**
 * A text `--flag` that may be repeated (`--prompt "What surprised you?" --prompt "What next?"`),
 * up to `maxCount` times; its value is the list of texts, each trimmed and within `maxLength`.
 * Unlike choices, texts may hold commas, so Discord shows one field per value (`prompt1`...).
 */
export function repeatableTextOption(options: Common<boolean> & { maxLength: number; maxCount: number }): OptionSpec<string[]> {
  const { maxLength, maxCount } = options;
  const single = textOption({ description: options.description, maxLength }).schema;
  const list = z
    .array(single)
    .max(maxCount, { error: (issue) => `is given ${Array.isArray(issue.input) ? issue.input.length : 'too many'} times; the limit is ${maxCount}` });
  return {
    kind: 'text',
    description: options.description,
    positional: false,
    rest: false,
    repeatable: true,
    maxCount,
    required: options.required ?? false,
    maxLength,
    example: options.example ?? 'text',
    schema: options.required === true ? list : list.default([]),
  };
}

/** The name of the `index`th (from 1) field of a repeatable text option where each value has a field of its own: `prompt1`, `prompt2`... */
export function numberedOptionName(name: string, index: number): string {
  return `${name}${index}`;
}

/** A yes/no switch: present means yes (`--dry-run`). */
export function booleanOption(options: Omit<Common<false>, 'required'>): OptionSpec<boolean> {
  return {
    kind: 'boolean',
    description: options.description,
    positional: false,
    rest: false,
    repeatable: false,
    required: false,
    example: options.example ?? '',
    schema: z
      .union([z.boolean(), z.enum(['true', 'false', 'yes', 'no']).transform((word) => word === 'true' || word === 'yes')])
      .optional()
      .transform((value) => value ?? false),
  };
}
