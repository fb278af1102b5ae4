/**
 * Tips of the week for cohort digests: short, practical advice on informational interviews,
 * written in our own words from career-services guidance. One tip a week, in turn.
 *
 * @module
 */
import { inZone } from '../reminders/local-time.js';

/** One tip: a short title and a sentence or two of advice. */
export interface Tip {
  readonly title: string;
  readonly text: string;
}

/** The tips, in the order the weeks take them. */
export const TIPS: readonly Tip[] = [
  {
    title: 'Start with people you already know',
    text: 'Classmates, former co-workers, neighbours and relatives count. Ask them who they know in the field you are curious about: a warm introduction gets more yeses than a cold message.',
  },
  {
    title: 'Ask for a small, specific amount of time',
    text: 'Fifteen or twenty minutes is easy to say yes to. Say what you hope to learn, and end on time even when it is going well; let them offer to keep talking.',
  },
  {
    title: 'Do your homework first',
    text: 'Read about the person and their organization before you meet. Skip questions a website answers and save your time for what only they can tell you.',
  },
  {
    title: 'Put your best questions first',
    text: 'Conversations run short more often than long. Order your questions so the two or three you care about most come early.',
  },
  {
    title: 'This is a conversation, not a job interview',
    text: 'You are there to learn, not to ask for a job. If they mention an opening or ask for your resume, wonderful, but let it come from them.',
  },
  {
    title: 'A subject line that is clearly not spam',
    text: 'Something like "Nursing student curious about community health" tells a busy person why you are writing before they open the email. Keep the message itself short.',
  },
  {
    title: 'Be ready to talk right away',
    text: 'When you phone to set up a conversation, the person may say "now is fine". Have your questions and a short introduction of yourself in front of you before you dial.',
  },
  {
    title: 'Ask who else you should talk to',
    text: 'Before you wrap up, ask whether there is someone else they would suggest, and whether you may mention their name. One good conversation often leads to the next.',
  },
  {
    title: 'Write it down the same day',
    text: 'Notes fade fast. Log what you learned, the advice you got and your next steps while the conversation is fresh, and compare what different people told you.',
  },
  {
    title: 'Thank them within two days',
    text: 'A short note that mentions one specific thing you learned, and what you will do with it, leaves a lasting impression. Do not ask for anything new in it.',
  },
  {
    title: 'A no is still useful',
    text: 'People decline because they are busy, not because of you. Thank them anyway and ask if someone else might have a few minutes.',
  },
  {
    title: 'Stay in touch',
    text: 'A few months later, send a quick update on what you did with their advice, or pass on an article they might enjoy. Relationships grow from small, generous notes.',
  },
  {
    title: 'Practise the first minute out loud',
    text: 'Your introduction should take about thirty seconds: who you are, how you found them and what you are curious about. Saying it aloud a few times makes the real call much easier.',
  },
];

/** The tip for the week containing `at` in `zone`: each ISO week takes the next tip in turn. */
export function tipOfTheWeek(at: Date, zone: string): Tip {
  const local = inZone(at, zone);
  const week = local.weekYear * 53 + local.weekNumber;
  const tip = TIPS[week % TIPS.length];
  if (tip === undefined) throw new RangeError('There are no tips.');
  return tip;
}
