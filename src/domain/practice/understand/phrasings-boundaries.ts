/**
 * Training phrasings written along the borders between topics that students' wording blurs,
 * each border first written down as a rule, then taught with several ways of asking on each
 * side. Written for Rapport as families of ways to ask, not copied from any evaluation set
 * (the eval checks that no text appears in both).
 *
 * The borders:
 * - opening / path: why the person chose the work, and what the work is about now, are opening;
 *   the steps, jobs and moves that took them there, and where careers lead, are path.
 * - path / entry: how *you* got in is path (the person's story, past tense); how people *get*
 *   in, now, in general (career changers included), is entry.
 * - day-to-day / conditions: what the work consists of and who it is done with is day-to-day;
 *   the terms around it (hours, place, remote work, time away, pace, cost of studying, holding a
 *   job beside classes) are conditions.
 * - skills / culture: what a person must be or be good at to do well is skills, even when asked
 *   as "what kind of person"; how people treat each other and what a place values is culture.
 * - rewards / conditions: what the person likes, dislikes, finds draining or would choose again
 *   is rewards; the measurable terms of the work are conditions.
 * - trends / opening: change over time ("since you started") is trends.
 * - education / skills: keeping knowledge current by study and courses is education.
 * - advice / resources: which other options or mistakes *I* should consider is advice.
 * - culture / entry: how newcomers are supported once hired is culture; how they get hired is entry.
 * - small talk: the day, the weekend, the weather and the journey in, whatever their words.
 * - opening / path, in the past tense: what drew the person in or made them choose is opening
 *   (see also the frame's reason feature in frame.ts); the jobs that led here are path.
 * - trends: what is changing or will change in the work.
 * - advice: how *I* should handle a hard stretch.
 * - resources: events where the student can meet people in the field.
 * - opening / path, expectations: how the work compares with what the person pictured is
 *   opening; "why a diploma rather than a degree, for you" is a motive, so opening too.
 * - day-to-day / conditions: screen or hands, fieldwork or office, is what the work consists of;
 *   where it may be done from (home, hybrid) is a term of the work.
 * - skills / culture, skills / trends: what sets the strongest people apart, what earns a
 *   promotion and which tools or languages one must know are skills, even with "now".
 * - rewards / opening: what gets a person through a bad week, and whether they would enrol again,
 *   is what the work gives them.
 * - culture: moral grey areas, how new starters are helped to settle in, how a team marks a win,
 *   and how one group is treated, are how people treat each other.
 * - entry: cover letters, when firms open their junior roles, where they advertise them and
 *   volunteering as a door, are how people get hired.
 * - education / rewards: an employer paying for further study is still about study.
 * - advice: traps *I* should avoid, tips to get *me* through, other careers *I* should look at.
 */
import type { LabelledTopic } from './phrasings.js';

/** Border phrasings per topic. */
export const BOUNDARY_PHRASINGS: Readonly<Record<LabelledTopic, readonly string[]>> = {
  'small-talk': [
    'Is it freezing over there as well?',
    'How was the drive in this morning, lots of traffic?',
    'Any fun plans for the holidays?',
    'All good with you today?',
    'Are you getting any sun where you are?',
    'Has it been a hectic day so far?',
  ],
  opening: [
    'What tipped the balance when you decided to go for it?',
    'What is the gist of your role, without the jargon?',
    'Thinking back to when you chose it, what made you say yes?',
    'What do you find yourself working on most these weeks?',
    'What pulled you toward this line of work back when you were choosing?',
    'What was it about this trade that got you hooked early on?',
    'How well did the job live up to the picture you had of it?',
    'Going in, did you have the right idea about this work?',
    "Put simply, what is a paralegal's job?",
    'what does a logistics coordinator even do',
    'What does your unit contribute to the rest of the organisation?',
    'What tipped you towards a college diploma rather than a degree?',
    'If a friend asked what your program is like, what would you say in a sentence?',
  ],
  path: [
    'Where does this work lead after ten years or so?',
    'What positions can this role open up further down the line?',
    'What did you do for work before you landed here?',
    'How did you personally get your start in this area?',
    'Where did your career take you between your first job and this one?',
    'What roles did you hold before this one, and how did each lead to the next?',
    'Which directions can someone take after a few years in this role?',
    'What was the first position you ever held in this business?',
    'After the first job, where do graduates usually head next?',
    'Which rungs did you climb to reach your current title?',
  ],
  'day-to-day': [
    'What does the work itself consist of, from the start of the day to the end?',
    'What do the hours of an ordinary day actually go to?',
    'Which decisions are yours to make on a normal day?',
    'what are the main tasks someone in this job does all day long?',
    'Who do you deal with most from one day to the next?',
    'Which calls are yours to make, and which need sign-off?',
    'What goes on behind the scenes that clients never notice?',
    'Do you spend more time at a screen or working with your hands?',
    'How much of the week is fieldwork and how much is office work?',
  ],
  skills: [
    'Is this work better suited to introverts or extroverts?',
    'What do the people who are great at this have that others lack?',
    'Which personal traits help someone last in this work?',
    'Who tends to succeed in this role, what are they like as people?',
    'What do the strongest students have in common, as learners?',
    'Is being a strong public speaker a must for this role?',
    'What sets your strongest colleagues apart?',
    'What do top performers here have in common?',
    'What qualities earn someone a promotion here?',
    'Which programming languages are worth learning for this kind of role?',
    'What tools should I be comfortable with before I start?',
    'Is knowing how to use spreadsheets essential for this role?',
    'Would an introvert struggle in a client-facing role like this?',
  ],
  conditions: [
    'How many days a week are people on site?',
    'Is the work tied to one location, or can it be done from anywhere?',
    'How much time away from family does the work involve?',
    'Is this a job people can sustain into their fifties and sixties?',
    'Do students have the time to earn money during term?',
    'How much does the program cost all in, with books and equipment?',
    'Are there days you can work from your kitchen table?',
    'Does the role allow a hybrid setup?',
    'Do people at your firm pick their own work location?',
    'Can you hold down a job while studying full-time here?',
    'Apart from fees, what will the program cost me in books, gear or travel?',
    'Does the work mean weeks away from home at a camp or site?',
    'How intense does it get at year-end when everything is due?',
    'Are layoffs something people here live with?',
  ],
  rewards: [
    'What part of the job wears you down?',
    'What has let you down about the job?',
    'Would you go down the same road again, given the chance?',
    'Any regrets about going into it?',
    'What do you dislike most about it, honestly?',
    'What gets you through the rough weeks?',
    'On a bad day, what reminds you why it is worth it?',
    'Which parts of the job recharge you and which wear you down?',
    "What's your favourite thing about being a pharmacist?",
    'Do you feel your work gets the recognition it deserves?',
    'With hindsight, would you enrol in the same program again?',
  ],
  entry: [
    'Is there a way in for someone retraining from a different job?',
    'What is the usual route in for someone switching from a different line of work?',
    'How do most newcomers get hired these days?',
    'What do people typically do to land a first position here?',
    'What is the usual way in for someone coming from another career?',
    'Do recruiters here still read cover letters?',
    'At what time of year do firms usually open their graduate roles?',
    'Which job sites do employers in this sector use to advertise?',
    'Can volunteering open a door to paid work here?',
  ],
  trends: [
    'How different is the work from when you were new to it?',
    'What shifts have you noticed in the last few years?',
    'Where is the work heading, in your view?',
    'What is changing in this work right now that was not there before?',
    'Which developments will reshape the field over the coming years?',
  ],
  culture: [
    'Does anyone show newcomers the ropes when they join?',
    'What does the team expect of each other when things go wrong?',
    'How does the team handle disagreements?',
    'Do you face moral grey areas in this work?',
    'What dilemmas about right and wrong come up?',
    'How does the team help new starters settle in?',
    'Is there a buddy system for new hires?',
    'What happens when the team hits a big goal, any traditions?',
    'How are women treated in this trade?',
  ],
  education: [
    'What do people do to keep learning once they are qualified?',
    'What ongoing learning does the job expect from you?',
    'Which formal study does the work ask for as you go along?',
    'How do you keep your knowledge fresh in a field that changes fast?',
    "Is continuing education part of the job once you're qualified?",
    "Will employers fund further study, like a part-time master's?",
    'Can you qualify through on-the-job training, or is school required?',
  ],
  advice: [
    'Should I keep other options open alongside this one?',
    'What traps do beginners fall into that I could dodge?',
    'What would you steer me away from doing?',
    'How would you suggest I handle the hardest stretch of the course?',
    'Which traps should I steer around as I start out?',
    'What errors did you see juniors make that I can learn from?',
    'Do you have tips for getting through the first year of the course?',
    'Would you point someone like me to this program, or elsewhere?',
    'What other careers would you suggest I look at too?',
  ],
  resources: [
    'Is there an event where I could meet people from this area in person?',
    'Are there info nights where future students can visit?',
    'Which online groups are good for asking questions about the field?',
  ],
  closing: [],
};
