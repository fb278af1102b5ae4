import { Agent as HttpAgent, request as httpRequest, STATUS_CODES, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest, type AgentOptions as HttpsAgentOptions } from 'node:https';
import { Readable } from 'node:stream';
import type { RESTOptions, ResponseLike } from 'discord.js';

/** What discord.js's REST client hands a transport: a fetch-style request. */
type RequestInit = Parameters<RESTOptions['makeRequest']>[1];

/** A transport for discord.js's REST client, and the means to close its connections. */
export interface RestTransport {
  /** Sends one request; given to discord.js as `rest.makeRequest`. */
  readonly makeRequest: RESTOptions['makeRequest'];
  /** Closes the kept-alive connections (after the client is destroyed). */
  close(): void;
}

/**
 * The HTTP transport under Rapport's Discord REST calls: Node's own `http` and `https` with
 * kept-alive connections, plugged in through discord.js's documented `rest.makeRequest` option.
 *
 * Why not discord.js's default (undici 6 `request`): measured on the Discord benchmark, that
 * path keeps about 4 KB of every request alive past a young-generation garbage collection, so
 * each collection copies and promotes about a megabyte and pauses the process for 2 to 3 ms,
 * which lands inside the slowest replies. Through this transport a bare client promotes about
 * 1 KB a reply and its collections take half as long (`npm run bench:discord-transport` measures
 * both). Responses are read whole before the promise resolves (Discord's REST answers are small
 * JSON), so the REST client's 15-second abort covers the body too.
 *
 * Request bodies: a string or bytes go as they are (every JSON call); anything else a fetch
 * body may be (form data with files, a Blob, URL parameters, a stream) is encoded as `fetch`
 * would encode it, with its content type. An aborted request rejects with an `AbortError`, and
 * connection failures keep their codes (`ECONNRESET`), which the REST client retries.
 * @see https://discord.js.org/docs/packages/rest/main/RESTOptions:Interface#makeRequest
 */
export function createRestTransport(tls: HttpsAgentOptions = {}): RestTransport {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ ...tls, keepAlive: true }) };
  return {
    makeRequest: async (url, init) => {
      const target = new URL(url);
      const body = await encodeBody(init.body);
      const headers = requestHeaders(init.headers, body);
      const options = { method: init.method ?? 'GET', headers, ...(init.signal ? { signal: init.signal } : {}) };
      const request = target.protocol === 'https:' ? httpsRequest(target, { ...options, agent: agents.https }) : httpRequest(target, { ...options, agent: agents.http });
      return receive(request, body.payload);
    },
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

interface EncodedBody {
  /** Text goes as it is: Node writes it out with the headers, without a buffer in between. */
  readonly payload: string | Uint8Array | undefined;
  /** The content type the body implies (form data's boundary, a Blob's type), if any. */
  readonly contentType: string | undefined;
}

async function encodeBody(body: RequestInit['body']): Promise<EncodedBody> {
  if (body === null || body === undefined) return { payload: undefined, contentType: undefined };
  if (typeof body === 'string' || body instanceof Uint8Array) return { payload: body, contentType: undefined };
  // Anything else is encoded by fetch's body rules (form data's multipart boundary, a Blob's type).
  // discord.js makes form data with the global FormData, though its types name undici's class.
  const encoded = new Response(body instanceof FormData ? body : (body as Exclude<typeof body, FormData>));
  return { payload: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') ?? undefined };
}

function requestHeaders(given: RequestInit['headers'], { payload, contentType }: EncodedBody): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  if (given !== undefined) {
    const entries = given instanceof Headers || Array.isArray(given) ? given : Object.entries(given);
    for (const [name, value] of entries as Iterable<[string, string | readonly string[]]>) headers[name.toLowerCase()] = typeof value === 'string' ? value : [...value];
  }
  if (contentType !== undefined && headers['content-type'] === undefined) headers['content-type'] = contentType;
  if (payload !== undefined) headers['content-length'] = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength;
  return headers;
}

/** Sends the request and resolves with the whole response, once read. */
function receive(request: ClientRequest, payload: string | Uint8Array | undefined): Promise<ResponseLike> {
  return new Promise((resolve, reject) => {
    // Listeners stay for every error, not once: an 'error' event nobody listens to would end the process.
    request.on('error', reject);
    request.once('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      // A connection that breaks mid-answer fails the response with ECONNRESET, which the REST client retries.
      response.on('error', reject);
      response.once('end', () => {
        resolve(new BufferedResponse(response, chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks)));
      });
    });
    request.end(payload);
  });
}

/** A response read whole: its body can be taken once, as fetch's can. */
class BufferedResponse implements ResponseLike {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: Headers;
  private used = false;

  constructor(
    response: IncomingMessage,
    private readonly bytes: Buffer,
  ) {
    this.status = response.statusCode ?? 0;
    this.statusText = response.statusMessage ?? STATUS_CODES[this.status] ?? '';
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new Headers();
    const raw = response.rawHeaders;
    for (let index = 0; index + 1 < raw.length; index += 2) this.headers.append(raw[index] ?? '', raw[index + 1] ?? '');
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  /** The body as a stream; taking it uses the body up. */
  get body(): Readable {
    return Readable.from([this.take()]);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.read((bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }

  text(): Promise<string> {
    return this.read((bytes) => bytes.toString('utf8'));
  }

  json(): Promise<unknown> {
    return this.read((bytes) => JSON.parse(bytes.toString('utf8')) as unknown);
  }

  /** The body converted, or a rejection when it was read already or does not convert. */
  private read<T>(convert: (bytes: Buffer) => T): Promise<T> {
    return new Promise((resolve) => {
      resolve(convert(this.take()));
    });
  }

  private take(): Buffer {
    if (this.used) throw new TypeError('The response body has already been read.');
    this.used = true;
    return this.bytes;
  }
}
