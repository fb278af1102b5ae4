/**
 * Finds what identifies the writer (their own name, phone numbers, email addresses) so that
 * graders can look past it: a draft must score the same whoever signs it, whatever the name's
 * origin, its length, its case or its script, and however the phone number is written.
 * No list of names is used; a name is recognised by where it stands (after "my name is",
 * "this is", "I'm", before "here" or "speaking", or on a signature line), never by what it is.
 */

/** A span of the original text, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Words that follow "this is" or "I'm" without being a name (checked in lower case). */
const NOT_NAME_WORDS = new Set(
  'a an the i calling writing reaching just hoping currently interested looking following your my regarding sorry so really also best thanks thank regards cheers sincerely about in at from with on for here not very still now glad happy excited new one studying working'.split(
    ' ',
  ),
);
/** Short particles that belong inside a name ("de la Cruz", "van der Berg", "bin Said"). */
const PARTICLES = new Set('de la del da das dos di du le van der von den bin binti bint al el ibn ap ter ten y e'.split(' '));
/** Words that end a name after "my name is". */
const NAME_STOP = new Set('and i from a an the at calling studying who with here speaking currently im'.split(' '));

const NAME_TOKEN = String.raw`[\p{L}\p{M}][\p{L}\p{M}'\u2019.-]*`;
const SAID_NAME = /\bmy name(?:'s| is)\s+/giu;
const INTRODUCED = /\b(?:this is|it's|it\u2019s|i am|i'm|i\u2019m)\s+/giu;
/** A clause that is a name followed by "here", "speaking" or "calling" ("Hello Jordan, Ana Lima here."). */
const NAME_THEN_HERE = /(?:^|[,.!?;:\n])[ \t]*([^,.!?;:\n]{1,80}?)[ \t]+(?:here|speaking|calling)\b/dgu;
/** Clauses before "here" or "calling" that are the writer's pronoun, not a name ("I'm calling"). */
const PRONOUN = /^(?:i|i'm|i\u2019m|im|we|we're|it|it's|it\u2019s|this|that|you|he|she|they)$/iu;
const SIGN_OFF_LINE =
  /^\s*(?:best|best regards|kind regards|regards|warm regards|warmly|many thanks|thanks|thank you|sincerely|cheers|all the best|with thanks|with gratitude|respectfully|yours)(?: so much| very much| again| truly)?\s*[,!.]?\s*/iu;

/** Phone numbers (seven or more digits in any common format). */
export const PHONE_PATTERN = /\+?\(?\d[\d\s().-]{5,}\d/g;
/** Email addresses. */
export const EMAIL_PATTERN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const MIN_PHONE_DIGITS = 7;

function isCapitalised(token: string): boolean {
  const first = token.charAt(0);
  return first !== first.toLowerCase() || first === first.toUpperCase();
}

/** Most words of a name, particles ("de", "la") not counted. */
const MAX_NAME_WORDS = 5;

/** Name tokens starting at `from`: up to five capitalised (or uncased) words, and particles. */
function nameAt(text: string, from: number, anyCase: boolean): Span | null {
  const token = new RegExp(`^(${NAME_TOKEN})[ \\t]*`, 'u');
  let at = from;
  let end = from;
  let count = 0;
  let words = 0;
  while (words < MAX_NAME_WORDS) {
    const m = token.exec(text.slice(at));
    const word = m?.[1]?.replace(/[.'\u2019-]+$/u, '');
    if (m === null || word === undefined || word === '') break;
    const lower = word.toLowerCase();
    const particle = count > 0 && PARTICLES.has(lower);
    if (!particle && (anyCase ? NAME_STOP.has(lower) : !isCapitalised(word) || NOT_NAME_WORDS.has(lower))) break;
    count++;
    if (!particle) words++;
    end = at + word.length;
    at += m[0].length;
    if (/[.,;:!?]/u.test(text.charAt(end))) break;
  }
  return count === 0 ? null : { start: from, end };
}

function saidNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SAID_NAME)) spans.push(...[nameAt(text, m.index + m[0].length, true)].filter((s) => s !== null));
  for (const m of text.matchAll(INTRODUCED)) spans.push(...[nameAt(text, m.index + m[0].length, false)].filter((s) => s !== null));
  for (const m of text.matchAll(NAME_THEN_HERE)) {
    const [start, end] = m.indices?.[1] ?? [0, 0];
    const span = PRONOUN.test(text.slice(start, end)) ? null : nameAt(text, start, false);
    if (span?.end === end) spans.push(span);
  }
  return spans;
}

/** The name on the last line of a written message ("Best, Zhang Wei", or a name alone after a sign-off). */
function signatureName(text: string): Span | null {
  const lines = [...text.matchAll(/[^\n]+/g)].filter((l) => l[0].trim() !== '');
  while (lines.length > 2 && isContactLine(lines.at(-1)?.[0] ?? '')) lines.pop();
  const last = lines.at(-1);
  if (last === undefined || lines.length < 2) return null;
  const lead = last[0].length - last[0].trimStart().length;
  const signOff = SIGN_OFF_LINE.exec(last[0].trimStart());
  const after = signOff === null ? 0 : signOff[0].length;
  const start = last.index + lead + after;
  const rest = text.slice(start, last.index + last[0].length).replace(/^[-\u2013\u2014\s]+/u, '');
  const offset = start + (text.slice(start).length - text.slice(start).replace(/^[-\u2013\u2014\s]+/u, '').length);
  if (rest.trim() === '' || /[.!?:]\s*$/u.test(rest) || rest.split(/\s+/).length > 5) return null;
  const previous = lines.at(-2)?.[0] ?? '';
  const afterSignOff = signOff !== null || SIGN_OFF_LINE.test(previous) || /,\s*$/u.test(previous);
  const span = nameAt(text, offset, afterSignOff);
  return span !== null && text.slice(span.end, last.index + last[0].length).trim() === '' ? span : null;
}

/** A line holding only a phone number or an email address (under a signature). */
function isContactLine(line: string): boolean {
  const rest = line
    .replace(PHONE_PATTERN, '')
    .replace(EMAIL_PATTERN, '')
    .replace(/\b(phone|tel|mobile|cell|email|e-mail)\b/giu, '');
  return rest.replace(/[\s:|,/-]/gu, '') === '' && line.trim() !== '';
}

/** Every place the writer's own name appears: where it is given, and each later use of its words. */
export function signerNameSpans(text: string): Span[] {
  const given = [...saidNames(text), signatureName(text)].filter((s): s is Span => s !== null);
  const tokens = new Set(given.flatMap((s) => text.slice(s.start, s.end).split(/\s+/u)).filter((t) => t.length >= 2 && !PARTICLES.has(t.toLowerCase())));
  const spans = [...given];
  for (const token of tokens) {
    const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'giu')))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return merge(spans);
}

/** Phone numbers in the text with their digits. */
export function phoneSpans(text: string): (Span & { digits: string })[] {
  return [...text.matchAll(PHONE_PATTERN)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, digits: m[0].replace(/\D/g, '') }))
    .filter((p) => p.digits.length >= MIN_PHONE_DIGITS);
}

/** Email addresses in the text. */
export function emailSpans(text: string): Span[] {
  return [...text.matchAll(EMAIL_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function merge(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out.at(-1);
    if (prev !== undefined && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * The text with the writer's name and the user part of email addresses replaced letter for
 * letter by `x` (same length, so offsets still point at the original), for pattern checks
 * that must not be swayed by who wrote it.
 */
export function maskIdentity(text: string, names: readonly Span[]): string {
  const units = text.split('');
  const users = emailSpans(text).map((e) => ({ start: e.start, end: text.indexOf('@', e.start) }));
  for (const s of [...names, ...users]) {
    for (let i = s.start; i < s.end; i++) if (/[\p{L}\p{N}\p{M}]/u.test(units[i] ?? '')) units[i] = 'x';
  }
  return units.join('');
}

/** Stand-ins used when measuring length: every name, number and address counts the same. */
const NAME_STAND_IN = 'Name Name';
const PHONE_STAND_IN = '5555555555';
const EMAIL_STAND_IN = 'name@mail.com';

/**
 * The text with the name, phone numbers and email addresses replaced by fixed stand-ins, for
 * measuring length. An address counts as one address even when it holds the writer's name.
 */
export function measurableText(text: string, names: readonly Span[]): string {
  const emails = emailSpans(text);
  const outsideEmails = (s: Span): boolean => !emails.some((e) => s.start < e.end && e.start < s.end);
  const parts = [
    ...names.filter(outsideEmails).map((s) => ({ ...s, with: NAME_STAND_IN })),
    ...phoneSpans(text).map((s) => ({ ...s, with: PHONE_STAND_IN })),
    ...emails.map((s) => ({ ...s, with: EMAIL_STAND_IN })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const p of parts) {
    if (p.start < at) continue;
    out += text.slice(at, p.start) + p.with;
    at = p.end;
  }
  return out + text.slice(at);
}
