/**
 * Neutral versions of leading questions: the frame that hands over the expected answer
 * ("Don't you think…", "…, right?") is taken off, and what is left becomes an open question
 * about the same topic ("Don't you think remote work is better?" becomes "How does remote
 * work compare with the alternatives, in your experience?").
 */
import { lowerFirst, upperFirst } from './text.js';

/** Tags that ask for agreement at the end of a question. */
const AGREEMENT_TAG = /,?\s*(?:right|correct|isn't it|aren't they|don't you|wouldn't you|don't they|doesn't it|isn't that so|no|yeah|true|agreed|don't you agree|wouldn't you agree)$/i;

/** Frames at the start of a leading question; what follows them is the claim. */
const LEADING_FRAME =
  /^(?:so,? |but,? |and,? )?(?:(?:don't|doesn't|wouldn't|won't|can't|couldn't|didn't|do|would) (?:you|they|people) (?:(?:also|really|honestly) )?(?:think|believe|feel|agree|reckon|say|find)(?: that| with)?|(?:isn't|is) it (?:true|obvious|clear|fair to say) that|it's (?:obvious|clear|true|a fact|undeniable) that|(?:surely|obviously|clearly|of course),?|(?:everyone|everybody|nobody|no one) (?:knows|says|agrees|thinks)(?: that)?|you (?:would |must |surely )?agree that|why (?:is|are|was|were|do|does)|(?:isn't|aren't|wasn't|weren't|doesn't|don't|won't|wouldn't|didn't|shouldn't|can't|haven't|hasn't))\s+/i;

/** Words where the subject of a claim ends and what is said about it begins. */
const PREDICATE_START =
  /\s(?:is|are|was|were|will|would|can|could|should|must|has|have|had|isn't|aren't|pays?|matters?|regrets?|makes?|gets?|needs?|seems?|looks?|takes?|does|do|the most|so|too|really|very|more|less|better|worse|a waste|the best|the worst|(?:is|are) (?:dying|growing))\b/i;

/** Subjects that say nothing about the topic ("most people regret going into law"). */
const EMPTY_SUBJECT = /^(?:most |many |all |some )?(?:people|everyone|everybody|they|you|we|it|this|that|students|graduates)$/i;

/** Adjectives a claim may turn on, asked about neutrally as "How … do you find …?". */
const JUDGED = /\b(?:stressful|important|competitive|boring|hard|difficult|easy|rewarding|demanding|valuable|useful|tiring|exhausting|fun|dull|repetitive|risky|stable|secure|overrated|underrated|essential|necessary|crucial)\b/i;

/** "start" becomes "starting", "specialise" "specialising", "get" "getting". */
function gerund(verb: string): string {
  const word = verb.toLowerCase();
  if (word === 'be') return 'being';
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (/[^aeio]e$/.test(word)) return `${word.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(word)) return `${word}${word.slice(-1)}ing`;
  return `${word}ing`;
}

/** The subject of a claim, or what the claim is about when the subject says nothing. */
function topicOf(claim: string): { topic: string; rest: string } | undefined {
  const split = PREDICATE_START.exec(` ${claim}`);
  const subject = (split === null ? claim : ` ${claim}`.slice(0, split.index)).trim();
  const rest = split === null ? '' : ` ${claim}`.slice(split.index + split[0].length).trim();
  if (EMPTY_SUBJECT.test(subject) && rest !== '') return { topic: rest.replace(/^(?:that|to)\s+/i, ''), rest: '' };
  if (subject === '' || subject.split(' ').length > 6) return undefined;
  return { topic: subject, rest };
}

/** Ends a rewrite: first letter up, one question mark. */
const asQuestion = (text: string): string => `${upperFirst(text.replace(/\s+/g, ' ').trim())}?`;

/** A neutral, open version of a leading question about the same topic. */
export function neutralise(question: string): string {
  const bare = question.trim().replace(/[\s?.!]+$/, '').replace(AGREEMENT_TAG, '').trim();
  const betterTo = /^(?:wouldn't|isn't|is|would|won't) it (?:be )?(?:\w+er|best|wiser|safer|more \w+) to (\w+)(.*)$/i.exec(bare);
  if (betterTo !== null) return asQuestion(`What do you see as the trade-offs of ${gerund(betterTo[1] ?? 'do')}${betterTo[2] ?? ''}`);
  const feeling = /^(?:you (?:must|surely|probably) |how much do you )(?:love|hate|dislike|adore|enjoy|like|regret|resent) (.+)$/i.exec(bare);
  if (feeling !== null) return asQuestion(`How do you find ${feeling[1] ?? 'the work'}`);
  const found = /\b(?:you|they) find (.+?) (\w+)$/i.exec(bare);
  if (found !== null && LEADING_FRAME.test(bare)) return asQuestion(`How do you find ${found[1] ?? 'it'}`);
  const claim = bare.replace(LEADING_FRAME, '');
  const [before, after] = claim.split(/\s+than\s+/i);
  const about = topicOf(before ?? claim);
  if (about === undefined) return asQuestion(`What is your own view on whether ${lowerFirst(claim)}`);
  const { topic, rest } = about;
  if (after !== undefined) return asQuestion(`How would you compare ${topic} with ${after}`);
  if (/^the (?:\w+est|most \w+) (?:part|thing|aspect|challenge)\b/i.test(topic)) return asQuestion(`What is ${topic} of the work for you`);
  if (/\b(?:dying|dead|growing|shrinking|declining|booming|doomed|finished|over|replace|take over|disappear|future)\b/i.test(rest)) {
    return asQuestion(`Where do you see ${topic} heading over the next few years`);
  }
  if (/\b(?:worth|waste)\b/i.test(rest)) return asQuestion(`How worthwhile is ${topic}, in your experience`);
  const judged = JUDGED.exec(rest);
  if (judged !== null) return asQuestion(`How ${judged[0].toLowerCase()} do you find ${topic}`);
  if (/\b(?:better|worse|\w+er)\b/i.test(rest)) return asQuestion(`How does ${topic} compare with the alternatives, in your experience`);
  return asQuestion(`What is your own view of ${topic}`);
}
