/**
 * Helpers for rendering reply text, which is "markdown-lite" (see `reply.ts`): the emphasis
 * marks as each platform writes them, text for places that show no markup, and cutting text
 * to a platform's limit.
 */
import { MENTIONS_BY_ID, replaceMentionTokens, type MentionStyle } from './mention-token.js';
import { replaceTimeTokens } from './time-token.js';
import { graphemePrefix, renderAround } from './user-text.js';

/** `*bold*`: the stars hug the words and stand apart from the text around them. */
const BOLD = /(^|[\s(])\*([^*\n]+)\*(?=[\s).,:;!?]|$)/g;
/** `_italic_`, written like bold. */
const ITALIC = /(^|[\s(])_([^_\n]+)_(?=[\s).,:;!?]|$)/g;

/** Rewrites every `*bold*` in `text` with `render(inner)`. */
export function replaceBold(text: string, render: (inner: string) => string): string {
  return text.replace(BOLD, (_, before: string, inner: string) => `${before}${render(inner)}`);
}

/** Rewrites every `_italic_` in `text` with `render(inner)`. */
export function replaceItalic(text: string, render: (inner: string) => string): string {
  return text.replace(ITALIC, (_, before: string, inner: string) => `${before}${render(inner)}`);
}

/**
 * Text for places that show no markup (button labels, menu options, form titles): times as
 * their fallback, written in the student's zone, and channels and people as `style` writes
 * them (by id unless told otherwise: such places show no names either); what people wrote
 * (`user-text.ts`) as they wrote it.
 */
export function plainText(text: string, style: MentionStyle = MENTIONS_BY_ID): string {
  return renderAround(
    text,
    (markup) =>
      replaceMentionTokens(
        replaceTimeTokens(markup, (_seconds, fallback) => fallback),
        style,
      ),
    (written) => written,
  );
}

/**
 * The start of `text` that fits `max` characters (UTF-16 code units), cut between graphemes, with
 * no ellipsis: for a value a person will edit. Empty when not even the first character fits (an
 * emoji is two code units).
 */
export function clip(text: string, max: number): string {
  const prefix = graphemePrefix(text, max);
  return prefix.length <= max ? prefix : '';
}

/**
 * Shortens text to at most `max` characters (UTF-16 code units, as Slack and Discord count),
 * ending with an ellipsis when cut; the cut falls between graphemes, so an emoji is never split.
 */
export function fit(text: string, max: number): string {
  return text.length <= max ? text : `${clip(text, max - 1)}…`;
}
