import { writeCommandsIn, type CommandWriter } from '../../src/core/command-ref.js';
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APISelectMenuOption,
} from 'discord.js';
import type { Block, Button, Field, Reply, Select } from '../../src/core/reply.js';
import { fit, plainText, replaceBold } from '../../src/core/markdown-lite.js';
import { replaceMentionTokens, type MentionStyle } from '../../src/core/mention-token.js';
import { replaceTimeTokens } from '../../src/core/time-token.js';
import { graphemePrefix, renderAround } from '../../src/core/user-text.js';
import type { CustomIdTarget } from './custom-ids.js';

/**
 * Discord's limits on one message, which every rendered message keeps.
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * @see https://discord.com/developers/docs/components/reference#action-row
 * @see https://discord.com/developers/docs/components/reference#button
 * @see https://discord.com/developers/docs/components/reference#string-select
 */
export const MESSAGE_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  embedsTotal: 6000,
  embedsPerMessage: 10,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  selectPlaceholder: 150,
  selectOptions: 25,
  selectOptionText: 100,
  files: 10,
} as const;

/** A row of buttons, or one select menu. */
export type MessageRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A file sent with a message; Discord tells its type from the name's extension. */
export interface RenderedFile {
  readonly name: string;
  readonly data: Buffer;
  /** A picture's alt text, which Discord shows to screen readers (the attachment's `description`). */
  readonly description?: string;
}

/** One Discord message: a whole reply, or one page of a long one. */
export interface RenderedMessage {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly MessageRow[];
  readonly files: readonly RenderedFile[];
  readonly ephemeral: boolean;
}

/** The pages of one message; most messages have one. */
export type Pages = readonly RenderedMessage[];

/** What rendering needs to know about where the message goes. */
export interface RenderContext {
  /** Writes the commands replies name, as Discord's slash commands (`discordCommands` over the registry). */
  readonly commands: CommandWriter;
  /** The custom id of a component that leads to `target`. */
  readonly customId: (target: CustomIdTarget) => string;
  /** Whether a private reply may be ephemeral: not in a DM, which only the student sees anyway. */
  readonly ephemeral: boolean;
}

/** The colour of Rapport's embeds. */
const ACCENT = 0x2a9d8f;

/**
 * Renders a reply as the Discord messages to send, in order. A short reply without headings or
 * fields is plain content; anything else becomes embeds (the first heading a title, later ones
 * `###`, fields as embed fields in order, a divider starting a new embed) with its buttons and
 * menus as action rows. Components always show below a message's embeds, so content that
 * follows a row of buttons starts a new message: each set of buttons stays under what it acts
 * on (one nudge's Done is not mistaken for another's). A message that needs more room than one
 * is cut into pages, each within every limit with one row left for {@link withNavigation}.
 * Attachments and pictures (with their alt text) go with the first message; `trailingRows` come last (e.g. a button opening a form).
 */
export function renderReply(given: Reply, context: RenderContext, trailingRows: readonly MessageRow[] = []): Pages[] {
  const reply = writeCommandsIn(given, context.commands);
  const pieces = toPieces(reply.blocks, context);
  if (trailingRows.length > 0) pieces.push({ kind: 'rows', rows: [...trailingRows] });
  const ephemeral = context.ephemeral && reply.visibility === 'ephemeral';
  const files = [
    ...(reply.attachments ?? []).map((attachment): RenderedFile => ({ name: attachment.filename, data: Buffer.from(attachment.content, 'utf8') })),
    ...(reply.images ?? []).map((image): RenderedFile => ({ name: image.filename, data: Buffer.from(image.png), description: image.altText })),
  ].slice(0, MESSAGE_LIMITS.files);
  const asContent = contentOf(pieces);
  if (asContent !== undefined) return [[{ ...asContent, embeds: [], files, ephemeral }]];
  return messagesOf(toUnits(pieces)).map((units, message) => {
    const full = pack(units, MESSAGE_LIMITS.rows);
    const pages = full.length > 1 ? pack(units, MESSAGE_LIMITS.rows - 1) : full;
    return pages.map((page, index) => ({ embeds: page.embeds, components: page.rows, files: message === 0 && index === 0 ? files : [], ephemeral }));
  });
}

/**
 * Adds the page controls to the pages of one reply: Previous, "Page i of n" and Next buttons
 * whose custom ids come from `pageId(index)`. A single page is left as it is.
 */
export function withNavigation(pages: readonly RenderedMessage[], pageId: (index: number) => string): RenderedMessage[] {
  if (pages.length < 2) return [...pages];
  return pages.map((page, index) => {
    const buttons = [
      ...(index > 0 ? [navButton('◀ Previous', pageId(index - 1))] : []),
      { ...navButton(`Page ${index + 1} of ${pages.length}`, pageId(index)), disabled: true },
      ...(index < pages.length - 1 ? [navButton('Next ▶', pageId(index + 1))] : []),
    ];
    return { ...page, components: [...page.components, { type: ComponentType.ActionRow, components: buttons }] };
  });
}

/**
 * Channels and people as Discord mentions, which show the channel's and the person's name
 * (Rapport's messages allow no mention to notify anyone).
 * @see https://discord.com/developers/docs/reference#message-formatting
 */
const DISCORD_MENTIONS: MentionStyle = { channel: (channelId) => `<#${channelId}>`, user: (userId) => `<@${userId}>` };

/**
 * Markdown-lite to Discord markdown: `*bold*` to `**bold**`, time tokens to `<t:UNIX:f>` (shown
 * in each reader's zone), channel and person tokens to mentions; what people wrote escaped
 * ({@link escapeWritten}).
 */
export function discordMarkdown(text: string): string {
  return renderAround(
    text,
    (markup) =>
      withoutLineMarkup(
        replaceBold(
          replaceMentionTokens(
            replaceTimeTokens(markup, (seconds) => `<t:${seconds}:f>`),
            DISCORD_MENTIONS,
          ),
          (inner) => `**${inner}**`,
        ),
      ),
    escapeWritten,
  );
}

/** Headings, quotes and small print (`#`, `>`, `-#`) at the start of a line, escaped: Rapport never means them. */
function withoutLineMarkup(text: string): string {
  return text.replace(/^(\s*)(#|>|-#)/gm, '$1\\$2');
}

/**
 * What a person wrote, shown as written. Discord reads a backslash before any punctuation as
 * "this character as it is", so every character that can start markup gets one: emphasis,
 * strikethrough, spoilers and code (`* _ ~ | \``), masked links (`[ ]`), mentions, channels,
 * roles, timestamps and emoji (`<`), and headings, quotes and lists at the start of a line.
 * Inside a code span Discord shows a backslash as it is, so there backticks are replaced
 * instead, and mentions, links and spoilers are broken by a zero-width space, which also keeps
 * them inert if a long line is cut in the middle of the span; `@everyone` and `@here` too.
 * discord.js's `escapeMarkdown` is not used: its lookbehinds make it quadratic on a long word
 * (0.55 s for a 4,000-character note without spaces, 6.7 s for 16,000, measured on Node 20).
 * @see https://discord.com/developers/docs/reference#message-formatting
 */
export function escapeWritten(text: string, insideCode = false): string {
  const unpinged = text.replace(/@(everyone|here)/g, '@\u200b$1');
  if (insideCode)
    return unpinged
      .replace(/([<[|])/g, '$1\u200b')
      .replace(/\](?=\()/g, ']\u200b')
      .replaceAll('`', 'ˋ');
  const escaped = unpinged
    .replace(/[\\*_~|`[\]<>]/g, '\\$&')
    .replace(/^(\s*)([-+]|\d+\.)(?=\s)/gm, (_, space: string, marker: string) => `${space}${marker.replace(/[-+.]/, '\\$&')}`);
  return withoutLineMarkup(escaped);
}

type Piece =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'markdown'; readonly text: string }
  | { readonly kind: 'fields'; readonly fields: readonly Field[] }
  | { readonly kind: 'divider' }
  | { readonly kind: 'rows'; readonly rows: MessageRow[] };

function toPieces(blocks: readonly Block[], context: RenderContext): Piece[] {
  const seen = new Set<string>();
  return blocks.map((block): Piece => {
    switch (block.type) {
      case 'heading':
        return { kind: 'heading', text: discordMarkdown(block.text) };
      case 'text':
        return { kind: 'markdown', text: discordMarkdown(block.text) };
      case 'list':
        return { kind: 'markdown', text: block.items.map((item, index) => listItem(discordMarkdown(item), block.ordered ? `${index + 1}.` : '-')).join('\n') };
      case 'fields':
        return { kind: 'fields', fields: block.fields.map((field) => ({ label: discordMarkdown(field.label), value: discordMarkdown(field.value) })) };
      case 'context':
        return {
          kind: 'markdown',
          text: discordMarkdown(block.text)
            .split('\n')
            .map((line) => `-# ${line}`)
            .join('\n'),
        };
      case 'divider':
        return { kind: 'divider' };
      case 'actions':
        return { kind: 'rows', rows: toRows(block.elements, context, seen) };
    }
  });
}

/** A list item under its marker, later lines indented to line up with the first. */
function listItem(text: string, marker: string): string {
  return `${marker} ${text.includes('\n') ? text.replaceAll('\n', `\n${' '.repeat(marker.length + 1)}`) : text}`;
}

/** Buttons in rows of five, each select menu on a row of its own; a custom id already used is skipped (Discord refuses duplicates). */
function toRows(elements: readonly (Button | Select)[], context: RenderContext, seen: Set<string>): MessageRow[] {
  const rows: MessageRow[] = [];
  let buttons: APIComponentInMessageActionRow[] = [];
  const flush = (): void => {
    if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
    buttons = [];
  };
  for (const element of elements) {
    const customId = context.customId({ kind: 'action', ref: element.action });
    if (seen.has(customId)) continue;
    seen.add(customId);
    if (element.type === 'button') {
      if (buttons.length === MESSAGE_LIMITS.buttonsPerRow) flush();
      buttons.push({
        type: ComponentType.Button,
        style: buttonStyle(element),
        label: fit(plainText(element.label), MESSAGE_LIMITS.buttonLabel),
        custom_id: customId,
      });
      continue;
    }
    const options = uniqueOptions(element);
    if (options.length === 0) continue;
    flush();
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: customId,
          placeholder: fit(plainText(element.placeholder), MESSAGE_LIMITS.selectPlaceholder),
          options,
          min_values: 1,
          max_values: 1,
        },
      ],
    });
  }
  flush();
  return rows;
}

function buttonStyle(button: Button): ButtonStyle.Primary | ButtonStyle.Danger | ButtonStyle.Secondary {
  if (button.style === 'primary') return ButtonStyle.Primary;
  if (button.style === 'danger') return ButtonStyle.Danger;
  return ButtonStyle.Secondary;
}

/** A select menu's options within Discord's limits: values unique and at most 100 characters, 25 options. */
function uniqueOptions(select: Select): APISelectMenuOption[] {
  const max = MESSAGE_LIMITS.selectOptionText;
  const options: APISelectMenuOption[] = [];
  for (const option of select.options) {
    if (option.value.length > max || options.some((kept) => kept.value === option.value)) continue;
    options.push({
      label: fit(plainText(option.label), max),
      value: option.value,
      ...(option.description === undefined ? {} : { description: fit(plainText(option.description), max) }),
    });
    if (options.length === MESSAGE_LIMITS.selectOptions) break;
  }
  return options;
}

function navButton(label: string, customId: string) {
  return { type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, label, custom_id: customId };
}

/** The reply as plain content, when it has no headings or fields and fits one message. */
function contentOf(pieces: readonly Piece[]): { content: string; components: MessageRow[] } | undefined {
  const lines: string[] = [];
  const rows: MessageRow[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'heading' || piece.kind === 'fields' || (piece.kind !== 'rows' && rows.length > 0)) return undefined;
    if (piece.kind === 'markdown') lines.push(piece.text);
    if (piece.kind === 'divider') lines.push('───');
    if (piece.kind === 'rows') rows.push(...piece.rows);
  }
  const content = lines.join('\n');
  if (content.length > MESSAGE_LIMITS.content || rows.length > MESSAGE_LIMITS.rows) return undefined;
  return { content: content === '' && rows.length === 0 ? '👍' : content, components: rows };
}

/** An embed with its size as Discord counts it toward a message's 6,000 characters, or a row of components. */
type Unit = { readonly kind: 'embed'; readonly embed: APIEmbed; readonly size: number } | { readonly kind: 'row'; readonly row: MessageRow };

/** Pieces to embeds and rows, in order, each embed within the limits of one embed. */
function toUnits(pieces: readonly Piece[]): Unit[] {
  const units: Unit[] = [];
  let draft = emptyDraft();
  const flush = (): void => {
    const description = draft.lines.join('\n');
    const size = (draft.title?.length ?? 0) + description.length + draft.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    if (size > 0) {
      const embed: APIEmbed = {
        color: ACCENT,
        ...(draft.title === undefined ? {} : { title: draft.title }),
        ...(description === '' ? {} : { description }),
        ...(draft.fields.length === 0 ? {} : { fields: draft.fields }),
      };
      units.push({ kind: 'embed', embed, size });
    }
    units.push(...draft.rows.map((row) => ({ kind: 'row' as const, row })));
    draft = emptyDraft();
  };
  const descriptionLength = (): number => draft.lines.reduce((sum, line) => sum + line.length + 1, 0);
  const fitsDescription = (line: string): boolean =>
    draft.fields.length === 0 && draft.rows.length === 0 && descriptionLength() + line.length <= MESSAGE_LIMITS.embedDescription;
  const addLine = (line: string): void => {
    if (!fitsDescription(line)) flush();
    draft.lines.push(line);
  };
  for (const piece of pieces) {
    switch (piece.kind) {
      case 'heading':
        if (
          draft.lines.length === 0 &&
          draft.fields.length === 0 &&
          draft.rows.length === 0 &&
          draft.title === undefined &&
          piece.text.length <= MESSAGE_LIMITS.embedTitle
        )
          draft.title = piece.text;
        else for (const part of chop(`### ${piece.text}`, MESSAGE_LIMITS.embedDescription)) addLine(part);
        break;
      case 'markdown':
        // Most text fits the embed under way and goes in whole; longer text goes line by line, to fill it before the next.
        if (fitsDescription(piece.text)) draft.lines.push(piece.text);
        else for (const line of piece.text.split('\n')) for (const part of chop(line, MESSAGE_LIMITS.embedDescription)) addLine(part);
        break;
      case 'fields':
        for (const field of piece.fields) {
          const name = fitMarkdown(field.label, MESSAGE_LIMITS.fieldName) || '\u200b';
          const value = fitMarkdown(field.value, MESSAGE_LIMITS.fieldValue) || '\u200b';
          const used = (draft.title?.length ?? 0) + descriptionLength() + draft.fields.reduce((sum, each) => sum + each.name.length + each.value.length, 0);
          if (draft.rows.length > 0 || draft.fields.length === MESSAGE_LIMITS.embedFields || used + name.length + value.length > MESSAGE_LIMITS.embedsTotal)
            flush();
          draft.fields.push({ name, value, inline: value.length <= 40 && !value.includes('\n') });
        }
        break;
      case 'divider':
        flush();
        break;
      case 'rows':
        draft.rows.push(...piece.rows);
        break;
    }
  }
  flush();
  return units;
}

interface EmbedDraft {
  title?: string;
  lines: string[];
  fields: APIEmbedField[];
  rows: MessageRow[];
}

function emptyDraft(): EmbedDraft {
  return { lines: [], fields: [], rows: [] };
}

/**
 * The start of Discord markdown that fits `max` characters, cut between graphemes, never between
 * an escaping backslash and what it escapes, and never inside one of Rapport's own tags (`<t:…:f>`,
 * `<@…>`, `<#…>`): half a tag would show as raw text, and the rest of it would start the next part.
 */
function markdownPrefix(markdown: string, max: number): string {
  let part = graphemePrefix(markdown, max);
  const openTag = part.lastIndexOf('<');
  if (openTag > 0 && !part.includes('>', openTag) && markdown.includes('>', openTag) && !isEscaped(part, openTag)) part = part.slice(0, openTag);
  if (isEscaped(part, part.length) && part.length > 1) part = part.slice(0, -1);
  return part;
}

/** Whether the character at `index` follows an odd run of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  while (index - backslashes - 1 >= 0 && text[index - backslashes - 1] === '\\') backslashes += 1;
  return (backslashes & 1) === 1;
}

/** Discord markdown shortened to `max` characters with an ellipsis when cut, cut as {@link markdownPrefix} cuts. */
function fitMarkdown(markdown: string, max: number): string {
  return markdown.length <= max ? markdown : `${markdownPrefix(markdown, max - 1)}…`;
}

/** Cuts a line into parts of at most `max` characters, as {@link markdownPrefix} cuts. */
function chop(line: string, max: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const part = markdownPrefix(rest, max);
    parts.push(part);
    rest = rest.slice(part.length);
  }
  parts.push(rest);
  return parts;
}

/** Splits units into messages: content that follows a row starts the next message. */
function messagesOf(units: readonly Unit[]): Unit[][] {
  const messages: Unit[][] = [];
  let current: Unit[] = [];
  for (const unit of units) {
    if (unit.kind === 'embed' && current.some((each) => each.kind === 'row')) {
      messages.push(current);
      current = [];
    }
    current.push(unit);
  }
  if (current.length > 0 || messages.length === 0) messages.push(current);
  return messages;
}

interface Page {
  embeds: APIEmbed[];
  rows: MessageRow[];
  size: number;
}

/** Fills pages in order: at most 10 embeds, 6,000 embed characters and `rowBudget` rows each. */
function pack(units: readonly Unit[], rowBudget: number): Page[] {
  const pages: Page[] = [{ embeds: [], rows: [], size: 0 }];
  const current = (): Page => pages[pages.length - 1] ?? { embeds: [], rows: [], size: 0 };
  for (const unit of units) {
    let page = current();
    const full =
      unit.kind === 'embed'
        ? page.embeds.length === MESSAGE_LIMITS.embedsPerMessage || page.size + unit.size > MESSAGE_LIMITS.embedsTotal
        : page.rows.length === rowBudget;
    if (full) {
      page = { embeds: [], rows: [], size: 0 };
      pages.push(page);
    }
    if (unit.kind === 'embed') {
      page.embeds.push(unit.embed);
      page.size += unit.size;
    } else {
      page.rows.push(unit.row);
    }
  }
  return pages;
}
