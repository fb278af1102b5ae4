import { describe, expect, it } from 'vitest';
import { useStudent } from '../support/use-student.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('edit, delete and undo', () => {
  const { harness, ana, mine } = useStudent();
  const contact = (name: string) => harness().services.contacts.findByName(mine, name);

  it('splits a referral written as "name, role at organisation" into separate fields', async () => {
    const logged = await ana().send('/log interview "Dana Lee" --learned "ask about research ops" --referrals "Jordan Lee, UX researcher at SickKids; Sam Ortiz"');
    expect(logged.text).toContain('Added to your journal as referrals: Jordan Lee (UX researcher at SickKids), Sam Ortiz.');
    expect(await contact('Jordan Lee')).toMatchObject({ name: 'Jordan Lee', role: 'UX researcher', organization: 'SickKids' });
    expect((await ana().send('/log add Priya Shah, nurse at Mount Sinai --role "charge nurse"')).text).toContain('Added Priya Shah (charge nurse at Mount Sinai)');
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

  it('edits a reminder\'s text and time, and /undo puts it back', async () => {
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

  it('refuses to reword a journal nudge, pointing at the contact instead', async () => {
    await ana().send('/log request "Dana Lee"');
    expect((await ana().send('/remind edit 1 "something else"')).text).toContain('its wording follows your contact');
  });
});
