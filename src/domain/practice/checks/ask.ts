/**
 * Checks on the request itself: information rather than a job, a short and specific amount
 * of time, options for when and how, and no unrequested attachments.
 */
import { findAffirmed, findIn, lastSentence, quoteHit, sentenceOfHit, type Draft } from '../draft.js';
import type { Finding } from '../feedback.js';
import { ATTACHMENT, JOB_REQUEST, OPTIONS, VAGUE_TIME } from '../phrases.js';
import { shortQuote } from '../quote.js';
import { normalizeForMatch } from '../student-text.js';

/** The shortest and longest first conversation worth asking for, in minutes. */
export const ASK_MINUTES = { min: 10, max: 20 } as const;

const NUMBER_WORDS: Readonly<Record<string, number>> = { five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, 'forty-five': 45 };
const MINUTES = /\b(\d{1,3}|five|ten|fifteen|twenty|thirty|forty-five|sixty)(?:\s*(?:-|–|to|or)\s*(\d{1,3}|ten|fifteen|twenty|thirty))?[\s-]*min(?:ute)?s?\b/;
const HOURS = /\b(half an hour|an hour|one hour|\d+ hours?|(a|one) (couple|few) (of )?hours)\b/;
const ASK_ALTERNATIVE = 'Would you have 15 minutes for a phone or video chat sometime in the next two weeks?';

/** Flags a request for a job, an opening or a resume hand-off. */
export function jobRequest(d: Draft, field: string, cost: number): Finding | null {
  const hit = findAffirmed(d, JOB_REQUEST);
  if (hit === null) return null;
  return {
    code: 'job-request',
    cost,
    note: 'It asked for a job rather than information.',
    quote: quoteHit(d, hit),
    advice:
      'Ask only for their insight. A job request makes people guarded and can embarrass whoever referred you; openings tend to come up on their own once there is trust.',
    rewrite: {
      original: sentenceOfHit(d, hit),
      suggestion: `I'd really value hearing how you got into ${field} and what you would suggest to someone starting out.`,
    },
  };
}

/** The number of minutes asked for, the largest of a range, or null when none is stated. */
export function askedMinutes(text: string): number | null {
  const norm = normalizeForMatch(text);
  const m = MINUTES.exec(norm);
  if (m !== null) {
    const values = [m[1], m[2]].filter((v) => v !== undefined).map((v) => NUMBER_WORDS[v] ?? Number(v));
    return Math.max(...values);
  }
  const h = HOURS.exec(norm);
  if (h === null) return null;
  return h[0] === 'half an hour' ? 30 : 60;
}

/**
 * Flags a missing, vague or too generous time request. A vague one ("a quick chat") costs
 * half of `cost`; no request at all or more than {@link ASK_MINUTES}.max minutes costs all of it.
 */
export function timeRequest(d: Draft, cost: number): Finding | null {
  const minutes = askedMinutes(d.text);
  if (minutes !== null && minutes >= ASK_MINUTES.min && minutes <= ASK_MINUTES.max) return null;
  if (minutes !== null && minutes > ASK_MINUTES.max) {
    const hit = findIn(d, [MINUTES, HOURS]);
    return {
      code: 'too-much-time',
      cost,
      note: `${minutes} minutes is a lot to ask of a stranger.`,
      quote: hit === null ? shortQuote(lastSentence(d)) : quoteHit(d, hit),
      advice: 'Ask for 10 to 20 minutes; if the conversation goes well, they will offer more.',
      ...(hit === null ? {} : { rewrite: { original: sentenceOfHit(d, hit), suggestion: ASK_ALTERNATIVE } }),
    };
  }
  const vague = findIn(d, VAGUE_TIME);
  const original = vague === null ? lastSentence(d) : sentenceOfHit(d, vague);
  return {
    code: 'no-time-request',
    cost: vague === null ? cost : cost / 2,
    note: vague === null ? 'There was no time request.' : 'The time request had no number.',
    quote: vague === null ? shortQuote(original) : quoteHit(d, vague),
    advice: 'End your request with a short, specific amount of time, such as 15 minutes: it tells them exactly what saying yes costs.',
    rewrite: { original, suggestion: ASK_ALTERNATIVE },
  };
}

/** Flags a request that offers no choice of when or how to talk. */
export function missingOptions(d: Draft, cost: number): Finding | null {
  if (findIn(d, OPTIONS) !== null) return null;
  return {
    code: 'no-options',
    cost,
    note: 'No options for when or how to talk.',
    quote: shortQuote(lastSentence(d)),
    advice: 'Offer a choice, e.g. "phone or video, whenever suits you in the next two weeks", so saying yes is easy.',
  };
}

/** Flags an attached or offered resume or document. */
export function attachment(d: Draft, cost: number): Finding | null {
  const hit = findAffirmed(d, ATTACHMENT);
  if (hit === null) return null;
  return {
    code: 'attachment',
    cost,
    note: 'It included or offered an attachment.',
    quote: quoteHit(d, hit),
    advice: 'Leave the resume out; an attachment from a stranger looks like a job application. Have it ready in case they ask.',
    rewrite: { original: sentenceOfHit(d, hit), suggestion: "I'd be glad to tell you more about my background when we talk." },
  };
}
