/**
 * Length checks: spoken length in seconds (calls, voicemails) and written length in words
 * (emails, notes). Within a tenth of a bound is on target (the length is an estimate, and a
 * reader or listener notices no difference); slightly off costs half; far off costs all.
 */
import { lastSentence, type Draft } from '../draft.js';
import type { Finding } from '../feedback.js';
import { shortQuote } from '../quote.js';
import { spokenSeconds } from '../student-text.js';
import { wordCount } from '../../text.js';

/** A target range and how far outside it still counts as "slightly" off (as a factor of the bound). */
export interface LengthTarget {
  min: number;
  max: number;
  unit: 'seconds' | 'words';
}

/** How far beyond a bound (as a share of it) is only "slightly" off. */
const SLACK = 0.35;
/** How far beyond a bound (as a share of it) still counts as on target. */
const GRACE = 0.1;

/** Measures a draft in the target's unit; names, numbers and addresses count the same for everyone. */
function measure(d: Draft, unit: LengthTarget['unit']): number {
  return unit === 'seconds' ? spokenSeconds(d.measured) : wordCount(d.measured);
}

/** Flags a draft outside its target length. */
export function lengthCheck(d: Draft, target: LengthTarget, cost: number): Finding | null {
  const size = measure(d, target.unit);
  const range = `${target.min} to ${target.max} ${target.unit}`;
  if (size > target.max * (1 + GRACE)) {
    const far = size > target.max * (1 + SLACK);
    return {
      code: 'too-long',
      cost: far ? cost : cost / 2,
      note: `About ${size} ${target.unit}; aim for ${range}.`,
      quote: shortQuote(d.text),
      advice: `Cut to ${range}: keep your name, the connection, one line on why, and the ask; drop the rest.`,
    };
  }
  if (size < target.min * (1 - GRACE)) {
    const far = size < target.min * (1 - SLACK);
    return {
      code: 'too-short',
      cost: far ? cost : cost / 2,
      note: `About ${size} ${target.unit}; aim for ${range}.`,
      quote: shortQuote(lastSentence(d)),
      advice: `There is room to add what is missing; aim for ${range}.`,
    };
  }
  return null;
}
