/**
 * The port through which the classifiers get their data files: the domain reads no file itself.
 * The composition root (src/main.ts), the tests' setup and the scripts provide an implementation
 * (src/assets/model-assets.ts reads assets/); nothing is read until a classifier is first used.
 */

/** What the classifiers need from outside. */
export interface ModelAssets {
  /** The bytes of the word vectors file (assets/word-vectors.bin). */
  wordVectors(): Uint8Array;
  /** The bytes of a model's precomputed weights (written by `npm run build:models`), or undefined when there are none. */
  weights(model: string): Uint8Array | undefined;
  /** Reports something an operator should know (stale weights), once per occurrence. */
  warn(message: string): void;
}

let provided: ModelAssets | undefined;

/** Sets where the classifiers' data comes from; called once by whoever starts the program (later calls replace it). */
export function provideModelAssets(assets: ModelAssets): void {
  provided = assets;
}

/** The assets provided; throws when nobody provided them (a wiring error, not a data one). */
export function modelAssets(): ModelAssets {
  if (provided === undefined)
    throw new Error('No model assets provided: call provideModelAssets(fileModelAssets(…)) from src/assets/model-assets.ts at start-up');
  return provided;
}
