import { describe, expect, it } from 'vitest';
import { useStudent } from '../support/use-student.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('edit, delete and undo', () => {
  const { harness, ana, mine } = useStudent();
  const contact = (name: string) => harness().services.contacts.findByName(mine, name);

  it('splits a referral written as "name, role at organisation" into separate fields', async () => {
    const logged = await ana().send(
      '/log interview "Dana Lee" --learned "ask about research ops" --referrals "Jordan Lee, UX researcher at SickKids; Sam Ortiz"',
    );
    expect(logged.text).toContain('Added to your journal as referrals: Jordan Lee (UX researcher at SickKids), Sam Ortiz.');
    expect(await contact('Jordan Lee')).toMatchObject({ name: 'Jordan Lee', role: 'UX researcher', organization: 'SickKids' });
    expect((await ana().send('/log add Priya Shah, nurse at Mount Sinai --role "charge nurse"')).text).toContain(
      'Added Priya Shah (charge nurse at Mount Sinai)',
    );
  });

  it('renames a contact with separate fields, and the pending nudges follow the new name', async () => {
    await ana().send('/log request "Dana Lee"');
    const edited = await ana().send('/log edit Dana Lee --name "Dana Park" --role "UX researcher" --org SickKids');
    expect(edited.text).toContain('Dana Park');
    expect(await contact('Dana Park')).toMatchObject({ role: 'UX researcher', organization: 'SickKids' });
    const titles = (await harness().services.reminders.upcoming(mine, 5)).map((reminder) => reminder.title);
    expect(titles).toEqual(['Follow up with Dana Park?', 'One last note to Dana Park?', 'Mark Dana Park as no response?']);
    await harness().advance(7 * DAY);
    expect(harness().dms('ana')[0]?.text).toContain('Follow up with Dana Park?');
    expect(harness().dms('ana')[0]?.text).not.toContain('Dana Lee');
  });

  it('undoes an edit with the Undo button, names and nudges included', async () => {
    await ana().send('/log request "Dana Lee" --role designer');
    const edited = await ana().send('/log edit "Dana Lee" --name "Dana Park" --role researcher');
    expect((await ana().press(edited, 'Undo')).text).toContain('Undone: your changes to Dana Lee');
    expect(await contact('Dana Lee')).toMatchObject({ role: 'designer' });
    expect((await harness().services.reminders.upcoming(mine, 1))[0]?.title).toBe('Follow up with Dana Lee?');
    expect((await ana().send('/undo')).text).toContain('There is nothing to undo');
  });

  it("edits a reminder's text and time, and /undo puts it back", async () => {
    await ana().send('/remind "call back Sam" tomorrow 9am');
    const edited = await ana().send('/remind edit 1 "call back Sam Ortiz" friday 3pm');
    expect(edited.text).toContain('Reminder #1 is now: call back Sam Ortiz, Friday, November 27 at 3:00 PM EST');
    expect((await ana().send('/remind edit 1 tomorrow 10am')).text).toContain('call back Sam Ortiz, Tuesday, November 24 at 10:00 AM EST');
    await ana().send('/undo');
    expect(await harness().services.reminders.findByNumber(mine, 1)).toMatchObject({ title: 'call back Sam Ortiz', dueAt: new Date('2026-11-27T20:00:00Z') });
  });

  it('undoes a cancelled reminder and an added contact, but not after the undo window', async () => {
    await ana().send('/remind "email Priya" tomorrow 9am');
    const cancelled = await ana().send('/remind cancel 1');
    await ana().press(cancelled, 'Undo');
    expect(await harness().services.reminders.findByNumber(mine, 1)).toMatchObject({ status: 'pending' });
    const added = await ana().send('/log add "Zoë Martin"');
    expect(added.text).toContain('`/log request "Zoë Martin"`');
    await ana().press(added, 'Undo');
    expect(await contact('Zoë Martin')).toBeUndefined();
    await ana().send('/log add "Sam Ortiz"');
    harness().clock.advance(16 * MINUTE);
    expect((await ana().send('/undo')).text).toContain('There is nothing to undo');
    expect(await contact('Sam Ortiz')).toBeDefined();
  });

  it('never undoes past a change that cannot be undone', async () => {
    await ana().send('/log add "Dana Lee"');
    await ana().send('/log request "Dana Lee"');
    expect((await ana().send('/undo')).text).toContain('There is nothing to undo');
    expect(await contact('Dana Lee')).toMatchObject({ stage: 'request-sent' });
  });

  it('undoes deleting a contact: notes, referrals and pending nudges all come back', async () => {
    await ana().send('/log interview "Dana Lee" --learned "Clinics hire from placements" --referrals "Jordan Lee, UX researcher at SickKids"');
    const nudgesBefore = await harness().services.reminders.upcoming(mine, 10);
    const asked = await ana().send('/log delete Dana Lee');
    expect(asked.text).toContain('You can undo it for 15 minutes');
    const deleted = await ana().press(asked, 'Yes, delete Dana Lee');
    expect(await contact('Dana Lee')).toBeUndefined();
    expect(await harness().services.reminders.upcoming(mine, 10)).toEqual([]);
    expect((await ana().press(deleted, 'Undo')).text).toContain('Undone: deleting Dana Lee (with their notes, referrals and nudges).');
    const dana = await contact('Dana Lee');
    expect(dana).toMatchObject({ stage: 'interviewed' });
    expect((await harness().services.contacts.interviews(mine, dana!.id)).map((interview) => interview.learned)).toEqual(['Clinics hire from placements']);
    expect(await contact('Jordan Lee')).toMatchObject({ referredBy: dana!.id });
    expect(await harness().services.reminders.upcoming(mine, 10)).toEqual(nudgesBefore);
    await harness().advance(2 * DAY);
    expect(
      harness()
        .dms('ana')
        .map((dm) => dm.text)
        .join('\n'),
    ).toContain('Time to thank Dana Lee');
  });

  it('undoes deleting a saved plan, with every question', async () => {
    await ana().send('/questions occupation nurse');
    await ana().send('/questions save');
    await ana().send('/questions add 1 How did you find your first placement?');
    const before = await harness().services.savedPlans.findByNumber(mine, 1);
    const deleted = await ana().press(await ana().send('/questions delete 1'), 'Yes, delete plan 1');
    expect(await harness().services.savedPlans.list(mine)).toEqual([]);
    expect((await ana().press(deleted, 'Undo')).text).toContain('Undone: deleting plan 1, nurse (with all its questions).');
    expect(await harness().services.savedPlans.findByNumber(mine, 1)).toEqual(before);
    expect((await ana().send('/questions export 1')).text).toContain('How did you find your first placement?');
  });

  it('a new journal entry on the contact clears the pending undo, so /undo never reaches past it', async () => {
    await ana().send('/log add "Dana Lee"');
    await ana().send('/log edit "Dana Lee" --role "UX researcher"');
    await ana().send('/log interview "Dana Lee" --learned "Ask about research ops"');
    expect((await ana().send('/undo')).text).toContain('There is nothing to undo');
    expect(await contact('Dana Lee')).toMatchObject({ role: 'UX researcher', stage: 'interviewed' });
    const deleted = await ana().press(await ana().send('/log delete "Dana Lee"'), 'Yes, delete Dana Lee');
    await ana().send('/log request "Dana Lee"');
    expect((await ana().press(deleted, 'Undo')).text).toContain('There is nothing to undo');
    expect((await harness().services.contacts.list(mine)).map((one) => [one.name, one.stage])).toEqual([['Dana Lee', 'request-sent']]);
  });

  it('leaves a reminder alone when it changed after the change to undo (delivered), and a time-zone move clears the undo', async () => {
    await ana().send('/remind "call back Sam" in 5 minutes');
    await ana().send('/remind edit 1 "call back Sam Ortiz"');
    await harness().advance(10 * MINUTE);
    expect(harness().dms('ana')[0]?.text).toContain('call back Sam Ortiz');
    expect((await ana().send('/undo')).text).toContain('I left your change to reminder #1 as it is: reminder #1 was delivered or settled after that');
    expect(await harness().services.reminders.findByNumber(mine, 1)).toMatchObject({ title: 'call back Sam Ortiz', status: 'delivered' });
    await ana().send('/remind "email Priya" tomorrow 9am');
    await ana().send('/remind edit 2 tomorrow 10am');
    await ana().send('/remind timezone Europe/Paris');
    expect((await ana().send('/undo')).text).toContain('There is nothing to undo');
    expect((await harness().services.reminders.findByNumber(mine, 2))?.dueAt).toEqual(new Date('2026-11-24T09:00:00Z'));
    await ana().send('/remind edit 2 tomorrow 11am');
    harness().clock.advance(MINUTE);
    await ana().press(await ana().send('/remind snooze 2 2h'), 'Undo');
    expect((await harness().services.reminders.findByNumber(mine, 2))?.dueAt).toEqual(new Date('2026-11-24T10:00:00Z'));
  });

  it('refuses to reword a journal nudge, pointing at the contact instead', async () => {
    await ana().send('/log request "Dana Lee"');
    expect((await ana().send('/remind edit 1 "something else"')).text).toContain('its wording follows your contact');
  });
});
