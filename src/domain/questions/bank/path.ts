import { defineCategory } from './define.js';

/** How people got where they are and where careers in the area tend to lead. */
export const PATH_QUESTIONS = defineCategory('path', [
  {
    id: 'path-do-differently', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'Looking back, what would you do differently if you were starting out again today?',
    probes: ['What would you keep exactly the same?', 'What would you start doing earlier?'],
  },
  {
    id: 'path-turning-point', targets: ['universal'], tier: 'should', minutes: 2, sensitivity: 'personal',
    text: 'What was a turning point that shaped where you are now?',
    probes: ['How did you decide what to do next?', 'What did you learn from how it played out?'],
  },
  {
    id: 'path-useful-detour', targets: ['universal'], tier: 'nice', minutes: 2, sensitivity: 'personal',
    text: 'Which detour or setback ended up being more useful than you expected?',
    probes: ['What did it teach you that a smoother path would not have?'],
  },
  {
    id: 'path-next-few-years', targets: ['occupation', 'industry', 'organization'], tier: 'nice', minutes: 1,
    text: 'Which step would you like your own career to take next?',
    probes: ['What would make that next step appealing to you?'],
  },
  {
    id: 'path-first-year-surprise', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'What surprised you most in your first year as a {subject}?',
    probes: ['How did you adjust to that surprise?', 'Who helped you make sense of it?'],
  },
  {
    id: 'path-typical-progression', targets: ['occupation'], tier: 'must', minutes: 3,
    text: 'What does a typical career path look like for a {subject}, from the first job to senior level?',
    probes: ['How long does each step usually take?', 'Which steps do some people manage to skip?'],
  },
  {
    id: 'path-occupation-next-roles', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'Which other roles do people often move into after working as a {subject}?',
    probes: ['What makes those moves easier?', 'Which of those moves have you considered yourself?'],
  },
  {
    id: 'path-occupation-specialty', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'At what point do people working as a {subject} usually choose a specialty?',
    probes: ['How did you choose your own specialty?', 'How hard is it to change specialty later on?'],
  },
  {
    id: 'path-occupation-stalls', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'What helps a {subject} move past the points where careers tend to stall?',
    probes: ['Where do those stalls usually happen?', 'What did you do when you felt stuck?'],
  },
  {
    id: 'path-occupation-management', targets: ['occupation'], tier: 'nice', minutes: 1,
    text: 'How common is it for a {subject} to move into management?',
    probes: ['What does someone give up by making that move?', 'What keeps people on the specialist track instead?'],
  },
  {
    id: 'path-industry-moving-around', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'How easily do people move between companies or roles within {subject}?',
    probes: ['Which moves are the most common?', 'Which skills carry over best from one employer to another?'],
  },
  {
    id: 'path-industry-fast-risers', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What usually sets apart the people who advance quickly in {subject}?',
    probes: ['How much of it comes down to who you know?', 'Which early choices matter most?'],
  },
  {
    id: 'path-industry-backgrounds', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What educational and work backgrounds do people in {subject} typically come from?',
    probes: ['Which backgrounds are becoming more common?', 'Which ones are rare but valued?'],
  },
  {
    id: 'path-industry-leavers', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'Where do people who leave {subject} usually go next?',
    probes: ['What tends to push them out of the sector?', 'How often do they come back?'],
  },
  {
    id: 'path-industry-early-moves', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'Which early-career moves in {subject} prove most valuable over the long run?',
    probes: ['Which popular moves turn out to be less useful?'],
  },
  {
    id: 'path-org-moving-up', targets: ['organization'], tier: 'must', minutes: 2,
    text: 'How do people usually grow or move up at {subject}?',
    probes: ['How are promotion decisions made?', 'How long does a first promotion tend to take?'],
  },
  {
    id: 'path-org-switching-teams', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How common is it to switch teams or departments at {subject}?',
    probes: ['What does that process look like in practice?', 'Who do you know who has made that kind of move?'],
  },
  {
    id: 'path-org-alumni', targets: ['organization'], tier: 'nice', minutes: 2,
    text: 'Where do people tend to go after leaving {subject}?',
    probes: ['What does time at {subject} prepare people well for?'],
  },
  {
    id: 'path-program-graduate-outcomes', targets: ['program'], tier: 'must', minutes: 3,
    text: 'Where do graduates of {subject} usually end up in their first few years?',
    probes: ['Which outcomes surprised you?', 'How much do outcomes vary between graduates?'],
  },
  {
    id: 'path-program-since-finishing', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What has your path looked like since finishing {subject}?',
    probes: ['Which parts of the program have you drawn on most?', 'What did you have to learn on your own?'],
  },
  {
    id: 'path-program-unexpected-careers', targets: ['program'], tier: 'should', minutes: 2,
    text: 'Which less obvious careers have people from {subject} gone into?',
    probes: ['What helped them make that jump?'],
  },
  {
    id: 'path-program-further-study', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'How common is it for graduates of {subject} to go on to further study?',
    probes: ['Which kinds of further study do they usually pick?', 'When does further study pay off the most?'],
  },
  {
    id: 'path-program-first-role', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How long does it usually take graduates of {subject} to settle into work related to their studies?',
    probes: ['What helps some graduates get there faster?', 'Which first roles are most common?'],
  },
  {
    id: 'path-org-manager-role', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What part do managers at {subject} play in helping people plan their next step?',
    probes: ['How often do those conversations happen?'],
  },
  {
    id: 'path-program-placement-outcomes', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How often do placements in {subject} turn into a first role after graduation?',
    probes: ['What do students who convert a placement tend to do well?'],
  },
  {
    id: 'path-industry-switching-sides', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'How common is it in {subject} to move between the client side and the supplier or consulting side?',
    probes: ['What does each side teach you that the other does not?'],
  },
  {
    id: 'path-org-inside-or-outside', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'How often does {subject} fill senior positions from inside rather than from outside?',
    probes: ['What helps someone become the inside choice?'],
  },
]);
