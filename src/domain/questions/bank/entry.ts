import { defineCategory } from './define.js';

/** Ways in: entry routes, entry-level roles, hiring patterns and admissions. */
export const ENTRY_QUESTIONS = defineCategory('entry', [
  {
    id: 'entry-standout-applicants', targets: ['universal'], tier: 'should', minutes: 2,
    text: "What helps a newcomer's application stand out in this area?",
    probes: ['What do weak applications have in common?', 'How much does a personal connection help?'],
  },
  {
    id: 'entry-occupation-first-job', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'How do most people land their first job as a {subject}?',
    probes: ['Which routes are the most reliable?', 'How long does that first search usually take?'],
  },
  {
    id: 'entry-occupation-titles', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'Which entry-level job titles lead toward work as a {subject}?',
    probes: ['Which of those entry roles teach the most?', 'Which ones tend to be dead ends?'],
  },
  {
    id: 'entry-occupation-experience', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'What experience do employers expect before hiring a junior {subject}?',
    probes: ['How can a student get that experience?', 'Which experience counts for more than people think?'],
  },
  {
    id: 'entry-occupation-licensing', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'Which part of getting licensed or registered as a {subject} do people find hardest?',
    probes: ['How long did that process take you?', 'What would you prepare differently?'],
  },
  {
    id: 'entry-occupation-side-doors', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'What are the less traditional ways into work as a {subject}?',
    probes: ['Who do you know who came in that way?'],
  },
  {
    id: 'entry-occupation-career-changers', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'How do career changers usually make the move into working as a {subject}?',
    probes: ['Which earlier experience helps career changers most?'],
  },
  {
    id: 'entry-industry-routes', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'What are the most common routes into {subject} for someone just starting out?',
    probes: ['Which route would you pick today?', 'Which routes are closing off?'],
  },
  {
    id: 'entry-industry-learning-roles', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'Which entry-level roles in {subject} teach the most about how the sector works?',
    probes: ['Where are those roles usually advertised?'],
  },
  {
    id: 'entry-industry-hiring-calendar', targets: ['industry'], tier: 'nice', minutes: 1,
    text: 'When during the year does most hiring of newcomers happen in {subject}?',
    probes: ['How early should students start preparing?'],
  },
  {
    id: 'entry-industry-connections', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'How much do connections matter for getting started in {subject}?',
    probes: ['Where do newcomers usually make those connections?'],
  },
  {
    id: 'entry-industry-outsiders', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'What helps someone from outside {subject} get taken seriously?',
    probes: ['Which outside backgrounds are valued most?'],
  },
  {
    id: 'entry-industry-employer-types', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'Which kinds of employers in {subject} are most open to people early in their careers?',
    probes: ['What do smaller employers offer that larger ones do not?'],
  },
  {
    id: 'entry-org-hiring-process', targets: ['organization'], tier: 'must', minutes: 2,
    text: 'What does the hiring process at {subject} usually involve for early-career roles?',
    probes: ['Which stage do candidates find hardest?', 'What do strong candidates do differently?'],
  },
  {
    id: 'entry-org-talent-sources', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'Where does {subject} usually find new graduates?',
    probes: ['How much weight do referrals carry?', 'Which schools or programs come up often?'],
  },
  {
    id: 'entry-org-looks-for', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What does {subject} look for in someone joining straight out of school?',
    probes: ['Which experiences impress the people who hire there?'],
  },
  {
    id: 'entry-org-early-career-schemes', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'How do people who joined {subject} through co-op terms or graduate schemes tend to fare afterwards?',
    probes: ['What sets apart the ones who stay and grow there?'],
  },
  {
    id: 'entry-program-admissions', targets: ['program'], tier: 'must', minutes: 2,
    text: 'What do admissions decisions for {subject} weigh beyond grades?',
    probes: ['What made your own application work?', 'Which parts of an application get overlooked?'],
  },
  {
    id: 'entry-program-prerequisites', targets: ['program'], tier: 'should', minutes: 1,
    text: 'Which prerequisites for {subject} do applicants most often underestimate?',
    probes: ['How could someone make up a missing prerequisite?'],
  },
  {
    id: 'entry-program-competition', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How competitive is admission to {subject}, in your experience?',
    probes: ["What raises an applicant's chances?", 'When should applicants start preparing?'],
  },
  {
    id: 'entry-program-application-steps', targets: ['program'], tier: 'nice', minutes: 1,
    text: 'Which part of applying to {subject} did you find hardest to prepare for?',
    probes: ['What would you do differently if you applied again?'],
  },
  {
    id: 'entry-program-transfer', targets: ['program'], tier: 'nice', minutes: 1,
    text: 'How do students from other programs or colleges usually transfer into {subject}?',
    probes: ['Which credits tend to carry over?'],
  },
  {
    id: 'entry-industry-small-or-large', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What are the trade-offs of starting out at a large firm compared with a small one in {subject}?',
    probes: ['Which kind of start makes it easier to move around later?'],
  },
  {
    id: 'entry-program-first-term', targets: ['program'], tier: 'should', minutes: 2,
    text: 'Which part of the first term in {subject} catches new students off guard?',
    probes: ['What helped you find your feet?'],
  },
  {
    id: 'entry-industry-no-degree', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'How do people without a degree usually find a way into {subject}?',
    probes: ['Which first roles are most open to them?'],
  },
  {
    id: 'entry-program-returning-students', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'How do students who come back to study after some years of work get on in {subject}?',
    probes: ['What does their experience add to the class?'],
  },
]);
