import { describe, expect, it } from 'vitest';
import { assignmentProgress, describeProgress, endOfDueDay, isComplete, reminderTime } from '../../../src/domain/cohorts/assignment-progress.js';

const ZONE = 'America/Toronto';
/** Set on Monday 2026-11-23 at 15:00 in Toronto, due at the end of Friday 2026-12-18 there. */
const TERMS = { interviews: 2, createdAt: new Date('2026-11-23T20:00:00Z'), dueAt: endOfDueDay('2026-12-18', ZONE) };
const BEFORE_DUE = new Date('2026-12-10T15:00:00Z');
const AFTER_DUE = new Date('2026-12-20T15:00:00Z');

describe('assignment progress', () => {
  it('ends a due day at its last instant in the cohort zone, across a daylight-saving change too', () => {
    expect(endOfDueDay('2026-12-18', ZONE).toISOString()).toBe('2026-12-19T04:59:59.999Z');
    expect(endOfDueDay('2027-03-14', ZONE).toISOString()).toBe('2027-03-15T03:59:59.999Z');
    expect(endOfDueDay('2027-02-15', 'Asia/Kolkata').toISOString()).toBe('2027-02-15T18:29:59.999Z');
  });

  it('reminds at 10:00 in the cohort zone three days before the due day', () => {
    expect(reminderTime(TERMS.dueAt, ZONE).toISOString()).toBe('2026-12-15T15:00:00.000Z');
    expect(reminderTime(endOfDueDay('2027-03-16', ZONE), ZONE).toISOString()).toBe('2027-03-13T15:00:00.000Z');
  });

  it('counts interviews from the start of the day it was set to the end of the due day, and no others', () => {
    const interviews = [new Date('2026-11-20T15:00:00Z'), new Date('2026-11-23T14:00:00Z'), new Date('2026-12-19T04:59:00Z'), new Date('2026-12-19T05:00:00Z')];
    expect(assignmentProgress(TERMS, ZONE, interviews, [], BEFORE_DUE).interviews).toBe(2);
  });

  it('is done on time, done partly late, in progress or overdue', () => {
    const two = [new Date('2026-11-25T15:00:00Z'), new Date('2026-11-30T15:00:00Z')];
    const onTime = [new Date('2026-11-26T15:00:00Z'), new Date('2026-12-01T15:00:00Z')];
    expect(assignmentProgress(TERMS, ZONE, two, onTime, AFTER_DUE)).toEqual({ interviews: 2, needed: 2, reflections: 2, late: 0, state: 'done' });
    const oneLate = [onTime[0]!, AFTER_DUE];
    expect(assignmentProgress(TERMS, ZONE, two, oneLate, AFTER_DUE)).toEqual({ interviews: 2, needed: 2, reflections: 2, late: 1, state: 'done-late' });
    expect(assignmentProgress(TERMS, ZONE, two, onTime.slice(0, 1), BEFORE_DUE).state).toBe('in-progress');
    expect(assignmentProgress(TERMS, ZONE, two, onTime.slice(0, 1), AFTER_DUE).state).toBe('overdue');
    expect(isComplete(assignmentProgress(TERMS, ZONE, two.slice(0, 1), onTime, AFTER_DUE))).toBe(false);
  });

  it('describes progress in counts, singular where it is one', () => {
    expect(describeProgress({ interviews: 1, needed: 1, reflections: 0, late: 0, state: 'in-progress' })).toBe('1 of 1 interview · 0 of 1 reflection');
    expect(describeProgress({ interviews: 2, needed: 3, reflections: 3, late: 2, state: 'overdue' })).toBe('2 of 3 interviews · 3 of 3 reflections (2 late)');
  });
});
