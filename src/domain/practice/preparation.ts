/**
 * The student's own preparation, when they have some: the person they plan to contact (from
 * their journal), what they are exploring and the questions they plan to ask (from their
 * saved plan), and what they learned (for a thank-you). A rehearsal casts that person in the
 * scenario persona's place, so the student practises the conversation they will really have.
 */
import type { TargetType } from '../questions/question-types.js';
import type { Fact, Persona, RehearsalState } from './rehearsal-types.js';
import { words } from '../text.js';

/** Someone from the student's journal. */
export interface PreparedPerson {
  name: string;
  role?: string;
  organization?: string;
  /** Who referred the student to them. */
  referredBy?: string;
  /** Someone they suggested the student talk to next. */
  suggested?: string;
}

/** What a student brings to a rehearsal. Everything is optional. */
export interface Preparation {
  person?: PreparedPerson;
  /** What they are exploring, e.g. "UX designer". */
  subject?: string;
  target?: TargetType;
  /** Their planned questions, most important first. */
  questions?: readonly string[];
  /** What they noted after their interview with the person (for a thank-you). */
  notes?: readonly string[];
}

/** How many planned questions a brief repeats. */
export const PLANNED_IN_BRIEF = 3;
/** Shortest word taken as a keyword of a note. */
const KEYWORD_LETTERS = 6;

/** What a rehearsal keeps of the preparation. */
export type PreparedState = Pick<RehearsalState, 'person' | 'notes' | 'field' | 'target'>;

/**
 * The persona with the student's person in its place: their name, role and organization, the
 * referrer they logged, and (for a thank-you) their notes as what the person told them. With a
 * saved plan but no person, the persona works in what the plan is about.
 */
export function castPerson(base: Persona, state: PreparedState): Persona {
  const { person, notes, field, target } = state;
  if (person === undefined) return field === undefined ? base : castForSubject(base, field, target);
  const highlights = (notes ?? []).map(noteAsFact).filter((fact) => fact.keywords.length > 0);
  return {
    ...base,
    name: person.name,
    pronoun: 'they',
    manner: 'They are busy but glad to help a student who is well prepared.',
    role: person.role ?? `someone working in ${field ?? base.field}`,
    organization: person.organization ?? '',
    connection: person.referredBy === undefined ? base.connection : { name: person.referredBy, role: 'who referred you' },
    referral: person.suggested === undefined ? base.referral : { name: person.suggested, role: 'someone they suggested you talk to' },
    hooks: [],
    ...(highlights.length > 0 ? { highlights } : {}),
  };
}

/** The persona as someone in the plan's occupation or organization. */
function castForSubject(base: Persona, subject: string, target: TargetType | undefined): Persona {
  if (target === 'occupation') return { ...base, role: subject };
  if (target === 'organization') return { ...base, organization: subject };
  return base;
}

/** A note turned into something the person said, with its longer words as the words that show it was recalled. */
function noteAsFact(note: string): Fact {
  const keywords = [...new Set(words(note.toLowerCase()).filter((w) => w.length >= KEYWORD_LETTERS))].slice(0, 6);
  return { text: note.trim().replace(/[.!]+$/, ''), keywords };
}
