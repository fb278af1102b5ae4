import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, TEST_TENANT } from '../support/harness.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('/log', () => {
  let harness: Harness;
  // Monday 23 November 2026, 09:00 in Toronto.
  beforeEach(async () => {
    harness = await Harness.create({ start: new Date('2026-11-23T14:00:00Z') });
  });
  afterEach(() => harness.close());

  const ana = () => harness.as('ana');
  const mine = { tenant: TEST_TENANT, userId: 'ana' };
  const contact = (name: string) => harness.services.contacts.findByName(mine, name);
  const upcomingKinds = async () => (await harness.services.reminders.upcoming(mine, 50)).map((reminder) => reminder.kind);

  it('opens the add form when typed alone, and the form adds the contact', async () => {
    const opened = await ana().send('/log');
    expect(opened.form().title).toBe('Add a contact');
    const added = await ana().submit(opened, { contact: 'Dana Lee', role: 'UX designer', org: 'Shopify', channel: 'email' });
    expect(added.text).toContain('Added Dana Lee (UX designer at Shopify) to your journal');
    expect(await contact('dana lee')).toMatchObject({ name: 'Dana Lee', role: 'UX designer', organization: 'Shopify', channel: 'email', stage: 'identified' });
  });

  it('names a refused form answer by its field, beside that field, and stores nothing', async () => {
    const opened = await ana().send('/log');
    const refused = await ana().submit(opened, { contact: 'Dana Lee', role: 'x'.repeat(150) });
    expect(refused.list[0]?.fieldErrors).toEqual({ role: '`role` is 150 characters long; the limit is 100.' });
    expect(refused.text).not.toContain('--role');
    expect(await contact('dana lee')).toBeUndefined();
  });

  it('refuses a duplicate contact and an over-long name, storing nothing', async () => {
    await ana().send('/log add "Dana Lee"');
    expect((await ana().send('/log add "dana  lee"')).text).toContain('Dana Lee is already in your journal');
    expect((await ana().send(`/log add "${'x'.repeat(81)}"`)).text).toContain('the limit is 80');
    expect(await harness.services.contacts.list(mine)).toHaveLength(1);
  });

  it('refuses a referral whose name is over the contact limit, storing nothing of the interview; the same notes sent twice are stored once', async () => {
    const refused = await ana().send(`/log interview "Dana Lee" --learned "how shifts work" --referrals "Sam Ortiz; ${'y'.repeat(81)}"`);
    expect(refused.text).toContain("A referral's name has 81 characters; a contact's name has at most 80.");
    expect(refused.list[0]?.fieldErrors).toHaveProperty('referrals');
    expect(await harness.services.contacts.list(mine)).toEqual([]);
    await ana().send('/log interview "Dana Lee" --learned "how shifts work" --referrals "Sam Ortiz"');
    await ana().send('/log interview "Dana Lee" --learned "how shifts work" --referrals "Sam Ortiz"');
    const [dana] = await harness.services.contacts.list(mine).then((all) => all.filter((contact) => contact.name === 'Dana Lee'));
    expect(await harness.services.contacts.interviews(mine, dana?.id ?? '')).toHaveLength(1);
    expect(await harness.services.contacts.list(mine)).toHaveLength(2);
    expect((await upcomingKinds()).filter((kind) => kind === 'thank-you')).toHaveLength(1);
  });

  it("takes text holding NUL or Rapport's private marks on either engine, storing it without them", async () => {
    const added = await ana().send('/log add "Dana\u0000 Lee\uE012<u:U1>" --role "nurse\u0000"');
    expect(added.text).toContain('Added Dana Lee@U1 (nurse) to your journal');
    const [dana] = await harness.services.contacts.list(mine);
    expect(dana).toMatchObject({ name: 'Dana Lee<u:U1>', role: 'nurse' });
  });

  it('schedules a follow-up after 7 days and a last one after 14 when a request gets no reply', async () => {
    await ana().send('/log request "Dana Lee" --channel email');
    expect(await upcomingKinds()).toEqual(['request-follow-up', 'request-last-follow-up', 'mark-no-response']);
    await harness.advance(7 * DAY);
    expect(harness.dms('ana').map((dm) => dm.text)).toEqual([expect.stringContaining('Follow up with Dana Lee?')]);
    await harness.advance(7 * DAY);
    expect(harness.dms('ana')[1]?.text).toContain('One last note to Dana Lee?');
    await harness.advance(7 * DAY);
    const offer = harness.dms('ana')[2];
    expect(offer?.text).toContain('Mark Dana Lee as no response?');
    await ana().press(offer!, 'Mark no response');
    expect((await contact('Dana Lee'))?.stage).toBe('no-response');
  });

  it('cancels the request follow-ups once the interview is scheduled, and nudges to prepare the day before', async () => {
    await ana().send('/log add "Dana Lee" --subject "graphic design" --target occupation');
    await ana().send('/log request "Dana Lee"');
    const booked = await ana().send('/log scheduled "Dana Lee" --when "friday 2pm"');
    expect(booked.text).toContain('Interview with Dana Lee');
    expect(booked.text).toContain('/questions occupation "graphic design"');
    expect(await upcomingKinds()).toEqual(['prepare']);
    await harness.advance(3 * DAY); // Thursday 09:00
    const prepare = harness.dms('ana')[0];
    expect(prepare?.text).toContain('Getting ready to talk with Dana Lee');
    expect(prepare?.text).toContain('/questions occupation "graphic design"');
  });

  it('opens the form when a scheduled interview has no time, and refuses a past one', async () => {
    expect((await ana().send('/log scheduled "Dana Lee"')).form().fields.map((field) => field.name)).toEqual(['contact', 'when']);
    expect((await ana().send('/log scheduled "Dana Lee" --when "last monday"')).text).toContain('already passed');
    expect(await harness.services.contacts.list(mine)).toHaveLength(0);
  });

  it('records an interview, thanks the next morning, and Done marks the contact thanked', async () => {
    const logged = await ana().send('/log interview "Dana Lee" --learned "portfolio matters more than the degree"');
    expect(logged.text).toContain('Saved your notes from Dana Lee');
    expect(logged.text).toContain('Time to thank Dana Lee: Tuesday, November 24 at 9:00 AM EST');
    await harness.advance(2 * DAY);
    const nudge = harness.dms('ana')[0];
    expect(nudge?.text).toContain('Time to thank Dana Lee');
    expect(nudge?.button('Draft note')).toBeDefined();
    const done = await ana().press(nudge!, 'Done');
    expect(done.text).toContain('marked Dana Lee as thanked');
    expect((await contact('Dana Lee'))?.stage).toBe('thanked');
    expect(await upcomingKinds()).toEqual(['keep-in-touch']);
  });

  it('drafts a thank-you note naming what was learned and the referrals, without sending it', async () => {
    await ana().send('/log interview "Dana Lee" --learned "portfolio matters more than the degree" --referrals "Sam Ortiz; Priya Shah" --may-use-name yes');
    await harness.advance(DAY);
    const draft = await ana().press(harness.dms('ana')[0]!, 'Draft note');
    expect(draft.text).toContain('portfolio matters more than the degree');
    expect(draft.text).toContain('Sam Ortiz');
    expect(draft.text).toContain('never sends anything for you');
    const card = await ana().press(draft, 'Card version');
    expect(card.text).toContain('card draft');
  });

  it('turns referrals into linked contacts with a nudge each within a week', async () => {
    const logged = await ana().send('/log interview "Dana Lee" --learned "x" --referrals "Sam Ortiz; Priya Shah" --may-use-name yes');
    expect(logged.text).toContain('Added to your journal as referrals: Sam Ortiz, Priya Shah');
    const sam = await contact('Sam Ortiz');
    expect(sam).toMatchObject({ stage: 'identified', referredBy: (await contact('Dana Lee'))?.id, mayUseReferrerName: true, foundVia: 'Referred by Dana Lee' });
    const referralNudges = (await harness.services.reminders.upcoming(mine, 50)).filter((reminder) => reminder.kind === 'contact-referral');
    expect(referralNudges.map((reminder) => reminder.title)).toEqual(['Reach out to Sam Ortiz', 'Reach out to Priya Shah']);
    for (const reminder of referralNudges) expect(reminder.dueAt.getTime() - harness.clock.now().getTime()).toBeLessThanOrEqual(7 * DAY);
  });

  it('opens the interview form when notes are missing, prefilled, and caps long notes', async () => {
    const form = (await ana().send('/log interview "Dana Lee"')).form();
    expect(form.fields.find((field) => field.name === 'contact')?.initialValue).toBe('Dana Lee');
    const tooLong = await ana().send(`/log interview "Dana Lee" --learned "${'a'.repeat(2001)}"`);
    expect(tooLong.text).toContain('is 2001 characters long; the limit is 2000');
    expect(await harness.services.contacts.list(mine)).toHaveLength(0);
  });

  it('refuses a move back, with the reason, changing nothing', async () => {
    await ana().send('/log interview "Dana Lee" --learned "x"');
    const refused = await ana().send('/log request "Dana Lee" --role Manager');
    expect(refused.text).toContain("You've already had a conversation");
    expect((await contact('Dana Lee'))?.role).toBeUndefined();
  });

  it('lists contacts by stage and shows one in full', async () => {
    await ana().send('/log add "Dana Lee" --role "UX designer" --org Shopify');
    await ana().send('/log request "Sam Ortiz"');
    const list = await ana().send('/log list');
    expect(list.text).toMatch(/Identified\* \(1\)|Identified \(1\)/);
    expect(list.text).toContain('Dana Lee (UX designer, Shopify)');
    expect(list.text).toContain('Request sent (1)');
    const shown = await ana().send('/log show "sam ortiz"');
    expect(shown.text).toContain('Stage: Request sent');
    expect(shown.text).toContain('Follow up with Sam Ortiz?');
    expect((await ana().send('/log show "Dana Le"')).text).toContain('did you mean Dana Lee?');
  });

  it('plans the next keep-in-touch in the zone the platform reports when the student chose none', async () => {
    await ana().send('/log interview "Dana Lee" --learned "portfolio matters more than the degree"');
    await harness.advance(2 * DAY);
    await ana().press(harness.dms('ana')[0]!, 'Done');
    await harness.services.users.recordActivity({ ...ana().actor, timezone: 'Asia/Tokyo' }, harness.clock.now());
    await harness.passTime(new Date(harness.clock.now().getTime() + 100 * DAY)); // the first keep-in-touch is delivered; the next is planned
    expect(harness.dms('ana').filter((dm) => dm.text.includes('Dana Lee'))).toHaveLength(2);
    const [next] = await harness.services.reminders.upcoming(mine, 5);
    expect(next?.kind).toBe('keep-in-touch');
    expect(DateTime.fromJSDate(next!.dueAt, { zone: 'Asia/Tokyo' }).toFormat('HH:mm')).toBe('09:00');
  });

  it('edits a contact, including turning keep-in-touch off', async () => {
    await ana().send('/log interview "Dana Lee" --learned "x"');
    await ana().send('/log thanked "Dana Lee"');
    expect(await upcomingKinds()).toContain('keep-in-touch');
    const form = await ana().send('/log edit "Dana Lee"');
    await ana().submit(form, { contact: 'Dana Lee', role: 'Art director', keep: 'no' });
    expect(await contact('Dana Lee')).toMatchObject({ role: 'Art director', keepInTouch: false });
    expect(await upcomingKinds()).not.toContain('keep-in-touch');
  });

  it("exports the student's own journal as CSV, safely quoted", async () => {
    await ana().send('/log interview "Dana Lee" --learned "=SUM(A1), and \\"quotes\\""');
    await harness.as('ben').send('/log add "Secret Person"');
    const exported = await ana().send('/log export');
    const file = exported.list[0]?.attachments?.[0];
    expect(file?.filename).toBe('rapport-journal.csv');
    expect(file?.content.split('\r\n')[0]).toMatch(/^name,stage,role/);
    expect(file?.content).toContain('Dana Lee,Interviewed');
    expect(file?.content).toContain(`"'=SUM(A1), and ""quotes"""`);
    expect(file?.content).not.toContain('Secret Person');
  });

  it("exports every date in the student's zone, the same way, with the upcoming reminders beside the journal", async () => {
    harness.clock.advance(10 * HOUR); // Monday 19:00 in Toronto, Tuesday 00:00 in UTC
    await ana().send('/log scheduled "Dana Lee" --when "friday 2pm"');
    await ana().send('/log interview "Sam Ortiz" --learned "ask early"');
    const exported = await ana().send('/log export');
    expect(exported.text).toContain('Dates and times are in your zone, America/Toronto.');
    const [journal, reminders] = exported.list[0]?.attachments ?? [];
    expect(journal?.content).toContain('2026-11-27 14:00');
    expect(journal?.content).toContain('2026-11-23');
    expect(journal?.content).not.toContain('2026-11-24');
    expect(journal?.content).not.toMatch(/T\d\d:\d\d/);
    expect(reminders?.filename).toBe('rapport-reminders.csv');
    expect(reminders?.content).toContain('Time to thank Sam Ortiz,2026-11-24 09:00,Sam Ortiz');
  });

  it('deletes a contact only after confirmation, with its reminders', async () => {
    await ana().send('/log request "Dana Lee"');
    const ask = await ana().send('/log delete "Dana Lee"');
    expect(await contact('Dana Lee')).toBeDefined();
    expect((await ana().press(ask, 'Keep')).text).toContain('nothing was deleted');
    await ana().press(ask, 'Yes, delete Dana Lee');
    expect(await contact('Dana Lee')).toBeUndefined();
    expect(await upcomingKinds()).toEqual([]);
  });

  it("never shows or changes another student's contacts, even with a forged button", async () => {
    const logged = await ana().send('/log interview "Dana Lee" --learned "private note"');
    expect((await harness.as('ben').send('/log show "Dana Lee"')).text).toContain('There is no "Dana Lee" in your journal');
    expect((await harness.as('ben').press(logged, 'Show Dana Lee')).text).toContain('not in your journal');
    expect((await harness.as('ben').press(logged, 'Draft thank-you note')).text).not.toContain('private note');
  });
});
