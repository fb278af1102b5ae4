import { JOB_REQUEST_RULES, OWN_PAY_RULES } from './checker-asks.js';
import {
  CLOSED_START,
  CLOSING_COURTESY,
  JOINED_QUESTION,
  LEADING_RULES,
  mainClause,
  MAX_WORDS,
  MIN_SPECIFIC_WORDS,
  OPEN_REQUEST,
  splitIntroduction,
  THANKS,
  VAGUE_FALLBACK,
  VAGUE_RULES,
} from './checker-form.js';
import { meaningFinding } from './checker-meaning-policy.js';
import { directQuestion, PERMISSION_FRAME } from './checker-permission.js';
import { normaliseForMatching } from './checker-normalise.js';
import { PERSONAL_RULES } from './checker-privacy.js';
import { withoutPrivateSubject } from './checker-private-guard.js';
import { AVOID_ISSUES, ISSUE_REASONS } from './checker-reasons.js';
import { BASIC_RESEARCH_RULES } from './checker-research.js';
import { matchRule, ruleRewrite, type PhraseRule } from './checker-rules.js';
import { openUp } from './checker-open-up.js';
import { coreQuestions, splitDouble } from './checker-rewrite.js';
import type { CheckIssue, CheckSummary, QuestionCheck, Verdict } from './checker-types.js';
import { wordCount } from '../text.js';
import { lowerFirst, tidyText, upperFirst } from './question-text.js';

/** The checker's result types, re-exported so callers need only this module. */
export type { CheckIssue, CheckSummary, QuestionCheck, Verdict } from './checker-types.js';

/** Issue order, most serious first: the first one found gives the reason and the rewrite. */
const SEVERITY: readonly CheckIssue[] = [
  'empty',
  'job-request',
  'salary-personal',
  'personal',
  'leading',
  'basic-research',
  'double',
  'closed',
  'too-long',
  'vague',
];

/** Every rule that comes with a ready-made better question, most serious first. */
const PHRASE_RULES: readonly PhraseRule[] = [
  ...JOB_REQUEST_RULES,
  ...OWN_PAY_RULES,
  ...PERSONAL_RULES,
  ...LEADING_RULES,
  ...BASIC_RESEARCH_RULES,
  ...VAGUE_RULES,
];

/** How many times a rewrite may itself be reworked before falling back. */
const MAX_REWRITE_DEPTH = 3;

/** "…and how you went about it", "…and what made it work": a clause inside a request to describe, not a second question. */
const EMBEDDED_CLAUSE =
  /\band (?:how|what|why|where|when|who|which) (?:you|they|i|we|he|she|it|people|your \w+|the \w+) (?!is\b|are\b|was\b|were\b|do\b|does\b|did\b|can\b|could\b|would\b|will\b|should\b|has\b|have\b)|\band (?:what|how|why) (?:made|helped|went|came|led|kept|turned|changed|happened|worked)\b/i;

/** "…and tell me what to change": inside a request for feedback on the student's papers, the same request. */
const FEEDBACK_CLAUSE = /\band (?:tell|show) me (?:what|how|where|which|whether|if)\b/i;

/** Leading list markers: "-", "*", "•", "1.", "2)", "(3)", "a)". */
const LIST_MARKER = /^(?:[-*•–—]+|\(?\d{1,3}[.):]|\(?[a-z][.)])\s+/i;

/** The issues found in a tidied question, most serious first, with the first ready-made rewrite. */
function findIssues(question: string): { issues: CheckIssue[]; ruleRewrite?: string } {
  if (!/[a-z]/i.test(question)) return { issues: ['empty'] };
  // "Do you mind me asking what…": the question is what is asked, not the permission around it.
  const text = question.replace(PERMISSION_FRAME, '');
  const matchable = normaliseForMatching(text);
  const found = new Set<CheckIssue>();
  let rewrite: string | undefined;
  for (const rule of PHRASE_RULES) {
    if (found.has(rule.issue)) continue;
    const match = matchRule(rule, matchable);
    if (match === null) continue;
    found.add(rule.issue);
    rewrite ??= ruleRewrite(rule, match);
  }
  const words = wordCount(text);
  const main = mainClause(matchable);
  const courteous = CLOSING_COURTESY.test(matchable) || CLOSING_COURTESY.test(main) || THANKS.test(matchable);
  if (CLOSED_START.test(main) && !OPEN_REQUEST.test(main) && !courteous) found.add('closed');
  const embedded = (OPEN_REQUEST.test(matchable) && EMBEDDED_CLAUSE.test(matchable)) || (courteous && FEEDBACK_CLAUSE.test(matchable));
  const joined = JOINED_QUESTION.test(matchable) && !embedded;
  if ((text.match(/\?(?=.*[a-z])/gi) ?? []).length > 0 || joined) found.add('double');
  if (words > MAX_WORDS) found.add('too-long');
  if (words < MIN_SPECIFIC_WORDS && !courteous) found.add('vague');
  const byMeaning = meaningFinding(matchable, found, courteous);
  if (byMeaning !== undefined) {
    found.add(byMeaning.issue);
    // The most serious issue gives the rewrite: a form rule's rewrite would keep the ask in it.
    rewrite = byMeaning.rewrite;
  }
  return { issues: SEVERITY.filter((issue) => found.has(issue)), ruleRewrite: rewrite };
}

/** The verdict for a set of issues. */
function verdictOf(issues: readonly CheckIssue[]): Verdict {
  if (issues.length === 0) return 'good';
  return issues.some((issue) => AVOID_ISSUES.has(issue)) ? 'avoid' : 'improve';
}

/** Why a good question works, in a few words. */
function goodReason(text: string): string {
  if (THANKS.test(text)) return 'A warm thank-you: always end the conversation with one.';
  if (CLOSING_COURTESY.test(text)) return 'A polite closing question: here a simple yes or no is all you need.';
  if (/\b(?:example|story|time when|walk me through|describe|recent|surprised?|first (?:year|day|week|job)|look like)\b/i.test(text)) {
    return 'Open and specific: invites a story about real work.';
  }
  if (/\b(?:advice|wish|differently|if you were|would you (?:tell|suggest|choose|focus))\b/i.test(text)) {
    return 'Open and specific: draws on their hindsight and judgment.';
  }
  return 'Open and specific: gives them room to share what they know first-hand.';
}

/** Whether a candidate rewrite passes the checker with no issues. */
function isGood(text: string): boolean {
  return findIssues(tidyText(text)).issues.length === 0;
}

/** Candidate rewrites for a flawed question, best first, worked out only as far as they are read. */
function* rewriteCandidates(text: string, issues: readonly CheckIssue[], ruleRewrite: string | undefined, depth: number): Generator<string> {
  const primary = issues[0];
  if (ruleRewrite !== undefined && primary !== 'double' && primary !== 'closed') {
    yield ruleRewrite;
    return;
  }
  if (primary === 'double') {
    // Open parts first: a polite "Could you…?" half is a yes/no question, a poor thing to offer on its own.
    const parts = splitDouble(text).flatMap((part) => [part, ...repairs(part, depth + 1)]);
    yield* parts.filter((part) => !CLOSED_START.test(part));
    yield* parts.filter((part) => CLOSED_START.test(part));
  } else if (primary === 'closed') {
    // "If you could start over, would you…": the main question is opened up, the clause before it kept.
    const split = splitIntroduction(text);
    if (split !== undefined) for (const open of openUp(directQuestion(split.main))) yield `${upperFirst(split.introduction)}, ${lowerFirst(open)}`;
    yield* openUp(directQuestion(text));
  } else if (primary === 'too-long') {
    yield* coreQuestions(text);
  }
  if (ruleRewrite !== undefined) yield ruleRewrite;
}

/** The first of some candidates that the checker judges good. */
function firstGood(candidates: Iterable<string>): string | undefined {
  for (const candidate of candidates) if (isGood(candidate)) return candidate;
  return undefined;
}

/**
 * Whether a candidate rewrite reads as an ask the question never made (a job, their pay, their
 * private life): reworking it would answer that ask, not the student's question.
 */
function addsAnAsk(candidate: string, issues: readonly CheckIssue[]): boolean {
  return !issues.some((issue) => AVOID_ISSUES.has(issue)) && findIssues(tidyText(candidate)).issues.some((issue) => AVOID_ISSUES.has(issue));
}

/** Rewrites of a question that the checker judges good, best first (none if it is already good). */
function repairs(text: string, depth: number): string[] {
  if (depth > MAX_REWRITE_DEPTH) return [];
  const { issues, ruleRewrite } = findIssues(tidyText(text));
  if (issues.length === 0) return [];
  return [...rewriteCandidates(tidyText(text), issues, ruleRewrite, depth)].flatMap((candidate) =>
    isGood(candidate) ? [candidate] : addsAnAsk(candidate, issues) ? [] : repairs(candidate, depth + 1),
  );
}

/**
 * Judges one question the way a career advisor would: `avoid` for asking for a job, an
 * internship, a referral to an opening, a résumé passed on or a good word, for asking what
 * they earn or charge, and for questions about their private life; `improve` for leading
 * questions, questions a quick search answers, two questions in one, yes/no questions,
 * questions over 30 words and vague ones; `good` otherwise. Shorthand and misspelt key
 * words are read as what they stand for. Every `improve` or `avoid` result carries a
 * rewrite that the checker itself judges `good` and that keeps no private subject about them.
 */
export function checkQuestion(question: string): QuestionCheck {
  const text = tidyText(question).replace(LIST_MARKER, '');
  const { issues, ruleRewrite } = findIssues(text);
  const verdict = verdictOf(issues);
  if (verdict === 'good') return { question: text, verdict, issues: [], reason: goodReason(text) };
  // A leading question is closed too; it is reported as leading alone, whose reason says why.
  const explained = issues.includes('leading') ? issues.filter((issue) => issue !== 'closed') : issues;
  const shown = verdict === 'avoid' ? explained.slice(0, 1) : explained.slice(0, 2);
  const reason = shown.map((issue) => ISSUE_REASONS[issue]).join(' ');
  const rewrite = withoutPrivateSubject(firstGood(rewriteCandidates(text, issues, ruleRewrite, 0)) ?? repairs(text, 0)[0] ?? VAGUE_FALLBACK);
  return { question: text, verdict, issues: explained, reason, rewrite };
}

/** Reads "1 question" or "3 questions". */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Checks a list of questions, one per non-empty line; bullets and numbering are ignored.
 * The summary counts the verdicts and says what to do next.
 */
export function checkQuestions(text: string): CheckSummary {
  const results = text
    .split(/\r?\n/)
    .map((line) => tidyText(line).replace(LIST_MARKER, ''))
    .filter((line) => line !== '')
    .map(checkQuestion);
  const counts: Record<Verdict, number> = { good: 0, improve: 0, avoid: 0 };
  for (const result of results) counts[result.verdict]++;
  if (results.length === 0) {
    return { results, counts, summary: 'No questions found: write one question per line.' };
  }
  const tally = `Checked ${plural(results.length, 'question')}: ${counts.good} good, ${counts.improve} to improve, ${counts.avoid} to avoid.`;
  const advice =
    counts.avoid > 0
      ? 'Replace the ones to avoid before the interview; the suggested rewrites are a good start.'
      : counts.improve > 0
        ? 'Try the suggested rewrites for the ones to improve.'
        : 'These are ready to ask.';
  return { results, counts, summary: `${tally} ${advice}` };
}
