/**
 * A sixth unseen batch of labelled questions, written on 2026-12-07 at c663ed0 before any change
 * of task "understanding", in shapes the earlier batches and the training phrasings use little:
 * a statement or a piece of hearsay that ends in a question ("I was told that..."), comparisons,
 * hypotheticals ("imagine you are nineteen again"), very short ones, a long story before the
 * question, second-language English and typos. Labelled by what a person would answer, with the
 * bank's own filing where it decides (pay is rewards, the job market is trends, books are
 * resources). It is measured first and never tuned on: only its totals are read while the
 * classifier changes. A question here may not be copied into the training phrasings.
 * First measurement, on the classifier at c663ed0 before any change: topic
 * accuracy 75.3% (64/85), answered on topic 81.2% (69/85), clarification rate 0.0% (0/85). That
 * first run printed its misses; run.ts has printed only its totals since. After that task's
 * changes (its misses not read again): 76.5% (65/85), answered on topic 81.2% (69/85), 0.0%.
 */
import { G, I, O, P, type Row } from './question-row.js';
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';

/** Questions per topic. */
export const UNSEEN_6_ROWS: Readonly<Record<LabelledTopic, readonly Row[]>> = {
  'small-talk': [
    ['I heard you only just got back from a trip, was the flight alright?', O],
    ['Your office looks so sunny on the camera, is it warm out there today?', G],
    ['before we start, did you manage to grab some lunch?', O],
    ['Hi! Long week already, or is that just me?', I],
    ["I hope the snow didn't make your commute too awful this morning.", P],
    ['how r u doing today', O],
  ],
  opening: [
    ['I was told you fell into this work almost by accident, so what pulled you towards it originally?', O],
    ['In one or two sentences, what is it you actually do at the agency?', G],
    ['Compared to what you pictured before you started, how does the job feel now?', O],
    ['Insurance is a mystery to me honestly, what is it you and your colleagues really do?', I],
    ['Why this program and not one of the cheaper ones nearby?', P],
    ['what is ur main project right now', G],
  ],
  path: [
    ['You mention on LinkedIn that you taught high school before, so how did the jump from the classroom to here happen, step by step?', O],
    ['Suppose you could rewind to the day you graduated, would you take the same route again or change something?', I],
    ['Where do most people from this diploma end up five years or so after finishing?', P],
    ['Is it usual for people on the warehouse floor to become supervisors here, or are managers hired from outside?', G],
    ['b4 this role where were u working', O],
    ['I read that many engineers in this sector later move into project management. Is that something you see yourself doing?', I],
    [
      "I'm in second year and I have been applying for summer roles without much luck, three interviews and no offers so far. How did you land your own first position back then?",
      O,
    ],
  ],
  'day-to-day': [
    ['Walk me through yesterday, from when you logged on until you logged off?', O],
    ['My cousin says most of the job is emails and spreadsheets, is that true or is there more to it?', O],
    ['What software could you not get through a day without?', I],
    ['Who are the people you talk with the most during a normal shift at the clinic?', G],
    ['For a student in this course, how does an ordinary week go, between the labs and the lectures?', P],
    ['typical tuesday for u?', O],
  ],
  skills: [
    ['If you compare the best hire you ever made with an average one, what did the best one have that the other lacked?', G],
    ['Between creativity and being organised, which one matters more in this job?', O],
    ['I was told that patience matters more than talent in this trade; would you agree, and what else counts?', O],
    ['what abilites do first year students need most to survive this course', P],
    ['Is coding a must-have in the energy sector these days, or just nice to have?', I],
    ['Out of everything you have learned, which single ability do you lean on the most?', I],
  ],
  conditions: [
    ['Do you ever get to work from home, or is it always on site?', O],
    ['How many hours a week do you really put in when a deadline is close?', G],
    ["I have two small kids, so I'm wondering whether the night shifts are something everyone has to do?", O],
    ['Is it stressful? Like really stressful?', I],
    ['Are there long stretches away from home, like trips to clients or other sites?', G],
    ['Does the job take a toll on your body after years of doing it?', O],
  ],
  rewards: [
    ['After all this time, what still gets you excited to clock in?', O],
    ['Honestly, what drives you up the wall about working there?', G],
    ['Please can you tell what salary a beginner is getting in this field, more or less?', O],
    ['Do bonuses or stock options matter much at this company?', G],
    ['Which part of the work would you happily hand to someone else?', I],
    ['Looking at what you got out of it, would you sign up for the diploma again?', P],
  ],
  entry: [
    ['Say I finish my degree next spring, how would I actually get my foot in the door?', I],
    ['I was told most juniors get hired through internships. Is that the main way in at your company?', G],
    ['Can someone without a design degree still get hired as a junior designer?', O],
    ['what do admissions look for in applicants, grades or experience', P],
    ['How does someone switching careers in their thirties break in?', O],
    ['Which starting job titles should I search for on the job boards?', I],
  ],
  trends: [
    ['Everyone keeps saying AI will replace analysts. Do you believe that?', O],
    ['Compared to ten years ago, is it easier or harder to find work in this field?', I],
    ['Where do you see the company heading over the next few years?', G],
    ['are hospitals around here hiring more nurses than before or fewer', O],
    ['How has the program changed since the new curriculum came in?', P],
    ['Which new regulations are shaking things up for you lately?', I],
  ],
  culture: [
    ['How do people treat each other when something goes wrong on a project?', G],
    ['Is it a very competative enviroment, everyone for themselves, or more team spirit?', I],
    ['As a woman of colour, I am wondering how inclusive the profession is in practice?', O],
    ["What's the vibe among classmates, do people help each other or compete?", P],
    ['Do managers there listen to the ideas of juniors, or is it very top-down?', G],
    ['How formal is the way people dress and speak to each other at the office?', G],
  ],
  education: [
    ['is a masters realy worth the extra two years, or does experience count more?', O],
    ['Which certificate would you do first if you were me, the PMP or something smaller?', O],
    ['Do you still have to take courses every year to stay up to date?', O],
    ['Do employers care which college your diploma is from, or not really?', I],
    ['Of all the courses you sat through, which ones do you actually use at work?', P],
    ['What things can you only learn on the job and not in school?', O],
  ],
  advice: [
    ['Imagine you are nineteen again with no contacts, how would you spend this summer to move towards this job?', O],
    ['I am international student with small network here, what you suggest I do first?', I],
    ['Be honest, with my marketing background am I crazy to try this?', O],
    ['What mistake should I avoid when I choose my first employer?', I],
    ['Do you think I should do a co-op or go straight to full-time work after the program?', P],
    ['any tips for me?', O],
  ],
  resources: [
    ['Does joining the professional body as a student member actually pay off?', O],
    ['Wich podcasts or blogs do people in the industry actually listen to?', I],
    ['Where could I talk with current students before deciding to enrol?', P],
    ['Where do people in this field hang out in Toronto, like meetups or talks?', O],
    ['Besides the careers page, where can I learn what it is really like to work at the company?', G],
    ['Which books would you recommend for someone starting from zero?', O],
  ],
  closing: [
    ['Who would be a good next person for me to chat with?', O],
    ["That's everything on my list, is there something I forgot to ask?", I],
    ['When I write to them, can I say that you sent me?', G],
    ['Thanks so much, this really helped me see what the job is like.', O],
    ["Last one from me: what's the one thing you want me to remember from this call?", P],
    ['If something else comes to mind next week, is it fine to drop you a line?', O],
  ],
};
