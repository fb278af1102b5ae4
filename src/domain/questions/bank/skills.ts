import { defineCategory } from './define.js';

/** The skills, knowledge and personal qualities the work calls for. */
export const SKILLS_QUESTIONS = defineCategory('skills', [
  {
    id: 'skills-matter-in-practice', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'Which skills turn out to matter most once you are actually doing the work?',
    probes: ['Which of those can be learned on the job?', 'Which ones did you have to work hardest on?'],
  },
  {
    id: 'skills-personal-qualities', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'What personal qualities help someone thrive in this setting?',
    probes: ['Which quality is most underrated?', 'Which traits tend to struggle here?'],
  },
  {
    id: 'skills-test-myself', targets: ['universal'], tier: 'nice', minutes: 2,
    text: 'How could I test whether I have what it takes before committing?',
    probes: ['What small project or experience would tell me the most?'],
  },
  {
    id: 'skills-occupation-daily', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'What skills does a {subject} use every single day?',
    probes: ['Which of those skills took you longest to develop?', 'Which would you practise first if you were me?'],
  },
  {
    id: 'skills-occupation-not-taught', targets: ['occupation'], tier: 'must', minutes: 2,
    text: "What does the job of a {subject} demand that school doesn't teach?",
    probes: ['Where did you pick those skills up?', 'How can a student start building them now?'],
  },
  {
    id: 'skills-occupation-people-skills', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'Which people skills make the biggest difference for a {subject}?',
    probes: ['When did one of those skills really matter for you?'],
  },
  {
    id: 'skills-occupation-technical-shift', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'Which technical skills are becoming more important for a {subject}?',
    probes: ['Which skills are becoming less important?', 'How do you keep your own skills current?'],
  },
  {
    id: 'skills-occupation-good-to-great', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'What separates a good {subject} from a great one?',
    probes: ['Who is a great example you have worked with?', 'How long does it take to get to that level?'],
  },
  {
    id: 'skills-occupation-rookie-mistakes', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'What mistakes do people new to working as a {subject} most often make?',
    probes: ['How can someone avoid those mistakes?', 'Which mistake taught you the most?'],
  },
  {
    id: 'skills-occupation-self-check', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'How could I judge whether I have the skills a {subject} needs?',
    probes: ['Which skill gaps are easiest to close?'],
  },
  {
    id: 'skills-industry-scarce', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'Which skills are employers in {subject} struggling to find right now?',
    probes: ['Why do you think those skills are scarce?', 'How could someone start building them?'],
  },
  {
    id: 'skills-industry-transferable', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'Which skills from other sectors transfer well into {subject}?',
    probes: ['Which ones need the most adjustment?'],
  },
  {
    id: 'skills-industry-know-how', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What sector knowledge do newcomers to {subject} most need to pick up quickly?',
    probes: ['What is the fastest way to learn it?'],
  },
  {
    id: 'skills-industry-certifications', targets: ['industry'], tier: 'nice', minutes: 1,
    text: 'Which certifications or licences carry real weight in {subject}?',
    probes: ['Which ones are nice to have but not essential?', 'When in a career do people usually earn them?'],
  },
  {
    id: 'skills-industry-digital', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'Which digital or data skills are changing what employers in {subject} look for?',
    probes: ['How are people already in the sector picking them up?'],
  },
  {
    id: 'skills-org-valued', targets: ['organization'], tier: 'must', minutes: 2,
    text: 'Which skills or qualities does {subject} value most in its people?',
    probes: ['How does that show up when people are evaluated?', 'Which quality is hardest to find?'],
  },
  {
    id: 'skills-org-top-performers', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What do the people who do best at {subject} have in common?',
    probes: ['How do they show that early on?'],
  },
  {
    id: 'skills-org-growing-skills', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How does {subject} help staff build new skills?',
    probes: ['Which training has been most useful to you?', 'How much learning happens informally?'],
  },
  {
    id: 'skills-org-team-gaps', targets: ['organization'], tier: 'nice', minutes: 2,
    text: 'Which skills does your team at {subject} wish it had more of?',
    probes: ['How is the team trying to close that gap?'],
  },
  {
    id: 'skills-program-built', targets: ['program'], tier: 'must', minutes: 2,
    text: 'What skills did {subject} build in you that you still use?',
    probes: ['Which skill surprised you the most?', 'Which skills did you have to build outside the program?'],
  },
  {
    id: 'skills-program-ready', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What skills should someone already have before starting {subject}?',
    probes: ['How could I check whether I am ready?', 'Which gaps are easiest to fill during the program?'],
  },
  {
    id: 'skills-program-habits', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What habits separate students who do well in {subject} from those who struggle?',
    probes: ['Which habit took you longest to form?'],
  },
  {
    id: 'skills-program-self-taught', targets: ['program'], tier: 'nice', minutes: 2,
    text: "Which skills did you have to learn on your own because {subject} didn't cover them?",
    probes: ['Where did you learn them?', 'How could the program cover them better?'],
  },
  {
    id: 'skills-industry-people-skills', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'Which people skills help someone succeed in {subject}?',
    probes: ['Where have you seen those skills make the difference?'],
  },
  {
    id: 'skills-org-new-hire-struggles', targets: ['organization'], tier: 'nice', minutes: 2,
    text: 'Where do new people at {subject} tend to struggle at first?',
    probes: ['What helps them get past it?'],
  },
]);
