import { defineCategory } from './define.js';

/** What makes the work worthwhile, what it costs, and field-level pay ranges. */
export const REWARDS_QUESTIONS = defineCategory('rewards', [
  {
    id: 'rewards-most-satisfying', targets: ['occupation', 'industry', 'organization'], tier: 'should', minutes: 2,
    text: 'Which moments in this work make the effort feel most worthwhile?',
    probes: ['When did you last feel that satisfaction?', 'How often do moments like that come along?'],
  },
  {
    id: 'rewards-values-lived', targets: ['universal'], tier: 'nice', minutes: 2, sensitivity: 'personal',
    text: 'Which of your personal values does this path let you live out?',
    probes: ['Which values does it sometimes clash with?'],
  },
  {
    id: 'rewards-occupation-best-part', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'What is the best part of working as a {subject}?',
    probes: ['When did you first realise that?', 'How often do you get to enjoy that part?'],
  },
  {
    id: 'rewards-occupation-drawbacks', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'What are the biggest drawbacks of working as a {subject}?',
    probes: ['How do you deal with those drawbacks?', 'Which drawback do newcomers underestimate?'],
  },
  {
    id: 'rewards-occupation-starting-pay', targets: ['occupation'], tier: 'should', minutes: 1, sensitivity: 'salary',
    text: 'What range of pay is typical for someone starting out as a {subject} in this region?',
    probes: ['How much does that range vary between employers?', 'What moves someone toward the top of the range?'],
  },
  {
    id: 'rewards-occupation-pay-growth', targets: ['occupation'], tier: 'nice', minutes: 1, sensitivity: 'salary',
    text: 'How does pay for a {subject} usually grow after the first five years?',
    probes: ['Which moves tend to lead to the biggest jumps?'],
  },
  {
    id: 'rewards-occupation-recognition', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'How does good work by a {subject} usually get noticed?',
    probes: ['Who notices first: clients, managers or peers?'],
  },
  {
    id: 'rewards-occupation-benefits', targets: ['occupation'], tier: 'nice', minutes: 1, sensitivity: 'salary',
    text: 'Beyond salary, which benefits or perks are common for a {subject}?',
    probes: ['Which benefits matter most over a whole career?'],
  },
  {
    id: 'rewards-industry-pay-comparison', targets: ['industry'], tier: 'should', minutes: 1, sensitivity: 'salary',
    text: 'How do pay ranges in {subject} compare with neighbouring sectors?',
    probes: ['Which roles in the sector are paid best?', 'How open are employers about their pay ranges?'],
  },
  {
    id: 'rewards-industry-staying-power', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'What keeps talented people working in {subject} for the long term?',
    probes: ['What tends to make them leave?'],
  },
  {
    id: 'rewards-industry-unglamorous', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What are the least glamorous realities of working in {subject}?',
    probes: ['How do people come to terms with them?'],
  },
  {
    id: 'rewards-industry-impact', targets: ['industry'], tier: 'nice', minutes: 2,
    text: "What kind of difference does work in {subject} make to people's lives?",
    probes: ['Where do you see that impact most clearly?'],
  },
  {
    id: 'rewards-org-most-valued', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What do you value most about working at {subject}?',
    probes: ['How long did it take you to notice it?', 'What would you miss most if you moved on?'],
  },
  {
    id: 'rewards-org-hardest-part', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What is most challenging about working at {subject}?',
    probes: ['How does the organization respond to that challenge?', 'How has it changed since you joined?'],
  },
  {
    id: 'rewards-org-pay-approach', targets: ['organization'], tier: 'nice', minutes: 1, sensitivity: 'salary',
    text: 'How does {subject} approach pay and benefits compared with similar employers?',
    probes: ['How transparent is the organization about pay ranges?'],
  },
  {
    id: 'rewards-org-recognition', targets: ['organization'], tier: 'should', minutes: 1,
    text: 'How does {subject} recognize people who do excellent work?',
    probes: ['Which forms of recognition matter most to people there?'],
  },
  {
    id: 'rewards-program-unique-value', targets: ['program'], tier: 'must', minutes: 2,
    text: 'What did {subject} give you that you could not have gotten another way?',
    probes: ['How does that compare with the time and cost involved?', 'Which benefit took longest to show?'],
  },
  {
    id: 'rewards-program-weak-spots', targets: ['program'], tier: 'should', minutes: 2,
    text: 'What are the weak spots of {subject} that applicants should know about?',
    probes: ['How can a student work around them?', 'Which weak spots are being fixed?'],
  },
  {
    id: 'rewards-program-starting-pay', targets: ['program'], tier: 'nice', minutes: 1, sensitivity: 'salary',
    text: 'What range of starting pay is typical for graduates of {subject}?',
    probes: ['How much does it depend on the field they enter?'],
  },
  {
    id: 'rewards-program-worth-it', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How do graduates of {subject} usually judge whether it was worth the investment?',
    probes: ['What would make it a poor investment for someone?'],
  },
  {
    id: 'rewards-industry-pay-structure', targets: ['industry'], tier: 'nice', minutes: 1, sensitivity: 'salary',
    text: 'How is pay usually structured in {subject}: salary, commission, hourly rates or project fees?',
    probes: ['How does that structure change with seniority?'],
  },
  {
    id: 'rewards-org-growth-chances', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'Which kinds of growth does {subject} offer that are harder to find elsewhere?',
    probes: ['Who at the organization has grown that way?'],
  },
  {
    id: 'rewards-program-graduate-edge', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'Where do graduates of {subject} have an edge over graduates of similar programs?',
    probes: ['Where do they have to catch up?'],
  },
]);
