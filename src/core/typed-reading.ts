import { hasNamedSubcommands, pickSubcommand, type Command, type PickedSubcommand } from './command.js';
import type { CommandRegistry } from './registry.js';
import { closestMatch } from './suggest.js';
import { isQuoted, type Token } from './tokenize.js';

/**
 * What some typed command text asks for, decided before any word becomes data:
 * - `run`: a subcommand with its words;
 * - `help`: how to use the command (or one of its subcommands);
 * - `unknown`: a word that names no subcommand, where the command takes no free words;
 * - `ask`: a bare first word that looks like a command word (`lsit`, `undo`) where the default
 *   subcommand would otherwise store it: the person chooses what they meant.
 */
export type TypedReading =
  | { readonly kind: 'run'; readonly picked: PickedSubcommand }
  | { readonly kind: 'help'; readonly subcommand?: string }
  | { readonly kind: 'unknown'; readonly word: string }
  | { readonly kind: 'ask'; readonly word: string; readonly meant: TypedCommand; readonly asTyped: TypedCommand };

/** A command and the text typed after its name. */
export interface TypedCommand {
  readonly command: string;
  readonly text: string;
}

/** The words that ask for help wherever they stand alone: `help`, `-h`, `--help`. */
const HELP_WORDS = new Set(['help', '-h', '-?']);

/**
 * Reads typed text for `command`. A quoted first word is always data (`/log "Lisa"`); a bare one
 * is data only when it does not look like a subcommand (a typo of one) or another command's name.
 */
export function readTyped(command: Command, source: string, tokens: readonly Token[], registry: CommandRegistry): TypedReading {
  const picked = pickSubcommand(command, tokens);
  const named = picked !== undefined && picked.rest.length < tokens.length ? picked.name : undefined;
  if (asksForHelp(source, tokens, named === undefined ? tokens : tokens.slice(1)))
    return named === undefined ? { kind: 'help' } : { kind: 'help', subcommand: named };
  const first = tokens[0];
  if (picked === undefined) return { kind: 'unknown', word: first?.type === 'word' ? first.value : '' };
  if (named !== undefined || first?.type !== 'word' || isQuoted(source, first)) return { kind: 'run', picked };
  const word = first.value.toLowerCase();
  const takesWords = Object.values(picked.subcommand.options).some((spec) => spec.positional);
  if (!takesWords) return { kind: 'unknown', word: first.value };
  const others = Object.keys(command.subcommands).filter((name) => name !== picked.name);
  const guess = closestMatch(word, others);
  const after = source.slice(first.end);
  const asTyped = { command: command.name, text: `"${first.value.replaceAll('"', '\\"')}"${after}` };
  if (guess !== undefined) return { kind: 'ask', word: first.value, meant: { command: command.name, text: `${guess}${after}` }, asTyped };
  if (hasNamedSubcommands(command) && word !== command.name && registry.find(word) !== undefined)
    return { kind: 'ask', word: first.value, meant: { command: word, text: after.trim() }, asTyped };
  return { kind: 'run', picked };
}

/** True when the text asks for help: a `--help` flag anywhere, or a bare help word alone after the (sub)command. */
function asksForHelp(source: string, all: readonly Token[], afterName: readonly Token[]): boolean {
  if (all.some((token) => token.type === 'flag' && token.name === 'help')) return true;
  const [only, ...more] = afterName;
  return more.length === 0 && only?.type === 'word' && !isQuoted(source, only) && HELP_WORDS.has(only.value.toLowerCase());
}

/**
 * The command a plain message seems to mean when it starts with a command's name, slash
 * forgotten ("log list" means `/log list`), as a canonical invocation; undefined otherwise.
 */
export function commandInMessage(message: string, registry: CommandRegistry): string | undefined {
  const match = /^\s*\/?([a-z][a-z0-9-]*)\b([\s\S]*)$/i.exec(message);
  const word = match?.[1]?.toLowerCase();
  if (word === undefined || message.length > 200) return undefined;
  const name = registry.find(word)?.name ?? (word.length >= 4 ? registry.suggest(word) : undefined);
  return name === undefined ? undefined : `/${name}${(match?.[2] ?? '').trimEnd()}`;
}
