/**
 * A fourth unseen batch of labelled questions, written at the end of that work (2026-12-07) after
 * its classifier changes were made, to measure them on questions they were not shaped by: it was
 * measured once on the classifier before the task and once after, and never tuned on. A question
 * here may not be copied into the training phrasings. First measurement: 77.9% (53/68) both on
 * the classifier before the task (62417ff) and after it; answered on topic 77.9% before, 82.4%
 * after (a close second topic is now answered too); 0 clarifications. Its misses were studied
 * in task i16b (after questions-unseen-5.ts was measured); the figures did not move.
 */
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';
import { G, I, O, P, type Row } from './question-row.js';

/** Questions per topic. */
export const UNSEEN_4_ROWS: Readonly<Record<LabelledTopic, readonly Row[]>> = {
  'small-talk': [
    ['Morning! Did you get any snow on your side of town?', O],
    ['hi, thanks for picking up, hows the week been', I],
    ['Are you having a quieter day than usual?', G],
    ['Nice to meet you! Did you get to do anything fun on the weekend?', P],
  ],
  opening: [
    ['What is a usual project for someone in your role at the utility, roughly?', G],
    ['so what pulled you into public relations', O],
    ['How would you describe the dispatch job to my parents, who have never heard of it?', O],
    ['Why a community college program instead of a university degree for you?', P],
    ['What part of the company do you work in, and what is your team for?', G],
  ],
  path: [
    ['Where did you work before coming to the credit union?', G],
    ['what happens to electricians after ten years, do many start their own business', O],
    ['How did you make the jump from teaching to instructional design?', O],
    ['Did you go straight into the sector after school or take a detour?', I],
    ['Which jobs do people from the logistics diploma usually land first, and where do they go after?', P],
  ],
  'day-to-day': [
    ['How do you plan your week as a site supervisor?', O],
    ['What are you working on from hour to hour, on a usual day at the clinic?', G],
    ['how much of the job is computer work vs hands on', O],
    ['What does a lab session in the program involve, week to week?', P],
    ['Who are the people you talk to most in a day in the shipping business?', I],
  ],
  skills: [
    ['What makes a good dental assistant stand out from an average one?', O],
    ['Is patience more important than technical knowledge for an IT support tech?', O],
    ['which languages or tools should someone know to work in fintech', I],
    ['What skills do students build in the first year of the program?', P],
    ['What are managers at the store looking for in the people they promote?', G],
  ],
  conditions: [
    ['Do chefs really work every weekend and holiday?', O],
    ['How many hours a week does the program take with placements included?', P],
    ['Is it possible to work part time in accounting, or is it full time only?', O],
    ['How much do you have to travel for the job, and is it far?', I],
    ['What is the vacation policy like at the company?', G],
    ['Is the work safe, or are injuries common in forestry?', I],
  ],
  rewards: [
    ['What is the best day you ever had on the job?', O],
    ['Roughly, what does a starting electrician earn per hour around here?', O],
    ['Which part of working for the province do you find most draining?', G],
    ['Do people in hospitality feel appreciated for what they do?', I],
    ['Is the effort of the program worth it when you look at the jobs after?', P],
  ],
  entry: [
    ['What is the easiest way into the film industry for someone with no connections?', I],
    ['Do you accept volunteers at the shelter, and could that lead to a job?', G],
    ['How competitive is admission to the radiography program?', P],
    ['Would a portfolio help me get hired as a junior UX designer, and what should be in it?', O],
    ['Where do companies in your field usually post their openings?', I],
  ],
  trends: [
    ['Do you think electric cars will change the work of mechanics a lot?', O],
    ['How has working from home changed the company since 2020?', G],
    ['Where is the fashion industry heading with all the talk about sustainability?', I],
    ['Is the program adding new courses to keep up with the field?', P],
    ['what new technology is coming to farming', I],
  ],
  culture: [
    ['How does your manager give feedback, is it direct?', G],
    ['is the construction world still a boys club or has it improved', I],
    ['How do classmates in the program help each other, is there a study group culture?', P],
    ['What do people at the agency do when they disagree about a design?', G],
    ['How are newcomers treated by the older staff in kitchens?', O],
  ],
  education: [
    ['What would you study if you wanted to become a speech pathologist?', O],
    ['Do employers in the finance industry want a CPA, or is a business degree enough?', I],
    ['Are the professors in the program working in the industry too, or only teaching?', P],
    ['Does the bank give any training when you start?', G],
    ['Which online courses actually helped you at work?', O],
  ],
  advice: [
    ['What would you say to a student who is scared of starting over in a new country?', O],
    ['What should I be doing on LinkedIn right now if I want to work in sustainability?', I],
    ['If I only have one year left, where should I put my energy?', O],
    ['What is one thing you would do differently if you joined the company again?', G],
    ['Knowing my interests, would you recommend the program or something else?', P],
  ],
  resources: [
    ['Is there a magazine or journal people in the sector actually read?', I],
    ['What subreddits or forums do you trust for career info in IT?', O],
    ['Does the company run open houses or tours for students?', G],
    ['Are there alumni mentoring programs I can sign up for?', P],
  ],
  closing: [
    ['Is there a colleague of yours who might be open to a short chat with me?', G],
    ['Would you be comfortable if I told them you suggested I get in touch?', O],
    ['Was there anything you expected me to ask that I did not?', I],
    ['Thanks a lot, can I send you a quick note to keep you posted on how it goes?', P],
  ],
};
