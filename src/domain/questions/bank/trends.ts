import { defineCategory } from './define.js';

/** Where the area is heading: demand, technology, regulation, competitors and challenges. */
export const TRENDS_QUESTIONS = defineCategory('trends', [
  {
    id: 'trends-biggest-change', targets: ['occupation', 'industry', 'organization'], tier: 'should', minutes: 2,
    text: 'Which change in this work over the last few years has affected you most?',
    probes: ['Which changes were for the better?', 'Which changes worry you?'],
  },
  {
    id: 'trends-future-skills', targets: ['universal'], tier: 'should', minutes: 2,
    text: 'Which skills do you think will matter more in five years than they do today?',
    probes: ['Which current skills might fade in importance?'],
  },
  {
    id: 'trends-occupation-demand', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'How easy is it in this region for a {subject} to find work at the moment?',
    probes: ['Which employers or areas have the most demand?', 'How do you expect that demand to change?'],
  },
  {
    id: 'trends-occupation-technology', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'How is technology changing the work of a {subject}?',
    probes: ['Which tasks are being automated?', 'Which tasks are becoming more important?'],
  },
  {
    id: 'trends-occupation-ten-years', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'How do you expect the role of a {subject} to look ten years from now?',
    probes: ['What would you do now to prepare for that?'],
  },
  {
    id: 'trends-occupation-growing-niches', targets: ['occupation'], tier: 'nice', minutes: 2,
    text: 'Which specialties for a {subject} are growing fastest?',
    probes: ['What draws people to those specialties?'],
  },
  {
    id: 'trends-occupation-ai', targets: ['occupation'], tier: 'should', minutes: 2,
    text: 'How are AI tools affecting what a junior {subject} is expected to do?',
    probes: ['Which early-career tasks are changing first?', 'How is your team adapting?'],
  },
  {
    id: 'trends-industry-shapers', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'Beyond the big names, which organizations are quietly shaping {subject}?',
    probes: ['What are they doing differently?', 'Which newcomers are worth watching?'],
  },
  {
    id: 'trends-industry-regulation', targets: ['industry'], tier: 'must', minutes: 2,
    text: 'How is regulation affecting the way {subject} operates?',
    probes: ['Which upcoming rules are people watching?', 'How do new rules change day-to-day work?'],
  },
  {
    id: 'trends-industry-growth-areas', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'Which parts of {subject} are growing fastest at the moment?',
    probes: ['Which parts are shrinking?', 'What is driving that growth?'],
  },
  {
    id: 'trends-industry-disruption', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What changes could disrupt {subject} in the next decade?',
    probes: ['How is the sector preparing for them?'],
  },
  {
    id: 'trends-industry-big-challenge', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'What is the biggest challenge facing {subject} right now?',
    probes: ['Who is working on solving it?', 'How does it affect people early in their careers?'],
  },
  {
    id: 'trends-industry-sustainability', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'How are climate and sustainability concerns changing {subject}?',
    probes: ['Which new roles are appearing because of it?'],
  },
  {
    id: 'trends-industry-workforce', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'How is the workforce in {subject} changing as older workers retire?',
    probes: ['Which roles will be hardest to replace?'],
  },
  {
    id: 'trends-org-direction', targets: ['organization'], tier: 'must', minutes: 2,
    text: 'Where do you see {subject} heading over the next few years?',
    probes: ['How will that affect the teams you work with?'],
  },
  {
    id: 'trends-org-current-challenges', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'What challenges is {subject} working through right now?',
    probes: ['How is your team involved in that work?'],
  },
  {
    id: 'trends-org-market-shifts', targets: ['organization'], tier: 'should', minutes: 2,
    text: 'How are changes in the wider market affecting {subject}?',
    probes: ['Which changes look like opportunities rather than threats?'],
  },
  {
    id: 'trends-org-investments', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'Which new areas at {subject} are people inside most excited about?',
    probes: ['What skills will those areas need?'],
  },
  {
    id: 'trends-program-recent-changes', targets: ['program'], tier: 'should', minutes: 2,
    text: 'How has {subject} changed in recent years?',
    probes: ['Which changes improved it?', "What hasn't kept up?"],
  },
  {
    id: 'trends-program-employer-fit', targets: ['program'], tier: 'must', minutes: 2,
    text: 'How well does {subject} keep up with what employers need today?',
    probes: ['Which parts feel dated?', 'How does the program hear from employers?'],
  },
  {
    id: 'trends-program-field-shifts', targets: ['program'], tier: 'should', minutes: 2,
    text: 'Which shifts in the field should a student entering {subject} keep an eye on?',
    probes: ['How could a student get ahead of them?'],
  },
  {
    id: 'trends-program-graduate-demand', targets: ['program'], tier: 'nice', minutes: 2,
    text: 'How has demand for graduates of {subject} changed recently?',
    probes: ['Which graduates are most sought after?'],
  },
  {
    id: 'trends-industry-cycles', targets: ['industry'], tier: 'should', minutes: 2,
    text: 'How long do the booms and slowdowns in {subject} usually last?',
    probes: ['Where in that cycle is the sector now?', 'Which roles feel a slowdown first?'],
  },
  {
    id: 'trends-industry-forces', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'Which outside forces, such as prices or public funding, move {subject} the most?',
    probes: ['How quickly do those forces reach everyday work?'],
  },
  {
    id: 'trends-industry-winners', targets: ['industry'], tier: 'nice', minutes: 2,
    text: 'What sets apart the firms that are doing well in {subject} these days?',
    probes: ['Which firm has handled that well, in your view?'],
  },
  {
    id: 'trends-org-ways-of-working', targets: ['organization'], tier: 'nice', minutes: 2,
    text: 'How has the way teams at {subject} work together changed in the last few years?',
    probes: ['Which of those changes would you keep?'],
  },
]);
