/**
 * A fresh batch of labelled questions, written in one sitting before the classifier's last
 * round of changes and measured once before and once after them. Never tuned on until task
 * "understanding" (2026-12-07 night) read its misses at 92.5% (37/40) and fixed their causes, so
 * its figure is now an upper bound. eval:practice prints its accuracy apart from the main set.
 */
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';
import { G, I, O, P, type Row } from './question-row.js';

/** Questions per topic. */
export const FRESH_ROWS: Readonly<Record<LabelledTopic, readonly Row[]>> = {
  'small-talk': [
    ['hiya, hows everything going on your side today?', G],
    ['Did the snow make your commute terrible this morning?', O],
  ],
  opening: [
    ['If you had to explain to my grandma what you do all day, how would you put it?', O],
    ['what was the spark that made you pick dentistry over other health jobs', O],
    ['I am curious what attracted you to the shipping industry at first?', I],
  ],
  path: [
    ['walk me trough the jobs you had before landing at the hospital', G],
    ['Did you always know you would end up in accounting or was there a detour?', O],
    ['What were the big turning points between graduating and your current position?', O],
  ],
  'day-to-day': [
    ['what kind of tasks fill up most of your hours as an electrician', O],
    ['Could you tell me what a regular morning at the brewery looks like for you?', G],
    ['How is a week in the culinary program organized, like labs versus lectures?', P],
  ],
  skills: [
    ['Which personal qualities make someone really good as a social worker?', O],
    ['what technical things should i be able to do before starting in cybersecurity', I],
    ['Besides grades, what abilities does a student need to survive the paramedic program?', P],
  ],
  conditions: [
    ['Are the hours in hospitality very irregular, with nights and weekends?', I],
    ['How much overtime do people at your firm usually end up doing?', G],
    ['is the job physically hard on the body after some years', O],
  ],
  rewards: [
    ['Which moments in your job make you feel it was all worth it?', O],
    ['honestly what is the pay like when you start out as a vet tech', O],
    ['What do you like least about working for the city?', G],
  ],
  entry: [
    ['How would someone with no connections get a foot in the door at the studio?', G],
    ['What are the admission requirements for the dental hygiene program, is an interview part of it?', P],
    ['Is it realistic to be hired as a junior in this industry without an internship?', I],
  ],
  trends: [
    ['In your opinion, is automation going to shrink the number of jobs in logistics?', I],
    ['What new developments are shaking up the way agencies work these days?', G],
    ['Where is the demand for electricians heading in the coming decade?', O],
  ],
  culture: [
    ['How do teams at your company celebrate wins or deal with conflict?', G],
    ['Is the mood in construction crews competitive or more like a family?', I],
    ['What are your colleagues like, do people help each other?', G],
  ],
  education: [
    ['Would a college diploma be enough, or do I really need a bachelor for this job?', O],
    ['Which classes in the program turned out most useful in your career?', P],
    ['Is it worth doing a postgraduate certificate before applying in this sector?', I],
  ],
  advice: [
    ['If you were starting over at my age, what would you do differently?', O],
    ['What mistakes do newcomers to this industry make that I could avoid?', I],
    ['Do you have suggestions for how I can stand out when I apply to the program next year?', P],
  ],
  resources: [
    ['Are there any newsletters or podcasts you follow to stay up to date?', I],
    ['which professional association would be good for me to join as a student?', O],
    ['Is there a website where grads of the program post jobs or ask each other questions?', P],
  ],
  closing: [
    ['Is there somebody else in your network you think I should reach out to?', O],
    ['Before we finish, is there anything I did not ask that you think I should know?', G],
  ],
};
