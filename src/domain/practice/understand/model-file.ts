/**
 * A trained model's file under assets/models/ (`npm run build:models`): the stamp of the inputs
 * it was trained from, a JSON part and float32 arrays. Layout: uint32 (little-endian) byte length
 * of a UTF-8 JSON header (stamp, JSON part, each array's length), the header padded with spaces
 * to a multiple of 4 bytes, then the arrays' values, float32 little-endian. Float32 is what the
 * classifiers compute in, so the values read back are the very ones trained.
 */
import type { SoftmaxWeights } from './softmax.js';

/** What a model keeps of its training: a JSON part and float32 arrays. */
export interface Kept {
  json: unknown;
  floats: readonly Float32Array[];
}

/** A model file's content: what the model keeps and the stamp of the inputs it was trained from. */
export interface ModelFile extends Kept {
  stamp: string;
}

/** What the JSON header holds. */
interface Header {
  stamp: string;
  json: unknown;
  lengths: number[];
}

const LENGTH_BYTES = 4;

/** The bytes of a model file. */
export function encodeModelFile({ stamp, json, floats }: ModelFile): Uint8Array {
  let text = JSON.stringify({ stamp, json, lengths: floats.map((array) => array.length) } satisfies Header);
  while ((LENGTH_BYTES + new TextEncoder().encode(text).byteLength) % 4 !== 0) text += ' ';
  const head = new TextEncoder().encode(text);
  const bytes = new Uint8Array(LENGTH_BYTES + head.byteLength + 4 * floats.reduce((sum, array) => sum + array.length, 0));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, head.byteLength, true);
  bytes.set(head, LENGTH_BYTES);
  let at = LENGTH_BYTES + head.byteLength;
  for (const array of floats) {
    for (const value of array) {
      view.setFloat32(at, value, true);
      at += 4;
    }
  }
  return bytes;
}

/** The model file in the bytes, or undefined when they are not one (damaged, cut short). */
export function decodeModelFile(bytes: Uint8Array): ModelFile | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headBytes = view.getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(LENGTH_BYTES, LENGTH_BYTES + headBytes))) as Header;
    let at = LENGTH_BYTES + headBytes;
    if (bytes.byteLength !== at + 4 * header.lengths.reduce((a, b) => a + b, 0)) return undefined;
    const floats = header.lengths.map((length) => {
      const array = new Float32Array(length);
      for (let i = 0; i < length; i++, at += 4) array[i] = view.getFloat32(at, true);
      return array;
    });
    return { stamp: header.stamp, json: header.json, floats };
  } catch {
    return undefined;
  }
}

/** What a softmax classifier keeps: its labels, dimensions and feature names as JSON, then its three weight arrays. */
export function keepSoftmax(weights: SoftmaxWeights<string>): Kept {
  const { labels, dimensions, features } = weights;
  return { json: { labels, dimensions, features }, floats: [weights.sparse, weights.dense, weights.bias] };
}

/** The softmax weights {@link keepSoftmax} kept, or undefined when they do not fit the labels. */
export function restoreSoftmax<L extends string>(kept: Kept, labels: readonly L[]): SoftmaxWeights<L> | undefined {
  const json = kept.json as Partial<Omit<SoftmaxWeights<L>, 'sparse' | 'dense' | 'bias'>>;
  const [sparse, dense, bias] = kept.floats;
  const { dimensions, features } = json;
  if (dimensions === undefined || features === undefined || sparse === undefined || dense === undefined || bias === undefined) return undefined;
  if (JSON.stringify(json.labels) !== JSON.stringify(labels)) return undefined;
  const fits = sparse.length === features.length * labels.length && dense.length === dimensions * labels.length && bias.length === labels.length;
  return fits ? { labels, dimensions, features, sparse, dense, bias } : undefined;
}
