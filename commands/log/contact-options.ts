import { choiceOption, textOption } from '../../src/core/options.js';
import { CONTACT_CHANNELS } from '../../src/domain/journal/stages.js';
import { TARGET_TYPES } from '../../src/domain/questions/question-types.js';
import type { ContactDetails } from '../../src/domain/journal/contact-repository.js';
import { suggestContacts } from './contact-lookup.js';

/** The longest note a student can write in one field. */
export const MAX_NOTE = 2000;

const CONTACT_DESCRIPTION = 'The person, e.g. Dana Lee';

/** The contact name a journal shortcut starts with. */
/** The most characters a contact's name may have, referrals' names included. */
export const MAX_CONTACT_NAME = 80;

export const requiredContact = textOption({
  description: CONTACT_DESCRIPTION,
  positional: true,
  rest: true,
  maxLength: MAX_CONTACT_NAME,
  example: '"Dana Lee"',
  suggest: suggestContacts,
});

/** The contact name of a shortcut that opens a form when it is left out. */
export const optionalContact = textOption({
  description: CONTACT_DESCRIPTION,
  positional: true,
  rest: true,
  required: false,
  maxLength: MAX_CONTACT_NAME,
  example: '"Dana Lee"',
  suggest: suggestContacts,
});

/** The optional details of a contact, shared by every shortcut that may create one. */
export const contactDetailOptions = {
  role: textOption({ description: 'Their job title', required: false, maxLength: 100, example: '"UX designer"' }),
  org: textOption({ description: 'Their organization', required: false, maxLength: 100, example: 'Shopify' }),
  found: textOption({ description: 'How you found them or who referred you', required: false, maxLength: 200, example: '"alumni directory"' }),
  channel: choiceOption(CONTACT_CHANNELS, { description: 'How you reach them', required: false }),
  subject: textOption({ description: 'What you want to learn about, e.g. graphic design', required: false, maxLength: 100, example: '"graphic design"' }),
  target: choiceOption(TARGET_TYPES, { description: 'Whether the subject is an occupation, industry, organization or program', required: false }),
};

/** The contact details given as options, leaving out the ones not given. */
export function detailsFromOptions(args: {
  role?: string | undefined;
  org?: string | undefined;
  found?: string | undefined;
  channel?: string | undefined;
  subject?: string | undefined;
  target?: string | undefined;
}): ContactDetails {
  const details: Record<string, string> = {};
  if (args.role !== undefined) details.role = args.role;
  if (args.org !== undefined) details.organization = args.org;
  if (args.found !== undefined) details.foundVia = args.found;
  if (args.channel !== undefined) details.channel = args.channel;
  if (args.subject !== undefined) details.subject = args.subject;
  if (args.target !== undefined) details.targetType = args.target;
  return details;
}
