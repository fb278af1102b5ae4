/**
 * The social side of a call, which carries no topic: a greeting or thanks in front of the
 * question ("Hello, thank you for making time, ..."), and small talk about the day, the weekend,
 * the weather or how things are going. A thank-you at the start of a call is a courtesy, not a
 * close: only what follows it says what is asked.
 */
import { SMALL_TALK } from '../phrases.js';
import { wordCount } from '../../text.js';
import { hasAny, normalizeForMatch } from '../student-text.js';

/** A greeting, up to its first comma or full stop ("Hi Dana, "). */
const GREETING = /^\W*(hi|hiya|hello|hey|good (morning|afternoon|evening|day))\b[^,.!?]*[,.!]\s*/i;
/** Thanks, up to its first comma or full stop ("thanks for picking up. "). */
const THANKS = /^\W*(thanks|thank you)\b[^,.!?]*[,.!]\s*/i;
/** What follows the thanks asks something: a thank-you followed by a remark is a close. */
const ASKS = /\?|^\W*(what|how|why|when|where|who|which|could|can|would|will|do|does|did|is|are|was|were|should|have|has)\b/i;

/**
 * Small talk the shared SMALL_TALK list leaves out: how things are going, a busy or quiet day,
 * the weekend or a holiday just past, the weather and the season, how a given day of the week
 * is going, and whether the call comes at a bad moment.
 */
const PLEASANTRY = [
  /\bhow'?s? (is |are )?(everything|things|life|it going|it been)\b/,
  /\b(is it|was it|been|had) an? (busy|quiet|long|hectic|calm|good) (day|morning|afternoon|week)\b/,
  /\bhow (was|were|is|did) (your|the) ([a-z]+ ){0,2}(weekend|holidays?|break|vacation|trip|time off)\b/,
  /\b(get|got|going) away (at all|anywhere|for)\b/,
  /\b(this|the|that) (weather|snow|rain|heat|cold)\b/,
  /\bkeeping (warm|cool|dry|well|busy)\b/,
  /\bhow'?s?( is| was| has)? (your|the) ((mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening)\b/,
  /\b(catch|catching|caught) you at an? (bad|good|busy|convenient|awkward) (time|moment)\b/,
];

/** Small talk is short: a longer question that opens with "how is your day" is about the work. */
const SMALL_TALK_WORDS = 6;
/** The pleasantries above are specific enough to stay small talk in a longer message. */
const PLEASANTRY_WORDS = 14;

/**
 * The question without the greeting and thanks in front of it. Thanks followed by a remark
 * rather than a question ("thank you, this helped a lot") stays: it is the message.
 */
export function withoutGreeting(question: string): string {
  const greeted = question.replace(GREETING, '');
  const thanked = greeted.replace(THANKS, '');
  return (ASKS.test(thanked) ? thanked : greeted).trim();
}

/**
 * Whether a question (its greeting removed) is small talk: a shared small-talk phrase in a short
 * message or one with no topic word (`topicWords` counts the words the examples know), or a
 * pleasantry in a message of ordinary length.
 */
export function isSmallTalk(asked: string, topicWords: number): boolean {
  const norm = normalizeForMatch(asked);
  const words = wordCount(asked);
  if (hasAny(norm, SMALL_TALK) && (topicWords === 0 || words <= SMALL_TALK_WORDS)) return true;
  return hasAny(norm, PLEASANTRY) && words <= PLEASANTRY_WORDS;
}
