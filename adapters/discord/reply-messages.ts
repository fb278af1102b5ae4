import { commandRef, writeCommandsIn, type CommandWriter } from '../../src/core/command-ref.js';
import { MessageFlags, type APIModalInteractionResponseCallbackData, type BaseMessageOptions } from 'discord.js';
import type { Actor, Conversation, Tenant } from '../../src/core/identity.js';
import { bullets, context, ephemeral, text } from '../../src/core/reply-builders.js';
import type { Form, Reply } from '../../src/core/reply.js';
import { isSnowflake, type CustomIds, type CustomIdTarget, type DecodedCustomId } from './custom-ids.js';
import { renderReply, withNavigation, type MessageRow, type Pages, type RenderedMessage } from './discord.render.js';
import { ExpiringStore } from './expiring-store.js';
import { formButtons, formSteps, renderModal, restIsOptional, stepOfField } from './modal.render.js';

/** A form being filled in, possibly over several modals: its answers so far, and whose it is. */
export interface FormDraft {
  readonly form: Form;
  readonly values: Readonly<Record<string, string>>;
  readonly userId: string;
}

/** Who reads the messages and where: a server channel, or a DM (no ephemerals; custom ids name the server). */
export interface Audience {
  readonly tenant: Tenant;
  readonly userId: string;
  readonly direct: boolean;
}

/** The audience of an event's replies: the person, where they are, and whether it is their DM. */
export function audienceOf(who: { readonly actor: Actor; readonly conversation: Conversation }): Audience {
  return { tenant: who.actor.tenant, userId: who.actor.userId, direct: who.conversation.isDirect };
}

/**
 * How long pages and form drafts are kept: the 15 minutes an interaction token lives, with room
 * for a student who takes their time over interview notes.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-callback
 */
const KEEP_MS = 60 * 60_000;
const KEEP_AT_MOST = 10_000;

/**
 * The reply to a button, menu or form that Rapport no longer knows (expired, or not Rapport's).
 * A form's answers come back with it, so nothing the student wrote is lost.
 */
export function expiredReply(answers: Readonly<Record<string, string>> = {}): Reply {
  const written = Object.values(answers).filter((answer) => answer.trim() !== '');
  return ephemeral(
    text('⌛ This has expired: it belongs to an older message, or Rapport restarted since.'),
    ...(written.length === 0 ? [] : [text('What you wrote, to copy into a fresh form:'), bullets(written)]),
    context(`Run the command again for fresh buttons; ${commandRef('help')} lists every command.`),
  );
}

/**
 * Turns replies into Discord messages and modals for one audience, and remembers what must
 * outlive a message: the pages of a long reply, and the answers of a form filled in steps.
 */
export class ReplyMessages {
  private readonly pages: ExpiringStore<Pages>;
  private readonly drafts: ExpiringStore<FormDraft>;

  constructor(
    private readonly ids: CustomIds,
    /** Writes the commands replies name (`discordCommands` over the registry). */
    private readonly commands: CommandWriter,
    now: () => number = Date.now,
  ) {
    this.pages = new ExpiringStore(KEEP_MS, KEEP_AT_MOST, now);
    this.drafts = new ExpiringStore(KEEP_MS, KEEP_AT_MOST, now);
  }

  /**
   * The messages that show `replies`, in order: each reply's messages (the first page of a long
   * one, the others a button away), a form as a button that opens it, `trailing` rows under the last.
   */
  render(replies: readonly Reply[], audience: Audience, trailing: readonly MessageRow[] = []): RenderedMessage[] {
    const context = { commands: this.commands, customId: (target: CustomIdTarget) => this.customId(target, audience), ephemeral: !audience.direct };
    return replies.flatMap((reply, index) => {
      const rows = [...(reply.form === undefined ? [] : [this.openFormRow(reply.form, audience)]), ...(index === replies.length - 1 ? trailing : [])];
      return renderReply(reply, context, rows).map((pages) => this.firstPage(pages, audience));
    });
  }

  /** The modal that opens a form right away (the answer to a command or a button). */
  openModal(form: Form, audience: Audience): APIModalInteractionResponseCallbackData {
    const draft = { form, values: {}, userId: audience.userId };
    return this.modalOf(formSteps(form).length === 1 ? undefined : this.drafts.add(draft), draft, 0, audience);
  }

  /** The modal of step `step` of a kept draft, with the answers given so far; undefined once the draft is gone. */
  stepModal(draftId: string, step: number, audience: Audience): APIModalInteractionResponseCallbackData | undefined {
    const draft = this.draft(draftId, audience.userId);
    return draft === undefined ? undefined : this.modalOf(draftId, draft, step, audience);
  }

  /** The draft kept under `draftId`, if it is `userId`'s and still kept. */
  draft(draftId: string, userId: string): FormDraft | undefined {
    const draft = this.drafts.get(draftId);
    return draft?.userId === userId ? draft : undefined;
  }

  /** Adds the answers of one step to a draft and returns it. */
  answerStep(draftId: string, draft: FormDraft, values: Readonly<Record<string, string>>): FormDraft {
    const updated = { ...draft, values: { ...draft.values, ...values } };
    this.drafts.set(draftId, updated);
    return updated;
  }

  /** The message after a step of a longer form: a button into the next step, and one to send the form when the rest is optional. */
  nextStepMessages(draftId: string, draft: FormDraft, next: number, audience: Audience): RenderedMessage[] {
    const total = formSteps(draft.form).length;
    const finish = restIsOptional(draft.form, next) ? this.customId({ kind: 'step', draftId, step: total }, audience) : undefined;
    const row = formButtons(`Continue: step ${next + 1} of ${total}`, this.customId({ kind: 'step', draftId, step: next }, audience), finish);
    return this.render([ephemeral(text(`✅ Step ${next} of ${total} of *${draft.form.title}* is noted.`))], audience, [row]);
  }

  /** The row that reopens a refused form at the step of its first faulty field, with the answers given. */
  fixFormRow(draftId: string, draft: FormDraft, fieldErrors: Readonly<Record<string, string>>, audience: Audience): MessageRow {
    const field = Object.keys(fieldErrors)[0] ?? '';
    return formButtons('✏️ Fix the form', this.customId({ kind: 'step', draftId, step: stepOfField(draft.form, field) }, audience));
  }

  /** Page `page` of a kept long reply, if still kept. */
  page(pagesId: string, page: number): RenderedMessage | undefined {
    return this.pages.get(pagesId)?.[page];
  }

  /** Reads a custom id back; undefined when it is expired, forged or not Rapport's. */
  decode(customId: string): DecodedCustomId | undefined {
    return this.ids.decode(customId);
  }

  /** A one-modal form submits straight to its action (nothing kept, so nothing can expire); a longer one to its draft. */
  private modalOf(draftId: string | undefined, draft: FormDraft, step: number, audience: Audience): APIModalInteractionResponseCallbackData {
    const target: CustomIdTarget =
      draftId === undefined || formSteps(draft.form).length === 1 ? { kind: 'form', ref: draft.form.submit } : { kind: 'step', draftId, step };
    return renderModal(writeCommandsIn(draft.form, this.commands), step, this.customId(target, audience), draft.values);
  }

  private customId(target: CustomIdTarget, audience: Audience): string {
    const scoped = audience.direct && isSnowflake(audience.tenant.workspaceId);
    return this.ids.encode(target, scoped ? audience.tenant.workspaceId : undefined);
  }

  private openFormRow(form: Form, audience: Audience): MessageRow {
    const draftId = this.drafts.add({ form, values: {}, userId: audience.userId });
    return formButtons(`📝 ${form.title}`, this.customId({ kind: 'step', draftId, step: 0 }, audience));
  }

  /** The first page of a message; the pages of a long one are kept, with their controls, for the Previous and Next buttons. */
  private firstPage(pages: Pages, audience: Audience): RenderedMessage {
    const first = pages[0];
    if (pages.length === 1 && first !== undefined) return first;
    const pagesId = this.pages.add([]);
    const navigable = withNavigation(pages, (page) => this.customId({ kind: 'page', pagesId, page }, audience));
    this.pages.set(
      pagesId,
      navigable.map((page) => ({ ...page, files: [] })),
    );
    return navigable[0] ?? { embeds: [], components: [], files: [], ephemeral: false };
  }
}

/** A rendered message as discord.js sends it to a channel or edits it in: no mention ever pings anyone (text comes from students). */
export function messageOptions(message: RenderedMessage): BaseMessageOptions {
  return {
    ...(message.content === undefined ? {} : { content: message.content }),
    embeds: [...message.embeds],
    components: [...message.components],
    files: message.files.map((file) => ({
      attachment: file.data,
      name: file.name,
      ...(file.description === undefined ? {} : { description: file.description }),
    })),
    allowedMentions: { parse: [] },
  };
}

/** A rendered message as the answer to an interaction, which can be ephemeral. */
export function interactionReplyOptions(message: RenderedMessage): BaseMessageOptions & { flags?: MessageFlags.Ephemeral } {
  return { ...messageOptions(message), ...(message.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}
