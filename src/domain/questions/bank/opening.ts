import { defineCategory } from './define.js';

/** Warm-up questions that get the person talking about their own story. */
export const OPENING_QUESTIONS = defineCategory('opening', [
  {
    id: 'opening-first-spark', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'What first sparked your interest in this area?',
    probes: ['Who or what nudged you in this direction?', 'How close is it to what you expected back then?'],
  },
  {
    id: 'opening-current-focus', targets: ['occupation', 'industry', 'organization'], tier: 'nice', minutes: 1,
    text: 'What are you focused on in your work these days?',
    probes: ['How did that become your main focus?', 'Which part of it excites you most right now?'],
  },
  {
    id: 'opening-explain-outsiders', targets: ['occupation', 'industry', 'organization'], tier: 'nice', minutes: 1,
    text: 'How do you usually explain what you do to people outside your field?',
    probes: ['Which part of your work do people most often misunderstand?'],
  },
  {
    id: 'opening-recent-pride', targets: ['universal'], tier: 'nice', minutes: 2,
    text: 'What is something you worked on recently that you were proud of?',
    probes: ['What made that piece of work satisfying?', 'Who else was involved in it?'],
  },
  {
    id: 'opening-occupation-how-started', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'How did you end up working as a {subject}?',
    probes: ['What was the turning point that made you commit to it?', 'Which other paths were you weighing at the time?'],
  },
  {
    id: 'opening-occupation-why-stay', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'What has kept you working as a {subject} for as long as you have?',
    probes: ['What nearly pulled you away at some point?', 'How has your reason for staying changed over time?'],
  },
  {
    id: 'opening-industry-how-joined', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'How did you find your way into {subject}?',
    probes: ['What were you doing just before you joined the sector?', 'What made this sector stand out from the alternatives?'],
  },
  {
    id: 'opening-industry-where-you-sit', targets: ['industry'], tier: 'should', minutes: 1,
    text: 'Where does your work sit within {subject} as a whole?',
    probes: ['Which other parts of the sector do you deal with most?'],
  },
  {
    id: 'opening-industry-describe', targets: ['industry'], tier: 'should', minutes: 1,
    text: 'How would you describe {subject} to someone who knows nothing about it?',
    probes: ['What do newcomers most often get wrong about the sector?'],
  },
  {
    id: 'opening-org-why-joined', targets: ['organization'], tier: 'must', minutes: 2,
    text: 'What made you decide to join {subject}?',
    probes: ['What other options were you considering at the time?', 'How has the place lived up to that decision?'],
  },
  {
    id: 'opening-org-team-work', targets: ['organization'], tier: 'should', minutes: 1,
    text: 'What does your team at {subject} work on?',
    probes: ["How does your team's work connect to the rest of the organization?"],
  },
  {
    id: 'opening-org-role-change', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How has your role at {subject} changed since you started?',
    probes: ['What prompted the biggest shift in your role?', 'Which responsibilities did you pick up along the way?'],
  },
  {
    id: 'opening-org-first-weeks', targets: ['organization'], tier: 'nice', minutes: 2,
    text: 'What do you remember most about your first few weeks at {subject}?',
    probes: ['What helped you settle in?', 'What do you wish someone had told you on day one?'],
  },
  {
    id: 'opening-program-why-chose', targets: ['program'], tier: 'must', minutes: 2,
    text: 'What led you to choose {subject} over other options?',
    probes: ['Which other programs were on your list?', 'What tipped the decision in the end?'],
  },
  {
    id: 'opening-program-expectations', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How did {subject} compare with what you expected before you started?',
    probes: ['Which expectation was furthest from reality?', 'What turned out better than you hoped?'],
  },
  {
    id: 'opening-program-sum-up', targets: ['program'], tier: 'nice', minutes: 1,
    text: 'How would you sum up your experience in {subject} for someone thinking of applying?',
    probes: ['What would you add for someone coming straight from high school?'],
  },
  {
    id: 'opening-program-link-now', targets: ['program'], tier: 'should', minutes: 1,
    text: 'How does what you do now connect back to {subject}?',
    probes: ['Which part of the program shows up most in your work?'],
  },
]);
