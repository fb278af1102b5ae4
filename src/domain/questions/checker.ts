import {
  AVOID_ISSUES,
  BASIC_RESEARCH_RULES,
  CLOSED_START,
  CLOSING_COURTESY,
  ISSUE_REASONS,
  JOB_REQUEST_RULES,
  JOINED_QUESTION,
  LEADING,
  MAX_WORDS,
  MIN_SPECIFIC_WORDS,
  OPEN_REQUEST,
  PERSONAL_RULES,
  SALARY_PERSONAL_RULES,
  THANKS,
  VAGUE_FALLBACK,
  VAGUE_RULES,
  type PhraseRule,
} from './checker-rules.js';
import { coreQuestions, neutral, openUp, splitDouble } from './checker-rewrite.js';
import type { CheckIssue, CheckSummary, QuestionCheck, Verdict } from './checker-types.js';
import { countWords, tidyText } from './text.js';

/** The checker's result types, re-exported so callers need only this module. */
export type { CheckIssue, CheckSummary, QuestionCheck, Verdict } from './checker-types.js';

/** Issue order, most serious first: the first one found gives the reason and the rewrite. */
const SEVERITY: readonly CheckIssue[] = [
  'empty',
  'job-request',
  'salary-personal',
  'personal',
  'basic-research',
  'double',
  'leading',
  'closed',
  'too-long',
  'vague',
];

/** Rule lists for the issues that come with a ready-made better question. */
const PHRASE_RULES: readonly (readonly [CheckIssue, readonly PhraseRule[]])[] = [
  ['job-request', JOB_REQUEST_RULES],
  ['salary-personal', SALARY_PERSONAL_RULES],
  ['personal', PERSONAL_RULES],
  ['basic-research', BASIC_RESEARCH_RULES],
  ['vague', VAGUE_RULES],
];

/** How many times a rewrite may itself be reworked before falling back. */
const MAX_REWRITE_DEPTH = 3;

/** Leading list markers: "-", "*", "•", "1.", "2)", "(3)", "a)". */
const LIST_MARKER = /^(?:[-*•–—]+|\(?\d{1,3}[.):]|\(?[a-z][.)])\s+/i;

/** The issues found in a tidied question, most serious first, with the first ready-made rewrite. */
function findIssues(text: string): { issues: CheckIssue[]; ruleRewrite?: string } {
  if (!/[a-z]/i.test(text)) return { issues: ['empty'] };
  const found = new Set<CheckIssue>();
  let ruleRewrite: string | undefined;
  for (const [issue, rules] of PHRASE_RULES) {
    const rule = rules.find(({ pattern }) => pattern.test(text));
    if (rule === undefined) continue;
    found.add(issue);
    ruleRewrite ??= rule.rewrite;
  }
  const words = countWords(text);
  const courteous = CLOSING_COURTESY.test(text) || THANKS.test(text);
  if (LEADING.test(text)) found.add('leading');
  else if (CLOSED_START.test(text) && !OPEN_REQUEST.test(text) && !courteous) found.add('closed');
  if ((text.match(/\?(?=.*[a-z])/gi) ?? []).length > 0 || JOINED_QUESTION.test(text)) found.add('double');
  if (words > MAX_WORDS) found.add('too-long');
  if (words < MIN_SPECIFIC_WORDS && !courteous) found.add('vague');
  return { issues: SEVERITY.filter((issue) => found.has(issue)), ruleRewrite };
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

/** Candidate rewrites for a flawed question, best first. */
function rewriteCandidates(text: string, issues: readonly CheckIssue[], ruleRewrite: string | undefined, depth: number): string[] {
  const primary = issues[0];
  if (ruleRewrite !== undefined && primary !== 'double' && primary !== 'closed' && primary !== 'leading') return [ruleRewrite];
  const candidates: string[] = [];
  if (primary === 'double') {
    for (const part of splitDouble(text)) candidates.push(part, ...repairs(part, depth + 1));
  } else if (primary === 'closed') {
    candidates.push(openUp(text));
  } else if (primary === 'leading') {
    candidates.push(openUp(neutral(text)));
  } else if (primary === 'too-long') {
    candidates.push(...coreQuestions(text));
  }
  if (ruleRewrite !== undefined) candidates.push(ruleRewrite);
  return candidates;
}

/** Rewrites of a question that the checker judges good, best first (none if it is already good). */
function repairs(text: string, depth: number): string[] {
  if (depth > MAX_REWRITE_DEPTH) return [];
  const { issues, ruleRewrite } = findIssues(tidyText(text));
  if (issues.length === 0) return [];
  return rewriteCandidates(tidyText(text), issues, ruleRewrite, depth).flatMap((candidate) =>
    isGood(candidate) ? [candidate] : repairs(candidate, depth + 1),
  );
}

/**
 * Judges one question the way a career advisor would: `avoid` for asking for a job or a
 * hiring favour, for asking what they earn, and for blunt personal questions; `improve` for
 * questions that basic research would answer, leading questions, yes/no questions, two questions in one,
 * questions over 30 words and vague ones; `good` otherwise. Every `improve` or `avoid`
 * result carries a rewrite that the checker itself judges `good`.
 */
export function checkQuestion(question: string): QuestionCheck {
  const text = tidyText(question).replace(LIST_MARKER, '');
  const { issues, ruleRewrite } = findIssues(text);
  const verdict = verdictOf(issues);
  if (verdict === 'good') return { question: text, verdict, issues, reason: goodReason(text) };
  const shown = verdict === 'avoid' ? issues.slice(0, 1) : issues.slice(0, 2);
  const reason = shown.map((issue) => ISSUE_REASONS[issue]).join(' ');
  const rewrite = rewriteCandidates(text, issues, ruleRewrite, 0).find(isGood) ?? repairs(text, 0)[0] ?? VAGUE_FALLBACK;
  return { question: text, verdict, issues, reason, rewrite };
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
