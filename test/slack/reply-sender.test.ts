import { SLACK_COMMANDS } from '../support/command-writers.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReplySender } from '../../adapters/slack/reply-sender.js';
import { requestClientOptions } from '../../adapters/slack/web-api.js';
import { ephemeral, publicReply, text } from '../../src/core/reply-builders.js';
import { silentLogger } from '../../src/logger.js';
import { SlackFake } from '../fakes/slack/slack-fake.js';
import { captureLogger } from '../support/capture-logger.js';

/** A response_url that fails every post as `behaviour` says, counting the posts. */
async function failingResponseUrl(behaviour: 'hang up' | 'expired'): Promise<{ url: string; posts: () => number; close: () => Promise<void> }> {
  let posts = 0;
  const server: Server = createServer((request, response) => {
    posts++;
    if (behaviour === 'hang up') request.socket.destroy();
    else response.writeHead(404).end('expired_url');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/response/1`,
    posts: () => posts,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

const replies = [ephemeral(text('First reply')), ephemeral(text('Second reply'))];
const postedTexts = (fake: SlackFake): unknown[] => fake.callsOf('chat.postMessage').map((call) => call.args.text);

describe('ReplySender when the response_url fails', () => {
  let fake: SlackFake;
  beforeEach(async () => {
    fake = await SlackFake.start();
  });
  afterEach(() => fake.stop());

  for (const behaviour of ['hang up', 'expired'] as const) {
    it(`sends every reply by direct message when the response_url ${behaviour === 'hang up' ? 'cannot be reached' : 'has expired'}, trying it only once`, async () => {
      const responseUrl = await failingResponseUrl(behaviour);
      const { logger, lines } = captureLogger();
      const sender = new ReplySender(new webApi.WebClient('xoxb-test', requestClientOptions(fake.apiUrl, silentLogger())), logger, SLACK_COMMANDS);
      try {
        await sender.send(replies, { userId: 'UANA', responseUrl: responseUrl.url, origin: {} });
        expect(postedTexts(fake)).toEqual(['First reply', 'Second reply']);
        expect(fake.callsOf('conversations.open')[0]?.args.users).toBe('UANA');
        expect(responseUrl.posts()).toBe(1);
        expect(lines().filter((line) => line.level === 50)).toEqual([]);
        expect(lines().map((line) => line.msg)).toContainEqual(expect.stringMatching(/response_url.*direct message/));
      } finally {
        await responseUrl.close();
      }
    });
  }

  it('never posts a private reply in the channel a button was pressed in: it goes to the DM, and a public one to the channel', async () => {
    const responseUrl = await failingResponseUrl('expired');
    const sender = new ReplySender(new webApi.WebClient('xoxb-test', requestClientOptions(fake.apiUrl, silentLogger())), silentLogger(), SLACK_COMMANDS);
    try {
      await sender.send([ephemeral(text('Only for you')), publicReply(text('For everyone'))], {
        userId: 'UANA',
        responseUrl: responseUrl.url,
        channelId: 'CFALL',
        origin: {},
      });
      expect(fake.callsOf('chat.postMessage').map((call) => [call.args.channel, call.args.text])).toEqual([
        ['DUANA', 'Only for you'],
        ['CFALL', 'For everyone'],
      ]);
    } finally {
      await responseUrl.close();
    }
  });
});

describe('ReplySender with files', () => {
  let fake: SlackFake;
  beforeEach(async () => {
    fake = await SlackFake.start();
  });
  afterEach(() => fake.stop());

  it('says so in the private reply when Slack refuses its files, and shares nothing anywhere', async () => {
    const { logger, lines } = captureLogger();
    const sender = new ReplySender(new webApi.WebClient('xoxb-test', requestClientOptions(fake.apiUrl, silentLogger())), logger, SLACK_COMMANDS);
    fake.failNext('files.getUploadURLExternal', 'file_uploads_disabled');
    const responseUrl = fake.responseUrl();
    const exported = {
      ...ephemeral(text('Your journal')),
      attachments: [{ filename: 'rapport-journal.csv', contentType: 'text/csv', content: 'name\r\nDana Lee\r\n' }],
    };
    await sender.send([exported], { userId: 'UANA', responseUrl, origin: { responseUrl, channelId: 'CFALL' } });
    const [answer] = fake.responsesTo(responseUrl);
    expect(answer?.response_type).toBe('ephemeral');
    expect(answer?.text).toContain('I could not send *rapport-journal.csv* just now');
    expect(fake.uploads.filter((upload) => upload.completed)).toEqual([]);
    expect(fake.callsOf('chat.postMessage')).toEqual([]);
    expect(lines().find((line) => line.msg === 'could not upload files on Slack')?.files).toEqual(['rapport-journal.csv']);
  });
});
