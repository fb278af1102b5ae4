/**
 * Keyword rules that sort a student's question into a question category, recognise the
 * parts of a good close, and spot a follow-up that builds on the previous answer.
 */
import { CATCH_ALL, NAME_PERMISSION, REFERRAL_ASK, THANKS } from '../phrases.js';
import { hasAny, normalizeForMatch, splitSentences } from '../student-text.js';
import { words } from '../../text.js';

export { classifyQuestion, type Topic } from '../understand/topic.js';
import { classifyQuestion } from '../understand/topic.js';

/** The parts of a good close a message contains. */
export interface ClosingParts {
  referral: boolean;
  permission: boolean;
  catchAll: boolean;
}

/** Which closing moves a message makes: ask who else, ask to use the name, ask what was missed. */
export function closingParts(text: string): ClosingParts {
  return { referral: hasAny(text, REFERRAL_ASK), permission: hasAny(text, NAME_PERMISSION), catchAll: hasAny(text, CATCH_ALL) };
}

const PROBE = [
  /\byou (mentioned|said|talked about|brought up|described)\b/,
  /\b(earlier|before),? you\b/,
  /\b(going|coming) back to\b/,
  /\b(tell|say) (me )?(a bit |a little )?more\b/,
  /\b(give|share) (me )?(an|a concrete|a specific) example\b/,
  /\bwhat do you mean by\b/,
  /\bhow did (that|you handle that|it go)\b/,
  /\bwhat was that like\b/,
  /\bwhy (was|is) that\b/,
  /\bexpand on\b/,
  /\bwhat did that (look like|involve)\b/,
  /\bthat (part|point) about\b/,
  /\b(of|about|with|from|after|before|behind|in|like|on) (that|this|those|these|it)\b[^a-z]*$/,
  /\b(handle|manage|learn|find|deal with|get through|do|see|notice|change|decide) (that|this|it)\b/,
  /^\W*(and |so |but )?(how|why|when|where) (so|come|is that|was that|did that|does that|would that)\b/,
  /\b(like what|such as|for instance|for example)\W*$/,
  /\b(what|how) (happened|went) (next|then|after)\b/,
  /^\W*(and |so |but )?(why|how) (that|this|those|these)\b/,
];
const MIN_SHARED_WORDS = 2;
const COMMON = new Set(
  'about would could should there their which where these those other really think people things because being doing while something someone always often usually first years great question thanks thank working please'.split(
    ' ',
  ),
);

/** Whether a question builds on the previous answer: it says so, or it picks up two of its words. */
export function isFollowUp(question: string, previousAnswer: string | undefined, field: string): boolean {
  if (previousAnswer === undefined) return false;
  if (hasAny(question, PROBE)) return true;
  const fieldWords = new Set(words(normalizeForMatch(field)));
  const content = (text: string) => new Set(words(normalizeForMatch(text)).filter((w) => w.length >= 5 && !COMMON.has(w) && !fieldWords.has(w)));
  const before = content(previousAnswer);
  return [...content(question)].filter((w) => before.has(w)).length >= MIN_SHARED_WORDS;
}

const QUESTION_START =
  /^\s*(what|how|why|when|where|who|which|could|can|would|will|do|does|did|is|are|was|were|should|have|has|tell me|walk me|i'?m curious|i'?d love to (know|hear))\b/i;

/** Whether a message asks something: a question mark, or a sentence starting like a question. */
export function looksLikeQuestion(text: string): boolean {
  return text.includes('?') || QUESTION_START.test(normalizeForMatch(text));
}

/**
 * The real question a message leads with: its first sentence with a question mark, or the
 * whole message when it reads as a question; undefined for statements and small talk.
 */
export function leadingQuestion(text: string): string | undefined {
  const asked = splitSentences(text).find((s) => s.text.includes('?'))?.text ?? (looksLikeQuestion(text) ? text : undefined);
  return asked === undefined || classifyQuestion(asked) === 'small-talk' ? undefined : asked;
}

const END_ONLY = /^\s*(done|end|stop|finish(ed)?|that'?s (all|it)|i'?m (done|finished)|no (more|further) questions)\W*$/;
const END_PHRASE = /\b(that'?s all|that is all|all (of )?my questions|no (more|further) questions|i'?ll let you go|bye|goodbye)\b/;

/** Whether a message ends the interview ("done", "thank you, that's all") rather than asking something. */
export function isClosingRemark(text: string): boolean {
  const norm = normalizeForMatch(text);
  if (END_ONLY.test(norm)) return true;
  return !text.includes('?') && (END_PHRASE.test(norm) || (hasAny(text, THANKS) && !QUESTION_START.test(norm)));
}
