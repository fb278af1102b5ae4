/**
 * The typical mistakes Rapport names in feedback. Codes are stable (stored, counted in
 * cohort statistics, matched by tests); labels are the short plain-language names shown to students.
 */

/** Every mistake code with its short label. */
export const MISTAKE_LABELS = {
  'job-request': 'Asked for a job instead of information',
  'no-time-request': 'No short, set amount of time requested',
  'too-much-time': 'Asked for more time than a first conversation needs',
  'life-story': 'Long personal background before the point',
  'too-long': 'Longer than it needs to be',
  'too-short': 'Too short to carry the essentials',
  'no-name': 'Did not say who you are',
  /** No longer given (whether a name needs spelling depends on the listener, not the draft); kept for stored history. */
  'name-not-spelled': 'Name not spelled out',
  'no-connection': 'No connection or referrer mentioned',
  'connection-buried': 'Connection mentioned too late',
  'no-purpose': 'Purpose of the contact unclear',
  'no-phone-number': 'No phone number in the message',
  'phone-not-repeated': 'Phone number said only once',
  'phone-late': 'Phone number left to the very end',
  'no-email': 'No email address given',
  'no-follow-up': 'No stated follow-up',
  'vague-follow-up': 'Follow-up without a time',
  'generic-greeting': 'Generic greeting instead of their name',
  'no-subject': 'No subject line',
  'generic-subject': 'Subject line too vague',
  'spammy-subject': 'Subject line that looks like junk mail',
  'long-subject': 'Subject line too long',
  'no-why-you': 'Did not say why you chose this person',
  'no-intro': 'No one-line introduction',
  'no-options': 'No options for when or how to talk',
  attachment: 'Attached or offered a resume unasked',
  'stiff-language': 'Stiff or inflated wording',
  'no-close': 'No clear close',
  'no-thanks': 'No thanks given',
  'no-specifics': 'Generic thanks with nothing specific',
  'no-action': 'No action taken or planned',
  'no-referral-thanks': 'Referral or introduction not acknowledged',
  'new-request': 'Made a new request in a thank-you',
  'no-top-question': 'Did not lead with a real question',
  'no-callback-plan': 'No time or email agreed for later',
  pushy: 'Pushed after the person said no or not now',
  'no-referral-ask': 'Did not ask who else to talk to',
  'no-ask-for-person': 'Did not ask for the person by name',
  'small-talk-first': 'Small talk before the important questions',
  'closing-too-early': 'Wrap-up questions asked too early',
  'weak-question': 'A question that could be sharper',
  'leading-question': 'Question that suggests its own answer',
  'closed-question': 'Yes/no question',
  'double-question': 'Two questions in one',
  'too-personal': 'Question too personal',
  'basic-research': 'Question answered by basic research',
  'no-follow-up-probe': 'No follow-up on an answer',
  'no-catch-all': 'No "what should I have asked?" question',
  'no-name-permission': 'Did not ask to use their name',
  'ran-over': 'Ran past the agreed time',
  'too-few-questions': 'Too few questions for the time',
} as const;

/** A stable mistake code. */
export type MistakeCode = keyof typeof MISTAKE_LABELS;

/** All mistake codes, in a stable order. */
export const MISTAKE_CODES = Object.keys(MISTAKE_LABELS) as MistakeCode[];
