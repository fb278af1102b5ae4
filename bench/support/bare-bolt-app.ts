/**
 * The baseline of `npm run bench:slack`: a bare Bolt app in HTTP mode that acknowledges every
 * slash command and replies with a fixed text through its response_url with Bolt's `respond()`
 * (a JSON POST with the global fetch), the request Rapport's reply sender makes.
 * Reads PORT, SLACK_API_URL and SLACK_SIGNING_SECRET; prints "ready" once listening.
 */
import { App, LogLevel } from '@slack/bolt';

const app = new App({
  token: 'xoxb-bench',
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  botId: 'BBOT',
  botUserId: 'UBOT',
  tokenVerificationEnabled: false,
  convoStore: false,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
});
app.command(/^\/.+/, async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: 'ephemeral', text: 'Hello from a bare Bolt app.' });
});
await app.start(Number(process.env.PORT));
process.stdout.write('ready\n');
