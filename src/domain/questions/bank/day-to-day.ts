import { defineCategory } from './define.js';

/** What the work (or the study) actually consists of, hour by hour and week by week. */
export const DAY_TO_DAY_QUESTIONS = defineCategory('day-to-day', [
  {
    id: 'day-typical-week', targets: ['occupation', 'industry', 'organization'], tier: 'should', minutes: 2,
    text: 'What does a typical week look like for you?',
    probes: ['Which part of the week do you look forward to most?', 'How much of the week is planned ahead of time?'],
  },
  {
    id: 'day-occupation-time-spent', targets: ['occupation'], tier: 'must', minutes: 3,
    text: 'What tasks take up most of your time as a {subject}?',
    probes: ['Which of those tasks do you enjoy most?', 'Which ones would you happily hand off?'],
  },
  {
    id: 'day-occupation-problems', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'What kinds of problems do you solve on a typical day as a {subject}?',
    probes: ['What is a recent example of a problem like that?', 'How do you decide where to start?'],
  },
  {
    id: 'day-occupation-people', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'Who do you work with most closely as a {subject}?',
    probes: ['How much of your day is spent with other people rather than on your own?', 'Which working relationships matter most?'],
  },
  {
    id: 'day-occupation-tools', targets: ['occupation'], tier: 'should', minutes: 1,
    text: 'Which tools or software do you rely on most as a {subject}?',
    probes: ['Which of them would be worth learning before starting?', 'How quickly do the tools change?'],
  },
  {
    id: 'day-occupation-hidden-work', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'What part of the work of a {subject} do outsiders rarely see?',
    probes: ['Why do you think that part stays hidden?'],
  },
  {
    id: 'day-occupation-decisions', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'What decisions are you trusted to make on your own as a {subject}?',
    probes: ['How long did it take to earn that trust?', 'Which decisions still go to someone else?'],
  },
  {
    id: 'day-occupation-seasons', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'How does the workload of a {subject} shift across the year?',
    probes: ['When is the busiest stretch?', 'What do quieter periods get used for?'],
  },
  {
    id: 'day-occupation-first-month', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'What would a newly hired {subject} actually spend their first month doing?',
    probes: ['Which of those early tasks teach the most?'],
  },
  {
    id: 'day-industry-project-flow', targets: ['industry'], tier: 'must', minutes: 3,
    text: 'How does a typical project or product move from idea to finish in {subject}?',
    probes: ['Where do delays usually happen?', 'Which roles are involved at each stage?'],
  },
  {
    id: 'day-industry-roles-alongside', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'Which roles in {subject} do you work alongside most?',
    probes: ['Which of those roles is hardest to fill?', 'Which would you suggest a newcomer look into?'],
  },
  {
    id: 'day-industry-client-expectations', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What do customers or clients in {subject} expect most from the people who serve them?',
    probes: ['How have those expectations changed recently?'],
  },
  {
    id: 'day-industry-pace', targets: ['industry'], tier: 'nice', minutes: 1,
    text: 'How would you describe the pace of work in {subject}?',
    probes: ['What drives the busiest periods?', 'How does the pace compare with other sectors you know?'],
  },
  {
    id: 'day-industry-everyday-problems', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What everyday problems do people working in {subject} spend the most time on?',
    probes: ['Which of those problems are getting easier to solve?'],
  },
  {
    id: 'day-industry-jargon', targets: ['industry'], tier: 'nice', minutes: 1,
    text: 'Which terms or acronyms used in {subject} should a newcomer learn first?',
    probes: ['Which ones confuse outsiders the most?'],
  },
  {
    id: 'day-org-team-structure', targets: ['organization'], tier: 'must', minutes: 2,
    text: 'How is your team at {subject} organized?',
    probes: ['Who does your team report to?', 'How do decisions get made within the team?'],
  },
  {
    id: 'day-org-cross-team', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How do different teams at {subject} work together on a shared project?',
    probes: ['Where does friction tend to show up?', 'What keeps everyone in sync?'],
  },
  {
    id: 'day-org-meetings', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'How much of your week at {subject} goes to meetings rather than focused work?',
    probes: ['Which meetings turn out to be the most useful?'],
  },
  {
    id: 'day-org-recent-project', targets: ['organization'], tier: 'should', minutes: 3,
    text: 'Could you walk me through a recent project at {subject} from start to finish?',
    probes: ['What was your part in that project?', 'What would you change next time?'],
  },
  {
    id: 'day-org-where-work-happens', targets: ['organization'], tier: 'should', minutes: 1,
    text: 'How does {subject} handle remote, hybrid or in-office work?',
    probes: ['How does that arrangement affect the way your team collaborates?'],
  },
  {
    id: 'day-org-new-person-week', targets: ['organization'], tier: 'nice', minutes: 2,
    text: 'What would a new person on your team at {subject} be working on in their first weeks?',
    probes: ['Who would they lean on most while learning the ropes?'],
  },
  {
    id: 'day-program-typical-week', targets: ['program'], tier: 'must', minutes: 2,
    text: 'What does a typical week in {subject} look like for a student?',
    probes: ['How many hours go to classes compared with independent work?', 'When in the term does the workload peak?'],
  },
  {
    id: 'day-program-assignments', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What kinds of projects or assignments do students in {subject} work on?',
    probes: ['Which assignment taught you the most?', 'How much of the work is done in teams?'],
  },
  {
    id: 'day-program-juggling', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How do students in {subject} usually balance coursework with part-time jobs or other commitments?',
    probes: ['What did you have to give up?', 'Which habits helped you cope?'],
  },
  {
    id: 'day-program-hands-on', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'How much hands-on or practical work is built into {subject}?',
    probes: ['Which practical parts were most valuable?', 'What practical work would you add if you could?'],
  },
  {
    id: 'day-industry-rules-daily', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'How do rules and regulations shape daily work in {subject}?',
    probes: ['Which rules take the most time to follow?'],
  },
  {
    id: 'day-org-priorities', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How does your team at {subject} decide what to work on next?',
    probes: ['Who has the final say when priorities clash?'],
  },
  {
    id: 'day-org-other-locations', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'How does your team at {subject} share work with colleagues in other offices or sites?',
    probes: ['Which tools or routines keep everyone in step?'],
  },
  {
    id: 'day-program-group-projects', targets: ['program'], tier: 'nice', minutes: 1,
    text: 'How are group projects in {subject} organised?',
    probes: ['What did group work there teach you?'],
  },
]);
