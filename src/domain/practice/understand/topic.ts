/**
 * What a student's question is about, found by similarity: the question's lemmas are scored
 * (BM25) against the question bank's labelled questions and Rapport's own labelled
 * phrasings, and the labels of the closest examples vote. The keyword rules add a vote of
 * their own, decide near-ties, and recognise a close or small talk outright. Deterministic; the index is built once, on
 * first use, from whatever the bank holds then. `npm run bench:practice-classify` measures it.
 */
import { QUESTION_BANK } from '../../questions/bank/index.js';
import type { QuestionCategory } from '../../questions/types.js';
import { CATCH_ALL, NAME_PERMISSION, REFERRAL_ASK, SMALL_TALK } from '../phrases.js';
import { hasAny } from '../text.js';
import { wordCount } from '../../text.js';
import { Bm25Index } from './bm25.js';
import { Vocabulary } from './edit-distance.js';
import { contentWords, isTopicTerm, KNOWN_WORDS, lemma, terms } from './lemma.js';
import { TRAINING_PHRASINGS, type LabelledTopic } from './phrasings.js';
import { ruleTopic } from './rules.js';

/** A question's topic, or `unclear` when it is too unlike every example to answer. */
export type Topic = LabelledTopic | 'unclear';

/** How a question was understood. `unknownWords` are the words nothing in the examples uses. */
export interface Understanding {
  topic: Topic;
  /** The winning topic's share of the votes, 0 to 1. */
  confidence: number;
  unknownWords: string[];
}

/** How many of the closest examples vote, and how much each counts (closest first). */
const VOTE_WEIGHTS = [1, 0.7, 0.5] as const;
/** Below this best similarity a question shares too little with any example to be answered. */
const MIN_SIMILARITY = 1.2;
/** When the runner-up has at least this share of the winner's votes, the rules may decide. */
const NEAR_TIE = 0.7;
/** When the closest example is this much closer than any example of another topic, its topic is taken as it is. */
const CLEAR_LEAD = 1.6;
/** The rules' vote, as a share of the closest example's similarity: enough to sway a close call, not to overrule a clear one. */
const RULE_VOTE = 0.6;

/** A greeting or thanks before the question ("Hey, thanks for picking up, how are you?"). */
const GREETING = /^\W*((hi|hello|hey|good (morning|afternoon|evening))\b[^,.!?]*[,.!]\s*)?((thanks|thank you)\b[^,.!?]*[,.!]\s*)?/i;

/** How much more the noun a question asks about counts than its other words. */
const FOCUS_WEIGHT = 2;
/** The noun a question asks about ("Which *certifications*...", "What *skills*..."). */
const FOCUS = /\b(what|which)\s+(kind of |kinds of |sort of |type of |types of )?([a-z]+)/;

/** Small talk is short: a longer question that opens with "how is your day" is about the work. */
const SMALL_TALK_WORDS = 6;

/** The index and the words its examples use (for spelling correction), built on first use. */
interface Model {
  index: Bm25Index<LabelledTopic>;
  words: Vocabulary;
}

let model: Model | undefined;

function labelledTexts(): { label: LabelledTopic; text: string }[] {
  const bank = QUESTION_BANK.map((q) => ({ label: q.category, text: q.text }));
  const own = Object.entries(TRAINING_PHRASINGS).flatMap(([label, texts]) => texts.map((text) => ({ label: label as LabelledTopic, text })));
  return [...bank, ...own];
}

function theModel(): Model {
  if (model !== undefined) return model;
  const texts = labelledTexts();
  const examples = texts.map(({ label, text }) => ({ label, terms: terms(text) })).filter((e) => e.terms.length > 0);
  model = { index: new Bm25Index(examples), words: new Vocabulary([...texts.flatMap(({ text }) => contentWords(text)), ...KNOWN_WORDS]) };
  return model;
}

/**
 * The question's terms, without the words of the subject under discussion (a field's name says
 * nothing about what is asked); a misspelt word is read as the known word it is closest to.
 */
function queryTerms(question: string, subject: string): { known: string[]; unknown: string[] } {
  const { index, words } = theModel();
  const known: string[] = [];
  const unknown: string[] = [];
  const subjectWords = new Set(contentWords(subject));
  for (const word of contentWords(question).filter((w) => !subjectWords.has(w))) {
    const direct = lemma(word);
    const corrected = index.knows(direct) || words.has(word) ? null : words.closest(word);
    const term = corrected === null ? direct : lemma(corrected);
    if (!isTopicTerm(term)) continue;
    if (index.knows(term)) known.push(term);
    else unknown.push(word);
  }
  return { known, unknown };
}

/**
 * Understands a question: its topic, how sure, and which words were not understood. `subject`
 * is what the conversation is about ("UX design"), when known.
 */
export function understandQuestion(question: string, subject = ''): Understanding {
  if (hasAny(question, [...REFERRAL_ASK, ...NAME_PERMISSION, ...CATCH_ALL])) return { topic: 'closing', confidence: 1, unknownWords: [] };
  const { known, unknown } = queryTerms(question, subject);
  if (hasAny(question, SMALL_TALK) && (known.length === 0 || wordCount(question.replace(GREETING, '')) <= SMALL_TALK_WORDS)) {
    return { topic: 'small-talk', confidence: 1, unknownWords: unknown };
  }
  const focus = FOCUS.exec(question.toLowerCase())?.[3];
  const focusTerm = focus === undefined ? undefined : lemma(focus);
  const hits = theModel().index.search(known, new Map(focusTerm === undefined ? [] : [[focusTerm, FOCUS_WEIGHT]]));
  const best = hits[0];
  if (best === undefined || best.score < MIN_SIMILARITY) {
    const rule = ruleTopic(question);
    return rule === null ? { topic: 'unclear', confidence: 0, unknownWords: unknown } : { topic: rule, confidence: 0.5, unknownWords: unknown };
  }
  const runnerUp = hits.find((hit) => hit.label !== best.label);
  if (runnerUp === undefined || best.score >= CLEAR_LEAD * runnerUp.score) return { topic: best.label, confidence: 1, unknownWords: unknown };
  const votes = new Map<LabelledTopic, number>();
  hits.slice(0, VOTE_WEIGHTS.length).forEach((hit, rank) => {
    votes.set(hit.label, (votes.get(hit.label) ?? 0) + (VOTE_WEIGHTS[rank] ?? 0) * hit.score);
  });
  const rule = ruleTopic(question);
  if (rule !== null) votes.set(rule, (votes.get(rule) ?? 0) + RULE_VOTE * best.score);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, v]) => sum + v, 0);
  const [first, second] = ranked;
  if (first === undefined) return { topic: 'unclear', confidence: 0, unknownWords: unknown };
  const tieBroken = second !== undefined && second[1] >= first[1] * NEAR_TIE && rule === second[0] ? second : first;
  return { topic: tieBroken[0], confidence: tieBroken[1] / total, unknownWords: unknown };
}

/** The topic of a question (see {@link understandQuestion}). */
export function classifyQuestion(question: string, subject = ''): Topic {
  return understandQuestion(question, subject).topic;
}

/** Whether a topic is one of the question bank's categories (not small talk, not unclear). */
export function isCategory(topic: Topic): topic is QuestionCategory {
  return topic !== 'unclear' && topic !== 'small-talk';
}
