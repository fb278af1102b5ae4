import { defineCategory } from './define.js';

/** Degrees, credentials, coursework, placements and ongoing learning. */
export const EDUCATION_QUESTIONS = defineCategory('education', [
  {
    id: 'education-prepare-today', targets: ['occupation', 'industry'], tier: 'should', minutes: 2,
    text: 'What training route would you recommend to someone preparing for this work now?',
    probes: ['What would you skip?', 'Where would you get hands-on experience?'],
  },
  {
    id: 'education-occupation-expected', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'What education do employers really expect from a {subject}?',
    probes: ['How strict are employers about it?', 'Which credentials are just nice to have?'],
  },
  {
    id: 'education-occupation-best-courses', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'Which courses or subjects best prepared you to work as a {subject}?',
    probes: ['Which ones do you wish you had taken?'],
  },
  {
    id: 'education-occupation-school-choice', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'How much does the choice of school matter for someone who wants to work as a {subject}?',
    probes: ['What matters more than the school itself?'],
  },
  {
    id: 'education-occupation-grad-degree', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'When is a graduate degree worth it for a {subject}?',
    probes: ['When is experience worth more?', 'How did you decide for yourself?'],
  },
  {
    id: 'education-occupation-continuing', targets: ['occupation'], tier: 'nice', minutes: 1,
    text: 'What continuing education does a {subject} need to keep up?',
    probes: ['Who usually pays for it?'],
  },
  {
    id: 'education-occupation-self-study', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'Which parts of the work of a {subject} can only be learned on the job?',
    probes: ['How do newcomers usually pick those parts up?'],
  },
  {
    id: 'education-industry-credentials', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'Which credentials open the most doors in {subject}?',
    probes: ['Which ones are overrated?', 'How do employers check them?'],
  },
  {
    id: 'education-industry-reputations', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'Which schools or programs have a strong reputation in {subject}?',
    probes: ['What gives them that reputation?'],
  },
  {
    id: 'education-industry-learned-on-job', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'How much of what matters in {subject} is learned on the job rather than in school?',
    probes: ['Which things can only be learned on the job?'],
  },
  {
    id: 'education-industry-employer-training', targets: ['industry'], tier: 'nice', minutes: 1,
    text: 'How much do employers in {subject} invest in training new people?',
    probes: ['What form does that training usually take?'],
  },
  {
    id: 'education-org-team-backgrounds', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What educational backgrounds are common on your team at {subject}?',
    probes: ['Which backgrounds are unusual but successful?'],
  },
  {
    id: 'education-org-first-year-training', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What training does {subject} provide to people in their first year?',
    probes: ['Which parts of that training are most useful?', 'What is left for people to learn on their own?'],
  },
  {
    id: 'education-org-further-study', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'How does {subject} support staff who want further study or certification?',
    probes: ['How do people usually use that support?'],
  },
  {
    id: 'education-org-degree-weight', targets: ['organization'], tier: 'nice', minutes: 2,
    text: 'How much weight does {subject} put on degrees compared with experience?',
    probes: ['How has that balance changed over time?'],
  },
  {
    id: 'education-program-useful-courses', targets: ['program'], tier: 'must', minutes: 2,
    text: 'Which courses in {subject} turned out to be the most useful?',
    probes: ['Which courses were a letdown?', 'Which electives would you suggest?'],
  },
  {
    id: 'education-program-assessment', targets: ['program'], tier: 'must', minutes: 2,
    text: 'How is coursework in {subject} structured and assessed?',
    probes: ['How much of the grade comes from exams rather than projects?', 'How much group work is there?'],
  },
  {
    id: 'education-program-placements', targets: ['program'], tier: 'must', minutes: 3,
    text: 'How do co-op terms, placements or practicums work in {subject}?',
    probes: ['How are students matched with placements?', 'What makes a placement go well?'],
  },
  {
    id: 'education-program-instructor-backgrounds', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What backgrounds do the instructors in {subject} bring?',
    probes: ['How much industry experience do they have?'],
  },
  {
    id: 'education-program-electives', targets: ['program'], tier: 'should', minutes: 1,
    text: 'Which electives or specializations in {subject} would you choose again?',
    probes: ['What made them worthwhile?'],
  },
  {
    id: 'education-program-left-out', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'What did {subject} leave out that you had to learn later?',
    probes: ['Where did you end up learning it?'],
  },
  {
    id: 'education-program-research', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'What opportunities for research or independent projects does {subject} offer?',
    probes: ['How do students find a supervisor?'],
  },
  {
    id: 'education-program-employer-links', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How does {subject} connect students with employers during their studies?',
    probes: ['Which of those connections led to work for people you know?'],
  },
  {
    id: 'education-org-peer-learning', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How does know-how get passed on at {subject} when experienced people leave?',
    probes: ['Who on your team holds the knowledge newcomers rely on most?'],
  },
  {
    id: 'education-program-teaching-style', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How is teaching in {subject} split between lectures, seminars, labs and project work?',
    probes: ['Which format did you learn the most from?'],
  },
  {
    id: 'education-program-feedback', targets: ['program'], tier: 'nice', minutes: 1,
    text: 'How useful is the feedback students in {subject} get on their assignments?',
    probes: ['Who gave you the feedback that helped you most?'],
  },
  {
    id: 'education-program-capstone', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'What does the final project or capstone in {subject} ask of students?',
    probes: ['How do employers react when graduates talk about it?'],
  },
]);
