import { choiceOption, integerOption, textOption } from '../../src/core/options.js';
import { CONTACT_STAGES } from '../../src/domain/journal/stages.js';
import { MAX_NOTE, contactDetailOptions, optionalContact, requiredContact } from './contact-options.js';

const note = (description: string, example: string) => textOption({ description, required: false, maxLength: MAX_NOTE, example });
const yesNo = (description: string) => choiceOption(['yes', 'no'] as const, { description, required: false });

/** `/log add`: a contact and their details; the names match the add form's fields. */
export const addOptions = { contact: optionalContact, ...contactDetailOptions };

/** `/log edit`: the same, plus whether keep-in-touch nudges continue. */
export const editOptions = { ...addOptions, keep: yesNo('Keep-in-touch nudges for this contact: yes or no') };

/** `/log edit` typed: the contact, then what changes (a new name with --name); nothing given opens the form. */
export const contactEditOptions = {
  contact: requiredContact,
  name: textOption({ description: 'Their new name', required: false, maxLength: 80, example: '"Dana Lee-Park"' }),
  ...contactDetailOptions,
  keep: editOptions.keep,
};

/** `/log list`: one stage or all, and which page. */
export const listOptions = {
  stage: choiceOption(CONTACT_STAGES, { description: 'Only contacts at this stage', required: false }),
  page: integerOption({ description: 'Which page of a long list', min: 1, max: 1000, default: 1 }),
};

/** `/log request`, `/log thanked`, `/log no-response`: a contact and optional details. */
export const eventOptions = { contact: requiredContact, ...contactDetailOptions };

/** `/log scheduled`: who and when; the names match the scheduled form's fields. */
export const scheduledOptions = {
  contact: optionalContact,
  when: textOption({ description: 'When you will talk, e.g. "next Tuesday 2pm"', required: false, maxLength: 100, example: '"next Tuesday 2pm"' }),
};

/** `/log interview`: the notes written right after; the names match the interview form's fields. */
export const interviewOptions = {
  contact: optionalContact,
  learned: note('What you learned', '"portfolio matters more than the degree"'),
  advice: note('Advice they gave you', '"join the local design association"'),
  next: note('Your next steps', '"update my portfolio with two case studies"'),
  referrals: textOption({
    description: 'People they suggested you talk to, separated by semicolons',
    required: false,
    maxLength: 500,
    example: '"Sam Ortiz; Priya Shah"',
  }),
  'may-use-name': yesNo('Whether you may mention their name to those people'),
  on: textOption({ description: 'When you talked, if not today, e.g. yesterday or 2026-11-20', required: false, maxLength: 40, example: 'yesterday' }),
};

/** `/log declined`: who said no, and anyone they suggested instead. */
export const declinedOptions = {
  contact: requiredContact,
  referrals: interviewOptions.referrals,
  'may-use-name': interviewOptions['may-use-name'],
};

/** Splits "Sam Ortiz; Priya Shah" (or one name per line) into names. */
export function splitNames(text: string | undefined): string[] {
  if (text === undefined) return [];
  const names = text
    .split(/[;\n]/)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '');
  return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
}
