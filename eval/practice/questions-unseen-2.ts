/**
 * A second unseen batch of labelled questions, written in one sitting (2026-12-07) before any
 * change to the classifier that followed the first unseen batch, measured once before that work
 * and once after it, and never tuned on: eval:practice prints it apart. Its misses are not read
 * while the classifier is being changed, so it stays an honest estimate of how the persona does
 * on questions nobody foresaw. A question here may not be copied into the training phrasings.
 * On 2026-12-07 (evening) one engineer then read its misses, with the third batch's, for causes shared by
 * many questions (85.1% before); its later figures are no longer a clean held-out estimate.
 */
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';
import { G, I, O, P, type Row } from './question-row.js';

/** Questions per topic. */
export const UNSEEN_2_ROWS: Readonly<Record<LabelledTopic, readonly Row[]>> = {
  'small-talk': [
    ['Thanks so much for taking my call today, how are you?', O],
    ['hey hey, hows your friday going', I],
    ['Did you manage to stay dry in all that rain yesterday?', G],
    ['Good afternoon, I hope I am not catching you at a bad moment?', P],
    ['how was your holidays, you did something fun?', O],
    ['It is so nice to meet you, have you had a busy morning?', G],
  ],
  opening: [
    ['So what got you into hospital pharmacy to begin with?', O],
    ['I am curious what a landscape architect actually does, can you explain it simply?', O],
    ['what are the main things keeping you busy at the firm these months', G],
    ['Why tourism, out of all the industries you could have picked?', I],
    ['Could you tell me a bit about what you do in the maintenance team?', G],
    ['what was the reason you chose the dental hygiene program back then', P],
    ['How close is the job to what you imagined when you were a student?', O],
    ['Out of curiosity, what keeps you at the library after ten years?', G],
  ],
  path: [
    ['How did you end up at the co-op, did you apply or did someone bring you in?', G],
    ['Was there a moment where you almost left the field, and what made you stay?', O],
    ['what jobs you did before becoming a electrician, it was always this?', O],
    ['Where do most people in the aviation industry go after working as a dispatcher for a while?', I],
    ['If you started over today, is there anything you would do differently in your career?', O],
    ['Do many graduates of the journalism program end up in other fields, like communications?', P],
    ['How quickly can someone move into a team lead position at the warehouse?', G],
    ['I saw you studied biology at first, how did you get from there to data analysis?', O],
  ],
  'day-to-day': [
    ['walk me through your monday from when you arrive', O],
    ['How is your time split between the office and visiting construction sites?', I],
    ['What kind of tasks fill most of the week for a junior accountant at your company?', G],
    ['How many courses do students take per term and what does a normal school day look like?', P],
    ['Do you work mostly alone or with other people during the day?', O],
    ['what tools or software you are using every day in your work?', O],
    ['In the hotel business, what does a front office manager handle on a regular shift?', I],
  ],
  skills: [
    ['What qualities make someone a great paramedic, apart from the medical knowledge?', O],
    ['Which technical skills are the most in demand in cybersecurity right now?', I],
    ['I am not very outgoing, is that a problem for a job in sales?', O],
    ['What abilities does the program expect you to already have on the first day?', P],
    ['How important is writing well for the engineers at your company?', G],
    ['what skills i should practise more if i want to work in game development', I],
    ['Which strengths did you have to build once you were on the job?', O],
  ],
  conditions: [
    ['How many hours do you usually work in a week, and do you work weekends?', O],
    ['Is the job stable or are layoffs common in the tech industry these days?', I],
    ['Can people at the firm work remotely, or is everyone expected in the office?', G],
    ['How stressful is clinical placement in the program, honestly?', P],
    ['Is the physical side of the job hard on the body over time?', O],
    ['do you travel a lot for work or mostly stay in one place', G],
    ['How do you handle the busy season when everything is due at the same time?', O],
  ],
  rewards: [
    ['What is the most rewarding moment you have had in this work?', O],
    ['What is the hardest or most frustrating part of the job for you?', O],
    ['How is the pay in the trucking industry for someone just starting out?', I],
    ['Are there good perks working for the airline, like travel discounts?', G],
    ['What makes all the hard work in the program worth it in the end?', P],
    ['Honestly, is there anything you do not like about working at a big bank?', G],
    ['What gives you energy in your work and what takes it away?', O],
  ],
  entry: [
    ['How do most people get hired as a junior web developer without experience?', O],
    ['Which entry level positions exist in the energy sector for someone with a business diploma?', I],
    ['Does the company hire many co-op students and keep them after graduation?', G],
    ['What do they look at when choosing who gets a seat in the program, grades or interview?', P],
    ['As an international student, how can I find my first job in the field here?', O],
    ['Would a cover letter still matter when applying to your organization, or just the resume?', G],
    ['What would make my application stronger for a position on your team?', G],
  ],
  trends: [
    ['Where do you see the nursing profession going in the next ten years?', O],
    ['how is remote work changing the real estate business?', I],
    ['What new projects or directions is the company moving toward?', G],
    ['Is demand for graduates of the program going up or down lately?', P],
    ['Are robots and automation a real threat to jobs in manufacturing?', I],
    ['What is the biggest change you have seen in the field since the pandemic?', O],
  ],
  culture: [
    ['What are your coworkers like, is it a friendly team?', G],
    ['How do people in the film world treat newcomers on set?', I],
    ['Is the company more hierarchical or can juniors speak up in meetings?', G],
    ['what is the atmosphere among students in the program, competitive or supportive?', P],
    ['How do the different departments get along with each other at the museum?', G],
    ['What kind of people tend to fit in well in a law firm environment?', I],
  ],
  education: [
    ['What degree did you need to become an occupational therapist?', O],
    ['Is it worth doing a post graduate certificate in project management?', O],
    ['Which courses in the program were the most useful for your career later?', P],
    ['Do employers in the aerospace industry care which school you went to?', I],
    ['Are there any licenses I have to get before I can work as a plumber?', O, 'entry'],
    ['Does the hospital offer continuing education for its staff?', G],
    ['is self taught ok or i need a formal diploma to work in graphic design?', O],
  ],
  advice: [
    ['If you were me, what would you focus on during my last year of school?', O],
    ['What advice do you have for someone who wants to move into public health from retail?', I],
    ['Is there a mistake you see students make a lot that I could avoid?', O],
    ['What should I do now to be ready when the company posts summer positions?', G],
    ['Any tips for surviving the first semester of the program?', P],
    ['Based on what I told you about myself, do you think I would be a good fit for this work?', O],
    ['What would you tell your younger self who was just getting started?', O],
  ],
  resources: [
    ['Are there any podcasts or youtube channels you like about urban planning?', O],
    ['Which professional association would you suggest I join as a student?', I],
    ['Where do people at your company go to keep learning, like internal courses or websites?', G],
    ['Is there a student club or society linked to the program that I should join?', P],
    ['What websites do you check to stay up to date with the industry news?', I],
    ['Can you recommend any networking events in the city for people in accounting?', O],
  ],
  closing: [
    ['Is there someone on your team you think I should reach out to next?', G],
    ['Would you mind if I used your name when I email them?', I],
    ['Before we finish, is there anything else you think I should know?', O],
    ['could you maybe connect me with another person working in the program?', P],
    ['We are almost out of time, is there anyone else you would recommend I talk to?', O],
  ],
};
