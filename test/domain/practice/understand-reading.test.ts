import { describe, expect, it } from 'vitest';
import { frameFeatures } from '../../../src/domain/practice/understand/frame.js';
import { isSmallTalk } from '../../../src/domain/practice/understand/pleasantry.js';
import { understandQuestion } from '../../../src/domain/practice/understand/topic.js';
import { laterQuestions } from '../../../src/domain/practice/understand/two-part.js';

describe('question frame', () => {
  it('marks a question about a reason apart from one about what happened', () => {
    expect(frameFeatures('What made you choose this work?')).toContain('frame:motive');
    expect(frameFeatures('Why nursing, of all things?')).toContain('frame:motive');
    expect(frameFeatures('So, what keeps you at the firm?')).toContain('frame:motive');
    expect(frameFeatures('What did you do before this job?')).not.toContain('frame:motive');
    expect(frameFeatures('How did you get your first role?')).not.toContain('frame:motive');
  });

  it('reads the frame from the question, not from the context told before it', () => {
    expect(frameFeatures('I saw you have been there for years, what keeps you going?')).toEqual(frameFeatures('What keeps you going?'));
  });

  it('reads the chat spelling "u" as "you"', () => {
    expect(frameFeatures('what did u study')).toEqual(frameFeatures('what did you study'));
  });
});

describe('small talk', () => {
  it('hears how a weekday is going, and whether the call comes at a bad moment', () => {
    expect(isSmallTalk('hows your thursday going', 1)).toBe(true);
    expect(isSmallTalk('I hope I am not catching you at a bad time?', 2)).toBe(true);
    expect(isSmallTalk('What does your Thursday look like when a deadline is due?', 3)).toBe(false);
  });
});

describe('two questions in one message', () => {
  it('finds the questions asked after the first, long enough to stand alone', () => {
    expect(laterQuestions('What is a normal week like, and how many hours is it?')).toEqual(['how many hours is it?']);
    expect(laterQuestions('Did you apply or did someone bring you in?')).toEqual(['did someone bring you in?']);
    expect(laterQuestions('Is it stressful? or is it?')).toEqual([]);
    expect(laterQuestions('What do you enjoy about it?')).toEqual([]);
  });

  it('keeps the first question as the topic and answers the second too', () => {
    const understood = understandQuestion('What skills do you need, and which degree should I get?');
    expect(understood.topic).toBe('skills');
    expect(understood.alsoTopic).toBe('education');
  });

  it('answers a second question asked outright before a close second topic', () => {
    const understood = understandQuestion('What does your work look like, and how long are the days?');
    expect(understood.topic).toBe('day-to-day');
    expect(understood.alsoTopic).toBe('conditions');
  });
});

describe('questions on a border students blur', () => {
  it('answers both sides when the runner-up is across a blurred border', () => {
    const licence = understandQuestion('Is the licensing exam something you study for in school?');
    expect([licence.topic, licence.alsoTopic].sort()).toEqual(['education', 'entry']);
    const start = understandQuestion('How did you land your first position?');
    expect([start.topic, start.alsoTopic].sort()).toEqual(['entry', 'path']);
  });

  it('answers one topic when the question is clear', () => {
    expect(understandQuestion('Do people get along well where you work?')).toMatchObject({ topic: 'culture' });
    expect(understandQuestion('Do people get along well where you work?').alsoTopic).toBeUndefined();
    expect(understandQuestion('What did you do before this job?').alsoTopic).toBeUndefined();
  });
});
