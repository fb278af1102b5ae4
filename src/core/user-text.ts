/**
 * Text a person wrote (a note, a contact's name, a cohort's name, a display name), inside reply
 * text that Rapport wrote. Reply text is markdown-lite with tokens for times, channels and people
 * (see `reply.ts`); what a person wrote must show exactly as written on every platform: never as
 * markup, a mention, a masked link or a spoiler. Commands mark it with {@link userText}; each
 * renderer escapes the marked parts in one step of its own ({@link renderAround}) and renders the
 * rest as Rapport's markup.
 *
 * The marks are characters of Unicode's private use area, which {@link withoutReserved} removes
 * from everything people send, so nobody can forge a mark or a token.
 *
 * @module
 */

/** Opens and closes a part a person wrote. */
const WRITTEN_START = '\uE010';
const WRITTEN_END = '\uE011';
/** Starts a time, channel or person token that Rapport wrote (`mention-token.ts`, `time-token.ts`). */
export const TOKEN_MARK = '\uE012';
/** Frame a placeholder while a renderer works on the markup around the written parts. */
const HOLD_START = '\uE013';
const HOLD_END = '\uE014';

/** NUL (which PostgreSQL's text refuses) and the private-use characters Rapport keeps for its marks (U+E000 to U+E01F). */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters this removes.
const RESERVED = /[\u0000\uE000-\uE01F]/g;
/** Half of a surrogate pair without its other half: not a character, and Discord refuses a message holding one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` without NUL and without the characters Rapport keeps for its own marks, and with any
 * half surrogate pair replaced by U+FFFD: what every inbound text is reduced to.
 */
export function withoutReserved(text: string): string {
  return text.replace(RESERVED, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** A mention someone typed, as adapters write it into inbound text (`<u:ID>`, see `typedMention` in `mention-token.ts`). */
export const TYPED_MENTION_SOURCE = '<u:([^\\s<>|]{1,100})>';
const TYPED_MENTION = new RegExp(TYPED_MENTION_SOURCE, 'g');

/**
 * Marks `value`, which a person wrote, to be shown as written wherever a reply puts it; a
 * mention they typed shows as `@ID`, never as a mention that could notify anyone.
 */
export function userText(value: string): string {
  return `${WRITTEN_START}${withoutReserved(value).replace(TYPED_MENTION, '@$1')}${WRITTEN_END}`;
}

/** One stretch of reply text: Rapport's markup, or what a person wrote. */
export interface TextPart {
  readonly written: boolean;
  readonly text: string;
}

/**
 * Splits reply text into Rapport's markup and the parts people wrote. A piece of text cut out of
 * a longer one may hold half a marked part: a close with no open before it ends a part that began
 * before the piece, and an open with no close runs to the piece's end.
 */
export function textParts(text: string): TextPart[] {
  if (!hasWrittenMark(text)) return text === '' ? [] : [{ written: false, text }];
  return markedParts(text);
}

/** {@link textParts} of text known to hold at least one mark. */
function markedParts(text: string): TextPart[] {
  const firstStart = text.indexOf(WRITTEN_START);
  const firstEnd = text.indexOf(WRITTEN_END);
  let written = firstEnd !== -1 && (firstStart === -1 || firstEnd < firstStart);
  const parts: TextPart[] = [];
  let opened = false;
  for (const piece of text.split(WRITTEN_MARKS)) {
    // An empty part a person wrote is kept, so the markup around it (`*...*`) still pairs up.
    if (piece === WRITTEN_END && opened) parts.push({ written: true, text: '' });
    if (piece === WRITTEN_START || piece === WRITTEN_END) written = piece === WRITTEN_START;
    else if (piece !== '') parts.push({ written, text: piece });
    opened = piece === WRITTEN_START || (opened && piece === '');
  }
  return parts;
}

/** Splits text at each mark, keeping the marks. */
const WRITTEN_MARKS = new RegExp(`([${WRITTEN_START}${WRITTEN_END}])`);

/**
 * Renders reply text in one pass: `markup` renders Rapport's markup, which sees each written part
 * as a placeholder it leaves alone (so a `*bold*` around a name still works), and `written`
 * escapes each part a person wrote for the platform; `insideCode` says whether the part sits in
 * a code span of the markup (`` `...` ``), where a platform shows escapes as they are.
 */
export function renderAround(text: string, markup: (markup: string) => string, written: (text: string, insideCode: boolean) => string): string {
  // Most reply text holds nothing a person wrote: rendered as it is, without splitting it (a plan's reply is a few hundred such strings).
  if (!hasWrittenMark(text)) return markup(text.replace(RESERVED_HOLDS, ''));
  const held: string[] = [];
  const markupText = markedParts(text)
    .map((part) => (part.written ? `${HOLD_START}${held.push(part.text) - 1}${HOLD_END}` : part.text.replace(RESERVED_HOLDS, '')))
    .join('');
  const rendered = markup(markupText);
  if (held.length === 0) return rendered;
  let result = '';
  let from = 0;
  let backticks = 0;
  for (const match of rendered.matchAll(HELD)) {
    const between = rendered.slice(from, match.index);
    backticks += occurrences(between, '`');
    result += between + written(held[Number(match[1])] ?? '', backticks % 2 === 1);
    from = match.index + match[0].length;
  }
  return result + rendered.slice(from);
}

/** Whether `text` holds a mark of a part a person wrote (an open or a close). */
function hasWrittenMark(text: string): boolean {
  return text.includes(WRITTEN_START) || text.includes(WRITTEN_END);
}

/** How many times `character` occurs in `text`. */
function occurrences(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count++;
  return count;
}

/** Placeholders of {@link renderAround}. */
const HELD = new RegExp(`${HOLD_START}(\\d+)${HOLD_END}`, 'g');
const RESERVED_HOLDS = new RegExp(`[${HOLD_START}${HOLD_END}]`, 'g');

/** Reply text with every mark removed and written parts kept as they are, for a place that shows text as it is. */
export function unmarked(text: string): string {
  return renderAround(
    text,
    (markup) => markup,
    (written) => written,
  );
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How far around a cut {@link graphemePrefix} looks for a boundary between graphemes. */
const CUT_WINDOW = 256;

/**
 * The longest start of `text` of at most `max` UTF-16 code units (as Slack and Discord count)
 * that ends between graphemes: an emoji with its modifiers or a letter with its accents stays
 * whole, so no cut leaves half of a surrogate pair, which Discord refuses. Only the text around
 * the cut is segmented (segmenting a whole long text for each cut made a 50 KB reply take
 * half a second to render). When no boundary is near (a letter under hundreds of combining
 * marks), the cut falls between code points; at least one code point is always kept, so a loop
 * of cuts ends.
 */
export function graphemePrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  let from = Math.max(0, max - CUT_WINDOW);
  if (isLowSurrogate(text.charCodeAt(from))) from += 1;
  let end = 0;
  for (const { segment, index } of graphemes.segment(text.slice(from, max + CUT_WINDOW))) {
    if (from + index + segment.length > max) break;
    end = from + index + segment.length;
  }
  if (end > 0) return text.slice(0, end);
  const cut = isLowSurrogate(text.charCodeAt(max)) ? max - 1 : max;
  return cut > 0 ? text.slice(0, cut) : String.fromCodePoint(text.codePointAt(0) ?? 0xfffd);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
