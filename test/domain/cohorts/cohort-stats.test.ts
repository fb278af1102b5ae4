import { describe, expect, it } from 'vitest';
import type { StudentActivity } from '../../../src/domain/cohorts/activity.js';
import { addFunnels, funnelLine, studentFunnel } from '../../../src/domain/cohorts/funnel.js';
import { describeGoal, goalStatus, type CohortGoal } from '../../../src/domain/cohorts/goal.js';
import { activityAsOf, milestonesBetween } from '../../../src/domain/cohorts/milestones.js';
import { practiceSummary, practiceTrend, studentStats, thankYouShare, thankYouTiming } from '../../../src/domain/cohorts/student-stats.js';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-11-23T14:00:00Z');

/** A student with three contacts: Dana interviewed and thanked the next day, Sam referred by Dana, Lee asked. */
const bea: StudentActivity = {
  userId: 'bea',
  displayName: 'bea',
  lastActiveAt: at('2026-11-22T10:00:00Z'),
  contacts: [
    { id: 'dana', stage: 'thanked', referred: false },
    { id: 'sam', stage: 'identified', referred: true },
    { id: 'lee', stage: 'request-sent', referred: false },
  ],
  events: [
    { contactId: 'dana', stage: 'request-sent', at: at('2026-11-10T10:00:00Z') },
    { contactId: 'lee', stage: 'request-sent', at: at('2026-11-12T10:00:00Z') },
    { contactId: 'dana', stage: 'interviewed', at: at('2026-11-18T15:00:00Z') },
    { contactId: 'dana', stage: 'thanked', at: at('2026-11-19T09:00:00Z') },
  ],
  interviews: [{ contactId: 'dana', heldAt: at('2026-11-18T15:00:00Z') }],
  rehearsals: [
    { score: 70, finishedAt: at('2026-11-15T10:00:00Z') },
    { score: 50, finishedAt: at('2026-11-12T10:00:00Z') },
    { score: 80, finishedAt: at('2026-11-20T10:00:00Z') },
  ],
};

describe('the funnel', () => {
  it('counts requests, replies, interviews, thank-yous and referrals from stages reached', () => {
    expect(studentFunnel(bea)).toEqual({ requests: 2, replies: 1, interviews: 1, thankYous: 1, referrals: 1 });
  });

  it('counts a contact logged straight as interviewed as asked and answered', () => {
    const direct: StudentActivity = {
      ...bea,
      contacts: [{ id: 'x', stage: 'interviewed', referred: false }],
      events: [{ contactId: 'x', stage: 'interviewed', at: NOW }],
      interviews: [{ contactId: 'x', heldAt: NOW }],
    };
    expect(studentFunnel(direct)).toEqual({ requests: 1, replies: 1, interviews: 1, thankYous: 0, referrals: 0 });
  });

  it('adds up and reads as one line', () => {
    const total = addFunnels([studentFunnel(bea), studentFunnel(bea)]);
    expect(funnelLine(total)).toBe('requests 4 → replies 2 → interviews 2 → thank-yous 2 → referrals 2');
  });
});

describe('thank-yous within 48 hours', () => {
  it('counts an on-time thank-you', () => {
    expect(thankYouTiming(bea, NOW, 48)).toEqual({ within: 1, of: 1 });
    expect(thankYouShare({ within: 1, of: 2 })).toBe('1 of 2 (50%)');
  });

  it('leaves out an interview still inside its window, and counts it late once the window closed', () => {
    const unthanked: StudentActivity = { ...bea, events: bea.events.filter((event) => event.stage !== 'thanked') };
    expect(thankYouTiming(unthanked, at('2026-11-19T15:00:00Z'), 48)).toEqual({ within: 0, of: 0 });
    expect(thankYouTiming(unthanked, at('2026-11-21T15:00:01Z'), 48)).toEqual({ within: 0, of: 1 });
    expect(thankYouShare({ within: 0, of: 0 })).toBe('none due yet');
  });

  it('counts a thank-you sent after 48 hours as late', () => {
    const late: StudentActivity = {
      ...bea,
      events: [...bea.events.filter((event) => event.stage !== 'thanked'), { contactId: 'dana', stage: 'thanked', at: at('2026-11-21T16:00:00Z') }],
    };
    expect(thankYouTiming(late, NOW, 48)).toEqual({ within: 0, of: 1 });
  });
});

describe('the practice trend', () => {
  it('compares the latest score with the average of the earlier ones, in time order', () => {
    expect(practiceTrend(bea.rehearsals)).toEqual({ rehearsals: 3, first: 50, latest: 80, direction: 'up' });
    expect(practiceSummary(practiceTrend(bea.rehearsals))).toBe('50 → 80 ↑ (3 rehearsals)');
  });

  it('reads steady within a few points, down below, and nothing without rehearsals', () => {
    expect(
      practiceTrend([
        { score: 70, finishedAt: at('2026-11-01T00:00:00Z') },
        { score: 72, finishedAt: at('2026-11-02T00:00:00Z') },
      ]).direction,
    ).toBe('steady');
    expect(
      practiceTrend([
        { score: 90, finishedAt: at('2026-11-01T00:00:00Z') },
        { score: 60, finishedAt: at('2026-11-02T00:00:00Z') },
      ]).direction,
    ).toBe('down');
    expect(practiceSummary(practiceTrend([]))).toBe('no rehearsals yet');
    expect(practiceSummary(practiceTrend([{ score: 64, finishedAt: NOW }]))).toBe('64 (1 rehearsal)');
  });
});

describe('studentStats', () => {
  it('counts contacts by their current stage and keeps the last activity', () => {
    const stats = studentStats(bea, NOW, 48);
    expect(stats.stageCounts).toMatchObject({ thanked: 1, identified: 1, 'request-sent': 1, interviewed: 0 });
    expect(stats.lastActiveAt).toEqual(bea.lastActiveAt);
  });
});

describe('goalStatus', () => {
  const goal: CohortGoal = { interviews: 4, thankYous: 2, by: '2026-12-18', setAt: at('2026-11-20T14:00:00Z') };
  const zone = 'America/Toronto';

  it('is met when every target is reached, whatever the date', () => {
    expect(goalStatus(goal, { interviews: 4, thankYous: 2, rehearsals: 0 }, at('2027-01-10T00:00:00Z'), zone).state).toBe('met');
  });

  it('is on track at the pace from when it was set to the end of its last day, and behind below it', () => {
    const threeQuarters = at('2026-12-12T16:00:00Z'); // 77% of the way: 3 of 4 interviews, 1 of 2 thank-yous (rounded down)
    expect(goalStatus(goal, { interviews: 3, thankYous: 1, rehearsals: 0 }, threeQuarters, zone).state).toBe('on-track');
    expect(goalStatus(goal, { interviews: 2, thankYous: 1, rehearsals: 0 }, threeQuarters, zone).state).toBe('behind');
    expect(goalStatus(goal, { interviews: 3, thankYous: 0, rehearsals: 0 }, threeQuarters, zone).state).toBe('behind');
    expect(goalStatus(goal, { interviews: 0, thankYous: 0, rehearsals: 0 }, at('2026-11-21T00:00:00Z'), zone).state).toBe('on-track');
  });

  it('ends at the end of the last day in the cohort zone, then reads missed', () => {
    const counts = { interviews: 3, thankYous: 2, rehearsals: 0 };
    expect(goalStatus(goal, counts, at('2026-12-19T04:59:00Z'), zone).state).toBe('on-track');
    expect(goalStatus(goal, counts, at('2026-12-19T05:00:00Z'), zone).state).toBe('missed');
  });

  it('describes itself', () => {
    expect(describeGoal(goal, zone)).toBe('4 interviews and 2 thank-yous by Friday, December 18, 2026');
    expect(describeGoal({ interviews: 1, rehearsals: 1, by: goal.by, setAt: goal.setAt }, zone)).toBe(
      '1 interview and 1 rehearsal by Friday, December 18, 2026',
    );
  });
});

describe('milestones', () => {
  it('sees the activity as it stood at a time', () => {
    const before = activityAsOf(bea, at('2026-11-18T00:00:00Z'));
    expect(before.interviews).toHaveLength(0);
    expect(before.contacts.find((contact) => contact.id === 'dana')?.stage).toBe('request-sent');
  });

  it('cheers a first interview and a goal met during the week, once', () => {
    const goal = { goal: { interviews: 1, thankYous: 1, by: '2026-12-18', setAt: at('2026-11-01T00:00:00Z') }, zone: 'UTC' };
    expect(milestonesBetween(bea, at('2026-11-16T14:00:00Z'), NOW, goal)).toEqual(['held their first informational interview', 'met the cohort goal']);
    expect(milestonesBetween(bea, at('2026-11-20T00:00:00Z'), NOW, goal)).toEqual([]);
  });
});
