import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.js';
import { appHomeOpened, eventCallback } from '../../fakes/slack/payloads.js';
import { FAKE_BOT_ID, FAKE_BOT_USER, FAKE_TEAM } from '../../fakes/slack/slack-fake.js';
import { ANA, APP_TOKEN, BOT_TOKEN, GIL, LEA, SAM, SIGNING_SECRET, SlackWorld, elementId, textOf } from './slack-world.js';
import { passTime } from '../../../src/scheduler/simulated-time.js';
import { expectChartPng } from '../../support/png-checks.js';

const tenant = { platform: 'slack' as const, workspaceId: FAKE_TEAM };
const APOLOGY = /something went wrong on my side/;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PRIVATE_NOTE = 'portfolio matters more than the degree';

describe.each(['http', 'socket-mode'] as const)('Slack end to end over %s', (transport) => {
  let world: SlackWorld;
  beforeEach(async () => {
    world = await SlackWorld.start(transport);
  });
  afterEach(() => world.stop());

  it('answers a slash command with an ephemeral Block Kit reply, acknowledged at once', async () => {
    const { responseUrl, ack } = await world.slash(ANA, '/rapport');
    expect(ack).toBe('');
    const reply = await world.reply(responseUrl, /informational-interview coach/);
    expect(reply.response_type).toBe('ephemeral');
    expect((reply.blocks as { type: string }[])[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Rapport: your informational-interview coach', emoji: true },
    });
    expect(textOf(reply)).toContain('*/nudge*: Set reminders');
    expect(world.fake.callsOf('users.info').map((call) => call.args.user)).toEqual(['UANA']);
  });

  it('serves every command of the registry by its Slack name, with no per-command wiring', async () => {
    const names = world.app.registry.all().map((command) => command.name);
    expect(names).toEqual(COMMANDS.map((command) => command.name));
    for (const command of world.app.registry.all()) {
      const example = (command.examples[0] ?? `/${command.name}`).replace(/^\/([a-z-]+)/, (_, name: string) =>
        name === 'remind' ? '/nudge' : name === 'help' ? '/rapport' : `/${name}`,
      );
      const opened = world.fake.callsOf('views.open').length;
      const { responseUrl } = await world.slash(SAM, example);
      await world.fake.waitFor(
        () => (world.fake.responsesTo(responseUrl).length > 0 || world.fake.callsOf('views.open').length > opened ? true : undefined),
        3_000,
        `an answer to ${example}`,
      );
      expect(textOf(world.fake.responsesTo(responseUrl)), example).not.toMatch(APOLOGY);
    }
  });

  it('logs an interview through its modal, nudges a thank-you by DM at 09:00 in the Slack zone, and takes Done', async () => {
    const { responseUrl } = await world.slash(ANA, '/log interview');
    const view = await world.openedView();
    expect(view.callback_id).toBe('rapport-form.log:interview-submit');
    expect(view.blocks.filter((block) => block.type === 'input').map((block) => block.block_id)).toEqual([
      'contact',
      'learned',
      'advice',
      'next',
      'referrals',
      'may-use-name',
    ]);

    const tooLong = await world.submit(ANA, view, { contact: 'Dana Lee', learned: 'x'.repeat(2100) });
    expect(tooLong).toEqual({ response_action: 'errors', errors: { learned: expect.stringContaining('the limit is 2000') as unknown } });
    expect(await world.app.services.contacts.findByName({ tenant, userId: ANA.id }, 'Dana Lee')).toBeUndefined();

    expect(await world.submit(ANA, view, { contact: 'Dana Lee', learned: 'portfolio matters more than the degree', 'may-use-name': 'yes' })).toBe('');
    const saved = await world.reply(responseUrl, /Saved your notes from \*Dana Lee\*/);
    expect(saved.response_type).toBe('ephemeral');
    expect(textOf(saved)).toMatch(/<!date\^\d+\^\{date_long_pretty\} at \{time\}\|Tuesday, November 24 at 9:00 AM/);

    const contact = await world.app.services.contacts.findByName({ tenant, userId: ANA.id }, 'Dana Lee');
    expect(contact?.stage).toBe('interviewed');
    const [thankYou] = await world.app.services.reminders.upcoming({ tenant, userId: ANA.id }, 5);
    expect(thankYou).toMatchObject({ kind: 'thank-you', dueAt: new Date('2026-11-24T08:00:00Z') });

    await passTime(new Date('2026-11-24T07:59:00Z'), world.clock, [world.app.scheduler]);
    expect(world.fake.callsOf('chat.postMessage')).toHaveLength(0);
    await passTime(new Date('2026-11-24T08:01:00Z'), world.clock, [world.app.scheduler]);
    expect(world.fake.callsOf('conversations.open').map((call) => call.args.users)).toEqual([ANA.id]);
    const nudge = await world.posted(`D${ANA.id}`, /Time to thank Dana Lee/);
    expect(textOf(nudge)).toMatch(/Done[\s\S]*Snooze[\s\S]*Not needed[\s\S]*Draft note/);

    const doneUrl = world.fake.responseUrl();
    await world.press(ANA, nudge, 'Done', { type: 'message', channelId: `D${ANA.id}`, responseUrl: doneUrl });
    await world.reply(doneUrl, /Done: Time to thank Dana Lee/);
    expect((await world.app.services.contacts.findByName({ tenant, userId: ANA.id }, 'Dana Lee'))?.stage).toBe('thanked');
  });

  it('routes a menu choice (Snooze) back into the command core', async () => {
    const { responseUrl } = await world.slash(ANA, '/nudge "call back Sam" in 2 hours');
    await world.reply(responseUrl, /I'll remind you to \*call back Sam\*/);
    await passTime(new Date(world.clock.now().getTime() + 3 * 3_600_000), world.clock, [world.app.scheduler]);
    const nudge = await world.posted(`D${ANA.id}`, /call back Sam/);
    const snoozeUrl = world.fake.responseUrl();
    await world.press(ANA, nudge, 'Snooze', { type: 'message', channelId: `D${ANA.id}`, responseUrl: snoozeUrl }, '1h');
    await world.reply(snoozeUrl, /Snoozed|snoozed|I'll remind you again/);
  });

  it('applies a retried event once, and ignores its own messages, edits and other bots', async () => {
    await world.dm(ANA, 'hello?', {}, 'Ev-once');
    await world.dm(ANA, 'hello?', {}, 'Ev-once', 1);
    await world.dm(ANA, 'from me', { user: FAKE_BOT_USER, bot_id: FAKE_BOT_ID });
    await world.dm(ANA, 'edited', { subtype: 'message_changed' });
    await world.dm(ANA, 'other bot', { bot_id: 'BOTHER' });
    await world.posted(`D${ANA.id}`, /I only understand commands here/);
    await world.slash(ANA, '/rapport').then(({ responseUrl }) => world.reply(responseUrl, /coach/));
    expect(world.fake.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('runs a rehearsal in the DM, the student answering with plain messages', async () => {
    const { responseUrl } = await world.slash(ANA, '/practice voicemail');
    await world.reply(responseUrl, /Leave a voicemail|voicemail/i);
    await world.dm(
      ANA,
      "Hi, this is Ana Pereira, a design student at Concordia. Dana Lee suggested I call. I'd love 15 minutes of your time to hear how you got into UX research. You can reach me at 514-555-0199 or ana@example.org. Thanks, and have a good day!",
    );
    const scorecard = await world.posted(`D${ANA.id}`, /Scorecard/);
    expect(textOf(scorecard)).toMatch(/Score: \d+\/100/);
    expect(textOf(scorecard)).toMatch(/Try again/);
  });

  it('takes a practice draft through its modal from a channel, answering there privately', async () => {
    const { responseUrl } = await world.slash(ANA, '/practice thanks', 'CCAREER');
    const opening = await world.reply(responseUrl, /Write it in a form/);
    const pressUrl = world.fake.responseUrl();
    await world.press(ANA, opening, 'Write it in a form', { type: 'message', channelId: 'CCAREER', responseUrl: pressUrl });
    const view = await world.openedView();
    expect(view.callback_id).toMatch(/^rapport-form\.practice:draft:/);
    const draft =
      'Hi Nadia,\n\nThank you for your time yesterday. Your advice about building a portfolio of small audits stayed with me, and I have already started one.\n\nI will let you know how it goes.\n\nBest,\nAna';
    expect(await world.submit(ANA, view, { draft })).toBe('');
    const scorecard = await world.reply(pressUrl, /Scorecard/);
    expect(scorecard.response_type).toBe('ephemeral');
    expect(world.fake.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('honours a 429 with Retry-After on one call without stalling other work', async () => {
    world.fake.rateLimitNext('chat.postMessage', 1);
    const started = Date.now();
    await world.dm(ANA, 'anyone there?');
    const { responseUrl } = await world.slash(ANA, '/rapport');
    await world.reply(responseUrl, /coach/);
    const quick = Date.now() - started;
    const retried = await world.fake.waitFor(() => world.fake.callsOf('chat.postMessage')[1], 3_000, 'the retried post');
    const [limited] = world.fake.callsOf('chat.postMessage');
    expect(textOf(retried.args)).toMatch(/I only understand commands here/);
    expect(retried.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(quick).toBeLessThan(900);
  });

  it('records a nudge to a deactivated account as undeliverable and tells the student next time', async () => {
    const { responseUrl } = await world.slash(GIL, '/nudge "send the thank-you note" in 1 hour');
    await world.reply(responseUrl, /I'll remind you/);
    await passTime(new Date(world.clock.now().getTime() + 2 * 3_600_000), world.clock, [world.app.scheduler]);
    const [reminder] = await world.app.services.reminders.upcoming({ tenant, userId: GIL.id }, 5);
    expect(reminder).toBeUndefined();
    expect(world.fake.callsOf('chat.postMessage')).toHaveLength(0);
    const next = await world.slash(GIL, '/nudge list');
    await world.reply(next.responseUrl, /📭 I tried to send you a reminder by direct message but could not reach you/);
  });

  it('resolves roles from users.info: a workspace admin is an advisor', async () => {
    const member = await world.slash(ANA, '/cohort create fall');
    await world.reply(member.responseUrl, /Only advisors can do that/);
    const admin = await world.slash(SAM, '/cohort create fall');
    const answer = await world.fake.waitFor(() => world.fake.responsesTo(admin.responseUrl)[0], 3_000, 'the advisor answer');
    expect(textOf(answer)).not.toMatch(/Only advisors|something went wrong/);
  });

  it("runs a cohort: an ADVISOR_IDS advisor creates it in a channel, a student joins by its button and logs, the report is the advisor's alone, and the digest comes with its thread", async () => {
    const created = await world.slash(LEA, '/cohort create fall', 'CFALL');
    const welcome = await world.reply(created.responseUrl, /Welcome to the fall cohort/);
    expect(welcome.response_type).toBe('in_channel');
    expect(elementId(welcome, 'Join fall')).toBeTruthy();
    expect((await world.reply(created.responseUrl, /Created \*fall\* in <#CFALL>/)).response_type).toBe('ephemeral');

    const joinUrl = world.fake.responseUrl();
    await world.press(ANA, welcome, 'Join fall', { type: 'message', channelId: 'CFALL', responseUrl: joinUrl });
    expect((await world.reply(joinUrl, /🎓 Welcome to \*fall\*!/)).response_type).toBe('ephemeral');

    world.clock.advance(DAY);
    const logged = await world.slash(ANA, `/log interview "Dana Lee" --learned "${PRIVATE_NOTE}"`);
    await world.reply(logged.responseUrl, /Saved your notes from \*Dana Lee\*/);

    const refused = await world.slash(ANA, '/cohort report', 'CFALL');
    expect((await world.reply(refused.responseUrl, /Only advisors can do that with \/cohort/)).response_type).toBe('ephemeral');

    const reported = await world.slash(LEA, '/cohort report', 'CFALL');
    // The report follows its chart, sent first so that the report can say where it is: drawing the first chart takes a while on a loaded machine.
    const report = await world.reply(reported.responseUrl, /📋 fall: progress report/, 10_000);
    expect(report.response_type).toBe('ephemeral');
    expect(textOf(report)).toMatch(/\*ana\*: 1 interview · thank-yous within 48 h: none due yet/);
    expect(textOf(report)).not.toContain(PRIVATE_NOTE);
    // Slack shows no file in an ephemeral reply, and one shared in the channel would be everyone's: the chart goes to the advisor's DM.
    const reportChart = await world.fake.waitFor(() => world.fake.uploads.find((upload) => upload.completed), 10_000, 'the report chart');
    expect(reportChart.channelId).toBe(`D${LEA.id}`);
    expect(textOf(report)).toContain(`I sent *${reportChart.filename}* to our DM, where only you can see it.`);
    expect(reportChart.initialComment).toBe('📎 Here is the file you asked for in <#CFALL>: only you can see it here.');
    expect(reportChart.altText).toMatch(
      /^Chart of fall as of .*Funnel: 1 request, 1 reply, 1 interview, 0 thank-yous, 0 referrals\. Interviews per week for the last 8 weeks/,
    );
    expect(reportChart.bytes?.length).toBe(reportChart.length);
    expectChartPng(reportChart.bytes);

    world.clock.advance(6 * DAY + HOUR);
    expect(await world.app.digests.runDue()).toBe(1);
    const [digest, ...thread] = world.fake.callsOf('chat.postMessage').filter((call) => call.args.channel === 'CFALL');
    expect(textOf(digest?.args)).toContain('📣 fall: the week in numbers');
    expect(digest?.args.thread_ts).toBeUndefined();
    expect(thread.length).toBeGreaterThan(0);
    expect(new Set(thread.map((reply) => reply.args.thread_ts)).size).toBe(1);
    expect(thread[0]?.args.thread_ts).toEqual(expect.stringMatching(/^\d+\.\d+$/));
    const details = textOf(thread.map((reply) => reply.args));
    const digestChart = world.fake.uploads.find((upload) => upload.completed && upload.channelId === 'CFALL');
    expect(digestChart?.threadTs).toBe(thread[0]?.args.thread_ts);
    expect(digestChart?.altText).toMatch(
      /Funnel: 1 request, 1 reply, 1 interview.*Interviews per week for the last 8 weeks, from the week of Oct 12: (0, ){6}1, 0 \(1 in all\)\./,
    );
    expectChartPng(digestChart?.bytes);
    expect(details).toContain('1 student, 1 active this week');
    expect(details).toContain('Interviews held: 1 (1 this week)');
    const everything = `${textOf(digest?.args)}\n${details}`;
    for (const secret of [PRIVATE_NOTE, 'Dana Lee']) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/\bana\b/i);
  });

  it('publishes the Home tab when opened and after each command', async () => {
    await world.driver.event(eventCallback(appHomeOpened(ANA.id)));
    const first = await world.fake.waitFor(() => world.fake.callsOf('views.publish')[0], 3_000, 'a Home tab');
    expect(first.args.user_id).toBe(ANA.id);
    expect(textOf(first.args.view)).toMatch(/Your pipeline[\s\S]*No contacts yet/);
    const { responseUrl } = await world.slash(ANA, '/log add "Dana Lee" --role "UX designer"');
    await world.reply(responseUrl, /Added \*Dana Lee\*/);
    const refreshed = await world.fake.waitFor(
      () => world.fake.callsOf('views.publish').find((call) => /Identified\* \(1\): Dana Lee/.test(textOf(call.args.view))),
      3_000,
      'a refreshed Home tab',
    );
    const addUrl = world.fake.responseUrl();
    const opened = world.fake.callsOf('views.open').length;
    await world.press(ANA, refreshed.args.view as Record<string, unknown>, 'Add a contact', { type: 'view', viewId: 'VHOME' });
    const form = await world.openedView(opened);
    expect(form.callback_id).toBe('rapport-form.log:add-submit');
    await world.submit(ANA, form, { contact: 'Sam Ortiz' });
    await world.posted(`D${ANA.id}`, /Added \*Sam Ortiz\*/);
    expect(world.fake.responsesTo(addUrl)).toHaveLength(0);
  });

  it('never logs the tokens or the signing secret', async () => {
    world.fake.failNext('chat.postMessage', 'channel_not_found');
    await world.dm(ANA, 'hi');
    const { responseUrl } = await world.slash(ANA, '/rapport');
    await world.reply(responseUrl, /coach/);
    const logged = JSON.stringify(world.logs());
    for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]) expect(logged).not.toContain(secret);
  });
});

describe('Slack HTTP mode: request signatures', () => {
  let world: SlackWorld;
  beforeEach(async () => {
    world = await SlackWorld.start('http');
  });
  afterEach(() => world.stop());

  it('rejects a bad signature and a stale timestamp with 401, and applies neither', async () => {
    const { SignedSender } = await import('../../fakes/slack/signed-requests.js');
    const { slashCommandFields } = await import('../../fakes/slack/payloads.js');
    const url = `http://127.0.0.1:${world.running.port ?? 0}/slack/events`;
    const fields = slashCommandFields('/rapport', '', ANA, `D${ANA.id}`, world.fake.responseUrl());
    expect((await new SignedSender(url, 'not-the-secret').slashCommand(fields)).status).toBe(401);
    expect((await new SignedSender(url, SIGNING_SECRET).slashCommand(fields, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect((await new SignedSender(url, SIGNING_SECRET).slashCommand(fields)).status).toBe(200);
    await world.fake.waitFor(() => world.fake.responses[0], 3_000, 'the one accepted request');
    expect(world.fake.responses).toHaveLength(1);
  });
});
