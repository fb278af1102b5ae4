import { JOINED_QUESTION } from './checker-form.js';
import { upperFirst } from './question-text.js';

/** The question without trailing marks or spaces. */
export function bare(question: string): string {
  return question.replace(/[\s?.!]+$/, '');
}

/** Openings that only delay the question ("So, I was wondering…"). */
const PREAMBLE =
  /^(?:so|and|but|well|okay|ok|also)\b[,\s]*|^i (?:was|am|'m) (?:wondering|curious)(?: about)?\b[,\s]*|^i(?: would|'d) (?:like|love) to know\b[,\s]*/i;

/** Removes preambles from the start of a question, however many there are. */
export function withoutPreamble(text: string): string {
  let current = text.trim();
  for (let previous = ''; previous !== current;) {
    previous = current;
    current = current.replace(PREAMBLE, '');
  }
  return current;
}

/** Final polish for a rewrite built from the student's words: capitals, a lone "i", stray spaces. */
export function polish(text: string): string {
  return upperFirst(
    text
      .replace(/\bi\b/g, 'I')
      .replace(/\s+,/g, ',')
      .replace(/\s{2,}/g, ' ')
      .trim(),
  );
}

/** "tell me what to improve" as "What should I improve", "show me how you plan" as "How do you plan": a request to explain, put as a question. */
function asWhQuestion(part: string): string {
  const request = /^(?:please )?(?:tell|show|explain to) me (what|how|where|which|when|who) (to|you) (.+)$/i.exec(part);
  if (request === null) return part;
  const [, word = 'what', who, rest = ''] = request;
  return who?.toLowerCase() === 'to' ? `${word} should I ${rest}` : `${word} do you ${rest}`;
}

/** Splits a double question into its parts, each ending with a question mark. */
export function splitDouble(question: string): string[] {
  const byMarks = question
    .split('?')
    .map((part) => part.trim())
    .filter((part) => /[a-z]/i.test(part));
  if (byMarks.length > 1) return byMarks.map((part) => polish(`${bare(withoutPreamble(part))}?`));
  const joined = JOINED_QUESTION.exec(question);
  if (joined === null) return [question];
  const first = question.slice(0, joined.index).replace(/[\s,;]+$/, '');
  const second = question.slice(joined.index).replace(/^(?:and|also|plus|as well as)\s+/i, '');
  return [polish(`${bare(withoutPreamble(first))}?`), polish(`${asWhQuestion(bare(second))}?`)];
}

/** An embedded question with a helping verb ("how that has changed…"), to be put back in question order. */
const EMBEDDED =
  /^(what|how|why|where|when|which \w+) ((?:that|this|the|your|their|its) \w+|that|this|it|they|you) (has|have|is|are|was|were|will|would|can|could) (.+)$/i;

/** A question already in question word order ("How has…", "Which one do…"). */
const QUESTION_ORDER =
  /^(?:what|how|which|where|when|who|why)(?: (?!(?:i|you|we|they|he|she|it|that|this|there|people|someone)\b)[\w'-]+){0,3} (?:is|are|was|were|do|does|did|can|could|would|will|should|has|have|might)\b/i;

/**
 * The core of a long question: the sentences and comma clauses, last first, with preambles
 * removed, keeping those that are already in question word order.
 */
export function coreQuestions(question: string): string[] {
  const pieces = question.split(/(?<=[.!?])\s+|,\s+/).reverse();
  const cores: string[] = [];
  for (const piece of pieces) {
    const core = polish(bare(withoutPreamble(piece).replace(EMBEDDED, '$1 $3 $2 $4')));
    if (QUESTION_ORDER.test(core)) cores.push(`${core}?`);
  }
  return cores;
}
