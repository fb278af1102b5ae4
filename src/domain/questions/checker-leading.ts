/**
 * Neutral versions of leading questions: the frame that hands over the expected answer
 * ("Don't you think…", "…, right?") is taken off, and what is left becomes an open question
 * about the same topic ("Don't you think remote work is better?" becomes "How would you
 * compare remote work with the alternatives?").
 */
import { claimTopic, nounPhrases } from './checker-topic.js';
import { lowerFirst, upperFirst } from './question-text.js';

/** Tags that ask for agreement at the end of a question. */
const AGREEMENT_TAG =
  /,?\s*(?:right|correct|isn't that so|no|yeah|true|agreed|don't you agree|wouldn't you agree|don't you think|(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't|do|does|did|is|are|was|were|can|will|would|has|have) (?:it|they|you|he|she|we|there|that|i))$/i;

/** Frames at the start of a leading question; what follows them is the claim. */
const LEADING_FRAME =
  /^(?:so,? |but,? |and,? )?(?:(?:(?:don't|doesn't|wouldn't|won't|can't|couldn't|didn't|do|would) (?:you|they|people)|you'd) (?:(?:also|really|honestly) )?(?:think|believe|feel|agree|reckon|say|find)(?: that| with)?|i (?:assume|guess|bet|suppose|imagine|think|hear|heard|know)(?: that)?|(?:isn't|is) it (?:true|obvious|clear|fair to say) that|it's (?:obvious|clear|true|a fact|undeniable) that|(?:surely|obviously|clearly|of course),?|(?:everyone|everybody|nobody|no one) (?:knows|says|agrees|thinks)(?: that)?|you(?: would| must| surely|'d)? agree that|you (?:probably|must|surely|clearly|obviously) (?:think|believe|feel|reckon)(?: that)?|why (?:is|are|was|were|do|does)|(?:isn't|aren't|wasn't|weren't|doesn't|don't|won't|wouldn't|didn't|shouldn't|can't|haven't|hasn't))\s+/i;

/** Where the subject of a claim ends and what is said about it begins. */
const PREDICATE_START =
  /\s(?:is|are|was|were|will|would|can|could|should|must|has|have|had|isn't|aren't|pays?|matters?|regrets?|makes?|gets?|needs?|seems?|looks?|takes?|gives?|helps?|offers?|leads?|means?|brings?|lets?|allows?|keeps?|leaves?|does|do|hates?|loves?|likes?|enjoys?|prefers?|mostly|just|only|basically|all about|want|be|treats?|burns?|quits?|overworks?|used to|unavoidable|inevitable|overrated|underrated|useless|pointless|(?:is|are) (?:dying|growing)|the most|the best|the worst|so|too|really|very|much|far|way|more|less|better|worse|a waste|clearly|obviously|necessary|essential|required|needed|enough|important|worth)\b/gi;

/** Subjects that say nothing about the topic ("most people hate their first job"). */
const EMPTY_SUBJECT = /^(?:most |many |all |some )?(?:people|everyone|everybody|nobody|no one|they|we|it|this|that|students|graduates)$/i;

/** Verbs of liking and disliking. */
const FEELING = /^(?:hate|love|like|enjoy|prefer|regret|dislike|resent)s?\b/i;

/** Adjectives a claim may turn on, asked about neutrally as "How … do you find …?". */
const JUDGED =
  /\b(?:stressful|competitive|boring|hard|difficult|easy|rewarding|demanding|tiring|exhausting|fun|dull|repetitive|risky|stable|secure|overrated|underrated|saturated|oversaturated|crowded|terrible|awful|great)\b/i;

/**
 * Verdicts on a whole field or its people, praise or blame, that "Why is X so/such a …?" takes
 * for granted ("Why is marketing such a shallow field?"): the person must defend or accept them.
 */
export const LOADED_JUDGEMENT = String.raw`(?:shallow|superficial|boring|dull|overrated|pointless|useless|meaningless|toxic|greedy|corrupt|fake|soulless|unethical|stupid|silly|thankless|miserable|awful|terrible|horrible|bad|lazy|shady|dishonest|elitist|snobby|snobbish|sexist|racist|cutthroat|cut-throat|pretentious|depressing|broken|dead-end|underpaid|overpaid|undervalued|unfair|dodgy|evil|dirty|cruel|heartless|amazing|wonderful|great|perfect|glamorous|prestigious|cool|easy|worthless|hopeless|mediocre|old-fashioned|outdated|backward|arrogant|rude|cold)`;

/** "Why is marketing such a shallow field": the topic, whose judgement is taken off. */
const WHY_SO_LOADED = new RegExp(String.raw`^why (?:is|are|was|were) (.+?) (?:so|such(?: an?)?) ${LOADED_JUDGEMENT}\b`, 'i');

/** Adjectives about whether something is needed, asked about as "How much does … matter?". */
const NEEDED = /\b(?:necessary|essential|required|needed|enough|important|crucial|worth|waste|pointless|useless)\b/i;

/** "start" becomes "starting", "specialise" "specialising", "get" "getting". */
export function gerund(verb: string): string {
  const word = verb.toLowerCase();
  if (word === 'be') return 'being';
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (/[^aeio]e$/.test(word)) return `${word.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(word)) return `${word}${word.slice(-1)}ing`;
  return `${word}ing`;
}

/** A claim split into what it is about and what it says about it. */
interface Claim {
  subject: string;
  verb: string;
  rest: string;
}

/** Splits a claim at its first predicate word whose subject is more than a lone article. */
function splitClaim(claim: string): Claim | undefined {
  const padded = ` ${claim}`;
  for (const match of padded.matchAll(PREDICATE_START)) {
    const subject = padded.slice(0, match.index).trim();
    if (/^(?:the|a|an|this|that|your|my|their|its)?$/i.test(subject)) continue;
    return { subject, verb: match[0].trim(), rest: padded.slice(match.index + match[0].length).trim() };
  }
  // No verb: "the market for lawyers oversaturated" ends on what is said about it.
  const last = /^(.+?)\s+(\w+(?:ed|ive|ful|ous|able|ible|ic|al|y)|\w+)$/.exec(claim);
  if (last?.[1] !== undefined && (JUDGED.test(last[2] ?? '') || /(?:ed|ive|ful|ous|able|ible)$/.test(last[2] ?? '')))
    return { subject: last[1], verb: '', rest: last[2] ?? '' };
  return undefined;
}

/** Ends a rewrite: first letter up, one question mark. */
const asQuestion = (text: string): string => `${upperFirst(text.replace(/\s+/g, ' ').trim())}?`;

/** "It is better to start…" as the trade-offs of starting, or undefined. */
function tradeOffs(claim: string): string | undefined {
  const better =
    /^(?:(?:wouldn't|isn't|is|would|won't) it|it(?: is|'s| would be| will be| be)?) (?:be )?(?:\w+er|best|wiser|safer|more \w+) (?:for (?:me|someone|people|a student) )?to (\w+)(.*)$/i.exec(
      claim,
    );
  return better === null ? undefined : asQuestion(`What do you see as the trade-offs of ${gerund(better[1] ?? 'do')}${better[2] ?? ''}`);
}

/** The neutral question when a claim names nothing the rewrite could ask about. */
export const NEUTRAL_FALLBACK = 'What has your own experience of this been like so far?';

/** A phrase cut where a predicate starts, when the tagger took a verb into it ("networking matters"). */
function withoutPredicate(phrase: string): string {
  return splitClaim(phrase)?.subject ?? phrase;
}

/** What a claim says about its topic, asked about neutrally; every template keeps "you" as its subject, so no verb has to agree with the topic. */
function askAbout(topic: string, said: string): string {
  if (/\b(?:dying|dead|growing|shrinking|declining|booming|doomed|finished|over|replace|take over|disappear|future)\b/i.test(said)) {
    return asQuestion(`Where do you see ${topic} heading over the next few years`);
  }
  if (NEEDED.test(said) || /\ba must\b/i.test(said)) return asQuestion(`How important have you found ${topic} to be`);
  if (/\b(?:improves?|improving|grows?|rises?|increases?|goes up|gets? better|gets? worse|drops?|falls?|changes?)\b/i.test(said)) {
    return asQuestion(`How have you seen ${topic} change over time`);
  }
  if (!JUDGED.test(said) && /\b(?:better|worse|best|worst|\w+er)\b/i.test(said)) return asQuestion(`How would you compare ${topic} with the alternatives`);
  return asQuestion(`How would you describe ${topic}, in your experience`);
}

/** "How would you compare X with Y?" for a claim that one thing beats another, or undefined. */
function comparison(claim: string): string | undefined {
  const [before, after] = claim.split(/\s+than\s+/i);
  if (before === undefined || after === undefined) return undefined;
  const compared = nounPhrases(before)
    .filter((phrase) => !phrase.comparative)
    .at(-1)?.text;
  // The tagger can miss a gerund subject ("consulting so much better"): then the words before the predicate.
  const cut = compared === undefined ? splitClaim(before)?.subject : withoutPredicate(compared);
  const other = claimTopic(after) ?? (after.split(/\s+/).length <= 4 ? after : undefined);
  const empty = (side: string | undefined): boolean =>
    side === undefined || /^(?:they|them|it|this|that|more|less|most people|people|we|you)$/i.test(side.trim());
  return empty(cut) || empty(other) ? undefined : asQuestion(`How would you compare ${lowerFirst(cut ?? '')} with ${lowerFirst(other ?? '')}`);
}

/** A neutral, open version of a leading question about the same topic. */
export function neutralise(question: string): string {
  const bare = question
    .trim()
    .replace(/[\s?.!]+$/, '')
    .replace(AGREEMENT_TAG, '')
    .trim();
  const feeling =
    /^(?:(?:surely |clearly |obviously )?you (?:must |surely |probably )?|i (?:suppose|bet|guess|imagine|assume) (?:that )?you (?:must |probably )?|how much do you |(?:don't|doesn't) you )(love|hate|dislike|adore|enjoy|like|regret|resent) (.+)$/i.exec(
      bare,
    );
  if (feeling !== null) {
    const [, verb = 'like', what = 'the work'] = feeling;
    return asQuestion(/^(?:regret|resent)$/i.test(verb) ? `How do you feel now about ${what}` : `How do you find ${what}`);
  }
  const found = /^(?:(?:don't|doesn't|wouldn't) (?:you|they)|you (?:must|surely|probably|would)) find (.+?) (\w+)$/i.exec(bare);
  if (found !== null) return asQuestion(`How do you find ${found[1] ?? 'it'}`);
  const habit = /^you (?:probably |must |surely |always |often )?(work|travel|deal with|spend|take|bring|get|have to|need to) (.+)$/i.exec(bare);
  if (habit !== null) return asQuestion(`How often do you ${habit[1] ?? 'work'} ${habit[2] ?? ''}`);
  const loaded = WHY_SO_LOADED.exec(bare);
  if (loaded !== null) return asQuestion(`How do you see ${lowerFirst(loaded[1] ?? 'the field')}, from where you stand`);
  const claim = bare.replace(LEADING_FRAME, '');
  // "Wouldn't my son be better off studying X": the choice is the topic, not the relative.
  const choice = /^my \w+\b.*?\b((?:studying|doing|taking|going into|choosing|becoming|training as|working in) .+)$/i.exec(claim);
  if (choice !== null) return asQuestion(`What do you see as the trade-offs of ${choice[1] ?? 'that choice'}`);
  const without = /^(?:you|one|people|someone|students?|anyone) (?:can't|cannot|can not|won't|couldn't) (\w+)(.*?) without (.+)$/i.exec(claim);
  if (without !== null) return asQuestion(`What role does ${without[3] ?? 'experience'} play in ${gerund(without[1] ?? 'get')}${without[2] ?? ''}`);
  const weighed = tradeOffs(bare) ?? tradeOffs(claim) ?? comparison(claim);
  if (weighed !== undefined) return weighed;
  const parts = splitClaim(claim);
  if (parts !== undefined && EMPTY_SUBJECT.test(parts.subject) && parts.rest !== '') {
    const people = lowerFirst(parts.subject)
      .replace(/^(?:most|many|all|some) /i, '')
      .replace(/^(?:everyone|everybody|no one|nobody)$/i, 'people');
    if (FEELING.test(parts.verb)) return asQuestion(`How do ${people} usually feel about ${parts.rest}`);
    // "most people quit teaching after five years": how common the habit is.
    if (
      /^[a-z]+$/i.test(parts.verb) &&
      !/s$|^(?:is|are|was|were|will|would|can|could|should|must|has|have|had|do|does|be|so|too|really|very|much|far|way|more|less)$/i.test(parts.verb)
    ) {
      return asQuestion(`How common is it for people to ${parts.verb.toLowerCase()} ${parts.rest}`);
    }
    return asQuestion(`What is your own view of ${parts.rest.replace(/^(?:that|to)\s+/i, '')}`);
  }
  const tagged = claimTopic(claim);
  // When the tagger finds no topic ("teaching basically a dead end"), a short subject before the predicate is one.
  const shortSubject = parts !== undefined && parts.subject.split(/\s+/).length <= 4 ? parts.subject : undefined;
  const topic = tagged === undefined ? shortSubject : withoutPredicate(tagged);
  if (topic === undefined || /^(?:you|i|it|they|we|this|that)$/i.test(topic)) return NEUTRAL_FALLBACK;
  if (/^the (?:\w+est|most \w+) (?:part|thing|aspect|challenge)\b/i.test(topic)) return asQuestion(`What is ${lowerFirst(topic)} of the work for you`);
  return askAbout(lowerFirst(topic), claim.slice(topic.length));
}
