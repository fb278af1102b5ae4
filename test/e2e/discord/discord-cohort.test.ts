import { describe, expect, it } from 'vitest';
import { componentsOf, textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { expectChartPng } from '../../support/png-checks.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const EPHEMERAL = 64;
const PRIVATE_NOTE = 'portfolio matters more than the degree';

/** The alt text sent with a message's first attachment (its `description`). */
function chartDescription(body: Record<string, unknown>): unknown {
  return (
    (body.attachments as { description?: string }[] | undefined)?.[0]?.description ??
    ((body.data as Record<string, unknown> | undefined)?.attachments as { description?: string }[] | undefined)?.[0]?.description
  );
}

describe('Rapport on Discord: a cohort, from its creation to its weekly digest', () => {
  const rapport = useRapportOnDiscord();

  it("shows a student's shared summary to the cohort's advisors, a co-advisor added later included, and not to another advisor of the server", async () => {
    const { fake } = rapport();
    const advisorRole = fake.guild.roles.find((role) => role.name === 'Career Advisor')?.id ?? '';
    const [lee, kim, ana] = [fakeUser('ms-lee'), fakeUser('mr-kim'), fakeUser('ana')];
    const asAdvisor = fake.inGuild({ roleIds: [advisorRole] });
    const asStudent = fake.inGuild();
    const welcome = await fake.answer(await fake.slash(lee, asAdvisor, 'cohort', 'create', { name: 'fall' }));
    await fake.press(ana, asStudent, welcome, 'Join fall');
    await fake.slash(ana, asStudent, 'log', 'interview', { contact: 'Dana Lee', learned: PRIVATE_NOTE });
    const shared = await fake.slash(ana, asStudent, 'cohort', 'share', { contact: 'Dana Lee' });
    expect(textOf(shared.callback.data ?? {})).toContain(`with the advisor of **fall**, <@${lee.id}>, and no one else`);
    const reportOf = async (advisor: typeof lee) => textOf((await fake.slash(advisor, asAdvisor, 'cohort', 'report')).callback.data ?? {});
    expect(await reportOf(lee)).toContain(PRIVATE_NOTE);
    // Mr Kim has the server's advisor role: he reads the counts, not what Ana shared with fall's advisors.
    expect(await reportOf(kim)).not.toContain(PRIVATE_NOTE);

    const added = await fake.slash(lee, asAdvisor, 'cohort', 'advisor', { action: 'add', user: kim, cohort: 'fall' });
    expect(textOf(added.callback.data ?? {})).toContain(`<@${kim.id}> now advises **fall**`);
    expect(await reportOf(kim)).toContain(PRIVATE_NOTE);
    await fake.slash(lee, asAdvisor, 'cohort', 'advisor', { action: 'remove', user: kim, cohort: 'fall' });
    expect(await reportOf(kim)).not.toContain(PRIVATE_NOTE);
  });

  it('an advisor creates a cohort in a channel, a student joins by its button and logs, the advisor reads the report, and the digest comes with its thread', async () => {
    const { fake } = rapport();
    const advisorRole = fake.guild.roles.find((role) => role.name === 'Career Advisor')?.id ?? '';
    const lee = fakeUser('ms-lee');
    const ana = fakeUser('ana');
    const asAdvisor = fake.inGuild({ roleIds: [advisorRole] });
    const asStudent = fake.inGuild();

    const created = await fake.slash(lee, asAdvisor, 'cohort', 'create', { name: 'fall' });
    expect(created.callback.type).toBe(4);
    expect(created.callback.data?.flags ?? 0).toBe(0);
    const welcome = await fake.answer(created);
    expect(welcome.channel_id).toBe(fake.guild.channelId);
    expect(textOf(welcome)).toContain('👋 Welcome to the fall cohort');
    expect(componentsOf(welcome).map((component) => component.label)).toEqual(['Join fall']);
    const [confirmation] = await fake.followUps(created, 1);
    expect(confirmation?.body.flags).toBe(EPHEMERAL);
    expect(textOf(confirmation?.body ?? {})).toContain(`✅ Created **fall** in <#${fake.guild.channelId}>.`);

    const joined = await fake.press(ana, asStudent, welcome, 'Join fall');
    expect(joined.callback.data?.flags).toBe(EPHEMERAL);
    expect(textOf(joined.callback.data ?? {})).toContain('🎓 Welcome to **fall**!');

    rapport().clock.advance(DAY);
    const logged = await fake.slash(ana, asStudent, 'log', 'interview', { contact: 'Dana Lee', learned: PRIVATE_NOTE });
    expect(textOf(logged.callback.data ?? {})).toContain('📝 Saved your notes from **Dana Lee**');

    const refused = await fake.slash(ana, asStudent, 'cohort', 'report');
    expect(refused.callback.data?.flags).toBe(EPHEMERAL);
    expect(textOf(refused.callback.data ?? {})).toContain('Only advisors can do that with /cohort');

    // Ms Lee picks Ana in the person option and makes her an advisor, so Ana may read the report; then takes it back.
    const granted = await fake.slash(lee, asAdvisor, 'cohort', 'advisor', { action: 'add', user: ana });
    expect(textOf(granted.callback.data ?? {})).toContain(`✅ <@${ana.id}> is an advisor here`);
    expect(textOf((await fake.slash(ana, asStudent, 'cohort', 'report')).callback.data ?? {})).toContain('📋 fall: progress report');
    expect(textOf((await fake.slash(lee, asAdvisor, 'cohort', 'advisor', { action: 'remove', user: ana })).callback.data ?? {})).toContain(
      `<@${ana.id}> is no longer an advisor here`,
    );
    expect(textOf((await fake.slash(ana, asStudent, 'cohort', 'report')).callback.data ?? {})).toContain('Only advisors can do that with /cohort');

    const reported = await fake.slash(lee, asAdvisor, 'cohort', 'report');
    expect(reported.callback.data?.flags).toBe(EPHEMERAL);
    const report = textOf(reported.callback.data ?? {});
    expect(report).toContain('📋 fall: progress report');
    expect(report).toMatch(/\*\*ana\*\*: 1 interview · thank-yous within 48 h: none due yet/);
    expect(report).toContain('Students: 1');
    expect(report).toContain('Interviews: 1');
    expect(report).not.toContain(PRIVATE_NOTE);
    // The chart is a file on the private answer itself (sent in time, or with the deferred answer's edit), its alt text as the attachment's description.
    const reportChart = await fake.rest.waitFor((call) => (call.path.includes(reported.token) && call.files.length > 0 ? call : undefined));
    expect(reportChart.files.map((file) => file.name)).toEqual([expect.stringMatching(/^rapport-fall-\d{4}-\d{2}-\d{2}\.png$/)]);
    expectChartPng(reportChart.files[0]?.bytes);
    expect(chartDescription(reportChart.body)).toMatch(/^Chart of fall as of .*Funnel: 1 request, 1 reply, 1 interview, 0 thank-yous, 0 referrals\./);

    rapport().clock.advance(6 * DAY + HOUR);
    expect(await rapport().app.digests.runDue()).toBe(1);
    const [digestCall] = await fake.channelMessages(fake.guild.channelId, 1);
    const digest = fake.messageOf(digestCall!);
    expect(textOf(digest)).toContain('📣 fall: the week in numbers');
    expect(digestCall?.body.enforce_nonce).toBe(true);
    expect(digestCall?.body.nonce).toMatch(/^[\w-]{21}\.0$/);
    const thread = fake.rest.threads.get(digest.id);
    expect(thread).toMatchObject({ parent_id: fake.guild.channelId, type: 11 });
    expect(thread?.name).toMatch(/^Weekly digest – \d{4}-\d{2}-\d{2}$/);
    const replies = fake.rest.calls.filter((call) => call.method === 'POST' && call.path === `/channels/${digest.id}/messages`);
    const details = replies.map((call) => textOf(call.body)).join('\n');
    expect(details).toContain('Totals and funnel');
    expect(details).toContain('1 student, 1 active this week');
    expect(details).toContain('Interviews held: 1 (1 this week)');
    expect(details).toContain('Tip of the week');
    const charts = replies.filter((call) => call.files.length > 0);
    expect(charts).toHaveLength(1);
    expectChartPng(charts[0]?.files[0]?.bytes);
    expect(chartDescription(charts[0]?.body ?? {})).toMatch(/Interviews per week for the last 8 weeks, from the week of \w+ \d+: (\d, ){7}\d \(1 in all\)\./);
    const everything = `${textOf(digest)}\n${details}`;
    for (const secret of [PRIVATE_NOTE, 'Dana Lee']) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/\bana\b/);
    expect(
      rapport()
        .logs()
        .some((line) => line.msg === 'digest posted'),
    ).toBe(true);
  });
});
