import { REGISTRY } from '../support/command-writers.js';
import { typedCommands } from '../../src/core/typed-invocation.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, TEST_TENANT } from '../support/harness.js';
import { UNDELIVERABLE_NOTICE } from '../../src/scheduler/reminder-scheduler.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('/remind', () => {
  let harness: Harness;
  // Monday 23 November 2026, 09:00 in Toronto (the harness's default zone).
  beforeEach(async () => {
    harness = await Harness.create({ start: new Date('2026-11-23T14:00:00Z') });
  });
  afterEach(() => harness.close());

  const pending = () => harness.services.reminders.upcoming({ tenant: TEST_TENANT, userId: 'ana' }, 50);

  it('sets a reminder from natural language and delivers it once at the right local time', async () => {
    const set = await harness.as('ana').send('/remind "call back Sam" tomorrow 9am');
    expect(set.text).toContain("I'll remind you to call back Sam on Tuesday, November 24 at 9:00 AM EST");
    await harness.advance(DAY - HOUR);
    expect(harness.dms('ana')).toHaveLength(0);
    await harness.advance(HOUR);
    expect(harness.dms('ana')).toHaveLength(1);
    expect(harness.dms('ana')[0]?.text).toContain('call back Sam');
    await harness.advance(2 * DAY);
    expect(harness.dms('ana')).toHaveLength(1);
  });

  it('reads the reminder without quotes too', async () => {
    await harness.as('ana').send('/remind email Priya about the portfolio review in 3 days');
    expect((await pending())[0]?.title).toBe('email Priya about the portfolio review');
  });

  it('moves a reminder due in quiet hours to 08:00 and says so', async () => {
    const set = await harness.as('ana').send('/remind "check the job board" tomorrow 3am');
    expect(set.text).toContain('quiet hours (21:00–08:00)');
    expect(set.text).toContain('8:00 AM');
    await harness.advance(DAY - 6 * HOUR); // Tuesday 03:00 local
    expect(harness.dms('ana')).toHaveLength(0);
    await harness.advance(5 * HOUR); // 08:00 local
    expect(harness.dms('ana')).toHaveLength(1);
  });

  it('refuses unparseable and past times with examples, storing nothing', async () => {
    const garbage = await harness.as('ana').send("/remind call Sam at banana o'clock");
    expect(garbage.text).toMatch(/tomorrow 9am/);
    const past = await harness.as('ana').send('/remind call Sam yesterday');
    expect(past.text).toContain('has already passed');
    expect(past.text).toContain('Example: `/remind "call back Sam" tomorrow 9am`');
    expect(await pending()).toHaveLength(0);
  });

  it('lists upcoming reminders in local time, and cancels one by number', async () => {
    await harness.as('ana').send('/remind "first" tomorrow 10am');
    await harness.as('ana').send('/remind "second" in 3 days');
    const list = await harness.as('ana').send('/remind list');
    expect(list.text).toMatch(/#1 first: Tuesday, November 24 at 10:00 AM EST[\s\S]*#2 second/);
    expect(list.text).toContain('Times are in America/Toronto');
    expect((await harness.as('ana').send('/remind cancel 1')).text).toContain('Cancelled reminder #1: first');
    expect((await pending()).map((reminder) => reminder.title)).toEqual(['second']);
    expect((await harness.as('ana').send('/remind cancel 1')).text).toContain('You have no open reminder #1');
  });

  it("keeps each student's reminders to themselves", async () => {
    await harness.as('ana').send('/remind "private thing" tomorrow 10am');
    expect((await harness.as('ben').send('/remind list')).text).toContain('You have no upcoming reminders');
    expect((await harness.as('ben').send('/remind cancel 1')).text).toContain('You have no open reminder #1');
    expect(await pending()).toHaveLength(1);
  });

  it('snoozes by number with a typed duration', async () => {
    await harness.as('ana').send('/remind "stretch" in 2 hours');
    const snoozed = await harness.as('ana').send('/remind snooze 1 tomorrow');
    expect(snoozed.text).toContain('Tuesday, November 24 at 9:00 AM');
    expect((await harness.as('ana').send('/remind snooze 1 forever')).text).toMatch(/1h|2 hours/);
  });

  it('sets the time zone from an IANA name or a city, and schedules in it', async () => {
    expect((await harness.as('ana').send('/remind timezone london')).text).toContain('Europe/London');
    await harness.as('ana').send('/remind "tea" tomorrow 9am');
    expect((await pending())[0]?.dueAt.toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect((await harness.as('ana').send('/remind timezone Mars/Olympus')).text).toContain('I don\'t know the time zone "Mars/Olympus"');
    expect((await harness.as('ana').send('/remind timezone')).text).toContain('Europe/London');
  });

  it('changes quiet hours and validates them', async () => {
    expect((await harness.as('ana').send('/remind quiet 22:00 07:30')).text).toContain('no nudges from 22:00 to 07:30');
    expect((await harness.as('ana').send('/remind quiet')).text).toContain('22:00–07:30');
    expect((await harness.as('ana').send('/remind quiet late early')).text).toContain('HH:mm');
  });

  describe('nudge actions', () => {
    const deliver = async () => {
      await harness.as('ana').send('/remind "water the plants" in 1 hour');
      await harness.advance(HOUR);
      const dm = harness.dms('ana')[0];
      if (dm === undefined) throw new Error('no DM');
      return dm;
    };

    it('Done settles the reminder', async () => {
      const dm = await deliver();
      expect((await harness.as('ana').press(dm, 'Done')).text).toContain('Done: water the plants');
      expect((await harness.as('ana').press(dm, 'Done')).text).toContain(
        'already settled: nothing more to do for it. /remind list shows the reminders still open.',
      );
    });

    it('Snooze brings it back at the chosen time', async () => {
      const dm = await deliver();
      expect((await harness.as('ana').choose(dm, 'Snooze', '1h')).text).toContain('Snoozed');
      await harness.advance(HOUR);
      expect(harness.dms('ana')).toHaveLength(2);
      expect(harness.inbox.to('ana')[1]?.idempotencyKey).not.toBe(harness.inbox.to('ana')[0]?.idempotencyKey);
    });

    it('Not needed dismisses it', async () => {
      const dm = await deliver();
      expect((await harness.as('ana').press(dm, 'Not needed')).text).toContain('no more about: water the plants');
    });

    it('refuses another student pressing the buttons', async () => {
      const dm = await deliver();
      expect((await harness.as('ben').press(dm, 'Done')).text).toContain('not yours');
    });
  });
});

describe('/remind where the platform spells it /nudge (Slack)', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create({ commandWriter: typedCommands(REGISTRY, (name) => (name === 'remind' ? '/nudge' : `/${name}`)) });
  });
  afterEach(() => harness.close());

  it('names /nudge, never /remind, in its error messages and examples', async () => {
    const reply = await harness.as('ana').send('/remind cancel 99');
    expect(reply.text).toContain('You have no open reminder #99.');
    expect(reply.text).toContain('Example: `/nudge list`');
    expect(reply.text).not.toContain('/remind');
  });

  it('names /nudge in the notice that a nudge could not be delivered', async () => {
    await harness.services.users.recordActivity(harness.as('ana').actor, harness.clock.now());
    await harness.services.users.setDeliveryNotice(TEST_TENANT, 'ana', UNDELIVERABLE_NOTICE);
    const reply = await harness.as('ana').send('/help');
    expect(reply.text).toContain('meanwhile /nudge list shows what is coming up');
    expect(reply.text).not.toContain('/remind list');
  });
});
