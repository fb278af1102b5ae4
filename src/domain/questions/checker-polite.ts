/**
 * The polite words students put in front of a question or a request ("Do you mind me asking…",
 * "Could you walk me through…", "Is it OK to ask…"), kept in one place for the rules that read
 * permission (checker-permission.ts) and requests that invite a full answer (checker-form.ts).
 * Each is a pattern source in lower case, words separated by single spaces.
 */

/** "Do you mind", "would you mind": asking whether something would bother them. */
export const YOU_MIND = String.raw`(?:do|would) you mind`;

/** "Can I", "might I": the student asking leave. */
export const MAY_I = String.raw`(?:can|could|may|might) i`;

/** "Could you", "will you": asking the person to do something. */
export const WILL_YOU = String.raw`(?:can|could|would|will) you`;

/** "Would you be willing to", "would you mind": asking whether they would agree to do something. */
export const WOULD_YOU_AGREE = String.raw`would you (?:mind|be willing to|be able to|be open to)`;

/** "OK", "all right": the words that give leave. */
export const ALL_RIGHT = String.raw`(?:ok|okay|alright|all right|fine)`;
