/**
 * A fifth unseen batch of labelled questions, written on 2026-12-07 before any change of task
 * i16b, in voices the earlier batches use little: very formal or second-language phrasing
 * ("Kindly may I know..."), text-message shorthand, a mature career changer who explains
 * themself first, nervous run-ons, blunt one-liners. It is measured first and never tuned on;
 * only its totals are read while the classifier changes. A question here may not be copied into
 * the training phrasings. A licensing question accepts entry and education (see question-set.ts).
 * First measurement, on the classifier at fea0ae6 before any change: topic accuracy 91.7% (77/84),
 * answered on topic 95.2% (80/84), clarification rate 1.2% (1/84). After the blurred borders of
 * topic.ts: 91.7% (77/84), answered on topic 96.4% (81/84), 1.2% (1/84). After task
 * "understanding" (its misses still unread): 94.0% (79/84), answered on topic 97.6% (82/84), 0.0%.
 */
import { G, I, O, P, type Row } from './question-row.js';
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';

/** Questions per topic. */
export const UNSEEN_5_ROWS: Readonly<Record<LabelledTopic, readonly Row[]>> = {
  'small-talk': [
    ['Good afternoon, I hope this is still a good moment for you?', O],
    ['hey!! thx for making time, crazy week?', I],
    ['Did the rain finally let up where you are?', G],
    ['How has your Monday treated you so far?', P],
    ['Sorry I am a few minutes late, has your day been hectic?', O],
    ['Kindly, how are you doing today, madam?', G],
  ],
  opening: [
    ['Kindly may I know what your job consists of in simple words?', O],
    ['so like what made u pick nursing in the first place', O],
    ['I spent fifteen years in retail before this, so I am curious, what attracted you to the logistics industry?', I],
    ['What is your team at the hospital responsible for, broadly?', G],
    ['If a ten year old asked what you do all day at the firm, what would you tell them?', G],
    ['What made you choose this particular diploma when you were deciding?', P],
  ],
  path: [
    ['Please could you explain the steps of your career until today?', O],
    ['how did u end up at the museum, was it planned', G],
    ['I am forty and switching from banking, so I wonder, were you always in this sector or did you come from somewhere else?', I],
    ['What was your very first job after you finished the program?', P],
    ['Um, sorry, did you start out as a technician and then move up, or did you come in as an engineer?', O],
    ['Which roles did you hold before the current one?', G],
  ],
  'day-to-day': [
    ['Kindly describe me an ordinary working day from morning to evening.', O],
    ['wat does a normal shift look like for a paramedic', O],
    ['When you arrive at the office, what is the first thing you do?', G],
    ['How much time do you spend in meetings compared to actually building things?', I],
    ['In the program, what does a usual week of classes and practicum look like?', P],
    ['Which tasks take most of your hours during a typical week at the bakery?', G],
  ],
  skills: [
    ['Which abilities are most important to succeed in this profession, in your opinion?', O],
    ['do u need to be good at math for this or nah', O],
    ['Coming from customer service, which of my skills do you think would carry over into the industry?', I],
    ['What soft skills does the company value most in new hires?', G],
    ['Which practical skills will I walk away with after the program?', P],
    ['What separates a great welder from someone who is just okay?', O],
  ],
  conditions: [
    ['May I ask what the usual working hours are, and if overtime is frequent?', O],
    ['is there a lot of night shifts', I],
    ['With two kids at home, I need to ask, how flexible is the schedule at your organization?', G],
    ['Is the job physically hard on your body over time?', O],
    ['Can the program be done part time while I keep my job?', P],
    ['How much of the work can be done remotely in this industry?', I],
  ],
  rewards: [
    ['What is the most satisfying part of your profession for you personally?', O],
    ['honestly whats the worst part of the job', O],
    ['Without asking about your own salary, what is a typical pay range for someone starting in the sector?', I],
    ['What moments make you feel the work at the charity is worth it?', G],
    ['Do graduates of the program usually earn more than those without it?', P],
    ['What frustrates you the most about working here?', G],
  ],
  entry: [
    ['Please advise, what is the proper way to apply for an entry-level position in this field?', O],
    ['how do ppl usually get their first gig in gaming', I],
    ['At my age, is it realistic to get hired as a junior, or do they prefer younger graduates?', O],
    ['Does the organization hire interns, and when do they recruit?', G],
    ['What are the admission requirements for the program, and is there a waitlist?', P],
    ['Do I have to be licensed before I can take any job as an electrician?', O, 'education'],
  ],
  trends: [
    ['In your view, how will artificial intelligence affect this profession in the next years?', O],
    ['is the industry growing or shrinking rn', I],
    ['What changes are coming to the company over the next few years?', G],
    ['Do you see more jobs opening up in this area, or fewer?', I],
    ['How is the program changing to follow what employers need now?', P],
    ['What new rules or regulations are changing how the work is done?', I],
  ],
  culture: [
    ['How would you describe the atmosphere among colleagues in your department?', G],
    ['r ppl friendly there or is it super competitive', G],
    ['As an older student, I worry about fitting in, how are mature people treated in the industry?', I],
    ['What kind of personality tends to do well on your team?', G],
    ['How do the instructors and students in the program get along?', P],
    ['Is it a hierarchical field, where juniors should not speak up?', O],
  ],
  education: [
    ['Which degree or diploma would you recommend to enter this profession?', O],
    ['do u need a masters for this', O],
    ['I already have a degree in history, do I need to go back to school for this industry?', I],
    ['Does the company pay for courses or further studies for employees?', G],
    ['Which courses in the program were the most useful for you later?', P],
    ['Is a certificate from a college enough, or do employers want a university degree?', O],
  ],
  advice: [
    ['What advice would you give to a newcomer to Canada who wants to enter this profession?', O],
    ['if u were me rn what would u do', O],
    ['Given that I am changing careers in my forties, what should I focus on first?', I],
    ['What mistakes should I avoid when I try to get into the organization?', G],
    ['What do you wish someone had told you before you started the program?', P],
    ['If you could go back to your first year in the field, what would you do differently?', I],
  ],
  resources: [
    ['Could you please recommend some books or websites to learn more about this profession?', O],
    ['any podcasts or youtube channels worth following', I],
    ['Are there professional associations I should join as a student?', O],
    ['Does the company have a newsletter or blog where I could learn about its projects?', G],
    ['Where can I find reliable information about the program outcomes?', P],
    ['Which events or conferences are good for meeting people in the industry?', I],
  ],
  closing: [
    ['Would you be so kind as to suggest another person I could speak with?', O],
    ['cool, is it ok if i mention ur name when i reach out to them', I],
    ['Is there anything else you think I should know that we have not covered?', G],
    ['May I follow up with you by email if I have other questions later?', P],
    ['Do you know anyone at another company who would be willing to talk to me?', G],
    ['Before we wrap up, is there any question I should have asked you?', O],
  ],
};
