/**
 * How the meaning layer joins the rules, conservatively: the rules decide whenever they find an
 * ask for a job, for pay or into private life. Only when they find none does the meaning layer
 * speak, and only when it is sure (or, for a question nothing else flags, when an ask is probable: the safety net): it can add such an issue (with the reason and a rewrite of
 * the family it reads), never take one away, so it can never turn a rule's `avoid` into `good`.
 * It needs to be surer when a rule already found a problem of form (a yes/no question), since
 * the question is flagged either way, and when the question is a recognised closing courtesy
 * (asking to be introduced to someone), whose people words it would otherwise read as an ask. Thresholds were chosen by training on three of the
 * labelled sets and checking on the fourth, in turn (the third fresh batch played no part).
 */
import { JOB_REQUEST_RULES, OWN_PAY_RULES } from './checker-asks.js';
import { OPEN_REQUEST } from './checker-form.js';
import { meaningReader } from './checker-meaning.js';
import type { MeaningFamily } from './checker-meaning-examples.js';
import { PERSONAL_RULES } from './checker-privacy.js';
import { AVOID_ISSUES } from './checker-reasons.js';
import type { PhraseRule } from './checker-rules.js';
import type { CheckIssue } from './checker-types.js';

/** Confidence the meaning layer needs to flag a question no rule flags at all. */
const ALONE = 0.7;
/** Confidence it needs to flag a question a rule flags only for its form, or a closing courtesy. */
const OVER_FORM = 0.9;
/**
 * The safety net: a question no rule flags, that is no closing courtesy, and that the meaning
 * layer reads as more likely an ask than not (job, pay and private life added up), is flagged
 * with the likeliest of the three even when no single one reaches {@link ALONE}. Lower does
 * not hold: at 0.4 "What do you do on your days off?" (0.47) is flagged, at 0.3 a good question
 * of the fresh batches tuned on too.
 */
const NET = 0.5;

/**
 * A question about the person's own past choices ("what made you apply here", "how did you get
 * your internship") with nothing in it for the student: their story, which the safety net must
 * not read as an ask for the job or the internship it names.
 */
const THEIR_STORY = /\b(?:what|who) (?:made|led|drew|got|inspired|convinced|pushed|brought) you\b|\b(?:why|how|when) did you\b/i;
const STUDENT = /\b(?:i|me|my|myself|i'm|i'd|i've|mine)\b/i;

/**
 * A question about what of the student's own past will serve them ("I drove trucks for years;
 * what from my old job will help me?", "which of my skills carry over?"): advice on their
 * preparation. A career changer telling their background is not asking for anything, and
 * must not be read as a job ask for it.
 */
const WHAT_TRANSFERS =
  /\b(?:what|which|how much|how)\b.*\b(?:my (?:old |previous |former |past |last |earlier |first |current )?(?:jobs?|careers?|work|roles?|trade|experience|background|skills|years|field|industry)|from (?:my|the) (?:old |previous |former |past |last |earlier )(?:jobs?|careers?|work|roles?|trade|life))\b.*\b(?:help|helps|helpful|useful|transfer\w*|carr(?:y|ies) over|translate\w*|appl(?:y|ies)|count|relevant|valuable|serve)\b/i;

/**
 * A request to hear something the person did ("tell me about a time you worked abroad for your
 * company", "how did you end up in your firm"): their story, with the student only listening.
 */
const THEIR_DEED =
  /\b(?:a time|the time|times|when|how|why|where) (?:you|u) (?:\w+ly )?(?:\w+ed|went|took|got|made|did|had|began|came|left|moved|chose|found|became|ran|led|built|wrote|spent|saw|met|gave|won|lost|fought|taught|brought|dealt|felt|thought|kept|held)\b/i;

/** The frame that asks to be told ("could you tell me about…"), taken off before looking for the student. */
const TELL_ME = /^.*?\b(?:tell|walk|talk|take|run) me (?:through |about )?/i;

/** Whether a question only asks to hear what the person did, with nothing in it for the student. */
function hearsTheirDeed(matchable: string): boolean {
  return THEIR_DEED.test(matchable) && !STUDENT.test(matchable.replace(TELL_ME, ''));
}

/** The families whose questions are to be avoided, each probable on its own or together. */
const ASKS: readonly MeaningFamily[] = ['job', 'pay', 'personal'];

/** The families the meaning layer may flag, each with its issue and the rules whose rewrites it may offer. */
const FLAGGED: Partial<Record<MeaningFamily, { issue: CheckIssue; rules: readonly PhraseRule[] }>> = {
  job: { issue: 'job-request', rules: JOB_REQUEST_RULES },
  pay: { issue: 'salary-personal', rules: OWN_PAY_RULES },
  personal: { issue: 'personal', rules: PERSONAL_RULES },
};

/** The fixed rewrites of some rules, once each, in rule order. */
const fixedRewrites = (rules: readonly PhraseRule[]): string[] => [
  ...new Set(rules.flatMap((rule) => (typeof rule.rewrite === 'string' ? [rule.rewrite] : []))),
];

/** An issue the rules missed, with the rewrite that fits it best. */
export interface MeaningFinding {
  issue: CheckIssue;
  rewrite: string | undefined;
}

/**
 * What the meaning layer adds to the issues the rules found in a question (as
 * `normaliseForMatching` gives it): an ask for a job, for their pay or into their private life,
 * when no rule found one and it is sure; else nothing. `courteous` says the question reads as a
 * closing courtesy.
 */
export function meaningFinding(matchable: string, ruleIssues: ReadonlySet<CheckIssue>, courteous: boolean): MeaningFinding | undefined {
  if ([...ruleIssues].some((issue) => AVOID_ISSUES.has(issue) || issue === 'empty')) return undefined;
  const reader = meaningReader();
  const guess = reader.read(matchable);
  const alone = ruleIssues.size === 0 && !courteous;
  const ask = ASKS.reduce((best, family) => (guess.scores[family] > guess.scores[best] ? family : best));
  const askMass = ASKS.reduce((sum, family) => sum + guess.scores[family], 0);
  // A request to hear their story ("walk me through…") has the student only listening.
  const listening = OPEN_REQUEST.test(matchable) || (THEIR_STORY.test(matchable) && !STUDENT.test(matchable));
  const netted = alone && askMass >= NET && !listening;
  const flagged = FLAGGED[netted ? ask : guess.family];
  if (flagged === undefined || (!netted && guess.confidence < (alone ? ALONE : OVER_FORM))) return undefined;
  if (flagged.issue === 'job-request' && (WHAT_TRANSFERS.test(matchable) || hearsTheirDeed(matchable))) return undefined;
  return { issue: flagged.issue, rewrite: reader.closest(matchable, fixedRewrites(flagged.rules)) };
}
