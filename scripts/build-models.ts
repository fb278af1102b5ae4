/**
 * `npm run build:models`: trains the two classifiers as first use would (the rehearsal persona's
 * topic classifier and the question checker's meaning layer) and writes what they learn, stamped
 * with the hash of their inputs, to assets/models/. Deterministic: the same inputs give the same
 * bytes. Run it after changing their examples, features or settings and commit the files
 * (test/domain/practice/trained-models.test.ts fails until then, and first use trains in-process).
 */
import '../src/assets/provide-model-assets.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { weightsFile } from '../src/assets/model-assets.js';
import { buildModel } from '../src/domain/practice/understand/model.js';
import { modelFileOf, type Maker } from '../src/domain/practice/understand/trained.js';
import { buildMeaningReader } from '../src/domain/questions/checker-meaning.js';

/** Trains in-process and writes the model's file. */
const trainAndWrite: Maker = (training) => {
  const parts = training.train();
  const bytes = modelFileOf(training, parts);
  const file = weightsFile(training.model);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  process.stdout.write(`wrote ${file}: ${bytes.byteLength} bytes\n`);
  return parts;
};

buildModel(trainAndWrite);
buildMeaningReader(trainAndWrite);
