import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_TEAM, type RecordedUpload } from '../../fakes/slack/slack-fake.js';
import { expectWholeJournal, markedLesson } from '../../support/journal-export-checks.js';
import { ANA, SlackWorld, textOf } from './slack-world.js';

const tenant = { platform: 'slack' as const, workspaceId: FAKE_TEAM };
const ana = { tenant, userId: ANA.id };
const CHANNEL = 'CGENERAL';
const INTERVIEWS = 30;
const lesson = (n: number): string => markedLesson(n, '*portfolio*', '<@U999>');

describe('Slack end to end: exports as files', () => {
  let world: SlackWorld;
  beforeEach(async () => {
    world = await SlackWorld.start('http');
  });
  afterEach(() => world.stop());

  /** Logs `count` interviews from Ana's DM, each with its own lesson. */
  const logInterviews = async (count: number): Promise<void> => {
    for (let n = 1; n <= count; n++) {
      const { responseUrl } = await world.slash(ANA, `/log interview "Person ${n}" --learned "${lesson(n)}"`);
      await world.reply(responseUrl, /Saved your notes/);
    }
  };

  /** The files shared once `count` uploads have completed. */
  const completedUploads = (count: number): Promise<RecordedUpload[]> =>
    world.fake.waitFor(
      () => {
        const completed = world.fake.uploads.filter((upload) => upload.completed);
        return completed.length >= count ? completed : undefined;
      },
      5_000,
      `${count} shared files`,
    );

  /** Nothing reached the channel: no message, no file, and every answer to the command was ephemeral. */
  const expectNothingInChannel = (responseUrl: string): void => {
    expect(world.fake.callsOf('chat.postMessage').filter((call) => call.args.channel === CHANNEL)).toEqual([]);
    expect(world.fake.uploads.filter((upload) => upload.channelId === CHANNEL)).toEqual([]);
    expect(world.fake.responsesTo(responseUrl).map((body) => body.response_type)).toEqual(['ephemeral']);
  };

  it('/privacy export in a channel: the Markdown and JSON files of a 30-interview journal arrive whole in the DM, and the channel sees nothing', async () => {
    await logInterviews(INTERVIEWS);
    const { responseUrl } = await world.slash(ANA, '/privacy export', CHANNEL);
    const reply = await world.reply(responseUrl, /Your whole journal/);
    expect(reply.response_type).toBe('ephemeral');
    expect(textOf(reply)).toMatch(/30 interviews/);
    expect(textOf(reply)).toMatch(/I sent \*rapport-journal-2026-11-23\.md\* and \*rapport-journal-2026-11-23\.json\* to our DM, where only you can see them/);
    expect(textOf(reply)).not.toContain('lesson 1');

    const files = await completedUploads(2);
    expect(files.map((file) => [file.filename, file.channelId, file.threadTs])).toEqual([
      ['rapport-journal-2026-11-23.md', `D${ANA.id}`, undefined],
      ['rapport-journal-2026-11-23.json', `D${ANA.id}`, undefined],
    ]);
    expect(files[0]?.initialComment).toBe(`📎 Here are the files you asked for in <#${CHANNEL}>: only you can see them here.`);
    for (const file of files) expect(file.bytes?.length, file.filename).toBe(file.length);
    await expectWholeJournal(
      world.app.services,
      ana,
      { platform: 'slack', workspace: FAKE_TEAM, userId: ANA.id, exportedAt: world.clock.now(), timezone: 'Europe/Paris' },
      files,
      INTERVIEWS,
    );
    expectNothingInChannel(responseUrl);
  });

  it('/log export in a channel: both CSV files arrive in the DM with a row for every stored contact and reminder, and the channel sees nothing', async () => {
    await logInterviews(3);
    const { responseUrl } = await world.slash(ANA, '/log export', CHANNEL);
    const reply = await world.reply(responseUrl, /Your journal: 3 contacts/);
    expect(textOf(reply)).toMatch(/I sent \*rapport-journal\.csv\* and \*rapport-reminders\.csv\* to our DM/);

    const [journal, reminders] = await completedUploads(2);
    expect([journal?.filename, journal?.channelId, reminders?.filename, reminders?.channelId]).toEqual([
      'rapport-journal.csv',
      `D${ANA.id}`,
      'rapport-reminders.csv',
      `D${ANA.id}`,
    ]);
    const journalRows = (journal?.bytes?.toString('utf8') ?? '').trimEnd().split('\r\n');
    expect(journalRows[0]).toMatch(/^name,stage,role/);
    const contacts = await world.app.services.contacts.list(ana);
    expect(journalRows.slice(1)).toHaveLength(contacts.length);
    for (const contact of contacts) expect(journalRows.find((row) => row.startsWith(`${contact.name},`))).toBeDefined();
    for (const interview of await world.app.services.contacts.allInterviews(ana))
      expect(journal?.bytes?.toString('utf8')).toContain(interview.learned ?? 'missing');
    const reminderRows = (reminders?.bytes?.toString('utf8') ?? '').trimEnd().split('\r\n');
    expect(reminderRows[0]).toBe('number,reminder,arrives,about');
    expect(
      reminderRows
        .slice(1)
        .map((row) => /Time to thank (Person \d)/.exec(row)?.[1])
        .sort(),
    ).toEqual(['Person 1', 'Person 2', 'Person 3']);
    expectNothingInChannel(responseUrl);
  });

  it('/log export in the DM: the files come right there after the reply, which needs no note', async () => {
    await logInterviews(1);
    const { responseUrl } = await world.slash(ANA, '/log export');
    const reply = await world.reply(responseUrl, /Your journal: 1 contact/);
    expect(textOf(reply)).not.toMatch(/our DM|could not send/);
    const files = await completedUploads(2);
    expect(files.map((file) => [file.filename, file.channelId, file.initialComment])).toEqual([
      ['rapport-journal.csv', `D${ANA.id}`, undefined],
      ['rapport-reminders.csv', `D${ANA.id}`, undefined],
    ]);
    const [interview] = await world.app.services.contacts.allInterviews(ana);
    expect(files[0]?.bytes?.toString('utf8')).toContain(interview?.learned ?? 'missing');
  });
});
