import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as practiceSets from '../../../eval/practice/question-set.js';
import { FRESH_QUESTIONS_2 } from '../../../eval/questions/fresh-set-2.js';
import { fileModelAssets, weightsFile } from '../../../src/assets/model-assets.js';
import { contentWords, lemma, terms } from '../../../src/domain/practice/understand/lemma.js';
import { provideModelAssets } from '../../../src/domain/practice/understand/model-assets.js';
import { decodeModelFile, encodeModelFile } from '../../../src/domain/practice/understand/model-file.js';
import { buildModel, features, weightOf, type Model } from '../../../src/domain/practice/understand/model.js';
import { loadOrTrain, modelFileOf, type Maker } from '../../../src/domain/practice/understand/trained.js';
import { buildMeaningReader, type MeaningReader } from '../../../src/domain/questions/checker-meaning.js';
import { TRAINING_SETS } from '../../../src/domain/questions/checker-meaning-examples.js';
import { normaliseForMatching } from '../../../src/domain/questions/checker-normalise.js';

const practiceQuestions = [practiceSets.EVAL_QUESTIONS, practiceSets.FRESH_QUESTIONS, practiceSets.UNSEEN_QUESTIONS, practiceSets.UNSEEN_2_QUESTIONS]
  .flat()
  .map((q) => q.text);
const checkerQuestions = [...Object.values(TRAINING_SETS).flat(), ...FRESH_QUESTIONS_2].map((q) => normaliseForMatching(q.question));

/** Both models trained in-process, with the bytes `npm run build:models` would write for each. */
const fresh = (() => {
  const files = new Map<string, Uint8Array>();
  const trainAndRecord: Maker = (training) => {
    const parts = training.train();
    files.set(training.model, modelFileOf(training, parts));
    return parts;
  };
  return { topic: buildModel(trainAndRecord), meaning: buildMeaningReader(trainAndRecord), files };
})();

/** The warnings given while building both models from their files, through the file assets. */
function loadBoth(): { topic: Model; meaning: MeaningReader; warnings: string[] } {
  const warnings: string[] = [];
  provideModelAssets(fileModelAssets((message) => warnings.push(message)));
  return { topic: buildModel(loadOrTrain), meaning: buildMeaningReader(loadOrTrain), warnings };
}

/** The topic softmax's reading of a question, as the topic classifier asks it. */
function topicScores(model: Model, text: string): { label: string; score: number }[] {
  const weighted = contentWords(text).map((word) => ({ word, weight: weightOf(model.index, lemma(word)) }));
  return model.softmax.classify(features(text, terms(text), model.meaning.vectorOf(weighted)));
}

afterEach(() => {
  provideModelAssets(fileModelAssets((message) => process.stderr.write(`${message}\n`)));
});

describe('precomputed models (assets/models/)', () => {
  it('are what `npm run build:models` writes from the current examples, features and settings', () => {
    expect([...fresh.files.keys()].sort()).toEqual(['practice-topic', 'question-meaning']);
    for (const [model, bytes] of fresh.files) {
      const committed = readFileSync(weightsFile(model));
      expect(Buffer.compare(committed, bytes) === 0, `assets/models/${model}.bin is out of date: run npm run build:models and commit it`).toBe(true);
    }
  });

  it('are read back without training or warning, and answer exactly as freshly trained models on the eval sets', () => {
    const loaded = loadBoth();
    expect(loaded.warnings, 'a model file is stale: run npm run build:models and commit it').toEqual([]);
    for (const text of practiceQuestions) expect(topicScores(loaded.topic, text)).toEqual(topicScores(fresh.topic, text));
    for (const text of checkerQuestions) expect(loaded.meaning.read(text)).toEqual(fresh.meaning.read(text));
    const rewrites = ['What do people in your role usually earn?', 'What is the usual path into your field?'];
    for (const text of checkerQuestions) expect(loaded.meaning.closest(text, rewrites)).toBe(fresh.meaning.closest(text, rewrites));
  });

  it('trains in-process with one warning naming the build command when a file is missing, damaged or stale', () => {
    const real = fileModelAssets(() => undefined);
    const current = decodeModelFile(readFileSync(weightsFile('practice-topic')));
    expect(current).toBeDefined();
    const stale = encodeModelFile({ ...current!, stamp: 'the stamp of other examples' });
    for (const bytes of [undefined, new Uint8Array([1, 2, 3]), stale]) {
      const warnings: string[] = [];
      provideModelAssets({ wordVectors: () => real.wordVectors(), weights: () => bytes, warn: (message) => warnings.push(message) });
      const model = buildModel(loadOrTrain);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/practice-topic.*npm run build:models/);
      expect(topicScores(model, practiceQuestions[0] ?? '')).toEqual(topicScores(fresh.topic, practiceQuestions[0] ?? ''));
    }
  });
});
