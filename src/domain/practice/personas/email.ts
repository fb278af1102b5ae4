/** People the student writes to in the email scenario. */
import type { Persona } from '../rehearsal-types.js';

/** Cast of the email scenario. */
export const EMAIL_PERSONAS: readonly Persona[] = [
  {
    id: 'lena-fischer',
    name: 'Lena Fischer',
    pronoun: 'she',
    role: 'UX researcher',
    organization: 'Parcelpoint',
    field: 'UX research',
    temperament: 'guarded',
    manner: 'She is thoughtful, but ignores anything that reads like a template.',
    connection: { name: 'Arjun Mehta', role: 'a classmate who interned on her team' },
    hooks: [{ text: 'she published a case study on testing a delivery app with older adults', keywords: ['case study', 'older adults', 'delivery app'] }],
    referral: { name: 'Owen Brooks', role: 'a product manager at Parcelpoint' },
  },
  {
    id: 'grace-osei',
    name: 'Grace Osei',
    pronoun: 'she',
    role: 'pharmacy manager',
    organization: 'CityCare Pharmacy',
    field: 'pharmacy',
    temperament: 'warm',
    manner: 'She is generous with students, as long as the request is clear.',
    connection: { name: 'Paul Singh', role: 'my chemistry professor' },
    hooks: [{ text: 'she started the vaccination clinic at her store', keywords: ['vaccin', 'clinic', 'immuni'] }],
    referral: { name: 'Diana Cruz', role: 'a hospital pharmacist she trained with' },
  },
  {
    id: 'victor-lin',
    name: 'Victor Lin',
    pronoun: 'he',
    role: 'financial analyst',
    organization: 'Harbor Credit Union',
    field: 'financial analysis',
    temperament: 'busy',
    manner: 'He skims his inbox on the train and answers only short, clear notes.',
    connection: { name: 'Nina Patel', role: 'the alumni officer in my program' },
    hooks: [{ text: "he led the credit union's budgeting workshops for students", keywords: ['workshop', 'budgeting'] }],
    referral: { name: 'Carla Mendes', role: 'a risk analyst at the credit union' },
  },
];
