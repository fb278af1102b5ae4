/**
 * Splits a student's email into subject and body. The subject may come as a first line
 * "Subject: ...", or as a separate message (before or after the body).
 */
import { wordCount } from '../../text.js';

/** The two parts of an email draft. */
export interface EmailParts {
  subject: string | null;
  body: string;
}

const SUBJECT_LINE = /^\s*subject(?:\s+line)?\s*[:\-\u2013]\s*(.*)$/im;
const NO_SUBJECT = /^\s*(none|no subject|\(no subject\)|skip|n\/a|-)\s*$/i;
const GREETING = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening))\b/i;
/** Longest message that can be taken for a lone subject line. */
const MAX_SUBJECT_WORDS = 15;

/** Whether a message has a "Subject:" line. */
export function hasSubjectLine(text: string): boolean {
  return SUBJECT_LINE.test(text);
}

/** Whether a message is a lone subject line: one short line that is not a greeting. */
export function isSubjectOnly(text: string): boolean {
  return !text.trim().includes('\n') && wordCount(text) <= MAX_SUBJECT_WORDS && !GREETING.test(text);
}

/** Strips a "Subject:" prefix if there is one. */
function stripSubjectLabel(text: string): string {
  return (SUBJECT_LINE.exec(text)?.[1] ?? text).trim();
}

/**
 * Assembles subject and body from the student's messages, each tagged with the step it
 * answered: `draft` (the first message), `subject` or `body` (a follow-up message).
 */
export function parseEmail(messages: readonly { text: string; step: string }[]): EmailParts {
  let subject: string | null = null;
  const body: string[] = [];
  const bodyFollows = messages.some((m) => m.step === 'body');
  for (const m of messages) {
    const line = SUBJECT_LINE.exec(m.text);
    if (m.step === 'subject' || (m.step === 'draft' && bodyFollows)) {
      subject = stripSubjectLabel(m.text);
    } else if (line !== null) {
      subject = (line[1] ?? '').trim();
      body.push(m.text.replace(SUBJECT_LINE, '').trim());
    } else {
      body.push(m.text);
    }
  }
  return { subject: subject === null || subject === '' || NO_SUBJECT.test(subject) ? null : subject, body: body.join('\n').trim() };
}
