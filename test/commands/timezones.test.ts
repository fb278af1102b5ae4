import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, TEST_TENANT } from '../support/harness.js';
import { MONDAY_9AM_TORONTO } from '../support/use-student.js';

describe('time zones: asked once, IANA only, and nudges that move with them', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create({ start: MONDAY_9AM_TORONTO, asksTimezone: true });
  });
  afterEach(() => harness.close());

  const ana = () => harness.as('ana');
  const mine = { tenant: TEST_TENANT, userId: 'ana' };

  it('asks in the first direct conversation only, with a one-tap answer, and never in a channel', async () => {
    expect((await harness.as('bo').in('#career').send('/help')).text).not.toContain('which time zone');
    const first = await ana().send('/log list');
    expect(first.text).toContain('which time zone are you in? Until you say, I use America/Toronto.');
    expect((await ana().send('/log list')).text).not.toContain('which time zone');
    expect((await ana().press(first, 'America/Toronto')).text).toContain('Your time zone is now America/Toronto');
    expect((await harness.services.users.find(TEST_TENANT, 'ana'))?.timezone).toBe('America/Toronto');
  });

  it('answers an abbreviation by asking which place, and stores nothing until one is picked', async () => {
    const asked = await ana().send('/remind timezone EST');
    expect(asked.text).toContain('“EST” names an offset, not a place');
    expect((await harness.services.users.find(TEST_TENANT, 'ana'))?.timezone).toBeUndefined();
    await ana().press(asked, 'America/New_York');
    expect((await harness.services.users.find(TEST_TENANT, 'ana'))?.timezone).toBe('America/New_York');
    expect((await ana().send('/remind timezone Mars/Olympus')).text).toContain('I don\'t know the time zone "Mars/Olympus"');
  });

  it("takes a zone by its current name where the runtime lists the old one, whole or by city, and IST's Asia/Kolkata", async () => {
    await ana().press(await ana().send('/remind timezone IST'), 'Asia/Kolkata');
    expect((await harness.services.users.find(TEST_TENANT, 'ana'))?.timezone).toBe('Asia/Kolkata');
    expect((await ana().send('/remind timezone kyiv')).text).toContain('Your time zone is now Europe/Kyiv');
    expect((await ana().send('/remind timezone asia/ho chi minh')).text).toContain('Your time zone is now Asia/Ho_Chi_Minh');
  });

  it('moves pending nudges to keep their local time when the zone changes, and says so', async () => {
    await ana().send('/remind "call Sam" tomorrow 9am');
    const changed = await ana().send('/remind timezone Europe/Paris');
    expect(changed.text).toContain('I moved 1 pending reminder to keep its local time of day');
    expect(changed.text).toContain('#1 call Sam: Tuesday, November 24 at 9:00 AM');
    expect((await harness.services.reminders.findByNumber(mine, 1))?.dueAt).toEqual(new Date('2026-11-24T08:00:00Z'));
  });

  it('lists each reminder at the time it will really arrive, after quiet hours changed', async () => {
    await ana().send('/remind "call Sam" today 7pm');
    await ana().send('/remind quiet 6pm 8am');
    expect((await ana().send('/remind list')).text).toContain('call Sam: Tuesday, November 24 at 8:00 AM EST');
  });

  it("starts a new cohort in the zone its advisor answered, not the server's", async () => {
    const advisors = await Harness.create({ start: MONDAY_9AM_TORONTO, asksTimezone: true, advisorIds: ['lea'], timezone: 'UTC' });
    const asked = await advisors.as('lea').send('/help');
    expect(asked.text).toContain('Until you say, I use UTC.');
    await advisors.as('lea').send('/remind timezone Europe/Paris');
    const created = await advisors.as('lea', ['member', 'advisor']).in('#fall').send('/cohort create fall');
    expect(created.text).toContain('(Europe/Paris)');
    await advisors.close();
  });
});
