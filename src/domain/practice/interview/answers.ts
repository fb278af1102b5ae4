/**
 * What the interview persona says: several answers per question category (with `{field}`
 * and other persona placeholders), replies to questions better not asked, and time cues.
 * Written for Rapport; plausible rather than authoritative, and meant to invite follow-ups.
 */
import type { LabelledTopic } from '../understand/phrasings.js';

/** Answers per topic; the persona cycles through them so repeats are rare. */
export const ANSWERS: Readonly<Record<LabelledTopic, readonly string[]>> = {
  'small-talk': [
    "Doing well, thanks. It's been a full day, so let's make good use of the time. What would you like to know about {field}?",
    'Good, thank you! I only have a short window, so go ahead with your questions.',
    "Not bad at all. Busy week, but that's normal in {field}. What's on your list?",
  ],
  opening: [
    'What first pulled me in was the variety: in {field} you solve a different puzzle every week, and you can see whether your work helped. I still like that part best.',
    'Right now most of my energy goes into one long project and into helping two newer colleagues find their feet. That mix of doing the work and teaching it is what keeps {field} interesting for me.',
    'If I had to put it in a sentence: I turn messy, half-defined problems in {field} into something people can act on. The reality is less glamorous than I pictured at the start, and more satisfying.',
  ],
  path: [
    'Most people start in {entryRole}, take on more responsibility after two or three years, and then choose between going deeper as a specialist or moving toward leading people.',
    'Careers in {field} branch a lot after the first few years: some people specialise, some move into management, and some carry their skills into a neighbouring field.',
    'The usual ladder has three or four steps, but plenty of people skip one by changing employers. What moves you up is owning a visible piece of work.',
  ],
  'day-to-day': [
    "Mornings are for focused work, before the meetings start. Afternoons are more collaborative: check-ins {setting}, reviewing a colleague's work, sorting out whatever came up. In {field} no two weeks look the same, which suits me.",
    'A typical day is about half planned work and half interruptions. I keep a short list of priorities and accept that at least one urgent request will land before lunch.',
    'About a third of my time goes to the core work of {field}, a third to coordinating with other people, and a third to {tool} and follow-up. The paperwork share surprises most newcomers.',
  ],
  skills: [
    'The technical side you can learn on the job. What sets people apart in {field} is clear communication: explaining a problem simply, writing things down, and asking for help early rather than late.',
    'Curiosity, and being comfortable with not knowing things yet. The field keeps changing, so the people who do well keep learning without being told to.',
    "Organisation and follow-through. Plenty of people have good ideas; fewer close the loop. Be the person who reliably finishes things and you'll be trusted quickly.",
  ],
  conditions: [
    'Most weeks are regular hours, but there are crunch periods around {pressure} when evenings happen. The pressure comes in waves rather than all the time, and good teams plan for it.',
    'Flexibility has improved a lot. Many teams in {field} work hybrid now, though newer people gain from being on site more: you learn a lot by overhearing how others solve problems.',
    "It can be stressful, I won't pretend otherwise. Setting boundaries early helps, and so does working somewhere that respects them. Asking about workload in interviews tells you a lot.",
  ],
  rewards: [
    'The best part is seeing my work help someone. The hardest part is the admin around it, and the days when priorities change three times before noon.',
    'I love that I never stop learning. The flip side is that keeping up takes energy, sometimes outside working hours.',
    'What keeps me going is the people: generous, sharp colleagues. What drains me is slow decision-making. Every job in {field} has a bit of both.',
  ],
  entry: [
    'Most people start in {entryRole}, and the step to plan for early is {credential}. Hiring managers want evidence you can do the basics, so a small piece of real work, even from a class project or volunteering, counts for more than a long list of courses.',
    "Internships and co-op placements are still the most reliable way in. If you can't get one, volunteer with a community group that needs {field} skills; it gives you concrete stories for interviews.",
    'Entry-level titles vary a lot between employers, so search by skills rather than by title. And apply even if you meet most but not all of the requirements; those lists are wish lists.',
  ],
  trends: [
    'Automation is taking over the repetitive parts of {field}, so the human parts, judgement, communication and relationships, are becoming more valuable, not less.',
    'Demand is growing, but so is competition for first jobs. People who stand out pair {field} with a second strength, such as data, writing or a particular industry.',
    'New regulations and tools keep changing how the work gets done. Anyone entering now should get comfortable learning a new system every couple of years.',
  ],
  culture: [
    'My team is small and informal. We ask for help a lot and nobody pretends to know everything. Cultures vary widely in {field}, though, so ask each place how new people are supported in their first months.',
    'The culture here values reliability over heroics. People who do well keep others informed and share credit generously.',
    "It's collaborative but direct: people will tell you when something isn't working. Newcomers sometimes find that blunt, then come to appreciate it.",
  ],
  education: [
    'The degree gets you in the door, but nobody has asked about my grades since my first job. In {field} the one that matters most is {credential}; beyond that, read postings for roles you would want in five years and see what they require.',
    'Pick courses with practical projects over purely theoretical ones. And take at least one communication or writing course; it pays off constantly.',
    "A master's can help later, for specialised or senior roles, but I'd get a couple of years of experience first so you know what to specialise in.",
  ],
  advice: [
    'Talk to as many people as you can, like you are doing now, and keep notes. And start small: a short project you finish teaches more than a big one you abandon.',
    "If I were starting again, I'd worry less about the perfect first job and more about a good first manager. You learn the most from people who take time to teach.",
    'Be visible in a good way: go to events, ask thoughtful questions, follow up. People in {field} remember the students who were curious and polite.',
  ],
  resources: [
    'Join {association}; student memberships are cheap and the events are where you meet people in {field}. Their newsletter is a decent way to keep up, too.',
    'Follow a few practitioners who write about their day-to-day work rather than the big news sites. Local meetups are great as well, and friendlier than people expect.',
    "There's a good regional conference with a student rate. Even one day there teaches you the vocabulary of {field} and who the main employers are.",
  ],
  closing: [
    'Happy to help. Feel free to email me if something else comes up.',
    "You're welcome to follow up by email if you think of anything else.",
    "Of course. I'm glad to help where I can.",
  ],
};

/** The parts of a close, each answered on its own when the student combines them. */
export const CLOSING_ANSWERS = {
  referral: [
    'You should talk to {referral}, {referralRole}. I can send an introduction by email.',
    "Try {referral}, {referralRole}. They'd give you a different angle from mine.",
    '{referral}, {referralRole}, would be a great person to ask. Say we spoke.',
  ],
  permission: ['Of course, please mention my name.', 'Yes, go ahead and say we talked.', 'Sure, tell them I suggested it.'],
  catchAll: [
    'Good one to end on. Students rarely ask how people move up in {field}: usually by taking on responsibility before the title arrives.',
    'Maybe this: ask every place you talk to how they train new people. It tells you more than any job posting.',
    "Just that it's fine not to have it all figured out. Most people I know in {field} changed direction at least once.",
  ],
} as const;

/** Replies to questions that were better not asked, keyed by the checker issue behind them. */
export const DEFLECTIONS = {
  'job-request': [
    "I'm not the person who makes hiring decisions, and I'd rather use our time to help you understand the field. What else would you like to know?",
    'Openings go through our careers page, so I cannot help much there. I am happy to tell you what hiring managers look for, though.',
    "I'm not really able to talk about openings. Let's stick to the work itself.",
  ],
  personal: [
    "I'd rather keep that one private, if you don't mind. Happy to talk about the work itself.",
    "That's a bit personal. Let's keep to the job.",
    "I'll pass on that one. Ask me anything about the work.",
  ],
  'salary-personal': [
    "I won't share my own pay, but salary ranges for {field} are published by the professional association and on job boards. Those are more useful anyway.",
    'I would rather not go into my own salary. Starting pay varies by region; recent postings give a realistic range.',
    "I'd rather not say. A better question is the typical range at each stage, and salary surveys answer that well.",
  ],
  'basic-research': [
    "That's on our website, so briefly: we cover a bit of everything in {field}. What I can add is what the website doesn't say.",
    "You'd find that with a quick search, to be honest. Was there something behind the question?",
    "The public answer is on our site. It's more useful to ask me what the work is actually like.",
  ],
  unclear: [
    "I'm not sure which part of {field} you mean. Is it the daily work, how people get in, or something else?",
    'Could you tell me which side of {field} you are asking about: the work itself, getting started, or the people?',
    'I did not quite catch what you would like to know. Is this about my own path, the day-to-day, or your next steps?',
  ],
  unknownWord: [
    'Sorry, I\'m not sure what you mean by "{word}". Could you put it another way?',
    'I didn\'t catch "{word}". Could you ask that in other words?',
    'What do you mean by "{word}"? Say a bit more and I\'ll answer.',
  ],
  vague: [
    "That's a big question. Can you narrow it down?",
    'Where would you like me to start? That could take the whole call.',
    'Too broad for fifteen minutes. Which part matters most to you?',
  ],
} as const;

/** Elaborations for a follow-up on the previous answer; general enough to fit any of them. */
export const ELABORATIONS = [
  'Good follow-up. Concretely, it meant a lot of small, unglamorous tasks at first, and learning by watching people who were better at it than me. It added up faster than I expected.',
  'Sure, an example: last month a colleague was new to one of our processes, so I paired with them for a week. It slowed me down, but by the end they were covering for me.',
  'It mostly comes down to habits: writing things down, asking early, and being honest when something is not working. Nobody teaches that formally in {field}, but everyone notices it.',
  'Honestly, it was harder than it sounds. Some weeks I doubted the choice. What helped was having one or two people I could ask anything without feeling judged.',
  'In practice it is less dramatic than it sounds: mostly steady, careful work, with a few moments that really matter. Those moments are why people stay in {field}.',
] as const;

/** What the persona says about time: the greeting, the warning, time up and goodbye. */
export const TIME_LINES = {
  greeting: [
    "Hi, I'm {first}. I have about {minutes} minutes, so go ahead whenever you're ready.",
    "Hello! Nice to meet you. I've blocked {minutes} minutes; what would you like to ask?",
    "Hi there. {minutes} minutes, starting now. What's your first question?",
  ],
  warning: [
    'Just a heads-up: I have about three minutes left.',
    "We're getting close to time, so pick your most important remaining question.",
    'I need to wrap up in a few minutes.',
  ],
  timeUp: [
    "I'm sorry, I have to jump to my next meeting. Anything quick before I go?",
    "That's our time, I'm afraid. One last quick thing?",
    'I need to run in a minute. Anything else before I go?',
  ],
  farewell: [
    'Thanks, this was a pleasure. Good luck, and keep in touch.',
    'Glad I could help. Let me know how it goes.',
    'Take care, and feel free to email me.',
  ],
} as const;
