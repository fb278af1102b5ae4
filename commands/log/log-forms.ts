import { actionRef } from '../../src/core/reply-builders.js';
import type { Form, FormField } from '../../src/core/reply.js';
import { CHANNEL_LABELS, CONTACT_CHANNELS } from '../../src/domain/journal/stages.js';
import { TARGET_LABELS, TARGET_TYPES } from '../../src/domain/questions/question-types.js';
import type { Contact } from '../../src/domain/journal/contact-repository.js';
import { MAX_NOTE } from './contact-options.js';

const channelOptions = CONTACT_CHANNELS.map((channel) => ({ label: CHANNEL_LABELS[channel], value: channel }));
const YES_NO = [
  { label: 'Yes', value: 'yes' },
  { label: 'No', value: 'no' },
];
const targetOptions = TARGET_TYPES.map((target) => ({ label: TARGET_LABELS[target], value: target }));

function withInitial(field: FormField, value: string | undefined): FormField {
  return value === undefined ? field : { ...field, initialValue: value };
}

/** The contact's fields; prefilled from a contact when editing. */
function contactFields(contact?: Contact): FormField[] {
  return [
    withInitial({ name: 'contact', label: 'Name', hint: 'As they write it, e.g. Dana Lee', required: true, maxLength: 80 }, contact?.name),
    withInitial({ name: 'role', label: 'Role', hint: 'Their job title', required: false, maxLength: 100 }, contact?.role),
    withInitial({ name: 'org', label: 'Organization', required: false, maxLength: 100 }, contact?.organization),
    withInitial(
      { name: 'found', label: 'How you found them', hint: 'Who referred you, an event, the alumni directory...', required: false, maxLength: 200 },
      contact?.foundVia,
    ),
    withInitial({ name: 'channel', label: 'How you will reach them', required: false, options: channelOptions }, contact?.channel),
    withInitial(
      { name: 'subject', label: 'What you want to learn about', hint: 'e.g. graphic design, Shopify, MSc Data Science', required: false, maxLength: 100 },
      contact?.subject,
    ),
    withInitial({ name: 'target', label: 'That subject is an...', required: false, options: targetOptions }, contact?.targetType),
  ];
}

/** The form that adds a contact (what `/log` alone opens). */
export function addContactForm(): Form {
  return { title: 'Add a contact', submitLabel: 'Add', fields: contactFields(), submit: actionRef('log', 'add-submit') };
}

/** The form that edits a contact's details. */
export function editContactForm(contact: Contact): Form {
  return {
    title: `Edit ${contact.name}`,
    submitLabel: 'Save',
    fields: [
      ...contactFields(contact),
      { name: 'keep', label: 'Keep-in-touch nudges', required: false, options: YES_NO, initialValue: contact.keepInTouch ? 'yes' : 'no' },
    ],
    submit: actionRef('log', 'edit-submit', contact.id),
  };
}

/** The form for an interview's notes, prefilled with what the shortcut already gave. */
export function interviewForm(given: Readonly<Record<string, string | undefined>>): Form {
  return {
    title: 'Log an interview',
    submitLabel: 'Save notes',
    fields: [
      withInitial({ name: 'contact', label: 'Who you talked with', required: true, maxLength: 80 }, given.contact),
      withInitial(
        {
          name: 'learned',
          label: 'What you learned',
          hint: 'Write it now, while it is fresh: the details make your thank-you note',
          required: true,
          multiline: true,
          maxLength: MAX_NOTE,
        },
        given.learned,
      ),
      withInitial({ name: 'advice', label: 'Advice they gave', required: false, multiline: true, maxLength: MAX_NOTE }, given.advice),
      withInitial({ name: 'next', label: 'Your next steps', required: false, multiline: true, maxLength: MAX_NOTE }, given.next),
      withInitial(
        {
          name: 'referrals',
          label: 'People they suggested you talk to',
          hint: 'Names separated by semicolons: Sam Ortiz; Priya Shah',
          required: false,
          maxLength: 500,
        },
        given.referrals,
      ),
      withInitial({ name: 'may-use-name', label: 'May you mention their name to those people?', required: false, options: YES_NO }, given['may-use-name']),
    ],
    submit: actionRef('log', 'interview-submit'),
  };
}

/** The form for a scheduled interview's time. */
export function scheduledForm(given: Readonly<Record<string, string | undefined>>): Form {
  return {
    title: 'Log a scheduled interview',
    submitLabel: 'Save',
    fields: [
      withInitial({ name: 'contact', label: 'Who you will talk with', required: true, maxLength: 80 }, given.contact),
      withInitial({ name: 'when', label: 'When', hint: 'e.g. next Tuesday 2pm, 2026-12-03 10:00', required: true, maxLength: 100 }, given.when),
    ],
    submit: actionRef('log', 'scheduled-submit'),
  };
}
