/**
 * What the persona says when the student follows up ("What is a recent example of that?",
 * "Why is that?"): more on the topic of the answer before, never a new subject.
 */
import type { LabelledTopic } from '../understand/phrasings.js';

/** Follow-up answers per topic of the previous question (templates with field-profile placeholders). */
export const FOLLOW_UPS: Readonly<Partial<Record<LabelledTopic, readonly string[]>>> = {
  opening: [
    'A concrete example: last month a problem that had stumped two teams landed on my desk, and untangling it reminded me why I chose {field}.',
    'What made it stick was seeing the effect of the work on real people. That still happens often enough to keep me here.',
  ],
  path: [
    'The turning point was saying yes to a task nobody wanted. It taught me the parts of {field} that a course never could.',
    'Looking back, the people mattered more than the plan: each move came from someone who vouched for me.',
  ],
  'day-to-day': [
    'A recent example: on Tuesday I started with {tool}, spent the middle of the day {setting}, and ended by sorting out a problem that came in at four.',
    'Concretely, the part people underestimate is the coordination: half of a good day is making sure the right person knows the right thing.',
  ],
  skills: [
    'For example, a new colleague last year was not the most technical, but she wrote everything down and asked early. Within months people trusted her with {tool}.',
    'You can practise that now: take a group project and be the person who keeps the notes and follows up. It is the same skill.',
  ],
  conditions: [
    'The hardest stretch I remember was around {pressure}: three weeks of long days. What helped was a team that shared the load and then took time off after.',
    'In practice you learn to protect your evenings most of the time and accept that a few weeks a year are intense.',
  ],
  rewards: [
    'A recent one: someone I had helped months earlier wrote to say it made a real difference. That note is still on my desk.',
    'The frustrating side shows up in small ways, like waiting on approvals. You learn to keep several things moving so a delay does not stop you.',
  ],
  entry: [
    'For example, the last junior we hired had a small project that showed exactly how she worked. That did more than her grades.',
    'Concretely: look at postings for {entryRole}, note the three requirements that come up most, and build one piece of evidence for each.',
  ],
  trends: [
    'A concrete case: a task that took me a day five years ago now takes an hour with new tools, so the time goes into judgement calls instead.',
    'It shows up in hiring too: we now ask candidates how they would check a tool’s output, not just how they would use it.',
  ],
  culture: [
    'An example: in my first month I made a real mistake, and my manager walked me through the fix instead of blaming me. That told me a lot about the place.',
    'You can see it in small things, like who speaks in meetings and whether people admit when they do not know.',
  ],
  education: [
    'For example, the course I almost skipped, a practical one on {tool}, is the one I use every week.',
    'What I would check is whether a program gets you real practice; {credential} matters, but so does having done the work.',
  ],
  advice: [
    'Concretely: pick one small step this month, such as one more conversation like this or one short project, and finish it.',
    'The students who do well keep a simple list of who they talked to and what they learned, and they follow up.',
  ],
  resources: [
    'If you only do one thing, go to one event run by {association} and talk to two people there. It gets easier after the first.',
    'Start small: follow a couple of practitioners and read what they share for a month before joining anything paid.',
  ],
};
