import type { CommandWriter } from '../../src/core/command-ref.js';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { context, text } from '../../src/core/reply-builders.js';
import type { Form, Reply } from '../../src/core/reply.js';
import { renderModal, type FormOrigin } from './modal.render.js';
import { renderReply, type SlackMessage } from './slack.render.js';
import { ExpiringMap } from '../../src/core/expiring-map.js';
import { uploadImage } from './image-upload.js';
import { withRetryAfter } from './web-api.js';

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

/** Connections to Slack's response URLs are kept open between replies. */
const AGENTS = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };

/**
 * POSTs JSON and resolves with the HTTP status. Node's http module rather than fetch: a reply
 * per request is the adapter's hottest path, and fetch costs several times the CPU.
 */
function postJson(url: string, body: unknown): Promise<number> {
  const target = new URL(url);
  const payload = Buffer.from(JSON.stringify(body));
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(target, { method: 'POST', agent: AGENTS[target.protocol === 'https:' ? 'https:' : 'http:'], headers: { 'content-type': 'application/json', 'content-length': payload.length }, timeout: 10_000 }, (response) => {
      response.resume();
      response.on('end', () => {
        resolve(response.statusCode ?? 0);
      });
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from the response_url within 10 s`)));
    request.on('error', reject);
    request.end(payload);
  });
}

/**
 * Sends Rapport's replies on Slack: as responses to the request where it has a `response_url`,
 * in the DM a message came from, or else in the person's DM with Rapport (conversations.open,
 * then chat.postMessage). A reply carrying a form opens it as a modal (views.open).
 */
export class ReplySender {
  private readonly dmChannels = new ExpiringMap<string, string>(DM_CHANNEL_TTL_MS, 10_000);

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

  /** Posts a reply's messages through `responseUrl` while it takes them; returns it, or undefined once it failed. */
  private async post(reply: Reply, target: ReplyTarget, responseUrl: string | undefined): Promise<string | undefined> {
    let usable = responseUrl;
    for (const message of renderReply(reply, this.commands)) {
      if (usable !== undefined && (await this.respond(usable, reply, message))) continue;
      usable = undefined;
      await this.postMessage(await this.channelFor(reply, target), message);
    }
    await this.uploadImages(reply, target);
    return usable;
  }

  /**
   * Uploads a reply's pictures. Slack shows no file in an ephemeral message, and a file shared in a
   * channel is seen by all its members, so a private reply's picture goes to the person's DM with
   * Rapport (where the reply says it is), a public one to the channel.
   */
  private async uploadImages(reply: Reply, target: ReplyTarget): Promise<void> {
    const images = reply.images ?? [];
    if (images.length === 0) return;
    const channelId = await this.channelFor(reply, target);
    const elsewhere = reply.visibility === 'ephemeral' && channelId !== target.channelId;
    for (const image of images) await uploadImage(this.client, image, { channelId, ...(elsewhere ? { comment: 'The chart for the report you asked for.' } : {}) });
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
      const status = await postJson(responseUrl, { response_type: reply.visibility === 'public' ? 'in_channel' : 'ephemeral', replace_original: false, ...message });
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
        await withRetryAfter(() => this.client.views.open({ trigger_id: triggerId, view: renderModal(form, reply.blocks, target.origin, this.commands) }), 2, 1_000);
        return undefined;
      } catch (error) {
        this.logger.warn({ err: error, user: target.userId }, 'could not open a modal');
      }
    }
    return { visibility: 'ephemeral', blocks: [...reply.blocks, text(`📝 *${form.title}* needs a form, which I could not open just now.`), context('Run the command or press the button again to open it.')] };
  }

  private async postMessage(channel: string, message: SlackMessage): Promise<void> {
    await withRetryAfter(() => this.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks }));
  }

  private async dmChannel(userId: string): Promise<string> {
    const known = this.dmChannels.get(userId);
    if (known !== undefined) return known;
    const opened = await withRetryAfter(() => this.client.conversations.open({ users: userId }));
    const channel = opened.channel?.id;
    if (channel === undefined) throw new Error('conversations.open returned no channel');
    this.dmChannels.set(userId, channel);
    return channel;
  }
}
