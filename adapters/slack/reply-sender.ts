import type { CommandWriter } from '../../src/core/command-ref.js';
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { context, ephemeral, text } from '../../src/core/reply-builders.js';
import type { Form, Reply } from '../../src/core/reply.js';
import { renderModal, type FormOrigin } from './modal.render.js';
import { renderReply, type SlackMessage } from './slack.render.js';
import { LRUCache } from 'lru-cache';
import { dmFilesComment, filesNote } from './file-notes.js';
import { replyFiles, uploadFiles, type SlackFile, type UploadDestination } from './file-upload.js';

/** Where the replies to one request go. */
export interface ReplyTarget {
  readonly userId: string;
  /**
   * The request's `response_url` (commands, buttons on messages, and modals opened from them):
   * replies go there, ephemeral or in the channel as each reply says.
   * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
   */
  readonly responseUrl?: string;
  /**
   * The channel the request came from. Without a `response_url` (a plain message, or one that
   * failed), public replies are posted there, and private ones too when it is the person's DM;
   * private replies to a request from any other channel go to the person's DM.
   */
  readonly channelId?: string;
  /** Opens a modal within about three seconds of the request. */
  readonly triggerId?: string;
  /** Where the replies to a modal opened now will go. */
  readonly origin: FormOrigin;
}

/**
 * Whether a Slack channel id is a direct message's (Slack gives those ids a D).
 * @see https://docs.slack.dev/reference/objects/conversation-object
 */
function isDirectMessage(channelId: string): boolean {
  return channelId.startsWith('D');
}

const DM_CHANNEL_TTL_MS = 24 * 60 * 60_000;

/** How long a response_url may take to answer before the reply goes by direct message instead. */
const RESPONSE_URL_TIMEOUT_MS = 10_000;

/**
 * POSTs JSON to a response_url and resolves with the HTTP status: the request Bolt's `respond()`
 * sends (the global fetch), with a timeout. Bolt's own `respond()` is only at hand inside a
 * listener, and the replies to a modal go to the response_url saved in the modal.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
async function postJson(url: string, body: unknown): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
  });
  // Read (Slack answers "ok"), so the kept-alive connection is free for the next reply; cancelling costs more.
  await response.arrayBuffer();
  return response.status;
}

/**
 * Sends Rapport's replies on Slack: as responses to the request where it has a `response_url`,
 * in the DM a message came from, or else in the person's DM with Rapport (conversations.open,
 * then chat.postMessage). A reply carrying a form opens it as a modal (views.open).
 */
export class ReplySender {
  private readonly dmChannels = new LRUCache<string, string>({ max: 10_000, ttl: DM_CHANNEL_TTL_MS });

  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
    /** Writes the commands replies name, with Slack's command names (`typedCommands`). */
    readonly commands: CommandWriter,
  ) {}

  /**
   * Sends every reply, in order. Once the `response_url` refuses one or cannot be reached, the
   * rest go by direct message. Failures are logged: the person has already been answered or
   * cannot be.
   */
  async send(replies: readonly Reply[], target: ReplyTarget): Promise<void> {
    let responseUrl = target.responseUrl;
    try {
      for (const reply of replies) {
        const toPost = reply.form === undefined ? reply : await this.openForm(reply, reply.form, target);
        if (toPost !== undefined) responseUrl = await this.post(toPost, target, responseUrl);
      }
    } catch (error) {
      this.logger.error({ err: error, user: target.userId }, 'could not send replies on Slack');
    }
  }

  /**
   * Posts a reply with its files; returns the `response_url` while it takes messages, or
   * undefined once it failed. Files go where the reply goes, after its text, in a DM or with a
   * public reply. Slack shows no file in an ephemeral message, and a file shared in a channel is
   * seen by all its members, so a private reply's files go to the person's DM first, and the
   * reply then says they are there (or that they could not be sent).
   */
  private async post(reply: Reply, target: ReplyTarget, responseUrl: string | undefined): Promise<string | undefined> {
    const files = replyFiles(reply);
    if (files.length === 0) return this.postMessages(reply, target, responseUrl);
    const channelId = await this.channelFor(reply, target);
    // Where the person made the request: a command's channel is only in its origin, as its replies go through the response_url.
    const requestChannel = target.channelId ?? target.origin.channelId;
    if (channelId === requestChannel) {
      const usable = await this.postMessages(reply, target, responseUrl);
      if (await this.upload(files, { channelId }, target)) return usable;
      return this.postMessages(ephemeral(filesNote(files, 'failed')), target, usable);
    }
    const sent = await this.upload(files, { channelId, comment: dmFilesComment(files.length, requestChannel) }, target);
    return this.postMessages({ ...reply, blocks: [...reply.blocks, filesNote(files, sent ? 'sent-to-dm' : 'failed')] }, target, responseUrl);
  }

  /** Posts a reply's messages through `responseUrl` while it takes them; returns it, or undefined once it failed. */
  private async postMessages(reply: Reply, target: ReplyTarget, responseUrl: string | undefined): Promise<string | undefined> {
    let usable = responseUrl;
    for (const message of renderReply(reply, this.commands)) {
      if (usable !== undefined && (await this.respond(usable, reply, message))) continue;
      usable = undefined;
      await this.postMessage(await this.channelFor(reply, target), message);
    }
    return usable;
  }

  /** Uploads files; false, logged, when Slack refused them (no files:write scope, uploads disabled) or could not be reached. */
  private async upload(files: readonly SlackFile[], destination: UploadDestination, target: ReplyTarget): Promise<boolean> {
    try {
      await uploadFiles(this.client, files, destination);
      return true;
    } catch (error) {
      this.logger.error({ err: error, user: target.userId, files: files.map((file) => file.filename) }, 'could not upload files on Slack');
      return false;
    }
  }

  /** Where a reply is posted without a `response_url`: never a private reply in a shared channel. */
  private async channelFor(reply: Reply, target: ReplyTarget): Promise<string> {
    const { channelId } = target;
    if (channelId !== undefined && (reply.visibility === 'public' || isDirectMessage(channelId))) return channelId;
    return this.dmChannel(target.userId);
  }

  /**
   * Posts to a `response_url`; false when Slack refused (it expires after 30 minutes or 5 uses)
   * or could not be reached. After a timeout Slack may have shown the reply all the same: sending
   * it again by direct message risks a repeat, which is better than losing it.
   */
  private async respond(responseUrl: string, reply: Reply, message: SlackMessage): Promise<boolean> {
    try {
      const status = await postJson(responseUrl, {
        response_type: reply.visibility === 'public' ? 'in_channel' : 'ephemeral',
        replace_original: false,
        ...message,
      });
      const ok = status >= 200 && status < 300;
      if (!ok) this.logger.warn({ status }, 'response_url refused a reply; sending it by direct message');
      return ok;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not reach the response_url; sending the reply by direct message');
      return false;
    }
  }

  /**
   * Opens a reply's form as a modal. Without a trigger (a plain message has none) or once it
   * expired, returns the reply to post instead, which tells the person how to open it.
   * @see https://docs.slack.dev/reference/methods/views.open
   */
  private async openForm(reply: Reply, form: Form, target: ReplyTarget): Promise<Reply | undefined> {
    const { triggerId } = target;
    if (triggerId !== undefined) {
      try {
        await this.client.views.open({ trigger_id: triggerId, view: renderModal(form, reply.blocks, target.origin, this.commands) });
        return undefined;
      } catch (error) {
        this.logger.warn({ err: error, user: target.userId }, 'could not open a modal');
      }
    }
    return {
      visibility: 'ephemeral',
      blocks: [
        ...reply.blocks,
        text(`📝 *${form.title}* needs a form, which I could not open just now.`),
        context('Run the command or press the button again to open it.'),
      ],
    };
  }

  private async postMessage(channel: string, message: SlackMessage): Promise<void> {
    await this.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
  }

  private async dmChannel(userId: string): Promise<string> {
    const known = this.dmChannels.get(userId);
    if (known !== undefined) return known;
    const opened = await this.client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (channel === undefined) throw new Error('conversations.open returned no channel');
    this.dmChannels.set(userId, channel);
    return channel;
  }
}
