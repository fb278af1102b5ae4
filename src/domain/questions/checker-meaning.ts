/**
 * The checker's meaning layer: a softmax classifier that reads what a question asks for rather
 * than how it is worded, so that "what lands in your bank account each month" is read as a pay
 * question and "could I tag along with your team" as a job ask although no rule names them.
 * It reads every word's rough lemma (function words too: "your salary" and "salaries" ask
 * different things), neighbouring word pairs, the opening words, and a meaning vector from
 * word vectors (so "borrow" lands near "loan"). Trained from zero weights by a fixed number of
 * full-batch rounds, so the same examples always give the same model: `npm run build:models`
 * trains it ahead, and first use reads what it learnt from its file when current (see trained.ts).
 */
import { lemma, tokens, contentWords, isTopicTerm } from '../practice/understand/lemma.js';
import { MeaningSpace, type WeightedWord } from '../practice/understand/meaning.js';
import { SoftmaxClassifier, type Features, type SoftmaxSettings } from '../practice/understand/softmax.js';
import { loadOrTrain, stampOf, type Maker } from '../practice/understand/trained.js';
import { wordVectors, type WordVectors } from '../practice/understand/word-vectors.js';
import { normaliseForMatching } from './checker-normalise.js';
import { bankExamples, examplesOf, MEANING_FAMILIES, TRAINING_SETS, type MeaningExample, type MeaningFamily } from './checker-meaning-examples.js';
import { meaningTraining, type MeaningParts } from './checker-meaning-kept.js';

/**
 * Training: rounds of full-batch gradient descent, step size and L2 penalty. A larger step
 * (30) oscillates and leaves training questions misread; 100 rounds of 10 fit all but one.
 */
const TRAINING: SoftmaxSettings = { rounds: 100, learningRate: 10, l2: 0.001 };

/** How much a word no training question uses counts in a meaning vector, against up to 1 for known words. */
const UNKNOWN_WORD_WEIGHT = 0.5;

/** The family the classifier reads in a question, with how sure it is. */
export interface MeaningGuess {
  readonly family: MeaningFamily;
  /** The family's probability, 0 to 1. */
  readonly confidence: number;
  /** Every family's probability, 0 to 1: they add up to 1. */
  readonly scores: Readonly<Record<MeaningFamily, number>>;
}

/** A trained meaning layer: reads a question's family. */
export interface MeaningReader {
  /** The family of a question as {@link normaliseForMatching} gives it (the checker has it at hand). */
  read(matchable: string): MeaningGuess;
  /** Of the candidates, the one closest in meaning to the question (the first on a tie or when none can be compared). */
  closest(matchable: string, candidates: readonly string[]): string | undefined;
}

/** The dot product of two unit vectors: their cosine. */
function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += (a[d] ?? 0) * (b[d] ?? 0);
  return dot;
}

/** How rare each content word is among the training questions, 0 (in every one) to 1 (in one). */
function rarity(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of new Set(contentWords(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  const most = Math.log(texts.length + 1);
  return new Map([...counts].map(([word, count]) => [word, Math.log((texts.length + 1) / count) / most]));
}

/** The content words of a question, each weighted by its rarity. */
function weightedWords(text: string, rare: ReadonlyMap<string, number>): WeightedWord[] {
  return contentWords(text)
    .filter((word) => isTopicTerm(lemma(word)))
    .map((word) => ({ word, weight: rare.get(word) ?? UNKNOWN_WORD_WEIGHT }));
}

/** What the classifier reads of a question (already normalised). */
function featuresOf(text: string, space: MeaningSpace, rare: ReadonlyMap<string, number>): Features {
  const lemmas = tokens(text).map(lemma);
  const pairs = lemmas.slice(1).map((word, i) => `pair:${lemmas[i] ?? ''}_${word}`);
  return {
    sparse: [...lemmas.map((word) => `word:${word}`), ...pairs, `first:${lemmas.slice(0, 2).join('_')}`],
    dense: space.vectorOf(weightedWords(text, rare)),
  };
}

/** Learns the meaning layer's parts from labelled examples and the word vectors. */
function learnMeaning(examples: readonly MeaningExample[], settings: SoftmaxSettings, vectors: WordVectors): MeaningParts {
  const texts = examples.map(({ text }) => normaliseForMatching(text));
  const rare = rarity(texts);
  const space = new MeaningSpace(
    vectors,
    texts.map((text) => weightedWords(text, rare)),
  );
  const softmax = new SoftmaxClassifier<MeaningFamily>(
    MEANING_FAMILIES,
    vectors.dimensions,
    examples.map(({ family }, i) => ({ label: family, features: featuresOf(texts[i] ?? '', space, rare) })),
    settings,
  );
  return { rare, space, softmax };
}

/** The meaning layer that reads with the parts learnt. */
function readerOf({ rare, space, softmax }: MeaningParts): MeaningReader {
  // The rewrites offered are few and fixed: their vectors are worked out once.
  const candidateVectors = new Map<string, Float32Array | null>();
  return {
    read(matchable) {
      const ranked = softmax.classify(featuresOf(matchable, space, rare));
      const [top] = ranked;
      const scores = Object.fromEntries(ranked.map(({ label, score }) => [label, score])) as Record<MeaningFamily, number>;
      return { family: top?.label ?? 'good', confidence: top?.score ?? 0, scores };
    },
    closest(matchable, candidates) {
      const target = space.vectorOf(weightedWords(matchable, rare));
      let best = candidates[0];
      let bestScore = -Infinity;
      for (const candidate of candidates) {
        let vector = candidateVectors.get(candidate);
        if (vector === undefined) candidateVectors.set(candidate, (vector = space.vectorOf(weightedWords(normaliseForMatching(candidate), rare))));
        const score = target === null || vector === null ? -Infinity : cosine(target, vector);
        if (score > bestScore) [best, bestScore] = [candidate, score];
      }
      return best;
    },
  };
}

/** Trains a meaning layer on labelled examples and the word vectors. */
export function trainMeaning(examples: readonly MeaningExample[], settings: SoftmaxSettings = TRAINING, vectors: WordVectors = wordVectors()): MeaningReader {
  return readerOf(learnMeaning(examples, settings, vectors));
}

/** Raise it when the features or their settings change: it is part of the file's stamp (see trained.ts). */
const MEANING_VERSION = 1;

/** The meaning layer of every labelled set it may learn from; `make` trains it or reads it (see trained.ts). */
export function buildMeaningReader(make: Maker): MeaningReader {
  const examples = [...examplesOf(Object.values(TRAINING_SETS).flat()), ...bankExamples()];
  const vectors = wordVectors();
  const stamp = stampOf(MEANING_VERSION, UNKNOWN_WORD_WEIGHT, TRAINING, examples);
  return readerOf(make(meaningTraining(stamp, vectors, () => learnMeaning(examples, TRAINING, vectors))));
}

let trained: MeaningReader | undefined;

/** The meaning layer, built on first use (read from its file when current). */
export function meaningReader(): MeaningReader {
  trained ??= buildMeaningReader(loadOrTrain);
  return trained;
}
