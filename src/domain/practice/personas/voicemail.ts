/** People whose voicemail the student reaches in the voicemail scenario. */
import type { Persona } from '../rehearsal-types.js';

/** Cast of the voicemail scenario. */
export const VOICEMAIL_PERSONAS: readonly Persona[] = [
  {
    id: 'helen-park',
    name: 'Helen Park',
    pronoun: 'she',
    role: 'program coordinator',
    organization: 'Westbrook College Continuing Education',
    field: 'adult education',
    temperament: 'warm',
    manner: 'She is approachable and returns calls within a day or two.',
    connection: { name: 'Jamal Wright', role: 'my academic advisor' },
    hooks: [{ text: 'she built the evening certificate for career changers', keywords: ['certificate', 'career changer', 'evening'] }],
    referral: { name: 'Irene Novak', role: 'an instructional designer at the college' },
  },
  {
    id: 'samuel-adeyemi',
    name: 'Samuel Adeyemi',
    pronoun: 'he',
    role: 'civil engineer',
    organization: 'Keystone Infrastructure',
    field: 'civil engineering',
    temperament: 'busy',
    manner: 'He is often on site and checks messages in batches at the end of the day.',
    connection: { name: 'Rebecca Lowe', role: 'my co-op coordinator' },
    hooks: [{ text: 'his team is rebuilding the Fifth Street bridge', keywords: ['bridge', 'fifth street'] }],
    referral: { name: 'Lucy Tran', role: 'a project engineer on his team' },
  },
  {
    id: 'jordan-blake',
    name: 'Jordan Blake',
    pronoun: 'they',
    role: 'physiotherapist',
    organization: 'Summit Physiotherapy',
    field: 'physiotherapy',
    temperament: 'guarded',
    manner: 'They are booked solid with patients and selective about returning unknown numbers.',
    connection: { name: 'Chris Ortega', role: 'my kinesiology professor' },
    hooks: [{ text: 'they specialise in rehabilitation for runners', keywords: ['runner', 'running', 'sports rehab'] }],
    referral: { name: 'Dev Patel', role: 'a physiotherapist at the same clinic' },
  },
];
