import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';

/** How to tamper with or mark one request. */
export interface SendOptions {
  /** Sets X-Slack-Retry-Num (and a reason), as Slack does when it redelivers an event. */
  readonly retryNum?: number;
  /** Signs with another secret: the signature will not match. */
  readonly secret?: string;
  /** The request timestamp in seconds (default now): an old one is stale. */
  readonly timestamp?: number;
}

/** What the receiver answered, and how long it took. */
export interface SentRequest {
  readonly status: number;
  readonly text: string;
  readonly ms: number;
}

/**
 * Sends requests to an HTTP-mode app as Slack does, signed with HMAC-SHA256 over
 * `v0:timestamp:body`: slash commands as `application/x-www-form-urlencoded` fields, interactions
 * as a form with one `payload` field of JSON, events as JSON.
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
export class SignedSender {
  /** Keeps connections open, as Slack does. */
  private readonly agent = new Agent({ keepAlive: true });

  constructor(
    private readonly url: string,
    private readonly signingSecret: string,
  ) {}

  /** A slash command, its fields form-encoded. */
  slashCommand(fields: Readonly<Record<string, string>>, options: SendOptions = {}): Promise<SentRequest> {
    return this.send(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
  }

  /** A block_actions or view_submission payload, as `payload=<JSON>`. */
  interaction(payload: unknown, options: SendOptions = {}): Promise<SentRequest> {
    return this.send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
  }

  /** An Events API callback, as JSON. */
  event(body: unknown, options: SendOptions = {}): Promise<SentRequest> {
    return this.send(JSON.stringify(body), 'application/json', options);
  }

  private async send(body: string, contentType: string, options: SendOptions): Promise<SentRequest> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', options.secret ?? this.signingSecret)
      .update(`v0:${timestamp}:${body}`)
      .digest('hex')}`;
    const started = performance.now();
    const headers = {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...(options.retryNum === undefined ? {} : { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' }),
    };
    return new Promise((resolve, reject) => {
      const sent = request(this.url, { method: 'POST', headers, agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started });
        });
      });
      sent.on('error', reject);
      sent.end(body);
    });
  }
}
