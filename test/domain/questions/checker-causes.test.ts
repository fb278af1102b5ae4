import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../../src/domain/questions/checker.js';

/** The verdict and the first issue the checker gives a question. */
const judged = (question: string): readonly [string, string | undefined] => {
  const check = checkQuestion(question);
  return [check.verdict, check.issues[0]];
};

describe('checkQuestion on the causes behind the never-tuned batches’ misses', () => {
  it.each([
    ['How much does your employer pay into your retirement plan?', 'avoid', 'salary-personal'],
    ['How many days of annual leave do you get?', 'avoid', 'salary-personal'],
    ['Did your firm give you a signing bonus when you joined?', 'avoid', 'salary-personal'],
    ['Do you receive health insurance through your job?', 'avoid', 'salary-personal'],
    ['Was the package they offered you generous?', 'avoid', 'salary-personal'],
    ['Could you add me to your team for the autumn launch?', 'avoid', 'job-request'],
    ['I could start right away if your studio needs a hand.', 'avoid', 'job-request'],
    ['im free from july if you ever need help', 'avoid', 'job-request'],
    ['In what year did the bank merge with its rival?', 'improve', 'basic-research'],
    ['What are the visiting hours at the hospital?', 'improve', 'basic-research'],
    ['Which regions does the foundation work in?', 'improve', 'basic-research'],
    ['What is the official name of the nursing licence exam?', 'improve', 'basic-research'],
    ['What are the main services of the agency?', 'improve', 'basic-research'],
    ['How did you pick law and what made you stay?', 'improve', 'double'],
    ['Does your employer pay for your parking?', 'avoid', 'salary-personal'],
    ['Could you send my details to whoever picks the new apprentices?', 'avoid', 'job-request'],
    ['Can you find me a few shifts at the cafe?', 'avoid', 'job-request'],
    ['Might I do a trial week with your crew?', 'avoid', 'job-request'],
    ['Were you pregnant when you sat your board exams?', 'avoid', 'personal'],
    ['Why is teaching so much less stressful than nursing?', 'improve', 'leading'],
    ['When do applications for the autumn intake close?', 'improve', 'basic-research'],
    ['What is the pass rate for the bar course?', 'improve', 'basic-research'],
    ['Which prizes has the studio won?', 'improve', 'basic-research'],
    ['In what year was the choir established?', 'improve', 'basic-research'],
    ['How many stores does the cooperative operate?', 'improve', 'basic-research'],
    ['Who owns the magazine you write for?', 'improve', 'basic-research'],
    ['What is the name of the app your startup makes?', 'improve', 'basic-research'],
    ['Where can I download the course syllabus?', 'improve', 'basic-research'],
    ['What is the price of the evening workshop?', 'improve', 'basic-research'],
    ['Which ports does the shipping line sail to?', 'improve', 'basic-research'],
    ['Could you slot me into your summer cohort?', 'avoid', 'job-request'],
    ['Would you suggest my name to your director while she is hiring?', 'avoid', 'job-request'],
    ['Would you bring me on your rounds as an unpaid assistant?', 'avoid', 'job-request'],
    ['What salary did you settle for when you joined?', 'avoid', 'salary-personal'],
    ['How much maternity leave did your hospital give you?', 'avoid', 'salary-personal'],
    ['Have you ever needed counselling because of the job?', 'avoid', 'personal'],
    ['How much did your holiday in Japan cost?', 'avoid', 'personal'],
    ['Could you let your producer know I am keen to join the crew?', 'avoid', 'job-request'],
    ['Did you receive a salary increase when you qualified?', 'avoid', 'salary-personal'],
    ['Did you smoke during your training years?', 'avoid', 'personal'],
    ['Where were you born?', 'avoid', 'personal'],
    ['Have you put away much savings since you started?', 'avoid', 'personal'],
    ['Who heads the aquarium these days?', 'improve', 'basic-research'],
    ['How large is the endowment of the college?', 'improve', 'basic-research'],
    ['How long is the residency at your hospital?', 'improve', 'basic-research'],
    ['Which titles does the publisher own?', 'improve', 'basic-research'],
    // A requirement of a role, or a raise of concerns, is a yes/no question, not an ask.
    ['Do you need a portfolio for this kind of role?', 'improve', 'closed'],
    ['Did you get to raise concerns with your manager?', 'improve', 'closed'],
  ] as const)('%s → %s (%s)', (question, verdict, issue) => {
    expect(judged(question)).toEqual([verdict, issue]);
  });

  it.each([
    // Benefits in the field, and free time, are not their pay.
    'How do bonuses usually work in consulting?',
    'What benefits are typical for junior engineers in this field?',
    'What do you do on your days off?',
    // Being ready for a step is not an offer to work.
    'What should I do when I am ready to start applying?',
    'How did you know you were ready to start your own practice?',
    // The person's own timeline and work are not a quick search.
    'What year did you move into management?',
    'Which countries do you travel to for work?',
    // Closing courtesies, and a request for one story with its lesson.
    'Are there any podcasts you would suggest I follow?',
    'Can you suggest a society or community worth joining for new planners?',
    'Could I touch base with you once I finish the course?',
    'Is there anything I did not ask that I should know about?',
    'Would it be fine to mention this conversation when I email her?',
    'Describe a launch that went badly and what you learned from it.',
    'Could you walk me through a case you are proud of and what made it succeed?',
    'Is it all right if I tell Ms Okafor you pointed me her way?',
    'Are there any free workshops a beginner could go to?',
    'How can I learn about the work at your firm?',
    'What else do you get out of teaching?',
    'How many patients do you see in a day?',
    'When was your team formed?',
    'How do you avoid burnout?',
    'How do parental leave policies differ between firms?',
    'Is there a topic I should have asked about and did not?',
    'Could you introduce me to one of the analysts on your floor?',
    'How do you manage a budget?',
    'May I tell Mr Chen that you passed on his name?',
    'Would it be fine to write to you again once I have finished the course?',
    'Are there any exhibitions you would advise a first-year student to visit?',
    'Could you point me towards someone in quality control?',
  ])('stays good: %s', (question) => {
    expect(checkQuestion(question).verdict).toBe('good');
  });

  it('reads a premise the student assumes, then asks about, as leading, and rewrites it to a good question', () => {
    const check = checkQuestion('I guess interns mostly make coffee, so what do yours actually do?');
    expect(check.issues[0]).toBe('leading');
    expect(checkQuestion(check.rewrite ?? '').verdict).toBe('good');
  });
});

describe('checkQuestion on the causes behind the eighth fresh batch’s misses: own money, private state, facts, closings', () => {
  it.each([
    ['How big a pay rise did they hand you last spring?', 'avoid', 'salary-personal'],
    ['What sort of bonus are you on this year?', 'avoid', 'salary-personal'],
    ['How much did the agency promise you for the launch?', 'avoid', 'salary-personal'],
    ['What kind of stock options did you negotiate at the startup?', 'avoid', 'salary-personal'],
    ['Did you grow up well off?', 'avoid', 'personal'],
    ['Have you ever needed medication to get through a season?', 'avoid', 'personal'],
    ['Could you find me a few paid hours at the bakery?', 'avoid', 'job-request'],
    ['Would you mention to the editors that you know me?', 'avoid', 'job-request'],
    ['Which towns does the trust cover?', 'improve', 'basic-research'],
    ['How many ships does the line operate?', 'improve', 'basic-research'],
    ['Who is the chief curator at the gallery?', 'improve', 'basic-research'],
    ['What does the acronym CIPD mean?', 'improve', 'basic-research'],
    ['How long is the fire service academy?', 'improve', 'basic-research'],
  ])('flags "%s" as %s (%s)', (question, verdict, issue) => {
    expect(judged(question)).toEqual([verdict, issue]);
  });

  it.each([
    'What kind of support did you get when you started?',
    'How much responsibility did they give you early on?',
    'What kind of benefits do people in your field usually get?',
    'How do you support patients who are on medication?',
    'What qualities does the firm look for?',
    'Who is the best person to ask about grants?',
    'How do you choose what to fund and what to turn down?',
    'Is there anyone on the night shift who could spare me a few minutes?',
    'Could I say you passed on his address when I write to him?',
    'Would it be all right if I checked in after my placement?',
  ])('leaves "%s" good: nothing of theirs, no fact a search gives, no second question', (question) => {
    expect(checkQuestion(question).verdict).toBe('good');
  });
});

describe('checkQuestion on the causes behind the ninth and tenth fresh batches’ misses', () => {
  it.each([
    ['Since moving into sales, how much more have you been making?', 'avoid', 'salary-personal'],
    ['Does the salary leave you comfortable money-wise?', 'avoid', 'salary-personal'],
    ['Does nursing cover your living costs?', 'avoid', 'salary-personal'],
    ['Do you want to have any more children?', 'avoid', 'personal'],
    ['You are not from around here, are you?', 'avoid', 'personal'],
    ['Which country were you originally from?', 'avoid', 'personal'],
    ['The fellowship closes next week, so could you tell your supervisor I came to see you?', 'avoid', 'job-request'],
    ['Remote teams have made training harder, haven’t they?', 'improve', 'leading'],
    ['You’d agree that unpaid internships are unfair?', 'improve', 'leading'],
    ['Who trained you and was the placement worth it?', 'improve', 'double'],
    ['What is the passing score for the licensing test?', 'improve', 'basic-research'],
    ['When does the summer fellowship application close?', 'improve', 'basic-research'],
    ['Would your lab take a chance on someone with my kind of experience?', 'avoid', 'job-request'],
    ['Was the money decent for you in your first year?', 'avoid', 'salary-personal'],
    ['Did the agency give you a company car?', 'avoid', 'salary-personal'],
    ['How were you able to afford the move into law?', 'avoid', 'personal'],
    ['Is it all right to phone your director about the trainee post?', 'avoid', 'job-request'],
    ['Would it be possible to volunteer for free at your hospice?', 'avoid', 'job-request'],
    ['Is tutoring lucrative for you?', 'avoid', 'salary-personal'],
    ['Do you have a fiancée?', 'avoid', 'personal'],
    ['Who is the head of marketing at the brewery?', 'improve', 'basic-research'],
    ['You must get tired of the night shifts?', 'improve', 'leading'],
    ['Nobody wants to work in retail, do they?', 'improve', 'leading'],
    ['Glad to email my portfolio across if useful.', 'avoid', 'job-request'],
    ['Could I maybe help your crew for the summer season, even unpaid?', 'avoid', 'job-request'],
    ['how is the money for you at the agency', 'avoid', 'salary-personal'],
    ['Is the pay treating you well these days?', 'avoid', 'salary-personal'],
    ['Would you mind telling me what you earn?', 'avoid', 'salary-personal'],
    ['Do you make a comfortable living as a potter?', 'avoid', 'salary-personal'],
    ['About how much would a designer like you bring home?', 'avoid', 'salary-personal'],
    ['Is Spanish your mother tongue?', 'avoid', 'personal'],
    ['What does the foundation mostly focus on?', 'improve', 'basic-research'],
    ['Which schools are part of the academy trust?', 'improve', 'basic-research'],
    ['What is the closing date for the summer scheme?', 'improve', 'basic-research'],
    ['What IELTS score does one need for the nursing degree?', 'improve', 'basic-research'],
    ['How many modules does the diploma have?', 'improve', 'basic-research'],
    ["What is the museum's yearly budget?", 'improve', 'basic-research'],
    ['How long is the graduate contract at the firm?', 'improve', 'basic-research'],
  ])('flags "%s" as %s (%s)', (question, verdict, issue) => {
    expect(judged(question)).toEqual([verdict, issue]);
  });

  it.each([
    'What should a new graduate expect financially in the first year?',
    'What would you tell a student who loves drawing and who struggles with deadlines?',
    'Would it be fine if we kept in touch while I apply to courses?',
    'Could you name a couple of people in research who might talk to me?',
    'Would it be all right to send you a quick thank-you card?',
    'How did you tell your team about the new role?',
    'How do graduates usually afford the first year in the city?',
    'How did you fund the pilot project?',
    'Why did you pick the firm you work for now?',
    'How did you land the placement that got you started?',
    'How did the charity pay for its new clinic?',
    'Would you mind if I wrote to you again after my finals?',
    'Is it okay if I tell Dr Osei that Sam sent me?',
    'What do you like about working with partner schools?',
    // "How much" about time or reliance, and a request to hear their route, are not asks.
    'How much time goes into planning a new menu?',
    'How much do you rely on volunteers at weekends?',
    'Could you talk me through your route from college to this job?',
    'What do you make of the changes to the licensing rules?',
    'What is the usual salary for someone at your level?',
    'Which languages do you work in day to day?',
    'What does your unit mostly focus on this year?',
    'What marks did you need when you started out?',
  ])('leaves "%s" good', (question) => {
    expect(checkQuestion(question).verdict).toBe('good');
  });
});

describe('checkQuestion on the causes behind the sealed batch’s misses', () => {
  it.each([
    // Their own health, body and plans to retire are private, however the question reaches them.
    ['Did you change teams due to an injury?', 'avoid', 'personal'],
    ['Is your health the reason you went part-time?', 'avoid', 'personal'],
    ['Are you hoping to retire before sixty?', 'avoid', 'personal'],
    ['What age will you retire at?', 'avoid', 'personal'],
    ['Was it your sore back that made you switch to teaching?', 'avoid', 'personal'],
    ['Did your surgery slow your career down?', 'avoid', 'personal'],
    // The same words about the work are fair questions.
    ['What does your back office handle for the clinics?', 'good', undefined],
    ['What concerns do your patients raise at the first visit?', 'good', undefined],
    ['What kind of raise did you get after your first review?', 'avoid', 'salary-personal'],
    ['How long are you on your feet in a typical shift?', 'good', undefined],
    // How they look after themselves in demanding work is about the work.
    ['How do you look after your wellbeing during the busy season?', 'good', undefined],
    // A career changer's background and their own sense of fit are their story, not an ask.
    ['I ran a bakery for fifteen years and now study food science; which parts of that experience do you think carry over?', 'good', undefined],
    ['What convinced you that nursing was the right fit for you?', 'good', undefined],
    ['Could you tell me about a time you were posted overseas by your employer?', 'good', undefined],
    // The student fitting in is still a job ask.
    ['Do you think I could fit in with your crew?', 'avoid', 'job-request'],
    ['I worked in retail for years; could your shop take me on for the summer?', 'avoid', 'job-request'],
    // A yes/no main question behind an opening clause or phrase, with or without a question mark.
    ['If money were no object, would you still work in banking?', 'improve', 'closed'],
    ['at 45 can someone still qualify as a midwife', 'improve', 'closed'],
    ['Realistically, is a master’s needed for this work?', 'improve', 'closed'],
    ['When you moved into management, did you miss the hands-on work?', 'improve', 'closed'],
    // An opening clause before an open question, or leave to ask, changes nothing.
    ['If you were starting today, what would you study first?', 'good', undefined],
    ['If you have a moment, could you walk me through a typical shift?', 'good', undefined],
    // A verdict on a field taken for granted leads.
    ['Why is journalism such a dishonest business?', 'improve', 'leading'],
    ['why are recruiters so lazy', 'improve', 'leading'],
    // Asking whether they know someone who might talk to the student is a closing courtesy.
    ['Do you know another engineer in your region who might speak with me about site work?', 'good', undefined],
  ])('%j is %s (%s)', (question, verdict, issue) => {
    expect(judged(question)).toEqual([verdict, issue]);
  });

  it.each([
    ['If money were no object, would you still work in banking?', /^If money were no object, (?:what|how)\b.*\bbanking\b/],
    ['at 45 can someone still qualify as a midwife', /^At 45, (?:what|how)\b.*\bmidwife\b/],
  ])('rewrites %j openly, keeping the opening and the subject', (question, shape) => {
    const { rewrite } = checkQuestion(question);
    expect(rewrite).toMatch(shape);
    expect(checkQuestion(rewrite ?? '').verdict).toBe('good');
  });

  it('rewrites a loaded "why is X so …" as a question about how they see X', () => {
    expect(checkQuestion('Why is journalism such a dishonest business?').rewrite).toBe('How do you see journalism, from where you stand?');
  });
});
