import { describe, expect, it } from 'vitest';
import { checkQuestion, checkQuestions } from '../../../src/domain/questions/checker.js';
import { CHECKER_LABELS } from '../../fixtures/questions/checker-labels.js';

describe('checkQuestion on the labelled set', () => {
  const results = CHECKER_LABELS.map((label) => ({ label, check: checkQuestion(label.question) }));

  it('has a labelled set of at least 70 questions', () => {
    expect(CHECKER_LABELS.length).toBeGreaterThanOrEqual(70);
  });

  it('agrees with at least 90% of the labels', () => {
    const misses = results.filter(({ label, check }) => label.verdict !== check.verdict);
    const accuracy = 1 - misses.length / results.length;
    expect(misses.map(({ label, check }) => `${label.question} → ${check.verdict}`)).toEqual([]);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('never calls a job request or a question about their own pay good', () => {
    for (const { label, check } of results) {
      if (label.verdict === 'avoid' && (label.issue === 'job-request' || label.issue === 'salary-personal')) {
        expect(check.verdict, label.question).not.toBe('good');
      }
    }
  });

  it('finds the labelled issue when it flags a question', () => {
    for (const { label, check } of results) {
      if (label.issue !== undefined && check.verdict === label.verdict) expect(check.issues, label.question).toContain(label.issue);
    }
  });

  it('offers a rewrite the checker itself judges good for every improve or avoid result', () => {
    for (const { check } of results) {
      if (check.verdict === 'good') {
        expect(check.rewrite).toBeUndefined();
        expect(check.issues).toEqual([]);
      } else {
        expect(check.rewrite, check.question).toBeDefined();
        expect(checkQuestion(check.rewrite ?? '').verdict, `${check.question} → ${check.rewrite ?? ''}`).toBe('good');
      }
      expect(check.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('checkQuestion details', () => {
  it.each([
    'Could you pass my résumé to your manager?',
    'Could you pass my resumé to your manager?',
    'Could you pass my RESUME to your manager?',
    'Could you pass my C.V. along? I mean my CV to your manager.',
    'Could you forward my CV to HR?',
  ])('spots a résumé hand-off however it is spelled: %s', (question) => {
    const check = checkQuestion(question);
    expect(check.verdict).toBe('avoid');
    expect(check.issues).toContain('job-request');
  });

  it('reads curly quotes and odd spacing like straight ones', () => {
    expect(checkQuestion('What’s   your salary?').verdict).toBe('avoid');
    expect(checkQuestion('  What’s something that surprised you in your first year?  ').verdict).toBe('good');
  });

  it('tells "make of" and "make sure" apart from asking about pay', () => {
    expect(checkQuestion('What did you make of your first performance review?').verdict).toBe('good');
    expect(checkQuestion('What do you make sure to do before every client meeting?').verdict).toBe('good');
    expect(checkQuestion('What did you make in your first year?').verdict).toBe('avoid');
  });

  it('accepts a polite yes/no question in the closing sense, but not a bare "anything else?"', () => {
    expect(checkQuestion('Is there anything else I should have asked you?').verdict).toBe('good');
    expect(checkQuestion('May I mention your name when I contact them?').verdict).toBe('good');
    expect(checkQuestion('Anything else?').verdict).toBe('improve');
  });

  it('treats open requests that start with "Could you" as open', () => {
    expect(checkQuestion('Could you describe a project that changed how you work?').verdict).toBe('good');
    expect(checkQuestion('Could you give me an example of a hard call you had to make?').verdict).toBe('good');
  });

  it('flags an empty line and still suggests a question', () => {
    const check = checkQuestion('  ?? ');
    expect(check.issues).toEqual(['empty']);
    expect(check.verdict).toBe('improve');
    expect(checkQuestion(check.rewrite ?? '').verdict).toBe('good');
  });

  it('flags questions over 30 words', () => {
    const long = `What ${'really '.repeat(30)}matters in your work?`;
    const check = checkQuestion(long);
    expect(check.issues).toContain('too-long');
    expect(checkQuestion(check.rewrite ?? '').verdict).toBe('good');
  });

  it('is deterministic', () => {
    for (const label of CHECKER_LABELS.slice(0, 20)) expect(checkQuestion(label.question)).toEqual(checkQuestion(label.question));
  });

  it('calls a question that suggests its answer leading, not closed, and rewrites it neutrally', () => {
    const leading = [
      "Don't you think remote work suits designers better?",
      "Isn't it stressful to work in an emergency room?",
      "Wouldn't you agree that a master's is a waste of money?",
      'You must love the travel, right?',
      'I bet you get to travel a lot?',
      'Surely the pay improves after a few years?',
    ];
    const checks = leading.map(checkQuestion);
    expect(checks.map((check) => [check.verdict, ...check.issues])).toEqual(leading.map(() => ['improve', 'leading']));
    expect(checks.map((check) => checkQuestion(check.rewrite ?? '').verdict)).toEqual(leading.map(() => 'good'));
    expect(checkQuestion('Do you get to travel a lot?').issues).toEqual(['closed']);
    expect(checkQuestion('What is the right first step into this field?').verdict).toBe('good');
  });

  it('gives rewrites the checker accepts for a spread of awkward inputs', () => {
    const awkward = [
      'Do you get to travel a lot?',
      'Is it worth it?',
      'Have you ever thought about leaving?',
      'Would I be a good fit?',
      'Do I need a master’s degree to work in this field?',
      'Can I ask what you studied?',
      'Are you happy?',
      'Is there a dress code?',
      'What do you like and what do you hate and how do you cope?',
      'Why?',
      'so, i was wondering, what kind of software do you use, and is it hard to learn, and do you think i should learn it now?',
      'Are you hiring and how do I apply?',
      'How much do you make and do you like it?',
    ];
    for (const question of awkward) {
      const check = checkQuestion(question);
      expect(check.verdict, question).not.toBe('good');
      expect(checkQuestion(check.rewrite ?? '').verdict, `${question} → ${check.rewrite ?? ''}`).toBe('good');
    }
  });
});

describe('checkQuestions', () => {
  it('checks one question per line, ignoring bullets, numbers and blank lines', () => {
    const summary = checkQuestions(
      [
        '1. What does a typical week look like for you?',
        '',
        '- Do you like your job?',
        '  * Are you hiring right now?',
        '2) How did you choose your specialty?',
        '• How big is the company?',
      ].join('\n'),
    );
    expect(summary.results.map((result) => result.question)).toEqual([
      'What does a typical week look like for you?',
      'Do you like your job?',
      'Are you hiring right now?',
      'How did you choose your specialty?',
      'How big is the company?',
    ]);
    expect(summary.counts).toEqual({ good: 2, improve: 2, avoid: 1 });
    expect(summary.summary).toMatch(/^Checked 5 questions: 2 good, 2 to improve, 1 to avoid\./);
    expect(summary.summary).toMatch(/to avoid/);
  });

  it('says so when every question is ready', () => {
    const summary = checkQuestions('What surprised you most in your first year?\r\nWhich skills do you use every day?');
    expect(summary.counts).toEqual({ good: 2, improve: 0, avoid: 0 });
    expect(summary.summary).toContain('ready to ask');
  });

  it('handles text with no questions', () => {
    const summary = checkQuestions('\n  \n');
    expect(summary.results).toEqual([]);
    expect(summary.counts).toEqual({ good: 0, improve: 0, avoid: 0 });
    expect(summary.summary).toMatch(/No questions/);
  });
});

describe('checkQuestion on the kinds of question the issue reported', () => {
  it.each([
    ['How much do you charge clients per hour?', 'avoid', 'salary-personal'],
    ['Is there an internship I could apply for on your team?', 'avoid', 'job-request'],
    ['Would you refer me for the open analyst position?', 'avoid', 'job-request'],
    ['Would you mind putting in a good word with your manager?', 'avoid', 'job-request'],
    ['What year was the hospital founded?', 'improve', 'basic-research'],
    ['What is the mission of your organization?', 'improve', 'basic-research'],
    ["Don't you think remote work is better?", 'improve', 'leading'],
  ] as const)('%s → %s', (question, verdict, issue) => {
    const check = checkQuestion(question);
    expect(check.verdict).toBe(verdict);
    expect(check.issues[0]).toBe(issue);
  });

  it('keeps good closing questions good', () => {
    for (const question of ['Can I mention that you referred me?', 'Who else would you suggest I talk to?', 'What should I have asked you that I did not?']) {
      expect(checkQuestion(question).verdict, question).toBe('good');
    }
  });

  it('names a leading question as leading and rewrites it neutrally, never as "To what extent…"', () => {
    const check = checkQuestion("Don't you think remote work is better?");
    expect(check.reason).toMatch(/leads them toward the answer you expect/);
    expect(check.reason).not.toMatch(/yes or a no/);
    expect(check.rewrite).toBe('How would you compare remote work with the alternatives?');
    for (const question of [
      "Isn't it true that startups pay less than big companies?",
      "Wouldn't it be smarter to start at a big firm?",
      'Is the work mostly done alone?',
      'Have you worked abroad?',
    ]) {
      const rewrite = checkQuestion(question).rewrite ?? '';
      expect(rewrite, question).not.toMatch(/^To what extent|\bdon't you\b|\bisn't\b/i);
      expect(checkQuestion(rewrite).verdict, `${question} → ${rewrite}`).toBe('good');
    }
  });

  it('reads texting shorthand and misspelt key words as meant', () => {
    expect(checkQuestion('can u give me an intership?').verdict).toBe('avoid');
    expect(checkQuestion('what is ur sallary').verdict).toBe('avoid');
    expect(checkQuestion('What changes would you make to the program?').verdict).toBe('good');
  });

  it('tells a question about pay in the field from one about their own pay', () => {
    expect(checkQuestion('What range of pay is typical for someone starting out in this field?').verdict).toBe('good');
    expect(checkQuestion('How much does a senior designer like you make?').verdict).toBe('avoid');
    expect(checkQuestion('What did you make of your first review?').verdict).toBe('good');
  });
});
