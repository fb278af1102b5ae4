import { TOKEN_MARK } from './user-text.js';

/**
 * A command named inside reply text, as a value: the command, its subcommand and its arguments.
 * Replies never spell a command themselves; they carry a token made by {@link commandRef} (or
 * {@link usageRef}, {@link optionRef}) and each platform's renderer writes it in place in its own
 * syntax: the console and Slack as typed (`/log thanked "Zoë Martin"`, with Slack's own command
 * names), Discord as a slash command with named options (`/log thanked name:Zoë Martin`) or a
 * mention of the registered command. Like time and mention tokens, it follows Rapport's token
 * mark, which nobody can send (`user-text.ts`), so text a person types never becomes one.
 *
 * @module
 */

/** A value given to an option: typed text, a number, a flag that is on, or the values of a repeatable option. */
export type RefValue = string | number | boolean | readonly string[];

/**
 * What a token shows: a command to run with its arguments, a usage line with placeholders (in
 * brief: what must be given, then `[options]`), one option (its name, or with a placeholder for
 * its value), or the platform's few lines on how commands are typed at all (for /help).
 */
export type RefForm = 'run' | 'usage' | 'brief-usage' | 'option' | 'option-usage' | 'syntax';

/** A command named in a reply. */
export interface CommandRef {
  readonly form: RefForm;
  /** The command's canonical name (`remind`, never Slack's `/nudge`). */
  readonly command: string;
  /** The subcommand; undefined for the command alone (its default subcommand, or a command without subcommands). */
  readonly subcommand?: string;
  /** The arguments by option name, for the `run` form; values are what a person typed or Rapport suggests. */
  readonly args: Readonly<Record<string, RefValue>>;
  /** The option named, for the `option` form. */
  readonly option?: string;
}

/**
 * Writes a command named in a reply as a platform does; `plain` says whether it stands where
 * markup does not show: in a code span (`` `...` ``), or in a button's label or a form's title.
 */
export type CommandWriter = (ref: CommandRef, plain: boolean) => string;

/**
 * Names a command in reply text: `commandRef('log', 'thanked', { contact: 'Zoë Martin' })` shows
 * as `/log thanked "Zoë Martin"` on the console. Arguments left undefined are left out, so an
 * optional value can be passed as it is.
 */
export function commandRef(command: string, subcommand?: string, args: Readonly<Record<string, RefValue | undefined>> = {}): string {
  const given = Object.fromEntries(Object.entries(args).filter((entry): entry is [string, RefValue] => entry[1] !== undefined));
  return token({ form: 'run', command, ...(subcommand === undefined ? {} : { subcommand }), args: given });
}

/** Names a subcommand's usage line in reply text: `/questions <kind> <subject...> [--minutes N]` as typed. */
export function usageRef(command: string, subcommand?: string): string {
  return token({ form: 'usage', command, ...(subcommand === undefined ? {} : { subcommand }), args: {} });
}

/** Names a subcommand in brief: `/log [add] <name> [options]` as typed. */
export function briefUsageRef(command: string, subcommand?: string): string {
  return token({ form: 'brief-usage', command, ...(subcommand === undefined ? {} : { subcommand }), args: {} });
}

/** Names one option of a subcommand in reply text: `--minutes` as typed, the field `minutes` on Discord. */
export function optionRef(command: string, subcommand: string | undefined, option: string): string {
  return token({ form: 'option', command, ...(subcommand === undefined ? {} : { subcommand }), args: {}, option });
}

/** One option with a placeholder for its value, as a line of its own explains it: `--minutes N` as typed, `minutes:N` on Discord. */
export function optionUsageRef(command: string, subcommand: string | undefined, option: string): string {
  return token({ form: 'option-usage', command, ...(subcommand === undefined ? {} : { subcommand }), args: {}, option });
}

/** The platform's few lines on how commands are typed there (words and `--options`, or fields), for /help. */
export function syntaxRef(): string {
  return token({ form: 'syntax', command: '', args: {} });
}

/** The token of a ref: its JSON in base64url, whose letters no renderer's markup or pattern touches. */
function token(ref: CommandRef): string {
  return `${TOKEN_MARK}<r:${Buffer.from(JSON.stringify(ref), 'utf8').toString('base64url')}>`;
}

const REF_TOKEN = new RegExp(`${TOKEN_MARK}<r:([A-Za-z0-9_-]+)>`, 'g');

/** The ref a token's payload holds, or undefined for one that does not read (never a token Rapport wrote). */
function decode(payload: string): CommandRef | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return isRef(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const REF_FORMS = new Set<RefForm>(['run', 'usage', 'brief-usage', 'option', 'option-usage', 'syntax']);

function isRef(value: unknown): value is CommandRef {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Record<string, unknown>;
  return typeof ref['command'] === 'string' && typeof ref['args'] === 'object' && ref['args'] !== null && REF_FORMS.has(ref['form'] as RefForm);
}

/** The refs in `text`, in order: for tests and for a renderer that wants to know what a reply names. */
export function commandRefsIn(text: string): CommandRef[] {
  return [...text.matchAll(REF_TOKEN)].flatMap((match) => decode(match[1] ?? '') ?? []);
}

/**
 * Writes every command token in `text` with `write`, telling it whether the token stands where
 * markup does not show: everywhere in `plain` text, else in a code span (an odd number of
 * backticks before it). A token that does not read is dropped.
 */
export function writeCommandRefs(text: string, write: CommandWriter, plain = false): string {
  if (!text.includes(TOKEN_MARK)) return text;
  let backticks = 0;
  let from = 0;
  let result = '';
  for (const match of text.matchAll(REF_TOKEN)) {
    const before = text.slice(from, match.index);
    backticks += before.split('`').length - 1;
    const ref = decode(match[1] ?? '');
    result += before + (ref === undefined ? '' : write(ref, plain || backticks % 2 === 1));
    from = match.index + match[0].length;
  }
  return result + text.slice(from);
}

/** The properties of a reply whose text shows without markup: labels, placeholders, titles, hints. */
const PLAIN_PROPERTIES = new Set(['label', 'placeholder', 'title', 'submitLabel', 'hint', 'description', 'initialValue', 'altText']);

/**
 * `value` (a reply, a list of replies, any plain data holding reply text) with every command
 * token in every string written by `write`: what a renderer does first, so the rest of its work
 * sees plain markup and the marked text of what people typed.
 */
export function writeCommandsIn<T>(value: T, write: CommandWriter): T {
  return mapStrings(value, (text, plain) => writeCommandRefs(text, write, plain), false) as T;
}

/**
 * `value` with `map` applied to every string in it. What holds no changed string is returned as
 * it is, not copied: most of a reply names no command, and copying every object and array of it
 * took 689 ms over 15,000 interactions in bench:discord's CPU profile.
 */
function mapStrings(value: unknown, map: (text: string, plain: boolean) => string, plain: boolean): unknown {
  if (typeof value === 'string') return map(value, plain);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const mapped = mapStrings(item, map, plain);
      if (mapped === item) return;
      copy ??= [...(value as unknown[])];
      copy[index] = mapped;
    });
    return copy ?? value;
  }
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const mapped = mapStrings(item, map, PLAIN_PROPERTIES.has(key));
    if (mapped === item) continue;
    copy ??= { ...value };
    copy[key] = mapped;
  }
  return copy ?? value;
}
