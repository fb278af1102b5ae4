import { describe, expect, it } from 'vitest';
import type { StudentActivity } from '../../../src/domain/cohorts/activity.js';
import { ADVISOR_NUDGE_KIND, advisorNudgeMessage, readAdvisorNudgeDetails } from '../../../src/domain/cohorts/advisor-nudge.js';
import { weeklyDigest, type DigestRequest } from '../../../src/domain/cohorts/digest.js';
import { TIPS, tipOfTheWeek } from '../../../src/domain/cohorts/tips.js';

const NOW = new Date('2026-11-23T14:00:00Z');
const SINCE = new Date('2026-11-16T14:00:00Z');

function student(name: string, interviews: readonly string[]): StudentActivity {
  return {
    userId: name,
    displayName: name,
    lastActiveAt: NOW,
    contacts: interviews.map((_, index) => ({ id: `${name}-${index}`, stage: 'interviewed', referred: false })),
    events: interviews.map((heldAt, index) => ({ contactId: `${name}-${index}`, stage: 'interviewed', at: new Date(heldAt) })),
    interviews: interviews.map((heldAt, index) => ({ contactId: `${name}-${index}`, heldAt: new Date(heldAt) })),
    rehearsals: [],
  };
}

const request = (members: DigestRequest['members']): DigestRequest => ({
  cohortName: 'fall',
  zone: 'America/Toronto',
  members,
  goal: { interviews: 2, by: '2026-12-18', setAt: new Date('2026-11-01T00:00:00Z') },
  since: SINCE,
  now: NOW,
  thankYouHours: 48,
  commands: { practice: '/practice', progress: '/cohort me' },
});

describe('weeklyDigest', () => {
  const ada = student('ada', ['2026-11-18T15:00:00Z']);
  const bo = student('bo', ['2026-11-10T15:00:00Z', '2026-11-19T15:00:00Z']);
  const cy = student('cy', []);
  const digest = weeklyDigest(
    request([
      { activity: ada, celebrate: true },
      { activity: bo, celebrate: false },
      { activity: cy, celebrate: true },
    ]),
  );
  const everything = [digest.title, digest.summary, ...digest.thread.flatMap((section) => [section.heading, ...section.lines])].join('\n');

  it('sums up the week and the totals, with the funnel and the goal', () => {
    expect(digest.title).toBe('📣 fall: the week in numbers');
    expect(digest.summary).toBe('2 interviews and 0 thank-yous this week, 3 interviews in all. Details in the thread.');
    expect(everything).toContain('Interviews held: 3 (2 this week)');
    expect(everything).toContain('Funnel: requests 3 → replies 3 → interviews 3 → thank-yous 0 → referrals 0');
    expect(everything).toContain('1 of 3 met it so far.');
  });

  it('names only students who opted in, counts the others quietly, and never names who is behind', () => {
    expect(everything).toContain('🎉 ada held their first informational interview');
    expect(everything).not.toMatch(/\bbo\b/);
    expect(everything).toContain('🎉 1 more milestone from classmates who celebrate quietly.');
    expect(everything).not.toMatch(/\bcy\b/);
  });

  it('ends with a tip of the week and an invitation to practise', () => {
    expect(digest.thread.map((section) => section.heading)).toEqual([
      'Totals and funnel',
      'Milestones',
      `Tip of the week: ${tipOfTheWeek(NOW, 'America/Toronto').title}`,
      'Practise this week',
    ]);
    expect(everything).toContain('try /practice');
  });

  it('says so kindly when nobody reached a milestone', () => {
    const quiet = weeklyDigest(request([{ activity: cy, celebrate: true }]));
    expect(quiet.thread[1]?.lines).toEqual(['No milestones this week: the next one could be yours.']);
  });
});

describe('tips', () => {
  it('are distinct, short and complete sentences', () => {
    expect(new Set(TIPS.map((tip) => tip.title)).size).toBe(TIPS.length);
    for (const tip of TIPS) {
      expect(tip.title.length).toBeLessThanOrEqual(60);
      expect(tip.text.length).toBeLessThanOrEqual(240);
      expect(tip.text).toMatch(/[.!?]$/);
    }
  });

  it('change every week and come back round', () => {
    const week = 7 * 86_400_000;
    const titles = Array.from({ length: TIPS.length }, (_, index) => tipOfTheWeek(new Date(NOW.getTime() + index * week), 'UTC').title);
    expect(new Set(titles).size).toBe(TIPS.length);
    expect(tipOfTheWeek(NOW, 'UTC')).toEqual(tipOfTheWeek(new Date(NOW.getTime() + 86_400_000), 'UTC'));
  });
});

describe('the advisor nudge', () => {
  it("is signed with the advisor's name and points at one small step", () => {
    const message = advisorNudgeMessage(readAdvisorNudgeDetails({ advisorName: 'Ana Ruiz', cohortName: 'fall', days: 7 }), {
      addContact: '/log add',
      practice: '/practice',
      progress: '/cohort me',
    });
    expect(ADVISOR_NUDGE_KIND).toBe('advisor-nudge');
    expect(message.title).toBe('A note from Ana Ruiz');
    expect(message.body).toContain('Ana Ruiz, your advisor in fall');
    expect(message.body).toContain('7 days or more');
    expect(message.body).toContain('/cohort me');
  });

  it('reads damaged details with neutral words', () => {
    expect(readAdvisorNudgeDetails({ advisorName: 3 })).toEqual({ advisorName: 'Your advisor', cohortName: 'your cohort', days: 0 });
  });
});
