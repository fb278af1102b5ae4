import { DateTime } from 'luxon';
import type { AdjustableClock } from '../../src/core/clock.js';
import type { Dispatcher } from '../../src/core/dispatcher.js';
import type { Actor, Conversation, Tenant } from '../../src/core/identity.js';
import type { Inbound } from '../../src/core/inbound.js';
import type { Reply } from '../../src/core/reply.js';
import { letter, renderFieldPrompt, renderFormIntro, renderReply, type ConsoleStyle, type NumberedElement } from './console.render.js';
import type { AttachmentSaver } from './attachment-files.js';
import { FormFilling } from './form-filling.js';

/** The console's one tenant. */
const CONSOLE_TENANT: Tenant = { platform: 'console', workspaceId: 'local' };

/** What a console session needs. */
export interface ConsoleSessionDeps {
  readonly dispatcher: Dispatcher;
  readonly clock: AdjustableClock;
  readonly style: ConsoleStyle;
  /** The zone the simulated time is shown in. */
  readonly timezone: string;
  /**
   * Lets simulated time pass up to `target`, delivering what falls due on the way; without it,
   * `/clock` just jumps.
   */
  readonly passTime?: (target: Date) => Promise<void>;
  /** Writes files sent with replies (exports) and returns their paths; without it, their text is printed. */
  readonly saveAttachment?: AttachmentSaver;
}

const USER_NAME = /^[a-z0-9][a-z0-9._-]{0,31}$/i;
const CLOCK_STEP = /^\+(\d{1,5})([mhdw])$/;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * One console conversation: who is speaking and where, the numbered buttons on screen and a form
 * being filled in. Turns each typed line into output text; the console-only controls (`/as`,
 * `/in`, `/clock`, `/press`, `/cancel`) live here and never exist on Slack or Discord.
 */
export class ConsoleSession {
  private user = 'you';
  private channel: string | undefined;
  private buttons: NumberedElement[] = [];
  private filling: FormFilling | undefined;

  constructor(private readonly deps: ConsoleSessionDeps) {}

  /** The prompt shown on a terminal: who is speaking, and where when not in the DM. */
  promptLabel(): string {
    return `${this.user}${this.channel === undefined ? '' : ` in ${this.channel}`}> `;
  }

  /** Handles one (possibly multi-line) message and returns what to print. */
  async handle(line: string): Promise<string> {
    const trimmed = line.trim();
    if (this.filling !== undefined) {
      if (trimmed === '/cancel') {
        this.filling = undefined;
        return 'Form cancelled; nothing was saved.';
      }
      if (!trimmed.startsWith('/')) return this.fillForm(line);
      if (/^\/help(\s|$)/i.test(trimmed)) return this.helpDuringForm(this.filling, trimmed);
      this.filling = undefined;
      return ['(The open form was cancelled; nothing from it was saved.)', await this.handle(line)].join('\n');
    }
    if (trimmed === '') return '';
    const [word = '', ...rest] = trimmed.split(/\s+/);
    const argument = rest.join(' ');
    switch (word.toLowerCase()) {
      case '/as':
        return this.speakAs(argument);
      case '/in':
        return this.speakIn(argument);
      case '/clock':
        return this.moveClock(argument);
      case '/press':
        return this.press(rest);
      case '/cancel':
        return 'There is no open form to cancel.';
      default:
        return trimmed.startsWith('/') ? this.send(commandInbound(trimmed)) : this.send({ kind: 'message', text: line.trim() });
    }
  }

  private speakAs(name: string): string {
    if (!USER_NAME.test(name)) return 'Usage: /as <name>, one word of letters, digits, dots or dashes. Example: /as ana';
    this.user = name.toLowerCase();
    this.buttons = [];
    return `Now speaking as ${this.user}.`;
  }

  private speakIn(place: string): string {
    if (place === 'dm' || place === '@rapport') {
      this.channel = undefined;
      return 'Now in your direct messages with Rapport.';
    }
    if (!/^#[a-z0-9][a-z0-9_-]{0,79}$/i.test(place)) return 'Usage: /in <#channel> or /in dm. Example: /in #career-club';
    this.channel = place.toLowerCase();
    this.buttons = [];
    return `Now in ${this.channel}.`;
  }

  private async moveClock(step: string): Promise<string> {
    if (step !== '') {
      const match = CLOCK_STEP.exec(step);
      if (match === null) return 'Usage: /clock +<n>m|h|d|w moves simulated time forward, e.g. /clock +2d; /clock alone shows it.';
      const target = new Date(this.deps.clock.now().getTime() + Number(match[1]) * (UNIT_MS[match[2] ?? 'm'] ?? 0));
      if (this.deps.passTime === undefined) this.deps.clock.advanceTo(target);
      else await this.deps.passTime(target);
    }
    return `🕒 Simulated time: ${this.describeNow()}`;
  }

  private describeNow(): string {
    return DateTime.fromJSDate(this.deps.clock.now(), { zone: this.deps.timezone }).toFormat('cccc d LLLL yyyy, HH:mm') + ` (${this.deps.timezone})`;
  }

  private async press(words: readonly string[]): Promise<string> {
    const [position = '', choice] = words;
    const element = this.buttons[Number(position) - 1];
    if (!/^\d+$/.test(position) || element === undefined) {
      return this.buttons.length === 0 ? 'There is nothing to press right now.' : `Type /press followed by a number from 1 to ${this.buttons.length}.`;
    }
    if (element.type === 'button') return this.send({ kind: 'action', action: element.action });
    const index =
      choice === undefined
        ? -1
        : choice.length === 1
          ? choice.toLowerCase().charCodeAt(0) - 97
          : element.options.findIndex((option) => option.value === choice);
    const option = element.options[index];
    if (option === undefined) {
      return `Pick one: ${element.options.map((candidate, at) => `/press ${position} ${letter(at)} (${candidate.label})`).join(', ')}`;
    }
    return this.send({ kind: 'action', action: element.action, selected: option.value });
  }

  /** `/help` while a form is open: the help, then the same question again; the answers so far are kept. */
  private async helpDuringForm(filling: FormFilling, line: string): Promise<string> {
    const help = await this.send(commandInbound(line));
    this.filling = filling;
    const field = filling.current();
    return [
      help,
      '(Your form is still open: answer the question below, or /cancel.)',
      ...(field === undefined ? [] : [renderFieldPrompt(field, this.deps.style)]),
    ].join('\n\n');
  }

  private async fillForm(line: string): Promise<string> {
    const filling = this.filling;
    if (filling === undefined) return '';
    const step = filling.answer(line);
    switch (step.kind) {
      case 'next':
        return renderFieldPrompt(step.field, this.deps.style);
      case 'invalid':
        return `${step.message}\n${renderFieldPrompt(step.field, this.deps.style)}`;
      case 'complete':
        this.filling = undefined;
        return this.send({ kind: 'action', action: filling.form.submit, values: step.values });
    }
  }

  private async send(inbound: Inbound): Promise<string> {
    const replies = await this.deps.dispatcher.dispatch({ actor: this.actor(), conversation: this.conversation(), inbound });
    return this.show(replies);
  }

  /**
   * Renders a direct message from Rapport to `userId`. Its buttons can be pressed when that
   * person is the one speaking; otherwise the text says how to act on it.
   */
  showDirect(userId: string, replies: readonly Reply[]): string {
    const when = this.describeNow();
    if (userId === this.user) return `📬 Direct message to ${userId}, ${when}:\n${this.show(replies)}`;
    const rendered = replies.map((reply) => renderReply(reply, 1, this.deps.style).text).join('\n\n');
    return `📬 Direct message to ${userId}, ${when} (type /as ${userId} to act on it):\n${rendered}`;
  }

  /** Renders replies, numbering their buttons for `/press` and opening any form they carry. */
  show(replies: readonly Reply[]): string {
    this.buttons = [];
    const parts: string[] = [];
    for (const reply of replies) {
      const save = this.deps.saveAttachment;
      const saved =
        save === undefined ? [] : (reply.attachments ?? []).map((attachment) => `📎 ${attachment.filename} saved to ${save(this.user, attachment)}`);
      const rendered = renderReply(save === undefined ? reply : { ...reply, attachments: [] }, this.buttons.length + 1, this.deps.style);
      this.buttons.push(...rendered.elements);
      if (reply.blocks.length > 0) parts.push([rendered.text, ...saved].join('\n'));
      if (reply.form !== undefined) {
        this.filling = new FormFilling(reply.form);
        const first = this.filling.current();
        parts.push(renderFormIntro(reply.form, this.deps.style));
        if (first !== undefined) parts.push(renderFieldPrompt(first, this.deps.style));
      }
    }
    if (this.buttons.length > 0) parts.push(`(type /press 1${this.buttons.length > 1 ? `-${this.buttons.length}` : ''} to press a button)`);
    return parts.join('\n\n');
  }

  private actor(): Actor {
    return { tenant: CONSOLE_TENANT, userId: this.user, displayName: this.user, roles: ['member'] };
  }

  private conversation(): Conversation {
    return this.channel === undefined
      ? { tenant: CONSOLE_TENANT, channelId: `dm:${this.user}`, isDirect: true }
      : { tenant: CONSOLE_TENANT, channelId: this.channel, isDirect: false };
  }
}

/** Splits `/name rest of the line` into a command invocation. */
function commandInbound(line: string): Inbound {
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(line);
  return { kind: 'command', command: (match?.[1] ?? '').toLowerCase(), text: match?.[2] ?? '' };
}
