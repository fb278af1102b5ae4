import { describe, expect, it } from 'vitest';
import { componentsOf, textOf, type Answered } from '../../fakes/discord/fake-discord.js';
import type { RestCall } from '../../fakes/discord/fake-rest.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { expectWholeJournal, markedLesson } from '../../support/journal-export-checks.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const DAY = 86_400_000;
const EPHEMERAL = 64;
const INTERVIEWS = 30;

describe('Rapport on Discord: /privacy export and /cohort archive', () => {
  const rapport = useRapportOnDiscord();

  /** The requests that answered an interaction: its callback, the edit of a deferred answer, its follow-ups. */
  const answersTo = (answered: Answered): RestCall[] => rapport().fake.rest.calls.filter((call) => call.path.includes(answered.token));

  /** Every request from `from` on that put something in the server channel other than an answer only its asker sees. */
  const publicInChannel = (from: number): RestCall[] =>
    rapport()
      .fake.rest.calls.slice(from)
      .filter((call) => {
        if (call.path === `/channels/${rapport().fake.guild.channelId}/messages`) return true;
        if (!/^\/(interactions|webhooks)\//.test(call.path) || call.method === 'DELETE') return false;
        const body = (call.body.data ?? call.body) as { flags?: number };
        return call.method === 'POST' && ((body.flags ?? 0) & EPHEMERAL) === 0;
      });

  it('a student with 30 interviews exports in a server channel: only she sees the answer and its two files, which hold exactly what is stored', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const inServer = fake.inGuild();
    const mine = { tenant: { platform: 'discord' as const, workspaceId: fake.guild.id }, userId: ana.id };
    for (let n = 1; n <= INTERVIEWS; n++) {
      const logged = await fake.slash(ana, inServer, 'log', 'interview', {
        contact: `Person ${n}`,
        learned: markedLesson(n, '**portfolio**', '<@123456789012345678>'),
      });
      expect(textOf(logged.callback.data ?? {})).toContain(`Saved your notes from **Person ${n}**`);
    }

    const from = fake.rest.calls.length;
    const exported = await fake.slash(ana, inServer, 'privacy', 'export');
    expect(exported.callback.data?.flags).toBe(EPHEMERAL);
    const answer = await fake.answer(exported);
    expect(answer.channel_id).toBe(fake.guild.channelId);
    const shown = textOf(answer);
    expect(shown).toContain(`📦 Your whole journal: ${INTERVIEWS} contacts, ${INTERVIEWS} interviews`);
    expect(shown).toContain('Only you can see these files.');
    expect(shown).not.toContain('lesson 1');
    // The files travel with the private answer itself (its callback, or the edit of a deferred one).
    const withFiles = answersTo(exported).filter((call) => call.files.length > 0);
    expect(withFiles).toHaveLength(1);
    const files = withFiles[0]?.files ?? [];
    expect(files.map((file) => file.name)).toEqual(['rapport-journal-2026-11-23.md', 'rapport-journal-2026-11-23.json']);
    expect((answer.attachments as { filename: string }[]).map((attachment) => attachment.filename)).toEqual(files.map((file) => file.name));
    await expectWholeJournal(
      rapport().app.services,
      mine,
      { platform: 'discord', workspace: fake.guild.id, userId: ana.id, exportedAt: rapport().clock.now(), timezone: 'America/Toronto' },
      files.map((file) => ({ filename: file.name, bytes: file.bytes })),
      INTERVIEWS,
    );
    expect(publicInChannel(from)).toEqual([]);
  });

  it('an advisor archives a cohort: asked to confirm, then, after the button, the cohort gets no more digests', async () => {
    const { fake } = rapport();
    const advisorRole = fake.guild.roles.find((role) => role.name === 'Career Advisor')?.id ?? '';
    const lee = fakeUser('ms-lee');
    const asAdvisor = fake.inGuild({ roleIds: [advisorRole] });
    const created = await fake.slash(lee, asAdvisor, 'cohort', 'create', { name: 'fall' });
    await fake.answer(created);
    const cohort = (await rapport().app.services.cohorts.cohorts.list({ platform: 'discord', workspaceId: fake.guild.id })).find(
      (candidate) => candidate.name === 'fall',
    );
    expect(cohort?.archivedAt).toBeUndefined();

    const from = fake.rest.calls.length;
    const asked = await fake.slash(lee, asAdvisor, 'cohort', 'archive');
    expect(asked.callback.data?.flags).toBe(EPHEMERAL);
    const question = await fake.answer(asked);
    expect(textOf(question)).toContain('⚠️ Archive **fall**?');
    expect(componentsOf(question).map((component) => component.label)).toEqual(['Archive it']);
    // Asking changes nothing yet.
    expect(
      (await rapport().app.services.cohorts.cohorts.findById({ platform: 'discord', workspaceId: fake.guild.id }, cohort?.id ?? ''))?.archivedAt,
    ).toBeUndefined();

    const confirmed = await fake.press(lee, asAdvisor, question, 'Archive it');
    const done = textOf(confirmed.callback.data ?? {});
    expect(done).toContain('🗄️ **fall** is archived: no more digests.');
    expect(done).toContain('Its data is deleted on');
    expect(publicInChannel(from)).toEqual([]);

    rapport().clock.advance(8 * DAY);
    expect(await rapport().app.digests.runDue()).toBe(0);
    expect(fake.rest.calls.filter((call) => call.path === `/channels/${fake.guild.channelId}/messages`)).toEqual([]);
  });
});
