import type { Message } from 'discord.js';
import type { Logger } from 'pino';
import { newErrorId, type Dispatcher } from '../../src/core/dispatcher.js';
import { unexpectedErrorReply } from '../../src/core/error-replies.js';
import type { Reply } from '../../src/core/reply.js';
import { directMessageWhereabouts, type TenantLocator } from './discord-inbound.js';
import { audienceOf, messageOptions, type Audience, type ReplyMessages } from './reply-messages.js';
import { KeyedSerial } from '../../src/core/keyed-serial.js';

/** What the DM handler needs. */
export interface DirectMessageDeps {
  readonly dispatcher: Dispatcher;
  readonly tenants: TenantLocator;
  readonly messages: ReplyMessages;
  readonly logger: Logger;
}

/**
 * Plain messages in a student's DM with Rapport (a rehearsal's turns) go to the dispatcher as
 * `message` inbounds, one at a time per DM so turns stay in order. Rapport's own messages and
 * other bots' are ignored, and so is anything outside DMs (Rapport does not read servers'
 * messages). Reading a DM's text needs no Message Content intent.
 * @see https://discord.com/developers/docs/events/gateway#message-content-intent
 */
export class DirectMessageHandler {
  private readonly conversations = new KeyedSerial();

  constructor(private readonly deps: DirectMessageDeps) {}

  /** Answers one message (after the ones before it in the same DM). Never rejects. */
  handle(message: Message): Promise<void> {
    if (message.author.bot || message.system || message.inGuild()) return Promise.resolve();
    return this.conversations.run(message.channelId, () => this.answer(message));
  }

  private async answer(message: Message): Promise<void> {
    let audience: Audience | undefined;
    try {
      const tenant = await this.deps.tenants.locate(null, message.author.id);
      const where = directMessageWhereabouts(message.author, message.channelId, tenant);
      audience = audienceOf(where);
      await this.send(message, await this.deps.dispatcher.dispatch({ ...where, inbound: { kind: 'message', text: message.content } }), audience);
    } catch (error) {
      const errorId = newErrorId();
      this.deps.logger.error({ err: error, errorId, user: message.author.id }, 'Discord direct message failed');
      if (audience !== undefined) await this.send(message, [unexpectedErrorReply(errorId)], audience).catch(() => undefined);
    }
  }

  private async send(message: Message, replies: readonly Reply[], audience: Audience): Promise<void> {
    if (!message.channel.isSendable()) return;
    for (const rendered of this.deps.messages.render(replies, audience)) await message.channel.send(messageOptions(rendered));
  }
}
