/**
 * Where a trained model comes from: trained in-process, or read from the file `npm run
 * build:models` wrote (assets/models/, through the {@link ModelAssets} port) when its stamp is
 * that of the training at hand. A stamp is a hash of the training's inputs: its examples, its
 * settings and its model's version constant, which is raised when feature or training code
 * changes (a unit test, trained-weights.test.ts, fails until the files are rebuilt). A file made
 * from other inputs is never used: the model is trained as before, with one warning.
 */
import { createHash } from 'node:crypto';
import { decodeModelFile, encodeModelFile, keepSoftmax, restoreSoftmax, type Kept } from './model-file.js';
import { modelAssets } from './model-assets.js';
import { SoftmaxClassifier } from './softmax.js';

/** How a model is trained, and how what it learns is kept in its file and read back. */
export interface Training<P> {
  /** Its file's name under assets/models/. */
  readonly model: string;
  /** The hash of its inputs ({@link stampOf}). */
  readonly stamp: string;
  /** Trains it in-process. */
  train(): P;
  /** What of it its file keeps. */
  keep(parts: P): Kept;
  /** It back from what its file kept; undefined when that does not fit. */
  restore(kept: Kept): P | undefined;
}

/** Gets a trained model: trains it, or reads it, or trains it and writes its file. */
export type Maker = <P>(training: Training<P>) => P;

/** The hash of a training's inputs: a model's version constant, its settings, its examples (anything JSON can write). */
export function stampOf(...inputs: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** The bytes of a model's file. */
export function modelFileOf<P>(training: Training<P>, parts: P): Uint8Array {
  return encodeModelFile({ stamp: training.stamp, ...training.keep(parts) });
}

/** Trains in-process. */
export const trainInProcess: Maker = (training) => training.train();

/** Reads the model's file when its stamp is the training's; else warns and trains. */
export const loadOrTrain: Maker = (training) => {
  const assets = modelAssets();
  const bytes = assets.weights(training.model);
  const file = bytes === undefined ? undefined : decodeModelFile(bytes);
  const restored = file?.stamp === training.stamp ? training.restore(file) : undefined;
  if (restored !== undefined) return restored;
  assets.warn(
    `The ${training.model} model's file (assets/models/) is ${bytes === undefined ? 'missing' : 'out of date'}: trained in-process instead (a slower first use). Run npm run build:models.`,
  );
  return training.train();
};

/** A softmax classifier's training: its weights are what its file keeps. */
export function softmaxTraining<L extends string>(
  model: string,
  stamp: string,
  labels: readonly L[],
  train: () => SoftmaxClassifier<L>,
): Training<SoftmaxClassifier<L>> {
  return {
    model,
    stamp,
    train,
    keep: (classifier) => keepSoftmax(classifier.weights()),
    restore: (kept) => {
      const weights = restoreSoftmax(kept, labels);
      return weights === undefined ? undefined : SoftmaxClassifier.fromWeights(weights);
    },
  };
}
