import { defineCategory } from './define.js';

/** Hours, pressure, setting, stability and how the work fits with the rest of life. */
export const CONDITIONS_QUESTIONS = defineCategory('conditions', [
  {
    id: 'conditions-life-balance', targets: ['occupation', 'industry', 'organization'], tier: 'should', minutes: 2,
    text: 'How do people in this line of work keep a balance with life outside it, in practice?',
    probes: ['How much does it vary between people?', 'What do you do to protect that balance?'],
  },
  {
    id: 'conditions-pressure-points', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'What tends to cause the most pressure, in your experience?',
    probes: ['How do people usually cope with it?', 'How has that pressure changed over time?'],
  },
  {
    id: 'conditions-occupation-hours', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'What are the hours really like for a {subject}?',
    probes: ['How predictable are those hours?', 'How much overtime is normal?'],
  },
  {
    id: 'conditions-occupation-setting', targets: ['occupation'], tier: 'should', minutes: 1,
    text: 'Where does a {subject} typically work: an office, on site, on the road, or from home?',
    probes: ['How much does the setting vary between employers?'],
  },
  {
    id: 'conditions-occupation-demands', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'What physical or emotional demands come with working as a {subject}?',
    probes: ['How do experienced people manage those demands?', 'What support is available?'],
  },
  {
    id: 'conditions-occupation-travel', targets: ['occupation'], tier: 'nice', minutes: 1,
    text: 'How much travel or relocation does the job of a {subject} tend to involve?',
    probes: ['How much say do people have over it?'],
  },
  {
    id: 'conditions-occupation-long-haul', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'How sustainable is working as a {subject} over a long career?',
    probes: ['What changes do people make to keep going?', 'What tends to cause burnout?'],
  },
  {
    id: 'conditions-occupation-flexibility', targets: ['occupation'], tier: 'nice', minutes: 1,
    text: 'How much control does a {subject} usually have over their own schedule?',
    probes: ['How does that change with seniority?'],
  },
  {
    id: 'conditions-industry-stability', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'How stable is employment in {subject} when the economy slows down?',
    probes: ['Which roles are most exposed to downturns?', 'How did the sector handle the last one?'],
  },
  {
    id: 'conditions-industry-contracts', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'How common are contract, freelance or seasonal arrangements in {subject}?',
    probes: ['What are the trade-offs of working that way?'],
  },
  {
    id: 'conditions-industry-geography', targets: ['industry'], tier: 'should', minutes: 1,
    text: 'How much does location shape the opportunities open to people in {subject}?',
    probes: ['Which places are worth a move early in a career?', 'How has remote work changed that picture?'],
  },
  {
    id: 'conditions-industry-unwritten-hours', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'What unwritten expectations around hours or availability exist in {subject}?',
    probes: ['How do newcomers usually learn them?'],
  },
  {
    id: 'conditions-industry-safety', targets: ['industry'], tier: 'nice', minutes: 1,
    text: 'What risks or safety concerns come with working in {subject}?',
    probes: ['How are those risks managed in practice?'],
  },
  {
    id: 'conditions-org-flexibility', targets: ['organization'], tier: 'should', minutes: 1,
    text: 'How much flexibility do people at {subject} have over their schedules?',
    probes: ['Who decides how much flexibility a person gets?', 'How has it changed recently?'],
  },
  {
    id: 'conditions-org-crunch', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How does {subject} handle busy periods or heavy workloads?',
    probes: ['What support is there when things pile up?'],
  },
  {
    id: 'conditions-org-wellbeing', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'What does {subject} do to support the wellbeing of its staff?',
    probes: ['Which of those efforts make a real difference?'],
  },
  {
    id: 'conditions-program-workload', targets: ['program'], tier: 'must', minutes: 2,
    text: 'How heavy is the workload in {subject} compared with what students expect?',
    probes: ['Which term or year is the toughest?', 'How many hours a week did you spend outside class?'],
  },
  {
    id: 'conditions-program-format', targets: ['program'], tier: 'should', minutes: 1,
    text: 'How does the balance of in-person and online teaching in {subject} work out for students in practice?',
    probes: ['How well does that format work for students who also have jobs?'],
  },
  {
    id: 'conditions-program-support', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What support does {subject} offer students who are struggling?',
    probes: ['How easy is it to find that support?', 'Which kinds of help did you use?'],
  },
  {
    id: 'conditions-program-hidden-costs', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'What costs beyond tuition should someone budget for in {subject}?',
    probes: ['How do students usually cover those costs?', 'Which costs caught you off guard?'],
  },
  {
    id: 'conditions-org-tenure', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'How long do people tend to stay at {subject}?',
    probes: ['What keeps people there?', 'What tends to prompt people to move on?'],
  },
  {
    id: 'conditions-industry-busy-months', targets: ['industry'], tier: 'nice', minutes: 1,
    text: 'How do the busiest months of the year change daily life for people in {subject}?',
    probes: ['How do people recover once the rush is over?'],
  },
  {
    id: 'conditions-org-workload-sharing', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'How is the workload shared out across your team at {subject}?',
    probes: ['What happens when someone is overloaded?'],
  },
]);
