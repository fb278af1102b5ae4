/**
 * The noun phrases of a claim, found by compromise's part-of-speech tagger, so that a
 * rewrite can name what a leading question is about ("the pay", "a master's degree")
 * without carrying the rest of its clause along ("the pay improves after a few years").
 * See https://github.com/spencermountain/compromise (nouns(), tags).
 */
import nlp from 'compromise';

/** A noun phrase the student wrote, and where it ends in the claim. */
export interface NounPhrase {
  readonly text: string;
  readonly end: number;
  /** Whether it holds a comparative ("a safer first employer"), so it is the thing said, not the thing compared. */
  readonly comparative: boolean;
}

/** Leading words that make a phrase read as a claim rather than a thing ("most", "more"). */
const LOOSE_START = /^(?:most|more|less|much|many|so|too|very|really|clearly|obviously)\s+/i;

/** Words the tagger sometimes takes for nouns that never name a topic ("startups pay less than…"). */
const NOT_A_TOPIC = /^(?:less|more|fewer|much|many|most|matters?|lot|lots|way|everything|anything|something|nothing)$/i;

/** The noun phrases of a claim, in order, as written. */
export function nounPhrases(claim: string): NounPhrase[] {
  const found: NounPhrase[] = [];
  let from = 0;
  const lower = claim.toLowerCase();
  for (const phrase of nlp(claim).nouns().json() as { text: string; terms: { tags: string[] }[] }[]) {
    const text = phrase.text.replace(/[\s,.;:!?]+$/, '').replace(LOOSE_START, '');
    const at = lower.indexOf(text.toLowerCase(), from);
    if (text === '' || NOT_A_TOPIC.test(text) || at < 0) continue;
    from = at + text.length;
    found.push({ text: claim.slice(at, from), end: from, comparative: phrase.terms.some((term) => term.tags.includes('Comparative')) });
  }
  return found;
}

/**
 * What a claim is about: the words from its start to the end of its first noun phrase
 * ("coding bootcamps" in "coding bootcamps are enough", where the tagger keeps only
 * "bootcamps"), or undefined when the claim does not open on one within a few words.
 */
export function claimTopic(claim: string): string | undefined {
  const phrases = nounPhrases(claim);
  const first = phrases[0];
  if (first === undefined) return undefined;
  let end = first.end;
  // "the market for lawyers": a phrase that follows on through "for", "of" or "in" belongs to the topic.
  for (const next of phrases.slice(1)) {
    if (!/^\s+(?:of|for|in|at|on) $/i.test(claim.slice(end, next.end - next.text.length))) break;
    end = next.end;
  }
  const topic = claim.slice(0, end).trim();
  return topic.split(/\s+/).length <= 6 ? topic : undefined;
}
