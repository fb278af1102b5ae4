/**
 * What the checker's meaning layer learns, and how its file (assets/models/question-meaning.bin,
 * `npm run build:models`) keeps it: reading it back skips normalising every training question,
 * which is most of the cost of building the layer.
 */
import { MeaningSpace } from '../practice/understand/meaning.js';
import { keepSoftmax, restoreSoftmax } from '../practice/understand/model-file.js';
import { SoftmaxClassifier } from '../practice/understand/softmax.js';
import type { Training } from '../practice/understand/trained.js';
import type { WordVectors } from '../practice/understand/word-vectors.js';
import { MEANING_FAMILIES, type MeaningFamily } from './checker-meaning-examples.js';

/** The name of the meaning layer's file. */
export const MEANING_MODEL = 'question-meaning';

/** What the meaning layer learns: how rare each training word is, the centre of its meaning space, and its classifier. */
export interface MeaningParts {
  readonly rare: ReadonlyMap<string, number>;
  readonly space: MeaningSpace;
  readonly softmax: SoftmaxClassifier<MeaningFamily>;
}

/** What the file's JSON part holds. */
interface KeptJson {
  softmax?: unknown;
  rare?: [string, number][];
}

/** The meaning layer's training (`train`), stamped, and how its file keeps what it learns. */
export function meaningTraining(stamp: string, vectors: WordVectors, train: () => MeaningParts): Training<MeaningParts> {
  return {
    model: MEANING_MODEL,
    stamp,
    train,
    keep: ({ rare, space, softmax }) => {
      const kept = keepSoftmax(softmax.weights());
      return { json: { softmax: kept.json, rare: [...rare] } satisfies KeptJson, floats: [...kept.floats, space.centreVector()] };
    },
    restore: ({ json, floats }) => {
      const { softmax, rare } = json as KeptJson;
      const weights = restoreSoftmax({ json: softmax, floats: floats.slice(0, 3) }, MEANING_FAMILIES);
      const centre = floats[3];
      if (weights === undefined || rare === undefined || centre?.length !== vectors.dimensions) return undefined;
      return { rare: new Map(rare), space: MeaningSpace.withCentre(vectors, centre), softmax: SoftmaxClassifier.fromWeights(weights) };
    },
  };
}
