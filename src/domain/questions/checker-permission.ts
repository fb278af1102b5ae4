/**
 * A polite request for permission in front of a question ("Do you mind me asking…", "Can I
 * ask…", "Is it OK if I ask…"). The "I" in it is the student asking, never the student acting,
 * and the question is the clause after it.
 */
import { ALL_RIGHT, MAY_I, YOU_MIND } from './checker-polite.js';
import { re } from './checker-rules.js';

/** The permission words themselves, in lower case, words separated by single spaces. */
const PERMISSION = String.raw`(?:${YOU_MIND} (?:me |my )?asking|${YOU_MIND} if i ask(?:ed)?(?: you)?|mind if i ask(?: you)?|${MAY_I} ask(?: you)?|is it ${ALL_RIGHT} (?:if i ask|to ask)(?: you)?|would it be ${ALL_RIGHT} (?:if i asked|to ask)(?: you)?)`;

/**
 * Permission wrapped around an open question ("Do you mind me asking what…", "Can I ask how…"):
 * only a wh-clause is unwrapped, so "Can I ask if you enjoy it?" stays a yes/no question.
 */
export const PERMISSION_FRAME = re(String.raw`^${PERMISSION}[,\s]+(?=(?:what|how|why|where|when|which|who)\b)`);

const LEADING_PERMISSION = re(String.raw`^\s*${PERMISSION}\b[,\s]*`);

/** The question with any permission in front taken out, so its "I" is never read as the student acting. */
export function withoutPermission(text: string): string {
  return text.replace(LEADING_PERMISSION, '');
}

/** "Can I ask if you enjoy it?": the permission, then the yes/no clause with its subject and first word. */
const ASKED_WHETHER = re(String.raw`^${PERMISSION}[,\s]+(?:if|whether)\s+(you|i|we|they|people|there)\s+([\w']+)(.*)$`);
const AUXILIARY = /^(?:is|are|was|were|would|could|can|will|should|might|may|have|has|had|do|does|did)$/i;

/**
 * The yes/no question a permission wraps, asked directly ("Can I ask if you enjoy your job?" →
 * "Do you enjoy your job?", "Could I ask whether there is…" → "Is there…"), so it can be opened
 * up like any other; the text itself when it is not one.
 */
export function directQuestion(text: string): string {
  const match = ASKED_WHETHER.exec(text);
  if (match === null) return text;
  const [, who = '', first = '', rest = ''] = match;
  const subject = who.toLowerCase() === 'i' ? 'I' : who.toLowerCase();
  if (AUXILIARY.test(first)) return `${first.charAt(0).toUpperCase()}${first.slice(1).toLowerCase()} ${subject}${rest}`;
  return subject === 'there' ? text : `Do ${subject} ${first}${rest}`;
}
