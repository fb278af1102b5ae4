/**
 * Checks on how the person can get back to the student: a phone number said early and
 * repeated, an email address, and a stated plan for the next attempt.
 */
import { findIn, firstSentence, lastSentence, quoteHit, sentenceOfHit, type Draft } from '../draft.js';
import type { Finding } from '../feedback.js';
import { FOLLOW_UP, TIME_WORD } from '../phrases.js';
import { shortQuote } from '../quote.js';
import { phoneSpans } from '../signer.js';
import { firstHit, type Hit } from '../student-text.js';

const EMAIL = [/[\w.+-]+@[\w-]+(\.[\w-]+)+/, /\b[\w.]+ at [\w-]+ dot (com|ca|edu|org|net|co)\b/];
/** Trailing digits compared to recognise the same number written two ways ("+1 416..." and "416-..."). */
const SAME_NUMBER_DIGITS = 7;

/** Phone numbers in a text (7 or more digits), with their offsets and digits only. */
function findPhones(text: string): { index: number; text: string; digits: string }[] {
  return phoneSpans(text).map((p) => ({ index: p.start, text: text.slice(p.start, p.end), digits: p.digits }));
}

/** Whether a number first comes in the second half of the message, counted in sentences (not characters, which a long name or number would shift). */
function saidLate(d: Draft, index: number): boolean {
  const position = d.sentences.findLastIndex((s) => s.start <= index);
  return d.sentences.length > 2 && position >= Math.ceil(d.sentences.length / 2);
}

/** Costs of the phone-number findings: missing, said only once, or said too late. */
export interface PhoneCosts {
  missing: number;
  notRepeated: number;
  late: number;
}

/**
 * Flags a missing phone number, one that is never repeated, or one that first appears in the
 * second half of the message (a listener who missed it must replay the whole message).
 */
export function phoneNumber(d: Draft, costs: PhoneCosts): Finding[] {
  const phones = findPhones(d.text);
  const first = phones[0];
  if (first === undefined) {
    const original = firstSentence(d);
    return [
      {
        code: 'no-phone-number',
        cost: costs.missing,
        note: 'There was no phone number.',
        quote: shortQuote(original),
        advice: 'Say your number right after your name, slowly, and once more at the end; without it they cannot call you back.',
        rewrite: { original, suggestion: `${original} My number is [your number].` },
      },
    ];
  }
  const findings: Finding[] = [];
  if (!phones.slice(1).some((p) => p.digits.endsWith(first.digits.slice(-SAME_NUMBER_DIGITS)))) {
    const original = lastSentence(d);
    findings.push({
      code: 'phone-not-repeated',
      cost: costs.notRepeated,
      note: 'The number was said only once.',
      quote: quoteHit(d, first),
      advice: 'Repeat your number just before you hang up; people often reach for a pen only after hearing it once.',
      rewrite: { original, suggestion: `${original} Once more, my number is ${first.text}.` },
    });
  }
  if (saidLate(d, first.index)) {
    const original = firstSentence(d);
    findings.push({
      code: 'phone-late',
      cost: costs.late,
      note: 'The number came late.',
      quote: quoteHit(d, first),
      advice: 'Give your number near the start, right after your name, and repeat it at the end.',
      rewrite: { original, suggestion: `${original} My number is ${first.text}.` },
    });
  }
  return findings;
}

/** Flags a message with no email address. */
export function missingEmail(d: Draft, cost: number): Finding | null {
  if (findIn(d, EMAIL) !== null) return null;
  const original = lastSentence(d);
  return {
    code: 'no-email',
    cost,
    note: 'There was no email address.',
    quote: shortQuote(original),
    advice: 'Add your email address, spelled out clearly, so they can reply in writing if that is easier for them.',
    rewrite: { original, suggestion: `${original} My email is [your email address].` },
  };
}

/**
 * Flags a message with no follow-up plan (full `cost`) or one with no time attached
 * (half of `cost`): "I'll try you again Thursday morning" beats "I'll try again".
 */
export function followUpPlan(d: Draft, cost: number): Finding | null {
  const hit = findIn(d, FOLLOW_UP);
  if (hit === null) {
    const original = lastSentence(d);
    return {
      code: 'no-follow-up',
      cost,
      note: 'You did not say when you would try again.',
      quote: shortQuote(original),
      advice: 'Close with when you will follow up, e.g. "I will try you again on Thursday morning", so the next step is yours.',
      rewrite: { original, suggestion: 'If I do not hear back, I will follow up next Thursday.' },
    };
  }
  if (hasTimeNear(d, hit)) return null;
  return {
    code: 'vague-follow-up',
    cost: cost / 2,
    note: 'The follow-up had no time.',
    quote: quoteHit(d, hit),
    advice: 'Give the follow-up a day or time ("next Tuesday afternoon") so it is a plan rather than a hope.',
  };
}

function hasTimeNear(d: Draft, hit: Hit): boolean {
  return firstHit(sentenceOfHit(d, hit), TIME_WORD) !== null;
}
