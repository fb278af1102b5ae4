import { fillSubject } from './subject.js';
import type { TargetType } from './question-types.js';

/** What the student hopes to learn, per target type, as a phrase ending a sentence. */
const PURPOSES: Readonly<Record<TargetType, string>> = {
  occupation: 'what working as a {subject} is really like',
  industry: 'how {subject} works from the inside',
  organization: 'what it is like to work at {subject}',
  program: 'what studying in {subject} is like and where it leads',
};

/** The purpose of the conversation as a phrase, e.g. "what working as an architect is really like". */
export function describePurpose(target: TargetType, subject: string): string {
  return fillSubject(PURPOSES[target], subject);
}

/** The one-line reminder shown before the questions: thank them, restate the time and the purpose. */
export function buildOpener(target: TargetType, subject: string, minutes: number): string {
  return `Thank them for making the time, confirm you will keep to about ${minutes} minutes, and remind them you hope to learn ${describePurpose(target, subject)}.`;
}
