/**
 * Meaning from word vectors: a text becomes the weighted average of its words' vectors, so that
 * texts with no word in common can still be close ("What does the job pay?", "How is the
 * salary?"), and a word unknown to the labelled examples can be read as the example words
 * nearest to it. Weights say how much a word tells about the topic (the caller decides: see
 * model.ts), so a field's own words ("nursing", "bank") count for little.
 */
import type { WordVectors } from './word-vectors.js';

/** A word of a text and how much it counts. */
export interface WeightedWord {
  word: string;
  weight: number;
}

/** The weighted average of the words' unit vectors, made unit length; null when no word has a vector. */
export function textVector(vectors: WordVectors, words: readonly WeightedWord[]): Float32Array | null {
  const sum = new Float32Array(vectors.dimensions);
  let any = false;
  for (const { word, weight } of words) any = vectors.addTo(sum, word, weight) || any;
  return any ? unitLength(sum) : null;
}

/** The vector scaled to length 1, in place; null when it is all zeros. */
function unitLength(vector: Float32Array): Float32Array | null {
  let squares = 0;
  for (const v of vector) squares += v * v;
  if (squares === 0) return null;
  const scale = 1 / Math.sqrt(squares);
  for (let d = 0; d < vector.length; d++) vector[d] = (vector[d] ?? 0) * scale;
  return vector;
}

/**
 * The meaning vectors of texts, centred: the average of the labelled examples' vectors is taken
 * away, so what every question shares ("what", "work", "people") does not make all texts look alike.
 */
export class MeaningSpace {
  private readonly centre: Float32Array;

  /** Finds the centre of the examples' vectors. */
  constructor(
    private readonly vectors: WordVectors,
    examples: readonly (readonly WeightedWord[])[],
  ) {
    this.centre = new Float32Array(vectors.dimensions);
    const found = examples.flatMap((words) => textVector(vectors, words) ?? []);
    for (const vector of found) vector.forEach((v, d) => (this.centre[d] = (this.centre[d] ?? 0) + v / found.length));
  }

  /** The space with a centre {@link centreVector} gave, without the examples. */
  static withCentre(vectors: WordVectors, centre: Float32Array): MeaningSpace {
    const space = new MeaningSpace(vectors, []);
    space.centre.set(centre);
    return space;
  }

  /** The centre taken away (a copy). */
  centreVector(): Float32Array {
    return this.centre.slice();
  }

  /** The words' meaning vector, centred and made unit length; null when no word has a vector. */
  vectorOf(words: readonly WeightedWord[]): Float32Array | null {
    const vector = textVector(this.vectors, words);
    if (vector === null) return null;
    for (let d = 0; d < vector.length; d++) vector[d] = (vector[d] ?? 0) - (this.centre[d] ?? 0);
    return unitLength(vector);
  }
}

/** A word of a fixed vocabulary and how close it is to the word looked up. */
export interface Neighbour {
  word: string;
  similarity: number;
}

/** The nearest words to a word, among a fixed vocabulary (the words the labelled examples use). */
export class Neighbours {
  private readonly words: string[];
  private readonly matrix: Float32Array;

  /** Keeps the vocabulary's words that have a vector. */
  constructor(
    private readonly vectors: WordVectors,
    vocabulary: Iterable<string>,
  ) {
    this.words = [...new Set(vocabulary)].filter((w) => vectors.has(w));
    this.matrix = new Float32Array(this.words.length * vectors.dimensions);
    this.words.forEach((word, row) => vectors.addTo(this.matrix.subarray(row * vectors.dimensions, (row + 1) * vectors.dimensions), word, 1));
  }

  /** Up to `k` vocabulary words at least `min` similar to the word (never the word itself), closest first. */
  nearest(word: string, k: number, min: number): Neighbour[] {
    const dims = this.vectors.dimensions;
    const query = new Float32Array(dims);
    if (!this.vectors.addTo(query, word, 1)) return [];
    const found: Neighbour[] = [];
    for (let row = 0; row < this.words.length; row++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += (query[d] ?? 0) * (this.matrix[row * dims + d] ?? 0);
      const candidate = this.words[row];
      if (dot >= min && candidate !== undefined && candidate !== word) found.push({ word: candidate, similarity: dot });
    }
    return found.sort((a, b) => b.similarity - a.similarity || (a.word < b.word ? -1 : 1)).slice(0, k);
  }
}
