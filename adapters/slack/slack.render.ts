import { writeCommandsIn, type CommandWriter } from '../../src/core/command-ref.js';
import type { types } from '@slack/bolt';
import type { Block, Button, Reply, Select } from '../../src/core/reply.js';
import { replaceMentionTokens } from '../../src/core/mention-token.js';
import { fit, plainText } from '../../src/core/markdown-lite.js';
import { replaceTimeTokens, TIME_TOKEN_SOURCE } from '../../src/core/time-token.js';
import { graphemePrefix, renderAround } from '../../src/core/user-text.js';
import { actionIdOf } from './action-id.js';

/** A word, or a whole time token (which holds spaces in its fallback). */
const WORD_OR_TIME_TOKEN = new RegExp(`${TIME_TOKEN_SOURCE}|\\S+`, 'g');

/**
 * Block Kit's limits that shape how a reply is cut up.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 * @see https://docs.slack.dev/reference/block-kit/blocks/section-block
 * @see https://docs.slack.dev/reference/block-kit/block-elements/static-select-element
 */
export const BLOCK_KIT_LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Characters of a section's text (and of one context element). */
  sectionText: 3000,
  /** Fields in one section, and characters in each. */
  sectionFields: 10,
  fieldText: 2000,
  /** Characters of a header. */
  headerText: 150,
  /** Elements in one actions block. */
  actionElements: 25,
  /** Characters of a button's label or a menu option's text. */
  buttonText: 75,
  /** Characters of a menu's placeholder. */
  placeholder: 150,
  /** Options of one static menu. */
  selectOptions: 100,
  /** Characters of the notification text we send with blocks (Slack allows more; notifications show less). */
  fallbackText: 3000,
  /**
   * Characters of text in all the blocks of one message. Slack documents no figure, but refuses
   * long block payloads with `msg_blocks_too_long` (found near 13,000 characters in practice),
   * so a longer reply is sent as several messages.
   */
  messageText: 12000,
} as const;

/** One Slack message: blocks and the plain text shown in notifications and where blocks cannot be. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: types.KnownBlock[];
}

/**
 * Renders a reply as one or more Slack messages, each within Block Kit's limits: long text is
 * split over sections, long lists of blocks over messages. A reply's files (charts, exports) are
 * no part of its messages: they are uploaded apart (`file-upload.ts`).
 * A reply with no blocks (only a form) renders as no message.
 */
export function renderReply(reply: Reply, commands: CommandWriter): SlackMessage[] {
  const blocks = renderBlocks(reply.blocks, commands);
  const messages: types.KnownBlock[][] = [];
  let current: types.KnownBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    const length = blockTextLength(block);
    if (current.length === BLOCK_KIT_LIMITS.messageBlocks || (current.length > 0 && size + length > BLOCK_KIT_LIMITS.messageText)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += length;
  }
  if (current.length > 0) messages.push(current);
  return messages.map((part) => ({ text: fallbackText(part), blocks: part }));
}

/** The characters of text a block carries, toward a message's {@link BLOCK_KIT_LIMITS.messageText}. */
export function blockTextLength(block: types.KnownBlock): number {
  return blockTexts(block).reduce((sum, text) => sum + text.length, 0);
}

/** Renders reply blocks as Block Kit blocks; buttons and menus are numbered in order for their action ids. */
export function renderBlocks(given: readonly Block[], commands: CommandWriter): types.KnownBlock[] {
  const blocks = writeCommandsIn(given, commands);
  let position = 0;
  const next = (): number => position++;
  return blocks.flatMap((block) => renderBlock(block, next));
}

function renderBlock(block: Block, nextPosition: () => number): types.KnownBlock[] {
  switch (block.type) {
    case 'heading': {
      const heading = plainText(block.text);
      return heading.length <= BLOCK_KIT_LIMITS.headerText ? [{ type: 'header', text: plain(heading) }] : sections(`*${block.text}*`);
    }
    case 'text':
      return sections(block.text);
    case 'list':
      return sections(block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '•'} ${item}`).join('\n'));
    case 'fields':
      return fieldSections(
        block.fields.map((field) => fitMrkdwn(mrkdwn(`*${field.label}*\n${field.value === '' ? '-' : field.value}`), BLOCK_KIT_LIMITS.fieldText)),
      );
    case 'context':
      return mrkdwnParts(block.text).map((part) => ({ type: 'context', elements: [{ type: 'mrkdwn', text: part }] }));
    case 'divider':
      return [{ type: 'divider' }];
    case 'actions':
      return groups(block.elements, BLOCK_KIT_LIMITS.actionElements).map((group) => ({
        type: 'actions',
        elements: group.map((element) => (element.type === 'button' ? renderButton(element, nextPosition()) : renderSelect(element, nextPosition()))),
      }));
  }
}

function renderButton(button: Button, position: number): types.Button {
  const rendered: types.Button = {
    type: 'button',
    text: plain(fit(plainText(button.label), BLOCK_KIT_LIMITS.buttonText)),
    action_id: actionIdOf(button.action, position),
  };
  return button.style === undefined ? rendered : { ...rendered, style: button.style };
}

function renderSelect(select: Select, position: number): types.StaticSelect {
  return {
    type: 'static_select',
    action_id: actionIdOf(select.action, position),
    placeholder: plain(fit(plainText(select.placeholder), BLOCK_KIT_LIMITS.placeholder)),
    options: select.options.slice(0, BLOCK_KIT_LIMITS.selectOptions).map((option) => ({
      text: plain(fit(plainText(option.label), BLOCK_KIT_LIMITS.buttonText)),
      value: option.value,
      ...(option.description === undefined ? {} : { description: plain(fit(plainText(option.description), BLOCK_KIT_LIMITS.buttonText)) }),
    })),
  };
}

/** Fields in sections of at most ten, each section's fields holding no more text than a section's text may, so no one block outweighs a message. */
function fieldSections(texts: readonly string[]): types.SectionBlock[] {
  const sections: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const text of texts) {
    if (current.length === BLOCK_KIT_LIMITS.sectionFields || (current.length > 0 && size + text.length > BLOCK_KIT_LIMITS.sectionText)) {
      sections.push(current);
      current = [];
      size = 0;
    }
    current.push(text);
    size += text.length;
  }
  if (current.length > 0) sections.push(current);
  return sections.map((group) => ({ type: 'section', fields: group.map((text) => ({ type: 'mrkdwn', text })) }));
}

/** Sections holding `text`, split at line breaks (or spaces) to fit a section's limit. */
function sections(text: string): types.SectionBlock[] {
  return mrkdwnParts(text).map((part) => ({ type: 'section', text: { type: 'mrkdwn', text: part } }));
}

/**
 * `text` as mrkdwn in parts that each fit a section's limit: rendered once when the whole fits,
 * as nearly every reply's text does; split by {@link chunkText} otherwise. Splitting renders
 * each line to measure it, each part to check it, then each part again: with it on every block,
 * rendering took 0.34 ms a /questions (renderReply: 1.6 s over 4,700 requests in bench:slack's CPU profile).
 */
function mrkdwnParts(text: string): string[] {
  const whole = mrkdwn(text);
  if (whole.length <= BLOCK_KIT_LIMITS.sectionText) return [whole];
  return chunkText(text, BLOCK_KIT_LIMITS.sectionText, (part) => mrkdwn(part).length).map(mrkdwn);
}

/**
 * Slack mrkdwn from Rapport's markdown-lite: `*bold*`, `_italic_` and `` `code` `` are the
 * same; `&`, `<` and `>` are escaped; a time token becomes a date Slack shows in each reader's
 * own zone, with the student's local time as the fallback; channel and person tokens become
 * links Slack shows with the channel's and the person's name.
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 * @see https://docs.slack.dev/messaging/formatting-message-text#date-formatting
 * @see https://docs.slack.dev/messaging/formatting-message-text#mentioning-users
 */
export function mrkdwn(text: string): string {
  return renderAround(text, markupMrkdwn, (written, insideCode) => escapeText(insideCode ? written.replaceAll('`', 'ˋ') : written));
}

/** Rapport's own markup as mrkdwn (see {@link mrkdwn}). */
function markupMrkdwn(text: string): string {
  const markup: string[] = [];
  /** Slack markup, set aside while the rest is escaped. */
  const keep = (slackMarkup: string): string => `\uE000${markup.push(slackMarkup) - 1}\uE001`;
  const dated = replaceTimeTokens(text, (seconds, fallback) => keep(`<!date^${seconds}^{date_long_pretty} at {time}|${escapeText(fallback)}>`));
  const marked = replaceMentionTokens(dated, { channel: (channelId) => keep(`<#${channelId}>`), user: (userId) => keep(`<@${userId}>`) });
  return escapeText(marked).replace(/\uE000(\d+)\uE001/g, (_, index: string) => markup[Number(index)] ?? '');
}

/** A plain_text object. */
export function plain(text: string): types.PlainTextElement {
  return { type: 'plain_text', text, emoji: true };
}

/**
 * Cuts rendered mrkdwn to `max` characters without leaving half an escape or half a link,
 * which Slack would show as it is.
 */
function fitMrkdwn(text: string, max: number): string {
  return fit(text, max).replace(/(?:&[a-z]*|<[^>]*)…$/, '…');
}

/** Escapes the three characters Slack reads as markup: whatever else is written shows as written, never as a link or a mention. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function groups<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * Splits text into parts whose `measure` (their rendered length) fits `limit`: whole lines
 * where possible, else words (a time token counts as one word), else hard cuts. Each line and
 * word is measured once and parts are filled by adding up those lengths (escaping, which is
 * what `measure` accounts for, adds up), so a long reply costs time in proportion to its length;
 * a part that still renders too long (a token split between words) is cut again.
 */
export function chunkText(text: string, limit: number, measure: (part: string) => number): string[] {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  const push = (unit: string, separator: string): void => {
    const length = measure(unit);
    if (current === '' && parts.length === 0 && size === 0) {
      current = unit;
      size = length;
      return;
    }
    if (size + separator.length + length <= limit) {
      current = `${current}${separator}${unit}`;
      size += separator.length + length;
      return;
    }
    parts.push(current);
    current = unit;
    size = length;
  };
  for (const line of text.split('\n')) {
    if (measure(line) <= limit) {
      push(line, '\n');
      continue;
    }
    let separator = '\n';
    for (const word of line.match(WORD_OR_TIME_TOKEN) ?? []) {
      const pieces = measure(word) <= limit ? [word] : hardCuts(word, limit, measure);
      pieces.forEach((piece, index) => {
        push(piece, index === 0 ? separator : '');
      });
      separator = ' ';
    }
  }
  parts.push(current);
  return parts.flatMap((part) => (measure(part) <= limit ? [part] : hardCuts(part, limit, measure)));
}

/** Cuts a word too long for `limit`, between graphemes, into pieces whose rendered length fits. */
function hardCuts(word: string, limit: number, measure: (part: string) => number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest !== '') {
    let piece = graphemePrefix(rest, limit);
    while (measure(piece) > limit) {
      const shorter = graphemePrefix(piece, Math.ceil(piece.length / 2));
      if (shorter === piece) break;
      piece = shorter;
    }
    pieces.push(piece);
    rest = rest.slice(piece.length);
  }
  return pieces;
}

/** The notification text of a message: its readable text, dates as their fallbacks, cut to a sensible length. */
function fallbackText(blocks: readonly types.KnownBlock[]): string {
  const text = blocks
    .flatMap(blockTexts)
    .join('\n')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1');
  return fitMrkdwn(text, BLOCK_KIT_LIMITS.fallbackText) || ' ';
}

/** The readable texts of a block as mrkdwn: a header's (plain text, escaped), a section's text and fields, a context's elements. */
function blockTexts(block: types.KnownBlock): string[] {
  switch (block.type) {
    case 'header':
      return [escapeText(block.text.text)];
    case 'section':
      return [...(block.text === undefined ? [] : [block.text.text]), ...(block.fields ?? []).map((field) => field.text)];
    case 'context':
      return block.elements.flatMap((element) => ('text' in element && typeof element.text === 'string' ? [element.text] : []));
    default:
      return [];
  }
}
