import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { REST, Routes } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestTransport, type RestTransport } from '../../adapters/discord/rest-transport.js';

/** A request as the server received it. */
interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

type Respond = (response: ServerResponse, received: Received) => void;

const TLS_DIR = new URL('../fixtures/tls/', import.meta.url);

/** A server on loopback that records each request and answers it with `respond`, and counts its connections. */
async function serve(respond: Respond, tls = false): Promise<{ url: string; received: Received[]; connections: Socket[]; server: Server }> {
  const received: Received[] = [];
  const connections: Socket[] = [];
  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) };
      received.push(entry);
      respond(response, entry);
    });
  };
  const server = tls ? createTlsServer({ key: readFileSync(new URL('localhost.key', TLS_DIR)), cert: readFileSync(new URL('localhost.crt', TLS_DIR)) }, handler) : createServer(handler);
  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => connections.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `${tls ? 'https' : 'http'}://127.0.0.1:${String((server.address() as AddressInfo).port)}`, received, connections, server };
}

const json = (status: number, body: unknown, headers: Record<string, string | string[]> = {}): Respond => (response) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

const servers: Server[] = [];
const transports: RestTransport[] = [];
const transport = (...args: Parameters<typeof createRestTransport>): RestTransport => {
  const made = createRestTransport(...args);
  transports.push(made);
  return made;
};

afterEach(async () => {
  for (const made of transports.splice(0)) made.close();
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    ),
  );
});

describe('the REST transport (node:http under discord.js REST)', () => {
  it('sends the method, path, query, headers and a JSON body, and reads status, headers and JSON back', async () => {
    const { url, received } = await serve(json(200, { id: '42', name: 'Rapport' }, { 'X-RateLimit-Remaining': '4' }));
    const body = JSON.stringify({ content: 'Merci — à bientôt' });
    const response = await transport().makeRequest(`${url}/api/v10/channels/1/messages?with_response=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bot test-token' },
      body,
    });

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/api/v10/channels/1/messages?with_response=true');
    expect(request?.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bot test-token', 'content-length': String(Buffer.byteLength(body)) });
    expect(request?.body.toString('utf8')).toBe(body);
    expect(response).toMatchObject({ status: 200, statusText: 'OK', ok: true, bodyUsed: false });
    expect(response.headers.get('x-ratelimit-remaining')).toBe('4');
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({ id: '42', name: 'Rapport' });
    expect(response.bodyUsed).toBe(true);
  });

  it('lets a body be read once, as fetch does', async () => {
    const { url } = await serve(json(200, { ok: 1 }));
    const response = await transport().makeRequest(`${url}/once`, { method: 'GET' });
    expect(await response.text()).toBe('{"ok":1}');
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
  });

  it('gives the body as a stream too, which uses it up', async () => {
    const { url } = await serve(json(200, { streamed: true }));
    const response = await transport().makeRequest(`${url}/stream`, { method: 'GET' });
    const chunks: Buffer[] = [];
    for await (const chunk of response.body as AsyncIterable<Buffer>) chunks.push(chunk);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual({ streamed: true });
    expect(response.bodyUsed).toBe(true);
    await expect(response.json()).rejects.toThrow(TypeError);
  });

  it('sends no body and no content length with a GET, and reads an empty answer', async () => {
    const { url, received } = await serve((response) => response.writeHead(204).end());
    const response = await transport().makeRequest(`${url}/api/v10/gateway/bot`, { method: 'GET' });
    expect(received[0]?.headers['content-length']).toBeUndefined();
    expect(received[0]?.body.byteLength).toBe(0);
    expect(response).toMatchObject({ status: 204, ok: true });
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('reports a refusal with its status, text and headers, so the REST client can wait out a 429', async () => {
    const { url } = await serve(json(429, { message: 'You are being rate limited.', retry_after: 0.2, global: false }, { 'Retry-After': '1' }));
    const response = await transport().makeRequest(`${url}/limited`, { method: 'POST', body: '{}' });
    expect(response).toMatchObject({ status: 429, statusText: 'Too Many Requests', ok: false });
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ retry_after: 0.2 });
  });

  it('keeps every value of a repeated response header', async () => {
    const { url } = await serve((response) => response.writeHead(200, { 'x-note': ['first', 'second'] }).end('ok'));
    const response = await transport().makeRequest(`${url}/repeated`, { method: 'GET' });
    expect(response.headers.get('x-note')).toBe('first, second');
  });

  it('sends a message with a file as multipart form data, with its boundary, beside the JSON payload', async () => {
    const { url, received } = await serve(json(200, { id: '7' }));
    const rest = new REST({ api: `${url}/api`, makeRequest: transport().makeRequest }).setToken('test-token');
    await rest.post(Routes.channelMessages('5'), { body: { content: 'Your journal' }, files: [{ name: 'journal.csv', data: Buffer.from('name,stage\nDana Lee,thanked\n'), contentType: 'text/csv' }] });

    const [request] = received;
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(request?.headers['content-type'] ?? '')?.[1];
    expect(boundary).toBeDefined();
    const text = request?.body.toString('utf8') ?? '';
    expect(text).toContain(`--${boundary ?? ''}`);
    expect(text).toContain('filename="journal.csv"');
    expect(text).toContain('Dana Lee,thanked');
    expect(text).toContain('{"content":"Your journal"}');
    expect(request?.headers['content-length']).toBe(String(request?.body.byteLength));
  });

  it('encodes other fetch bodies by fetch rules: URL parameters and bytes', async () => {
    const { url, received } = await serve(json(200, {}));
    await transport().makeRequest(`${url}/form`, { method: 'POST', body: new URLSearchParams({ reason: 'a b' }) });
    await transport().makeRequest(`${url}/bytes`, { method: 'PUT', body: new Uint8Array([1, 2, 3]) });
    expect(received[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(received[0]?.body.toString('utf8')).toBe('reason=a+b');
    expect([...(received[1]?.body ?? [])]).toEqual([1, 2, 3]);
  });

  it('rejects with an AbortError when the request is aborted, which the REST client retries', async () => {
    const { url } = await serve(() => undefined);
    const controller = new AbortController();
    const pending = transport().makeRequest(`${url}/slow`, { method: 'GET', signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects with ECONNRESET, which the REST client retries, when the connection breaks before the whole response arrived', async () => {
    const { url } = await serve((response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('{"partial":');
      setTimeout(() => response.socket?.destroy(), 10);
    });
    await expect(transport().makeRequest(`${url}/broken`, { method: 'GET' })).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('rejects with the connection error code when nothing listens', async () => {
    const { url, server } = await serve(json(200, {}));
    await new Promise((resolve) => server.close(resolve));
    await expect(transport().makeRequest(`${url}/gone`, { method: 'GET' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('keeps one connection alive across requests, and close() ends it', async () => {
    const { url, connections } = await serve(json(200, {}));
    const made = transport();
    for (let index = 0; index < 3; index++) await (await made.makeRequest(`${url}/again`, { method: 'GET' })).text();
    expect(connections).toHaveLength(1);
    const closed = new Promise((resolve) => connections[0]?.once('close', resolve));
    made.close();
    await closed;
    expect(connections[0]?.destroyed).toBe(true);
  });

  it('speaks HTTPS to an https URL, checking the certificate', async () => {
    const { url } = await serve(json(200, { secure: true }), true);
    const ca = readFileSync(new URL('localhost.crt', TLS_DIR));
    const response = await transport({ ca }).makeRequest(`${url}/secure`, { method: 'GET' });
    expect(await response.json()).toEqual({ secure: true });
    await expect(transport().makeRequest(`${url}/secure`, { method: 'GET' })).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  it('carries discord.js REST: a JSON call, and a 429 waited out then retried', async () => {
    const limited = json(429, { message: 'You are being rate limited.', retry_after: 0.05, global: false }, { 'Retry-After': '0.05', 'X-RateLimit-Scope': 'user' });
    const sent = json(200, { id: '99', channel_id: '5' });
    const { url, received } = await serve((response, request) => {
      (received.length === 1 ? limited : sent)(response, request);
    });
    const rest = new REST({ api: `${url}/api`, makeRequest: transport().makeRequest }).setToken('test-token');
    const message = await rest.post(Routes.channelMessages('5'), { body: { content: 'hello' } });
    expect(message).toEqual({ id: '99', channel_id: '5' });
    expect(received.map((request) => `${request.method} ${request.url}`)).toEqual(['POST /api/v10/channels/5/messages', 'POST /api/v10/channels/5/messages']);
    expect(received[1]?.headers.authorization).toBe('Bot test-token');
    expect(JSON.parse(received[1]?.body.toString('utf8') ?? '')).toEqual({ content: 'hello' });
  });
});
