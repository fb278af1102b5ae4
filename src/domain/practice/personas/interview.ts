/**
 * Professionals the student interviews. Their roles are generic so they can speak for any
 * field the student names; `field` is only the default when none is given.
 */
import type { Persona } from '../rehearsal-types.js';

/** Cast of the interview scenario. */
export const INTERVIEW_PERSONAS: readonly Persona[] = [
  {
    id: 'aisha-grant',
    name: 'Aisha Grant',
    pronoun: 'she',
    role: 'senior practitioner',
    organization: 'Lakeside Group',
    field: 'nursing',
    temperament: 'warm',
    manner: 'She is generous with stories and happy to go into detail.',
    connection: { name: 'Grace Kim', role: 'my placement instructor' },
    hooks: [],
    referral: { name: 'Marcus Bell', role: 'a manager who hires new graduates' },
  },
  {
    id: 'daniel-cho',
    name: 'Daniel Cho',
    pronoun: 'he',
    role: 'team lead',
    organization: 'Northgate Partners',
    field: 'software engineering',
    temperament: 'busy',
    manner: 'He is friendly but watches the clock, and his answers are short and direct.',
    connection: { name: 'Leo Martin', role: 'my TA' },
    hooks: [],
    referral: { name: 'Priya Shah', role: 'an engineer who switched fields mid-career' },
  },
  {
    id: 'rosa-delgado',
    name: 'Rosa Delgado',
    pronoun: 'she',
    role: 'founder',
    organization: 'Delgado Studio',
    field: 'graphic design',
    temperament: 'guarded',
    manner: 'She is blunt, busy and unimpressed by vague questions.',
    connection: { name: 'Maya Chen', role: 'a designer I met at a portfolio review' },
    hooks: [],
    referral: { name: 'Tom Okafor', role: 'a product designer who mentors juniors' },
  },
];
