/**
 * What the topic classifier learns from its labelled examples (see examples.ts), built once on
 * first use: a BM25 index of their lemmas, word vectors to read words the examples never use,
 * and a softmax classifier over their words, word pairs and meaning vectors, trained on each
 * example as written and once more behind a lead-in (see lead-ins.ts; its weights read from
 * their file when current: see trained.ts). Deterministic: the same examples and vectors
 * always give the same model.
 */
import { QUESTION_CATEGORIES } from '../../questions/question-types.js';
import { Bm25Index, MAX_IDF } from './bm25.js';
import { Vocabulary } from './edit-distance.js';
import { labelledTexts } from './examples.js';
import { frameFeatures } from './frame.js';
import { withLeadIn } from './lead-ins.js';
import { contentWords, isTopicTerm, KNOWN_WORDS, lemma, terms, tokens } from './lemma.js';
import { MeaningSpace, Neighbours, type WeightedWord } from './meaning.js';
import type { LabelledTopic } from './phrasings.js';
import { SoftmaxClassifier, type Features } from './softmax.js';
import { loadOrTrain, softmaxTraining, stampOf, type Maker } from './trained.js';
import { wordVectors } from './word-vectors.js';

/**
 * How much a word the examples never use counts in a meaning vector, against at most 1 for a
 * word they use (its BM25 weight): such a word is as often a field's name as a new way to ask.
 */
const UNKNOWN_WORD_WEIGHT = 0.4;
/**
 * Softmax training: rounds of full-batch gradient descent, step size and L2 penalty. The step
 * is small enough for the weights to settle rather than swing (at three times this step the
 * accuracy on every labelled set jumped by several points with a few more rounds or examples),
 * and there are enough rounds for the accuracy to stop moving; the penalty keeps a word seen in
 * one example from deciding alone. About 3 s of CPU, spent by `npm run build:models`.
 */
const TRAINING = { rounds: 150, learningRate: 10, l2: 0.001 } as const;

/** The classifier's parts, built on first use. */
export interface Model {
  /** Lemmas of every example, for BM25 nearest neighbours. */
  index: Bm25Index<LabelledTopic>;
  /** Meaning vectors, centred on the examples'. */
  meaning: MeaningSpace;
  /** The words the examples use, found by meaning. */
  neighbours: Neighbours;
  softmax: SoftmaxClassifier<LabelledTopic>;
  /** The words the examples use, for spelling correction. */
  words: Vocabulary;
}

/** How much a word counts in a meaning vector: its BM25 weight when the examples use it. */
export function weightOf(index: Bm25Index<LabelledTopic>, term: string): number {
  if (!isTopicTerm(term)) return 0;
  return index.knows(term) ? index.idf(term) / MAX_IDF : UNKNOWN_WORD_WEIGHT;
}

/** A text's words for its meaning vector, each weighted by {@link weightOf}. */
function meaningWords(index: Bm25Index<LabelledTopic>, text: string): WeightedWord[] {
  return contentWords(text).map((word) => ({ word, weight: weightOf(index, lemma(word)) }));
}

/**
 * What the softmax classifier reads of a text: its topic lemmas, every pair of neighbouring
 * words (function words included: "did you" and "should i" ask different things), its first
 * word, its frame (who it asks about, when, in what mood: see frame.ts) and its meaning vector.
 */
export function features(text: string, lemmas: readonly string[], meaning: Float32Array | null): Features {
  const words = tokens(text);
  const pairs = words.slice(1).map((word, i) => `pair:${words[i] ?? ''}_${word}`);
  return { sparse: [...lemmas.map((t) => `lemma:${t}`), ...pairs, `first:${words[0] ?? ''}`, ...frameFeatures(text)], dense: meaning };
}

/** The name of the softmax classifier's file (assets/models/practice-topic.bin). */
const TOPIC_MODEL = 'practice-topic';
/** Raise it when the features or their settings change: it is part of the file's stamp (see trained.ts). */
const TOPIC_VERSION = 2;

let model: Model | undefined;

/** The model, built on first use from the labelled examples and the word vectors (its softmax read from its file when current). */
export function theModel(): Model {
  model ??= buildModel(loadOrTrain);
  return model;
}

/** Builds the model from the labelled examples and the word vectors; `make` trains its softmax or reads it (see trained.ts). */
export function buildModel(make: Maker): Model {
  const texts = labelledTexts();
  const vectors = wordVectors();
  const lemmas = texts.map(({ text }) => terms(text));
  const index = new Bm25Index(texts.map(({ label }, i) => ({ label, terms: lemmas[i] ?? [] })).filter((e) => e.terms.length > 0));
  const meaning = new MeaningSpace(
    vectors,
    texts.map(({ text }) => meaningWords(index, text)),
  );
  const labels: LabelledTopic[] = ['small-talk', ...QUESTION_CATEGORIES];
  const stamp = stampOf(TOPIC_VERSION, UNKNOWN_WORD_WEIGHT, MAX_IDF, TRAINING, texts);
  const softmax = make(
    softmaxTraining(
      TOPIC_MODEL,
      stamp,
      labels,
      () =>
        new SoftmaxClassifier<LabelledTopic>(
          labels,
          vectors.dimensions,
          [...texts, ...texts.map(({ label, text }, i) => ({ label, text: withLeadIn(text, i) }))].map(({ label, text }) => ({
            label,
            features: features(text, terms(text), meaning.vectorOf(meaningWords(index, text))),
          })),
          TRAINING,
        ),
    ),
  );
  const exampleWords = texts.flatMap(({ text }) => contentWords(text));
  return { index, meaning, softmax, neighbours: new Neighbours(vectors, exampleWords), words: new Vocabulary([...exampleWords, ...KNOWN_WORDS]) };
}
