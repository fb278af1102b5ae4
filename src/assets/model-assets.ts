/**
 * The classifiers' data files, read from assets/ on demand: the implementation of the domain's
 * {@link ModelAssets} port. The folder is found by walking up from this module to the project's
 * root, so the same code finds it when run from the sources and from the bundle in dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelAssets } from '../domain/practice/understand/model-assets.js';

/** The assets folder (in the project's root, the folder with package.json). */
function assetsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the project's root (package.json) above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return join(dir, 'assets');
}

/** Where the word vectors file lives (`npm run build:word-vectors` writes it). */
export function wordVectorsFile(): string {
  return join(assetsFolder(), 'word-vectors.bin');
}

/** Where a model's precomputed weights live (`npm run build:models` writes them). */
export function weightsFile(model: string): string {
  return join(assetsFolder(), 'models', `${model}.bin`);
}

/** The assets read from files; `warn` receives what an operator should know. */
export function fileModelAssets(warn: (message: string) => void): ModelAssets {
  return {
    wordVectors: () => readFileSync(wordVectorsFile()),
    weights: (model) => {
      const file = weightsFile(model);
      return existsSync(file) ? readFileSync(file) : undefined;
    },
    warn,
  };
}
