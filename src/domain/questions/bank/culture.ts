import { defineCategory } from './define.js';

/** How people work together, what they value, and how a place differs from others. */
export const CULTURE_QUESTIONS = defineCategory('culture', [
  {
    id: 'culture-unwritten-rules', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'What unwritten rules should a newcomer learn quickly?',
    probes: ['How did you learn them?', 'Which rule surprised you most?'],
  },
  {
    id: 'culture-occupation-community', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'How would you describe the professional community around the work of a {subject}?',
    probes: ['How do people in that community support each other?', 'Where do they tend to meet?'],
  },
  {
    id: 'culture-occupation-team-view', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'How is a {subject} usually seen by the rest of the team?',
    probes: ['How has that perception changed?', 'Where does friction usually come from?'],
  },
  {
    id: 'culture-occupation-ethics', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'What ethical dilemmas come up in the work of a {subject}?',
    probes: ['How are they usually resolved?'],
  },
  {
    id: 'culture-occupation-welcome', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'How welcoming have you found this profession to newcomers from different backgrounds?',
    probes: ['What is changing on that front?'],
  },
  {
    id: 'culture-occupation-colleagues', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'What are the people drawn to work as a {subject} usually like?',
    probes: ['How do you fit that picture yourself?'],
  },
  {
    id: 'culture-industry-norms', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'How would you describe the culture of {subject} compared with other sectors?',
    probes: ['What would surprise someone coming from elsewhere?'],
  },
  {
    id: 'culture-industry-variation', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'How much does culture vary between organizations in {subject}?',
    probes: ['What distinguishes the best places to work?', 'How can an outsider tell them apart?'],
  },
  {
    id: 'culture-industry-shared-values', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What values do people in {subject} tend to share?',
    probes: ['Where do those values come from?'],
  },
  {
    id: 'culture-industry-inclusion', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'How is {subject} doing at including people from different backgrounds?',
    probes: ['Which efforts seem to be working?'],
  },
  {
    id: 'culture-org-to-a-friend', targets: ['organization'], tier: 'must', minutes: 2,
    text: 'How would you describe the culture at {subject} to a friend?',
    probes: ['How does that culture show up in a normal week?', 'Which parts of it are official and which just grew?'],
  },
  {
    id: 'culture-org-differs', targets: ['organization'], tier: 'must', minutes: 2,
    text: 'What sets {subject} apart from similar organizations?',
    probes: ['How do people at competitors describe it?', 'Where is it still catching up?'],
  },
  {
    id: 'culture-org-decisions', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How are decisions made at {subject}?',
    probes: ['How much say do junior people have?', 'How quickly do things move?'],
  },
  {
    id: 'culture-org-feedback', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How do managers at {subject} give feedback?',
    probes: ['How often do people get formal reviews?', 'What does good feedback look like there?'],
  },
  {
    id: 'culture-org-disagreement', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How does your team at {subject} handle disagreement?',
    probes: ['What happened the last time the team disagreed?'],
  },
  {
    id: 'culture-org-values-in-practice', targets: ['organization'], tier: 'nice', minutes: 2,
    text: 'How do the stated values of {subject} show up in everyday work?',
    probes: ['Where is there a gap between the values and reality?'],
  },
  {
    id: 'culture-org-mentoring', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'How does mentoring happen at {subject}?',
    probes: ['Who has mentored you there?'],
  },
  {
    id: 'culture-org-new-ideas', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What happens when someone junior at {subject} suggests a new idea?',
    probes: ['When has an idea like that changed how things are done?'],
  },
  {
    id: 'culture-program-cohort', targets: ['program'], tier: 'must', minutes: 2,
    text: 'How would you describe the student community in {subject}?',
    probes: ['How much do students collaborate rather than compete?', 'What brings the cohort together?'],
  },
  {
    id: 'culture-program-instructors', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How accessible are the instructors in {subject} outside class?',
    probes: ['Which instructors had the biggest influence on you?'],
  },
  {
    id: 'culture-program-belonging', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'How does {subject} help students from different backgrounds feel they belong?',
    probes: ['Where could the program do better?'],
  },
  {
    id: 'culture-program-clubs', targets: ['program'], tier: 'nice', minutes: 1,
    text: 'Which clubs, groups or activities around {subject} are worth joining?',
    probes: ['What did you get out of them?'],
  },
  {
    id: 'culture-industry-adjusting', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What part of the culture in {subject} takes newcomers longest to get used to?',
    probes: ['How did you adjust to it yourself?'],
  },
  {
    id: 'culture-org-senior-access', targets: ['organization'], tier: 'should', minutes: 1,
    text: 'How easy is it for someone junior at {subject} to talk with senior leaders?',
    probes: ['Where do those conversations usually happen?'],
  },
  {
    id: 'culture-program-cooperation', targets: ['program'], tier: 'should', minutes: 1,
    text: 'How do students in {subject} tend to treat each other when marks are at stake?',
    probes: ['What does the program do to encourage working together?'],
  },
]);
