import { describe, expect, it } from 'vitest';
import { DMS_CLOSED_NOTICE } from '../../../adapters/discord/discord-messenger.js';
import { componentsOf, textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const DAY = 86_400_000;

describe('Rapport on Discord: the journal, its forms and the nudges that follow', () => {
  const rapport = useRapportOnDiscord();

  /** Logs an interview with Dana Lee through /log interview and its two modals. */
  async function logInterview(student = fakeUser('ana'), referrals = '') {
    const { fake } = rapport();
    const place = fake.inGuild();
    const first = await fake.slash(student, place, 'log', 'interview');
    expect(first.callback.type).toBe(9);
    expect(first.callback.data?.title).toBe('Log an interview (1/2)');
    const noted = await fake.submit(student, place, first, { contact: 'Dana Lee', learned: 'Portfolio matters more than the degree', advice: '' });
    expect(textOf(noted.callback.data ?? {})).toContain('Step 1 of 2 of **Log an interview** is noted');
    const continued = await fake.press(student, place, await fake.answer(noted), 'Continue: step 2 of 2');
    expect(continued.callback.type).toBe(9);
    expect(continued.callback.data?.title).toBe('Log an interview (2/2)');
    expect(JSON.stringify(continued.callback.data?.components)).toContain('"type":3');
    const saved = await fake.submit(student, place, continued, { next: 'Update my portfolio', referrals, 'may-use-name': 'yes' });
    return { student, saved };
  }

  it('/log interview opens its form in two modals, saves the notes, then DMs the thank-you nudge with its buttons', async () => {
    const { fake } = rapport();
    const { student, saved } = await logInterview(fakeUser('ana'), 'Sam Ortiz');
    const reply = textOf(saved.callback.data ?? {});
    expect(reply).toContain('📝 Saved your notes from **Dana Lee**');
    expect(reply).toContain('Added to your journal as referrals: Sam Ortiz');
    expect(reply).toMatch(/Time to thank Dana Lee: <t:\d+:f>/);

    await rapport().passTime(2 * DAY);
    const dmChannel = fake.rest.dmChannelOf(student.id);
    expect(fake.rest.calls.some((call) => call.method === 'POST' && call.path === '/users/@me/channels' && call.body.recipient_id === student.id)).toBe(true);
    const nudgeCall = (await fake.channelMessages(dmChannel, 2)).find((call) => textOf(call.body).includes('Time to thank Dana Lee'));
    expect(nudgeCall?.body.nonce).toMatch(/^[\w-]{21}\.0$/);
    expect(nudgeCall?.body.enforce_nonce).toBe(true);
    const nudge = fake.messageOf(nudgeCall!);
    expect(textOf(nudge)).toContain('🔔 Time to thank Dana Lee');
    expect(componentsOf(nudge).map((component) => component.label ?? component.placeholder)).toEqual(['Done', 'Snooze', 'Not needed', 'Draft note']);

    const done = await fake.press(student, fake.inDm(student), nudge, 'Done');
    expect(done.callback.data?.flags ?? 0).toBe(0);
    expect(textOf(done.callback.data ?? {})).toContain('✅ Done: Time to thank Dana Lee');
    const shown = await fake.slash(student, fake.inGuild(), 'log', 'show', { contact: 'Dana Lee' });
    expect(textOf(shown.callback.data ?? {})).toContain('Stage: Thank-you sent');
  });

  it('reads a member mentioned in a text option (`<@id>`, or `<@!id>` from older clients) as that person, shown again by id and never as a mention', async () => {
    const { fake } = rapport();
    const [student, mentor] = [fakeUser('ana'), fakeUser('mentor')];
    const logged = await fake.slash(student, fake.inGuild(), 'log', 'interview', { contact: `<@!${mentor.id}>`, learned: 'How the alumni mentoring works' });
    expect(textOf(logged.callback.data ?? {})).toContain(`📝 Saved your notes from **@${mentor.id}**`);
    const shown = await fake.slash(student, fake.inGuild(), 'log', 'show', { contact: `<@${mentor.id}>` });
    expect(textOf(shown.callback.data ?? {})).toContain('How the alumni mentoring works');
  });

  it('suggests contacts and reminder numbers as the student types', async () => {
    const { fake } = rapport();
    const { student } = await logInterview();
    expect(await fake.autocomplete(student, fake.inGuild(), 'log', 'show', 'contact', 'da')).toEqual([{ name: 'Dana Lee', value: 'Dana Lee' }]);
    const reminders = await fake.autocomplete(student, fake.inGuild(), 'remind', 'cancel', 'number', '');
    expect(reminders[0]).toEqual({ name: '#1 Time to thank Dana Lee', value: 1 });
  });

  it('asks a select field of a form in the modal itself, and a refused form can be reopened with its answers', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const place = fake.inGuild();
    const form = await fake.slash(ana, place, 'log', 'add');
    expect(form.callback.data?.title).toBe('Add a contact (1/2)');
    const noted = await fake.submit(ana, place, form, { contact: 'Priya Shah', role: 'Nurse', org: 'Humber River', found: 'x'.repeat(150) });
    const second = await fake.press(ana, place, await fake.answer(noted), 'Continue: step 2 of 2');
    const selects = (second.callback.data?.components as { component: { type: number; custom_id: string } }[])
      .filter((label) => label.component.type === 3)
      .map((label) => label.component.custom_id);
    expect(selects).toEqual(['channel', 'target']);
    const sent = await fake.submit(ana, place, second, { channel: 'email', subject: 'nursing', target: 'occupation' });
    expect(textOf(sent.callback.data ?? {})).toContain('📇 Added **Priya Shah** (Nurse at Humber River) to your journal');

    const edit = await fake.slash(ana, place, 'log', 'edit', { contact: 'Priya Shah' });
    // Discord keeps text within a field's max_length; a modified client might not, and Rapport checks again.
    const editNoted = await fake.submit(ana, place, edit, { contact: 'Priya Shah', role: 'x'.repeat(150), org: 'Humber Hospital', found: '' });
    const editSecond = await fake.press(ana, place, await fake.answer(editNoted), 'Continue: step 2 of 2');
    const refused = await fake.submit(ana, place, editSecond, { channel: 'phone', subject: 'nursing', target: 'occupation', keep: 'yes' });
    expect(textOf(refused.callback.data ?? {})).toContain('`role` is 150 characters long');
    const reopened = await fake.press(ana, place, await fake.answer(refused), '✏️ Fix the form');
    expect(reopened.callback.type).toBe(9);
    expect(reopened.callback.data?.title).toBe('Edit Priya Shah (1/2)');
    expect(JSON.stringify(reopened.callback.data?.components)).toContain('"value":"Humber Hospital"');
  });

  it('sends a longer form after its first step when the rest is optional', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const form = await fake.slash(ana, fake.inGuild(), 'log', 'add');
    const noted = await fake.answer(await fake.submit(ana, fake.inGuild(), form, { contact: 'Sam Ortiz', role: '', org: 'City Hall', found: '' }));
    expect(componentsOf(noted).map((component) => component.label)).toEqual(['Continue: step 2 of 2', 'Send without the rest']);
    const sent = await fake.press(ana, fake.inGuild(), noted, 'Send without the rest');
    expect(textOf(sent.callback.data ?? {})).toContain('📇 Added **Sam Ortiz** (City Hall) to your journal');
  });

  it('marks a nudge undeliverable when the student does not accept DMs (50007) and tells them how to open DMs next time', async () => {
    const { fake } = rapport();
    const student = fakeUser('bo');
    await logInterview(student);
    fake.rest.closeDms(student.id);
    await rapport().passTime(2 * DAY);
    const refused = fake.rest.calls.filter((call) => call.status === 403);
    expect(refused).toHaveLength(1);
    const next = await fake.slash(student, fake.inGuild(), 'remind', 'list');
    expect(next.callback.data?.flags).toBe(64);
    expect(textOf(next.callback.data ?? {})).toContain(`📭 ${DMS_CLOSED_NOTICE}`);
    await fake.followUps(next, 1);
    expect(
      rapport()
        .logs()
        .some((line) => line.msg === 'nudge delivery failed' && String(line.reason).includes('50007')),
    ).toBe(true);
  });
});
