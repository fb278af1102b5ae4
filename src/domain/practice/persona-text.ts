/** Text drawn from a persona's data: names, pronouns and the values line templates can use. */
import type { Persona } from './rehearsal-types.js';

/** The first word of a persona's name. */
export function firstNameOf(persona: Persona): string {
  return persona.name.split(' ')[0] ?? persona.name;
}

/** Values available to line templates: `{first}`, `{name}`, `{field}`, `{referral}`, `{their}`... */
export function personaValues(persona: Persona, field: string): Record<string, string> {
  const first = firstNameOf(persona);
  const pronouns = { she: ['she', 'her'], he: ['he', 'his'], they: ['they', 'their'] } as const;
  const [they, their] = pronouns[persona.pronoun];
  return {
    name: persona.name,
    first,
    role: persona.role,
    organization: persona.organization,
    field,
    connection: persona.connection.name,
    referral: persona.referral.name,
    referralRole: persona.referral.role,
    frontDesk: persona.frontDesk ?? 'the front desk',
    email: `${first.toLowerCase()}.${(persona.name.split(' ').at(-1) ?? '').toLowerCase()}@example.org`,
    they,
    their,
  };
}

/**
 * The persona's connection as a brief addresses the student, in the second person:
 * "Leo Martin, your statistics TA", "Maya Chen, a designer you met at a portfolio review".
 */
export function connectionForBrief(persona: Persona): string {
  return `${persona.connection.name}, ${toSecondPerson(persona.connection.role)}`;
}

/** A phrase written from the student's side ("my TA", "I met") turned to address them ("your TA", "you met"). */
export function toSecondPerson(phrase: string): string {
  return phrase
    .replace(/\bmy\b/g, 'your')
    .replace(/\bMy\b/g, 'Your')
    .replace(/\bI\b/g, 'you')
    .replace(/\bme\b/g, 'you');
}

/** A persona's description for briefs: "Priya Shah, data engineer at Northwind Analytics" (without "at" when the organization is unknown). */
export function whoIs(persona: Persona): string {
  return persona.organization === '' ? `${persona.name}, ${persona.role}` : `${persona.name}, ${persona.role} at ${persona.organization}`;
}
