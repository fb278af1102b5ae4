import { commandRef } from './command-ref.js';
import { badInput } from './errors.js';

/** One piece of typed command text. */
export type Token = ({ readonly type: 'word'; readonly value: string } | { readonly type: 'flag'; readonly name: string; readonly inlineValue?: string }) & {
  /** Where the token starts and ends in the typed text, so a free-text option can keep line breaks. */
  readonly start: number;
  readonly end: number;
};

/** Double quotes only: apostrophes ("Sam's office") are far more common in free text than single quotes. */
const OPENING_QUOTES: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»' };

/**
 * Splits typed text into words and `--flag` markers, the same way for every command:
 * words are separated by spaces; "straight" or “curly” double quotes keep spaces inside one
 * word (a backslash keeps a quote inside: "say \"hi\"");
 * word; `--name value` and `--name=value` are options (a long dash, as phone keyboards and
 * Slack's autocorrect type it, counts as `--`). Whether a flag takes a value is decided later,
 * by the command's options.
 */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  const length = input.length;
  while (index < length) {
    const char = input.charAt(index);
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    const closing = OPENING_QUOTES[char];
    if (closing !== undefined) {
      const end = closingQuote(input, closing, index + 1);
      if (end === -1) {
        throw badInput(
          `The quote that starts at "${input.slice(index, index + 20)}" is never closed.`,
          'Close every quote you open, or leave quotes out for single words.',
          commandRef('log', 'add', { contact: 'Dana Lee', role: 'UX designer' }),
        );
      }
      tokens.push({ type: 'word', value: input.slice(index + 1, end).replaceAll(`\\${closing}`, closing), start: index, end: end + 1 });
      index = end + 1;
      continue;
    }
    let end = index;
    while (end < length && !/\s/.test(input.charAt(end))) {
      const innerClosing = OPENING_QUOTES[input.charAt(end)];
      const innerEnd = innerClosing === undefined ? -1 : input.indexOf(innerClosing, end + 1);
      end = innerEnd === -1 ? end + 1 : innerEnd + 1;
    }
    tokens.push({ ...readBareToken(input.slice(index, end)), start: index, end });
    index = end;
  }
  return tokens;
}

/** Where a quoted word ends: the next closing quote not escaped with a backslash, or -1. */
function closingQuote(input: string, closing: string, from: number): number {
  let at = input.indexOf(closing, from);
  while (at > 0 && input.charAt(at - 1) === '\\') at = input.indexOf(closing, at + 1);
  return at;
}

type BareToken = { type: 'word'; value: string } | { type: 'flag'; name: string; inlineValue?: string };

function readBareToken(raw: string): BareToken {
  const dashes = /^(--|—|–)(?=[a-zA-Z])/.exec(raw);
  if (dashes === null) return { type: 'word', value: raw };
  const body = raw.slice(dashes[0].length);
  const equals = body.indexOf('=');
  if (equals === -1) return { type: 'flag', name: body.toLowerCase() };
  return { type: 'flag', name: body.slice(0, equals).toLowerCase(), inlineValue: stripQuotes(body.slice(equals + 1)) };
}

function stripQuotes(value: string): string {
  const first = value.charAt(0);
  const closing = OPENING_QUOTES[first];
  return closing !== undefined && value.endsWith(closing) && value.length >= 2 ? value.slice(1, -1) : value;
}

/** True when a word was typed in quotes (`"lsit"`): a deliberate value, never read as a command word. */
export function isQuoted(source: string, token: Token): boolean {
  return token.type === 'word' && OPENING_QUOTES[source.charAt(token.start)] !== undefined;
}
