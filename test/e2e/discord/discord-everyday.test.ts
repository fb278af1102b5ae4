import { describe, expect, it } from 'vitest';
import { textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('Rapport on Discord: long lists, typed times and undo', () => {
  const rapport = useRapportOnDiscord();

  it('pages /remind list with Next and Previous, and names the command for the rest as Discord writes it', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const mine = { tenant: { platform: 'discord' as const, workspaceId: fake.guild.id }, userId: ana.id };
    const now = rapport().clock.now().getTime();
    for (let index = 1; index <= 20; index++) {
      await rapport().app.services.reminders.schedule(
        { ...mine, kind: 'custom', title: `task ${index}`, details: { text: `task ${index}` }, dueAt: new Date(now + index * 2 * HOUR) },
        new Date(now),
      );
    }
    const place = fake.inGuild();
    const first = await fake.slash(ana, place, 'remind', 'list');
    const firstText = textOf(first.callback.data ?? {});
    expect(firstText).toContain('Your upcoming reminders: 20');
    expect(firstText).toContain('Page 1 of 2. 5 more: `/remind list page:2`');
    const second = await fake.press(ana, place, await fake.answer(first), 'Next');
    const secondText = textOf(second.callback.data ?? {});
    expect(secondText).toContain('#20 **task 20**');
    expect(secondText).not.toContain('#1 **task 1**');
    const back = await fake.press(ana, place, await fake.answer(second), 'Previous');
    expect(textOf(back.callback.data ?? {})).toContain('#1 **task 1**');
  });

  it('refuses an impossible date and undoes a cancelled reminder with the Undo button', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const place = fake.inGuild();
    const refused = await fake.slash(ana, place, 'remind', 'set', { reminder: 'call Dana on Feb 30 at 9am' });
    expect(textOf(refused.callback.data ?? {})).toContain('"Feb 30" is not a date');
    await fake.slash(ana, place, 'remind', 'set', { reminder: '"email Priya" tomorrow 9am' });
    const cancelled = await fake.slash(ana, place, 'remind', 'cancel', { number: 1 });
    const undone = await fake.press(ana, place, await fake.answer(cancelled), 'Undo');
    expect(textOf(undone.callback.data ?? {})).toContain('Undone: cancelling reminder #1, email Priya');
    const mine = { tenant: { platform: 'discord' as const, workspaceId: fake.guild.id }, userId: ana.id };
    expect(await rapport().app.services.reminders.findByNumber(mine, 1)).toMatchObject({ status: 'pending' });
  });

  it('asks for the time zone in the first DM, offering a guess from the app language, and answers EST with a choice of places', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const inDm = fake.inDm(ana);
    await fake.slash(ana, fake.inGuild(), 'log', 'list');
    const first = await fake.slash(ana, inDm, 'log', 'list');
    const [question] = await fake.followUps(first, 1);
    expect(textOf(question?.body ?? {})).toContain('which time zone are you in? Your account suggests **America/New_York**');
    const abbreviation = await fake.slash(ana, inDm, 'remind', 'timezone', { zone: 'EST' });
    const picked = await fake.press(ana, inDm, await fake.answer(abbreviation), 'America/Toronto');
    expect(textOf(picked.callback.data ?? {})).toContain('Your time zone is now **America/Toronto**');
  });

  it("names the exact command with the student's own data in a nudge, written as Discord writes commands, and reads a slash-less DM as a command", async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    await fake.slash(ana, fake.inGuild(), 'log', 'interview', { contact: 'Zoë Martin', learned: 'Clinics hire from placements' });
    await rapport().passTime(2 * DAY);
    const dm = fake.rest.dmChannelOf(ana.id);
    const nudge = (await fake.channelMessages(dm, 1)).find((call) => textOf(call.body).includes('Time to thank Zoë Martin'));
    expect(textOf(nudge?.body ?? {})).toContain('log it: /log thanked contact:Zoë Martin');
    fake.dm(ana, 'log list');
    const answers = await fake.channelMessages(dm, 2);
    expect(textOf(answers[1]?.body ?? {})).toContain('Commands start with a slash: did you mean `/log list`?');
  });

  it("reads /log interview on: as the day just past in the student's zone, shows it back, and refuses a day still ahead", async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const place = fake.inGuild();
    const mine = { tenant: { platform: 'discord' as const, workspaceId: fake.guild.id }, userId: ana.id };
    const ahead = await fake.slash(ana, place, 'log', 'interview', { contact: 'Dana Lee', learned: 'Clinics hire from placements', on: 'next Tuesday' });
    expect(textOf(ahead.callback.data ?? {})).toContain('is still ahead');
    expect(await rapport().app.services.contacts.list(mine)).toEqual([]);
    const logged = await fake.slash(ana, place, 'log', 'interview', { contact: 'Dana Lee', learned: 'Clinics hire from placements', on: 'last Tuesday' });
    expect(textOf(logged.callback.data ?? {})).toContain('I read “last Tuesday” as Tuesday, November 17.');
    const [interview] = await rapport().app.services.contacts.allInterviews(mine);
    expect(interview?.heldAt).toEqual(new Date('2026-11-17T14:00:00Z'));
  });

  it("moves pending nudges when the zone changes and says so, and starts an advisor's cohort in the advisor's zone", async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const place = fake.inGuild();
    await fake.slash(ana, place, 'remind', 'set', { reminder: '"call Sam" tomorrow 9am' });
    const changed = await fake.slash(ana, place, 'remind', 'timezone', { zone: 'Europe/Paris' });
    expect(textOf(changed.callback.data ?? {})).toContain('I moved 1 pending reminder to keep its local time of day');
    const mine = { tenant: { platform: 'discord' as const, workspaceId: fake.guild.id }, userId: ana.id };
    expect((await rapport().app.services.reminders.findByNumber(mine, 1))?.dueAt).toEqual(new Date('2026-11-24T08:00:00Z'));
    const lee = fakeUser('ms-lee');
    const asAdvisor = fake.inGuild({ roleIds: [fake.guild.roles.find((role) => role.name === 'Career Advisor')?.id ?? ''] });
    await fake.slash(lee, asAdvisor, 'remind', 'timezone', { zone: 'Asia/Kolkata' });
    const created = await fake.slash(lee, asAdvisor, 'cohort', 'create', { name: 'fall' });
    const [confirmation] = await fake.followUps(created, 1);
    // Discord shows the time in each reader's zone; the digest itself is Monday 09:00 in Kolkata, not in the deployment's Toronto.
    expect(textOf(confirmation?.body ?? {})).toContain(`The first digest comes <t:${new Date('2026-11-30T03:30:00Z').getTime() / 1000}:f>`);
  });

  it('edits a reminder, deletes a contact and a saved plan, and brings each back with Undo; filters the journal by stage', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const place = fake.inGuild();
    const mine = { tenant: { platform: 'discord' as const, workspaceId: fake.guild.id }, userId: ana.id };
    const say = async (...args: Parameters<typeof fake.slash>) => fake.slash(...args);
    await say(ana, place, 'remind', 'set', { reminder: '"call back Sam" tomorrow 9am' });
    const edited = await say(ana, place, 'remind', 'edit', { number: 1, change: '"call back Sam Ortiz" friday 3pm' });
    expect(textOf(edited.callback.data ?? {})).toContain('Reminder #1 is now: **call back Sam Ortiz**');
    await fake.press(ana, place, await fake.answer(edited), 'Undo');
    expect(await rapport().app.services.reminders.findByNumber(mine, 1)).toMatchObject({ title: 'call back Sam', dueAt: new Date('2026-11-24T14:00:00Z') });

    await say(ana, place, 'log', 'interview', { contact: 'Dana Lee', learned: 'Clinics hire from placements', referrals: 'Jordan Lee' });
    await say(ana, place, 'log', 'add', { contact: 'Sam Ortiz' });
    const filtered = textOf((await say(ana, place, 'log', 'list', { stage: 'interviewed' })).callback.data ?? {});
    expect(filtered).toContain('Dana Lee');
    expect(filtered).not.toContain('Sam Ortiz');
    const asked = await say(ana, place, 'log', 'delete', { contact: 'Dana Lee' });
    const deleted = await fake.press(ana, place, await fake.answer(asked), 'Yes, delete Dana Lee');
    expect(await rapport().app.services.contacts.findByName(mine, 'Dana Lee')).toBeUndefined();
    const undone = await fake.press(ana, place, await fake.answer(deleted), 'Undo');
    expect(textOf(undone.callback.data ?? {})).toContain('Undone: deleting Dana Lee (with their notes, referrals and nudges)');
    const dana = await rapport().app.services.contacts.findByName(mine, 'Dana Lee');
    expect(await rapport().app.services.contacts.interviews(mine, dana?.id ?? '')).toHaveLength(1);
    expect(await rapport().app.services.contacts.findByName(mine, 'Jordan Lee')).toMatchObject({ referredBy: dana?.id });

    await say(ana, place, 'questions', 'plan', { kind: 'occupation', subject: 'nurse' });
    await say(ana, place, 'questions', 'save');
    const planAsked = await say(ana, place, 'questions', 'delete', { number: 1 });
    const planDeleted = await fake.press(ana, place, await fake.answer(planAsked), 'Yes, delete plan 1');
    await fake.press(ana, place, await fake.answer(planDeleted), 'Undo');
    expect((await rapport().app.services.savedPlans.findByNumber(mine, 1))?.subject).toBe('nurse');
  });

  it('renames a saved plan and undoes it with the Undo button', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const place = fake.inGuild();
    await fake.slash(ana, place, 'questions', 'plan', { kind: 'occupation', subject: 'nurse' });
    await fake.slash(ana, place, 'questions', 'save');
    const renamed = await fake.slash(ana, place, 'questions', 'rename', { number: 1, name: 'Nursing at Humber River' });
    expect(textOf(renamed.callback.data ?? {})).toContain('Plan 1 is now called “Nursing at Humber River”.');
    const undone = await fake.press(ana, place, await fake.answer(renamed), 'Undo');
    expect(textOf(undone.callback.data ?? {})).toContain('Undone: your change to plan 1');
    const mine = { tenant: { platform: 'discord' as const, workspaceId: fake.guild.id }, userId: ana.id };
    expect((await rapport().app.services.savedPlans.findByNumber(mine, 1))?.subject).toBe('nurse');
  });
});
