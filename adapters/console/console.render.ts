import { writeCommandsIn, type CommandWriter } from '../../src/core/command-ref.js';
import type { Block, Button, Form, FormField, ImageAttachment, Reply, Select } from '../../src/core/reply.js';
import { replaceMentionTokens, type MentionStyle } from '../../src/core/mention-token.js';
import { plainText, replaceBold, replaceItalic } from '../../src/core/markdown-lite.js';
import { replaceTimeTokens } from '../../src/core/time-token.js';
import { renderAround, withoutReserved } from '../../src/core/user-text.js';

/** A pressable element shown with a number, so `/press N` can find it. */
export type NumberedElement = Button | Select;

/** A reply rendered for the terminal, with the elements it numbered. */
export interface RenderedReply {
  readonly text: string;
  readonly elements: readonly NumberedElement[];
}

/** How to render: ANSI emphasis on a terminal, plain text when piped; where pictures go. */
export interface ConsoleStyle {
  readonly ansi: boolean;
  /** Writes the commands replies name, as typed on the console (`typedCommands` over the registry). */
  readonly commands: CommandWriter;
  /** Writes a picture (a chart) to a file and returns its path, which the reply prints; without it, only the alt text shows. */
  readonly savePicture?: (image: ImageAttachment) => string;
}

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/**
 * Renders one reply as readable terminal text. Buttons and menus are numbered from
 * `firstNumber`, so several replies shown together keep distinct numbers.
 */
export function renderReply(given: Reply, firstNumber: number, style: ConsoleStyle): RenderedReply {
  const reply = writeCommandsIn(given, style.commands);
  const elements: NumberedElement[] = [];
  const lines: string[] = [reply.visibility === 'ephemeral' ? dim('rapport (only you can see this):', style) : dim('rapport:', style)];
  for (const block of reply.blocks)
    lines.push(
      ...renderBlock(
        block,
        style,
        () => firstNumber + elements.length,
        (element) => elements.push(element),
      ),
    );
  for (const attachment of reply.attachments ?? [])
    lines.push(bold(`📎 ${withoutReserved(attachment.filename)}`, style), withoutReserved(attachment.content).trimEnd());
  for (const image of reply.images ?? []) lines.push(...pictureLines(image, style));
  return { text: lines.join('\n'), elements };
}

/** A picture on the terminal: the path of the PNG written for it, and its alt text. */
function pictureLines(image: ImageAttachment, style: ConsoleStyle): string[] {
  const saved = style.savePicture?.(image);
  return [
    bold(saved === undefined ? `🖼 ${withoutReserved(image.filename)} (not saved)` : `🖼 Chart saved to ${saved}`, style),
    dim(withoutReserved(image.altText), style),
  ];
}

function renderBlock(block: Block, style: ConsoleStyle, nextNumber: () => number, number: (element: NumberedElement) => void): string[] {
  switch (block.type) {
    case 'heading':
      return [bold(`## ${inline(block.text, style)}`, style)];
    case 'text':
      return inline(block.text, style).split('\n');
    case 'list':
      return block.items.map((item, index) => `  ${block.ordered ? `${index + 1}.` : '•'} ${indentContinuation(inline(item, style), 5)}`);
    case 'fields':
      // An empty value shows as a dash, as on Slack, so the label does not look cut off.
      return block.fields.map((field) => `  ${bold(`${label(field.label)}:`, style)} ${field.value === '' ? '-' : inline(field.value, style)}`);
    case 'context':
      return [dim(inline(block.text, style), style)];
    case 'divider':
      return [dim('─'.repeat(40), style)];
    case 'actions':
      return block.elements.map((element) => {
        const label = elementLine(element, nextNumber());
        number(element);
        return label;
      });
  }
}

function elementLine(element: NumberedElement, position: number): string {
  if (element.type === 'button') return `  [${position}] ${label(element.label)}`;
  const choices = element.options.map((option, index) => `(${letter(index)}) ${label(option.label)}`).join('  ');
  return `  [${position}] ${label(element.placeholder)}: ${choices}`;
}

/** The letter that picks a menu option: a, b, c... */
export function letter(index: number): string {
  return String.fromCharCode(97 + index);
}

/** The text shown when a form opens: its title, its fields, and how to fill it in. */
export function renderFormIntro(given: Form, style: ConsoleStyle): string {
  const form = writeCommandsIn(given, style.commands);
  const fieldLines = form.fields.map((field) => `  • ${describeField(field)}`);
  return [
    bold(`📝 ${label(form.title)}`, style),
    ...fieldLines,
    dim(
      'Answer each field on its own line (an empty line skips an optional one), or give them all at once: ' +
        form.fields
          .slice(0, 2)
          .map((field) => `--${field.name} "..."`)
          .join(' ') +
        '. /cancel stops.',
      style,
    ),
  ].join('\n');
}

/** The prompt for one form field. */
export function renderFieldPrompt(given: FormField, style: ConsoleStyle): string {
  const field = writeCommandsIn(given, style.commands);
  const lines = [`${bold(label(field.label), style)} ${dim(fieldRules(field), style)}`];
  if (field.hint !== undefined) lines.push(dim(label(field.hint), style));
  if (field.options !== undefined) lines.push(field.options.map((option, index) => `  (${letter(index)}) ${label(option.label)}`).join('\n'));
  if (field.initialValue !== undefined) lines.push(dim(`Now: ${field.initialValue} (an empty line keeps it)`, style));
  return lines.join('\n');
}

function describeField(field: FormField): string {
  return `${label(field.label)} ${fieldRules(field)}`;
}

function fieldRules(field: FormField): string {
  const rules = [field.required ? 'required' : 'optional'];
  if (field.maxLength !== undefined) rules.push(`up to ${field.maxLength} characters`);
  return `(${rules.join(', ')})`;
}

function indentContinuation(value: string, spaces: number): string {
  return value.split('\n').join(`\n${' '.repeat(spaces)}`);
}

/** Channels and people on the console: a channel by its name (`#fall`), a person by theirs. */
const CONSOLE_MENTIONS: MentionStyle = { channel: (channelId) => (channelId.startsWith('#') ? channelId : `#${channelId}`), user: (userId) => userId };

/** A label, a title or a menu option: times as written, channels and people by name, no emphasis. */
function label(text: string): string {
  return plainText(text, CONSOLE_MENTIONS);
}

/** Markdown-lite for the terminal: `*bold*` in bold (or plain), `_italic_` plain, code and links kept, times as written, channels and people by name; what people wrote as written. */
function inline(value: string, style: ConsoleStyle): string {
  return renderAround(
    value,
    (markup) =>
      replaceItalic(
        replaceBold(
          replaceMentionTokens(
            replaceTimeTokens(markup, (_seconds, fallback) => fallback),
            CONSOLE_MENTIONS,
          ),
          (inner) => bold(inner, style),
        ),
        (inner) => inner,
      ),
    (written) => written,
  );
}

function bold(value: string, style: ConsoleStyle): string {
  return style.ansi ? `${BOLD}${value}${RESET}` : value;
}

function dim(value: string, style: ConsoleStyle): string {
  return style.ansi ? `${DIM}${value}${RESET}` : value;
}
