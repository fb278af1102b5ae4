import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../../src/domain/questions/checker.js';

describe('checkQuestion on questions wrapped in a polite request for permission', () => {
  it.each([
    'Would you mind me asking how you moved from retail into logistics?',
    'Do you mind if I ask why you picked a small firm over a big one?',
    'Can I ask what a normal Monday looks like on your ward?',
    'Is it OK if I ask which skills you lean on most?',
    'May I ask how you prepared for the licensing exam?',
  ])('judges the open question inside "%s" as good, not as a yes/no question', (question) => {
    expect(checkQuestion(question).verdict).toBe('good');
  });

  it.each([
    ['Can I ask if you like the night shifts?', 'Do you like the night shifts?'],
    ['Could I ask whether there is much paperwork in this job?', 'Is there much paperwork in this job?'],
  ])('still calls "%s" a yes/no question, and rewrites it as it would "%s"', (question, direct) => {
    const check = checkQuestion(question);
    expect([check.verdict, check.issues[0]]).toEqual(['improve', 'closed']);
    expect(check.rewrite).toBe(checkQuestion(direct).rewrite);
    expect(check.rewrite).not.toMatch(/\b(?:ask|if|whether)\b/i);
  });

  it('never reads the "I" of "Can I ask" as the student asking for something', () => {
    expect(checkQuestion('Can I ask whether there is a lot of travel in this role?').verdict).toBe('improve');
    expect(checkQuestion('Could I ask if you still enjoy the job after ten years?').verdict).toBe('improve');
  });

  it.each([
    ['Can I ask if your team would take me on for the summer?', 'job-request'],
    ['May I ask whether there are openings in your department?', 'job-request'],
    ['Do you mind me asking what your pay package looks like?', 'salary-personal'],
    ['Would you mind me asking how you are getting on with your divorce?', 'personal'],
  ])('still flags what is wrong inside the permission: "%s"', (question, issue) => {
    const check = checkQuestion(question);
    expect(check.verdict).toBe('avoid');
    expect(check.issues[0]).toBe(issue);
  });
});
