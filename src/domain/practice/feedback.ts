/**
 * Turns the results of a scenario's checks into a scorecard. Every lost point is explained by
 * a finding (a named mistake anchored on the student's words), so the score, the notes, the
 * improvements and the rewrite all come from the same place.
 */
import type { MistakeCode } from './mistakes.js';
import { shortQuote } from './quote.js';
import { squeeze } from '../text.js';
import type { Improvement, ScenarioId, Scorecard, ScoredCriterion } from './rehearsal-types.js';

/** A problem found in the student's words. */
export interface Finding {
  code: MistakeCode;
  /** Share of the criterion this problem costs, in (0, 1]. */
  cost: number;
  /** Short explanation used in the criterion note. */
  note: string;
  /** A short quote of the student's own words where the problem shows (or where the fix belongs). */
  quote: string;
  /** What to do instead, kindly and concretely. */
  advice: string;
  /** A better version of the quoted line, when one can be suggested. */
  rewrite?: { original: string; suggestion: string };
}

/** The outcome of one criterion's check: praise when nothing is wrong, findings otherwise. */
export interface CheckResult {
  praise: string;
  findings: Finding[];
}

/** One criterion of a rubric: its label and its weight (the weights of a rubric add up to 100). */
export interface RubricItem {
  label: string;
  weight: number;
}

/** A scenario's rubric: criterion id to label and weight, in the order shown to the student. */
export type Rubric<K extends string> = Readonly<Record<K, RubricItem>>;

/** How many improvements a scorecard lists. */
const MAX_IMPROVEMENTS = 3;
const MAX_WENT_WELL = 4;

/** Shown when no criterion was fully met, so the student still hears something true and encouraging. */
const FALLBACK_WENT_WELL = 'You got a complete attempt down, which gives us something concrete to sharpen.';

/** The share of a criterion kept after its findings' costs. */
function fractionKept(findings: readonly Finding[]): number {
  return Math.max(0, 1 - findings.reduce((sum, f) => sum + f.cost, 0));
}

/**
 * Points kept on a criterion, rounded; a criterion with a finding always loses at least one
 * point, so a scorecard never shows full marks beside a note saying what was missing.
 */
function pointsKept(weight: number, findings: readonly Finding[]): number {
  const points = Math.round(weight * fractionKept(findings));
  return findings.length > 0 ? Math.min(points, weight - 1) : points;
}

/** Builds the scorecard: points per criterion (rounded), total as their sum, feedback by lost points. */
export function buildScorecard<K extends string>(scenario: ScenarioId, rubric: Rubric<K>, results: Readonly<Record<K, CheckResult>>): Scorecard {
  const ids = Object.keys(rubric) as K[];
  const ranked: { finding: Finding; lost: number }[] = [];
  const criteria: ScoredCriterion[] = ids.map((id) => {
    const { label, weight } = rubric[id];
    const { praise, findings } = results[id];
    ranked.push(...marginalLosses(findings, weight));
    return {
      id,
      label,
      weight,
      points: pointsKept(weight, findings),
      note: findings.length === 0 ? praise : [...new Set(findings.map((f) => f.note))].join(' '),
    };
  });
  const byCode = rankByCode(ranked);
  const mistakes = byCode.map((group) => group.code);
  const wentWell = ids
    .filter((id) => results[id].findings.length === 0)
    .sort((a, b) => rubric[b].weight - rubric[a].weight)
    .slice(0, MAX_WENT_WELL)
    .map((id) => results[id].praise);
  const rewrite = byCode.flatMap((group) => group.findings).find((f) => f.rewrite !== undefined)?.rewrite;
  return {
    scenario,
    score: criteria.reduce((sum, c) => sum + c.points, 0),
    criteria,
    wentWell: wentWell.length > 0 ? wentWell : [FALLBACK_WENT_WELL],
    improvements: byCode
      .slice(0, MAX_IMPROVEMENTS)
      .flatMap(({ code, findings: [top] }): Improvement[] => (top === undefined ? [] : [{ quote: quoteOf(top), advice: top.advice, mistake: code }])),
    ...(rewrite === undefined ? {} : { rewrite }),
    mistakes,
  };
}

/**
 * Points each finding actually costs, largest first within a criterion: once a criterion is
 * at zero, further findings in it cost nothing more, so they rank after real gains.
 */
function marginalLosses(findings: readonly Finding[], weight: number): { finding: Finding; lost: number }[] {
  let left = 1;
  return [...findings]
    .sort((a, b) => b.cost - a.cost)
    .map((finding) => {
      const taken = Math.min(left, finding.cost);
      left -= taken;
      return { finding, lost: weight * taken };
    });
}

/**
 * Groups findings by mistake code, most points lost first (a mistake repeated across several
 * questions adds up); within a group the costliest finding comes first and speaks for it.
 */
function rankByCode(ranked: readonly { finding: Finding; lost: number }[]): { code: MistakeCode; findings: Finding[] }[] {
  const groups = new Map<MistakeCode, { lost: number; findings: Finding[] }>();
  for (const { finding, lost } of [...ranked].sort((a, b) => b.lost - a.lost)) {
    const group = groups.get(finding.code) ?? { lost: 0, findings: [] };
    group.lost += lost;
    group.findings.push(finding);
    groups.set(finding.code, group);
  }
  return [...groups.entries()].sort(([, a], [, b]) => b.lost - a.lost).map(([code, group]) => ({ code, findings: group.findings }));
}

/**
 * The quote an improvement shows: the line its rewrite replaces, when it has one, so the quote,
 * the advice and the suggested line are always about the same words.
 */
function quoteOf(finding: Finding): string {
  if (finding.rewrite === undefined) return finding.quote;
  const core = finding.quote.replace(/^…|…$/g, '');
  return squeeze(finding.rewrite.original).includes(core) ? finding.quote : shortQuote(finding.rewrite.original);
}

/** The findings that applied, flattened (nulls are dropped). */
export function collect(...findings: (Finding | null | readonly Finding[])[]): Finding[] {
  return findings.flat().filter((f): f is Finding => f !== null);
}

/** Builds a check result from praise and the findings that applied (nulls are dropped). */
export function check(praise: string, ...findings: (Finding | null | readonly Finding[])[]): CheckResult {
  return { praise, findings: collect(...findings) };
}

/** Scales the costs of findings, for a criterion shared between several parts of a conversation. */
export function scaled(findings: readonly Finding[], factor: number): Finding[] {
  return findings.map((f) => ({ ...f, cost: f.cost * factor }));
}
