import { defineCategory } from './define.js';

/** The skills, knowledge and personal qualities the work calls for. */
export const SKILLS_QUESTIONS = defineCategory('skills', [
  {
    id: 'skills-matter-in-practice', targets: ['industry', 'organization'], tier: 'should', minutes: 2,
    text: 'Which skills turn out to matter most once you are actually doing the work?',
    probes: ['Which of those can be learned on the job?', 'Which ones did you have to work hardest on?'],
  },
  {
    id: 'skills-personal-qualities', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'What personal qualities help someone thrive in this setting?',
    probes: ['Which quality is most underrated?', 'Which traits tend to struggle here?'],
  },
  {
    id: 'skills-occupation-daily', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'What skills does a {subject} use every single day?',
    probes: ['Which of those skills took you longest to develop?', 'Which would you practise first if you were me?'],
  },
  {
    id: 'skills-occupation-not-taught', targets: ['occupation'], tier: 'must', minutes: 2,
    text: "What does working as a {subject} demand that school doesn't teach?",
    probes: ['Where did you pick those skills up?', 'How can a student start building them now?'],
  },
  {
    id: 'skills-occupation-people-skills', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'Which people skills make the biggest difference for a {subject}?',
    probes: ['When did one of those skills really matter for you?'],
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
    id: 'skills-industry-people-skills', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'Which working relationships in {subject}, with clients, suppliers or regulators, take the most skill to handle well?',
    probes: ['What does handling one of those relationships badly look like?'],
  },
  {
    id: 'skills-org-new-hire-struggles', targets: ['organization'], tier: 'nice', minutes: 2,
    text: 'Where do new people at {subject} tend to struggle at first?',
    probes: ['What helps them get past it?'],
  },
  {
    id: 'skills-industry-business-sense', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'How much does understanding the business side of {subject} matter for people early in their careers?',
    probes: ['How did you pick up that understanding yourself?'],
  },
  {
    id: 'skills-org-team-strengths', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'Which strengths does your team at {subject} lean on when a project gets difficult?',
    probes: ['Who on the team brings that strength most often?'],
  },
]);
