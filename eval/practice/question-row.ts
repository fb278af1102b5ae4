/** How the labelled questions are written down: a row per question, with short target names. */
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';
import type { TargetType } from '../../src/domain/questions/question-types.js';

/** A question, the kind of target the student is exploring, and a second acceptable topic if any. */
export type Row = readonly [text: string, target: TargetType, also?: LabelledTopic];

/** Short names of the target types, to keep the rows on one line. */
export const O = 'occupation';
/** An industry. */
export const I = 'industry';
/** An organization. */
export const G = 'organization';
/** An education or training program. */
export const P = 'program';
