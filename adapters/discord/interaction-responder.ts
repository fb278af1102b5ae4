import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Reply } from '../../src/core/reply.js';
import type { MessageRow, RenderedMessage } from './discord.render.js';
import { interactionReplyOptions, messageOptions, type Audience, type ReplyMessages } from './reply-messages.js';

/** What an interaction is answered with, once the work behind it is done. */
export type Answer =
  /** Replies from the dispatcher: a lone form opens as a modal where Discord allows one. */
  | { readonly kind: 'replies'; readonly replies: readonly Reply[]; readonly trailing?: readonly MessageRow[] }
  /** Messages already rendered. */
  | { readonly kind: 'messages'; readonly messages: readonly RenderedMessage[] };

/**
 * Discord wants a first answer to an interaction (a message, a deferral or a modal) within
 * three seconds, or the interaction fails for the person. Work that has not finished after
 * this long is deferred ("Rapport is thinking…") and its answer edited in when it is done.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export const DEFER_AFTER_MS = 2000;

/** The outcome of `work` if it comes within `ms`, else undefined (the work goes on). */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      resolve(undefined);
    }, ms);
  });
  return Promise.race([work, late]).finally(() => {
    clearTimeout(timer);
  });
}

/**
 * Answers interactions on time. A lone form opens as a modal when the interaction may answer
 * with one (a command or a button, not a modal submission, and not after a deferral: a modal
 * must be the first answer); otherwise it becomes a button that opens it. The first message
 * is the interaction's reply, the others follow-ups.
 */
export class InteractionResponder {
  constructor(
    private readonly messages: ReplyMessages,
    private readonly deferAfterMs: number = DEFER_AFTER_MS,
  ) {}

  /** Answers `interaction` with the outcome of `work`, deferring first if it takes long. */
  async answer(interaction: RepliableInteraction, audience: Audience, work: Promise<Answer>): Promise<void> {
    const early = await within(work, this.deferAfterMs);
    if (early !== undefined) {
      await this.send(interaction, audience, early);
      return;
    }
    await interaction.deferReply(audience.direct ? {} : { flags: MessageFlags.Ephemeral });
    await this.send(interaction, audience, await work);
  }

  /** Sends messages as the answer, or as follow-ups when the interaction was answered already. */
  async sendMessages(interaction: RepliableInteraction, messages: readonly RenderedMessage[]): Promise<void> {
    for (const message of messages) {
      // A deferred answer keeps the visibility chosen when deferring.
      if (interaction.deferred && !interaction.replied) await interaction.editReply(messageOptions(message));
      else if (interaction.replied || interaction.deferred) await interaction.followUp(interactionReplyOptions(message));
      else await interaction.reply(interactionReplyOptions(message));
    }
  }

  private async send(interaction: RepliableInteraction, audience: Audience, answer: Answer): Promise<void> {
    if (answer.kind === 'messages') {
      await this.sendMessages(interaction, answer.messages);
      return;
    }
    const [only, ...others] = answer.replies;
    const form = only?.form;
    if (form !== undefined && others.length === 0 && answer.trailing === undefined && !interaction.deferred && !interaction.isModalSubmit()) {
      await interaction.showModal(this.messages.openModal(form, audience));
      return;
    }
    await this.sendMessages(interaction, this.messages.render(answer.replies, audience, answer.trailing));
  }
}
