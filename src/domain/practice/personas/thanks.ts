/**
 * People the student already interviewed, for the thank-you scenario. Each remembers what
 * they told the student and which colleague they offered to introduce.
 */
import type { Persona } from '../rehearsal-types.js';

/** Cast of the thank-you scenario. */
export const THANKS_PERSONAS: readonly Persona[] = [
  {
    id: 'nadia-rahman',
    name: 'Nadia Rahman',
    pronoun: 'she',
    role: 'senior accountant',
    organization: 'Fairview Accounting',
    field: 'accounting',
    temperament: 'warm',
    manner: 'She was encouraging and practical.',
    connection: { name: 'Jamal Wright', role: 'my academic advisor' },
    hooks: [],
    referral: { name: 'Luis Moreno', role: 'a tax manager at her firm' },
    highlights: [
      { text: 'how new staff rotate between audit and tax work in their first two years', keywords: ['rotat', 'audit', 'tax work', 'first two years'] },
      { text: 'why the spring busy season is intense but short', keywords: ['busy season', 'tax season', 'spring'] },
      { text: 'her advice to learn spreadsheet automation early', keywords: ['spreadsheet', 'excel', 'automat', 'macro'] },
    ],
  },
  {
    id: 'ben-torres',
    name: 'Ben Torres',
    pronoun: 'he',
    role: 'gameplay programmer',
    organization: 'Pinecone Games',
    field: 'game development',
    temperament: 'busy',
    manner: 'He was direct, and has little patience for long emails.',
    connection: { name: 'Leo Martin', role: 'my TA' },
    hooks: [],
    referral: { name: 'Hana Sato', role: 'a producer at the studio' },
    highlights: [
      { text: 'why a portfolio of small finished games beats one big unfinished project', keywords: ['finished', 'small game', 'portfolio', 'unfinished'] },
      { text: 'how game jams taught him to cut scope', keywords: ['game jam', 'jam', 'scope'] },
      { text: 'what code reviews look like on his team', keywords: ['code review', 'review'] },
    ],
  },
  {
    id: 'marcus-bell',
    name: 'Marcus Bell',
    pronoun: 'he',
    role: 'nurse manager',
    organization: 'Riverside Community Hospital',
    field: 'nursing',
    temperament: 'warm',
    manner: 'He was kind and candid about the hard parts of the job.',
    connection: { name: 'Grace Kim', role: 'my clinical placement instructor' },
    hooks: [],
    referral: { name: 'Aisha Grant', role: 'a nurse educator at the hospital' },
    highlights: [
      { text: 'how night shifts rotate for new nurses on his unit', keywords: ['night shift', 'nights', 'rotation', 'rotate'] },
      { text: 'how the preceptor program pairs each new graduate with a mentor', keywords: ['preceptor', 'mentor'] },
      {
        text: 'why he suggests two years on a general floor before critical care',
        keywords: ['critical care', 'general floor', 'medical-surgical', 'med-surg', 'two years'],
      },
    ],
  },
];
