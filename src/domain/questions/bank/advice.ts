import { defineCategory } from './define.js';

/** The person's guidance for the student's own next steps. */
export const ADVICE_QUESTIONS = defineCategory('advice', [
  {
    id: 'advice-my-position', targets: ['universal'], tier: 'must', minutes: 2,
    text: 'What advice would you give someone in my position?',
    probes: ['What should I do first?', 'What should I stop worrying about?'],
  },
  {
    id: 'advice-wish-told', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'What do you wish someone had told you when you were where I am now?',
    probes: ['How would it have changed your choices?'],
  },
  {
    id: 'advice-next-step', targets: ['universal'], tier: 'should', minutes: 1,
    text: "Based on what I've shared, what would be a sensible next step for me?",
    probes: ['What could I do within the next month?'],
  },
  {
    id: 'advice-warning-signs', targets: ['universal'], tier: 'nice', minutes: 2,
    text: 'What warning signs should I watch for when choosing where to start?',
    probes: ['Which warning sign did you miss early on?'],
  },
  {
    id: 'advice-background-gaps', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'Where do you see gaps between my background and what this area needs?',
    probes: ['Which gap would you work on first?', 'Which strengths should I lean on?'],
  },
  {
    id: 'advice-occupation-start-now', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'What could I start doing now as a student to prepare for work as a {subject}?',
    probes: ['Which of those would you prioritize?'],
  },
  {
    id: 'advice-occupation-related-fields', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'Which related occupations should I look into alongside work as a {subject}?',
    probes: ['What do those roles have in common with yours?'],
  },
  {
    id: 'advice-occupation-taste', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'How could I get a realistic taste of the work of a {subject} before committing?',
    probes: ['Which volunteer or short-term experiences come closest to the real thing?'],
  },
  {
    id: 'advice-occupation-not-suited', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'Who would you steer away from working as a {subject}?',
    probes: ['What signs suggest someone might not be suited to it?'],
  },
  {
    id: 'advice-industry-focus-first', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'If you were trying to get into {subject} today, what would you focus on first?',
    probes: ['What would you ignore?'],
  },
  {
    id: 'advice-industry-corner', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'Which part of {subject} would you point a newcomer toward?',
    probes: ['Why that part?', 'Which part would you steer a newcomer away from?'],
  },
  {
    id: 'advice-org-understand-first', targets: ['organization'], tier: 'must', minutes: 2,
    text: 'What should someone understand about {subject} before considering it as a place to work?',
    probes: ['What do outsiders most often misunderstand?'],
  },
  {
    id: 'advice-org-good-impression', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What would help someone early in their career make a good impression at {subject}?',
    probes: ['What tends to backfire?'],
  },
  {
    id: 'advice-org-useful-experience', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'Which experiences would best prepare someone for the kind of work your team at {subject} does?',
    probes: ['Where could a student find that kind of experience?'],
  },
  {
    id: 'advice-org-similar-places', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'Which organizations similar to {subject} would you suggest I learn about?',
    probes: ['What makes each of them different?'],
  },
  {
    id: 'advice-program-most-of-it', targets: ['program'], tier: 'must', minutes: 2,
    text: 'How can a student get the most out of {subject}?',
    probes: ['What did you do that paid off?', 'What would you do differently?'],
  },
  {
    id: 'advice-program-comparing', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What should I weigh when comparing {subject} with similar programs?',
    probes: ['Which factors matter less than they seem?'],
  },
  {
    id: 'advice-program-months-before', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What should someone do in the months before starting {subject}?',
    probes: ['What would you read or practise beforehand?'],
  },
  {
    id: 'advice-program-alternatives', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'Who would be better served by an alternative to {subject}?',
    probes: ['Which alternatives would you suggest?'],
  },
  {
    id: 'advice-occupation-first-year-focus', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'What should someone focus on in their first year as a {subject} to build a strong foundation?',
    probes: ['What can safely wait until later?'],
  },
  {
    id: 'advice-program-choosing-placement', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What should a student in {subject} look for when choosing a placement?',
    probes: ['Which placement would you pick again?'],
  },
]);
