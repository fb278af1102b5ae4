import { describe, expect, it } from 'vitest';
import { textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const DAY = 24 * 3_600_000;
const EPHEMERAL = 64;

describe('Rapport on Discord: a whole assignment', () => {
  const rapport = useRapportOnDiscord();

  it('an advisor sets it with numbered prompt fields; students reflect in modals (one late); one private reminder; report and export show it', async () => {
    const { fake } = rapport();
    const advisorRole = fake.guild.roles.find((role) => role.name === 'Career Advisor')?.id ?? '';
    const lee = fakeUser('ms-lee');
    const bea = fakeUser('bea');
    const cal = fakeUser('cal');
    const asAdvisor = fake.inGuild({ roleIds: [advisorRole] });
    const inServer = fake.inGuild();
    /** The assignment reminders a student received in their DM. */
    const reminders = (user: typeof bea) =>
      fake.rest.calls.filter(
        (call) =>
          call.method === 'POST' &&
          call.path === `/channels/${fake.rest.dmChannelOf(user.id)}/messages` &&
          textOf(call.body).includes('Explore a career is due'),
      );

    await fake.slash(lee, asAdvisor, 'cohort', 'create', { name: 'fall', timezone: 'America/Toronto' });
    await fake.slash(bea, inServer, 'cohort', 'join');
    await fake.slash(cal, inServer, 'cohort', 'join');
    const assign = { title: 'Explore a career', interviews: 1, due: '2026-12-18', prompt1: 'What surprised you, and why?', prompt2: 'What will you do next?' };
    const refused = await fake.slash(lee, asAdvisor, 'cohort', 'assign', { ...assign, due: '2026-11-20' });
    expect(textOf(refused.callback.data ?? {})).toContain('Give a due date from today on');
    const set = await fake.slash(lee, asAdvisor, 'cohort', 'assign', assign);
    expect(set.callback.data?.flags).toBe(EPHEMERAL);
    expect(textOf(set.callback.data ?? {})).toContain('What surprised you, and why?');

    const logged = await fake.slash(bea, inServer, 'log', 'interview', { contact: 'Dana Lee', learned: 'design reviews every week' });
    // The offer follows the notes' own buttons, so it comes as a message of its own.
    const [offerCall] = await fake.followUps(logged, 1);
    const offer = fake.messageOf(offerCall!);
    expect(textOf(offer)).toContain('Your advisors in fall will read this reflection; nobody else sees it.');
    expect(offerCall?.body.flags).toBe(EPHEMERAL);
    const modal = await fake.press(bea, inServer, offer, 'Reflect for Explore a career');
    expect(modal.callback.type).toBe(9);
    expect(modal.callback.data?.title).toBe('Reflect: Dana Lee');
    const saved = await fake.submit(bea, inServer, modal, { answer1: 'How much the team writes', answer2: 'Ask for a review' });
    expect(textOf(saved.callback.data ?? {})).toContain('Saved your reflection on **Dana Lee** for **Explore a career**');

    await fake.slash(cal, inServer, 'log', 'interview', { contact: 'Sam Ortiz', learned: 'start with the help desk' });
    await rapport().passTime(22 * DAY + 2 * 3_600_000);
    await fake.channelMessages(fake.rest.dmChannelOf(cal.id), 1);
    expect(reminders(cal)).toHaveLength(1);
    expect(textOf(reminders(cal)[0]?.body ?? {})).toContain('This reminder is only for you');
    expect(reminders(bea)).toHaveLength(0);

    await rapport().passTime(4 * DAY);
    const form = await fake.slash(cal, inServer, 'log', 'reflect', { contact: 'Sam Ortiz' });
    expect(form.callback.type).toBe(9);
    const late = await fake.submit(cal, inServer, form, { answer1: 'Certificates matter', answer2: 'Apply' });
    expect(textOf(late.callback.data ?? {})).toContain('it still counts, marked late');
    await rapport().passTime(7 * DAY);
    expect(reminders(cal)).toHaveLength(1);

    const report = textOf((await fake.slash(lee, asAdvisor, 'cohort', 'report')).callback.data ?? {});
    expect(report).toContain('bea: 1 of 1 interview · 1 of 1 reflection: done on time');
    expect(report).toContain('cal: 1 of 1 interview · 1 of 1 reflection (1 late): done, partly late');
    await fake.slash(lee, asAdvisor, 'cohort', 'export');
    const files = fake.rest.calls.flatMap((call) => call.files);
    const progress = files.find((file) => file.name.startsWith('fall-progress-'));
    expect(progress?.content).toContain(
      'Explore a career: interviews,Explore a career: reflections,Explore a career: late reflections,Explore a career: status',
    );
    expect(progress?.content).toMatch(/\r\ncal,.*,1,1,1,done-late\r\n/);
    const reflections = files.find((file) => file.name.startsWith('fall-reflections-'));
    expect(reflections?.content).toContain('cal,Explore a career,Sam Ortiz,2026-11-23,2026-12-19,late,"What surprised you, and why?",Certificates matter');
    const read = textOf((await fake.slash(lee, asAdvisor, 'cohort', 'reflections', { student: cal })).callback.data ?? {});
    expect(read).toContain('Certificates matter');
    expect(read).not.toContain('How much the team writes');
  });
});
