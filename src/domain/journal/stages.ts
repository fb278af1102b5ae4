/**
 * Where a student is with each contact, how they got in touch, and which
 * stage changes make sense.
 *
 * @module
 */

/** Stages of an informational-interview contact, roughly in path order. */
export const CONTACT_STAGES = ['identified', 'request-sent', 'scheduled', 'interviewed', 'thanked', 'keeping-in-touch', 'declined', 'no-response'] as const;

/** A contact's stage. */
export type ContactStage = (typeof CONTACT_STAGES)[number];

/** Human labels for stages, for lists and confirmations. */
export const STAGE_LABELS: Readonly<Record<ContactStage, string>> = {
  identified: 'Identified',
  'request-sent': 'Request sent',
  scheduled: 'Interview scheduled',
  interviewed: 'Interviewed',
  thanked: 'Thank-you sent',
  'keeping-in-touch': 'Keeping in touch',
  declined: 'Declined',
  'no-response': 'No response',
};

/** Ways a conversation can happen. */
export const CONTACT_CHANNELS = ['phone', 'email', 'video', 'in-person'] as const;

/** A contact channel. */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Human labels for channels. */
export const CHANNEL_LABELS: Readonly<Record<ContactChannel, string>> = {
  phone: 'Phone',
  email: 'Email',
  video: 'Video call',
  'in-person': 'In person',
};

/** True when `value` is one of {@link CONTACT_STAGES}. */
export function isContactStage(value: string): value is ContactStage {
  return (CONTACT_STAGES as readonly string[]).includes(value);
}

/** True when `value` is one of {@link CONTACT_CHANNELS}. */
export function isContactChannel(value: string): value is ContactChannel {
  return (CONTACT_CHANNELS as readonly string[]).includes(value);
}

const STAGE_ALIASES: Readonly<Record<string, ContactStage>> = {
  new: 'identified',
  found: 'identified',
  requested: 'request-sent',
  sent: 'request-sent',
  asked: 'request-sent',
  booked: 'scheduled',
  met: 'interviewed',
  talked: 'interviewed',
  done: 'interviewed',
  'thank-you': 'thanked',
  'thank-you-sent': 'thanked',
  'in-touch': 'keeping-in-touch',
  'keep-in-touch': 'keeping-in-touch',
  no: 'declined',
  'turned-down': 'declined',
  'no-reply': 'no-response',
  ghosted: 'no-response',
};

function slugWords(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * Reads a stage typed by a student: the id (`no-response`), its label
 * ("No response", "Interview scheduled"), spaces or underscores instead of
 * hyphens, or a few everyday words ("met", "booked", "ghosted").
 */
export function parseStage(text: string): ContactStage | undefined {
  const slug = slugWords(text);
  if (isContactStage(slug)) return slug;
  for (const stage of CONTACT_STAGES) {
    if (slugWords(STAGE_LABELS[stage]) === slug) return stage;
  }
  return STAGE_ALIASES[slug];
}

/** Reads a channel typed by a student ("in person", "Video call", "zoom", "call"). */
export function parseChannel(text: string): ContactChannel | undefined {
  const slug = slugWords(text);
  if (isContactChannel(slug)) return slug;
  for (const channel of CONTACT_CHANNELS) {
    if (slugWords(CHANNEL_LABELS[channel]) === slug) return channel;
  }
  const aliases: Readonly<Record<string, ContactChannel>> = {
    call: 'phone',
    'phone-call': 'phone',
    zoom: 'video',
    teams: 'video',
    meet: 'video',
    'face-to-face': 'in-person',
    coffee: 'in-person',
    mail: 'email',
    'e-mail': 'email',
  };
  return aliases[slug];
}

/**
 * Allowed moves. The guiding ideas: going forward is fine even when steps are
 * skipped (an on-the-spot chat goes straight from identified to interviewed);
 * people reply late, so "declined" and "no response" can be reopened; after a
 * conversation, another one can be scheduled or logged; but nothing goes back
 * to reaching out once a conversation has happened.
 */
const ALLOWED: Readonly<Record<ContactStage, readonly ContactStage[]>> = {
  identified: ['request-sent', 'scheduled', 'interviewed', 'thanked', 'declined'],
  'request-sent': ['scheduled', 'interviewed', 'thanked', 'declined', 'no-response'],
  scheduled: ['scheduled', 'interviewed', 'thanked', 'declined', 'no-response'],
  interviewed: ['interviewed', 'scheduled', 'thanked', 'keeping-in-touch'],
  thanked: ['scheduled', 'interviewed', 'keeping-in-touch'],
  'keeping-in-touch': ['keeping-in-touch', 'scheduled', 'interviewed', 'thanked'],
  declined: ['request-sent', 'scheduled', 'interviewed', 'thanked'],
  'no-response': ['request-sent', 'scheduled', 'interviewed', 'declined'],
};

/** Stages reached only after a conversation has taken place. */
export const AFTER_CONVERSATION: readonly ContactStage[] = ['interviewed', 'thanked', 'keeping-in-touch'];

/** Outcome of {@link checkMove}. */
export type MoveCheck = { readonly allowed: true } | { readonly allowed: false; readonly explanation: string };

/** The stages a contact can move to from `from`. */
export function nextStages(from: ContactStage): readonly ContactStage[] {
  return ALLOWED[from];
}

/** True when a contact may move from stage `from` to stage `to`. */
export function canMove(from: ContactStage, to: ContactStage): boolean {
  return ALLOWED[from].includes(to);
}

/**
 * Like {@link canMove}, with a short explanation (one or two sentences,
 * suitable to show the student) when the move is not allowed.
 */
export function checkMove(from: ContactStage, to: ContactStage): MoveCheck {
  if (canMove(from, to)) return { allowed: true };
  return { allowed: false, explanation: explainRefusal(from, to) };
}

function quoted(stage: ContactStage): string {
  return `"${STAGE_LABELS[stage]}"`;
}

function explainRefusal(from: ContactStage, to: ContactStage): string {
  const toLabel = quoted(to);
  if (from === to) {
    return `This contact is already at ${toLabel}.`;
  }
  if (to === 'identified') {
    return `A contact can't go back to ${toLabel} once you've been in touch.`;
  }
  if (AFTER_CONVERSATION.includes(from)) {
    if (to === 'request-sent') {
      return `You've already had a conversation with this contact, so there's no request to send. To talk again, log the new conversation as ${quoted('scheduled')}.`;
    }
    return `You've already spoken with this contact, so ${toLabel} no longer fits. Use ${quoted('keeping-in-touch')} to note later contact.`;
  }
  if (from === 'scheduled' && to === 'request-sent') {
    return `You already have a time booked with this contact, so there's no request left to send.`;
  }
  if (to === 'keeping-in-touch') {
    return `${toLabel} comes after a conversation. Log the interview first.`;
  }
  if (to === 'no-response') {
    return `${toLabel} only applies after you've sent a request and heard nothing back.`;
  }
  if (to === 'thanked') {
    return `There's no conversation to thank them for yet. Log the interview first.`;
  }
  return `Moving from ${quoted(from)} to ${toLabel} isn't a step that fits here.`;
}
