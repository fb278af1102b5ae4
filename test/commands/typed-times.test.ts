import { describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';
import { MONDAY_9AM_TORONTO, useStudent } from '../support/use-student.js';

describe('typed times: one parser for /remind, snooze and quiet hours', () => {
  const { harness, ana, mine } = useStudent();
  const upcoming = () => harness().services.reminders.upcoming(mine, 10);

  it('refuses an impossible date with the reason, storing nothing', async () => {
    const refused = await ana().send('/remind call Dana on Feb 30 at 9am');
    expect(refused.text).toContain('"Feb 30" is not a date: February has 28 days');
    expect(await upcoming()).toEqual([]);
  });

  it('shows back how it read half-recognised text, keeping the number with what', async () => {
    const set = await ana().send('/remind review lecture 11 in 2 days');
    expect(set.text).toContain('I read “review lecture 11 in 2 days” as: review lecture 11, Wednesday, November 25 at 9:00 AM EST.');
    expect(set.text).toContain('`/remind edit 1 "review lecture 11" in 2 days`');
    expect((await upcoming()).map((reminder) => reminder.title)).toEqual(['review lecture 11']);
    expect((await ana().send('/remind "call Sam" tomorrow 10am')).text).not.toContain('I read');
  });

  it('snoozes to a typed time, counts a length from when it is due, and never moves it earlier', async () => {
    await ana().send('/remind "email Priya" next tuesday 9am');
    const later = await ana().send('/remind snooze 1 2h');
    expect(later.text).toContain('Tuesday, December 1 at 11:00 AM EST');
    const earlier = await ana().send('/remind snooze 1 friday 3pm');
    expect(earlier.text).toContain('a snooze only moves a reminder later');
    expect((await upcoming())[0]?.dueAt).toEqual(new Date('2026-12-01T16:00:00Z'));
    await ana().send('/remind "call Sam" in 1 hour');
    expect((await ana().send('/remind snooze 2 friday 3pm')).text).toContain('Friday, November 27 at 3:00 PM EST');
  });

  it('sets quiet hours as typed elsewhere, and asks about an hour that could be either', async () => {
    expect((await ana().send('/remind quiet 10pm 7:30am')).text).toContain('no nudges from 22:00 to 07:30');
    expect((await ana().send('/remind quiet 10 7')).text).toContain('Is "10" in the morning or the evening? Write 10am or 10pm');
    expect((await ana().send('/remind quiet')).text).toContain('22:00–07:30');
  });

  it('shows the time a nudge will really arrive when it falls in quiet hours', async () => {
    const set = await ana().send('/remind check the job board tomorrow 3am');
    expect(set.text).toContain("I'll remind you to check the job board on Tuesday, November 24 at 8:00 AM EST");
    expect(set.text).toContain('You asked for Tuesday, November 24 at 3:00 AM EST, which falls in your quiet hours');
  });

  it("reads a cohort goal's last day with the same parser, refusing an impossible one with the reason", async () => {
    const advisors = await Harness.create({ advisorIds: ['lea'], start: MONDAY_9AM_TORONTO });
    const lea = advisors.as('lea').in('#fall');
    await lea.send('/cohort create fall');
    expect((await lea.send('/cohort goal 3 --by "Feb 30"')).text).toContain('"Feb 30" is not a date: February has 28 days');
    expect((await lea.send('/cohort goal 3 --by "next friday"')).text).toContain('December 4');
    await advisors.close();
  });
});
