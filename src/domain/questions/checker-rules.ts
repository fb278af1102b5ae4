/**
 * What every checker rule is made of, and the words several rules share. Patterns run on
 * the question as {@link normaliseForMatching} gives it and ignore case.
 */
import type { CheckIssue } from './checker-types.js';

/** A problem found in a question, with a better question to suggest instead. */
export interface PhraseRule {
  readonly issue: CheckIssue;
  /** Finds the problem; a function when one pattern cannot say it alone. */
  readonly pattern: RegExp | ((text: string) => RegExpExecArray | null);
  /** The better question: fixed, or built from what the pattern matched. */
  readonly rewrite: string | ((match: RegExpExecArray) => string);
}

/** Builds a case-insensitive pattern from a raw string. */
export const re = (source: string): RegExp => new RegExp(source, 'i');

/** Runs a rule's pattern on a text. */
export function matchRule(rule: PhraseRule, text: string): RegExpExecArray | null {
  return typeof rule.pattern === 'function' ? rule.pattern(text) : rule.pattern.exec(text);
}

/** The rewrite a rule offers for what it matched. */
export function ruleRewrite(rule: PhraseRule, match: RegExpExecArray): string {
  return typeof rule.rewrite === 'string' ? rule.rewrite : rule.rewrite(match);
}

/** Places someone works: "your team", "the clinic", "this lab". */
export const PLACE_NOUN = String.raw`(?:team|company|firm|organi[sz]ation|department|dept|group|office|agency|business|startup|start-up|lab|laboratory|practice|clinic|hospital|unit|studio|bank|shop|store|place|branch|division|employer|org|ministry|restaurant|hotel|newsroom|museum|nonprofit|non-profit|charity|workplace|corporation|institution|library|centre|center|council|authority|service|plant|factory|site)s?`;

/** Organisations a quick search tells you about. */
export const ORG_NOUN = String.raw`(?:company|firm|organi[sz]ation|agency|business|startup|start-up|lab|laboratory|practice|clinic|hospital|school|university|college|bank|chain|museum|nonprofit|non-profit|charity|ministry|corporation|institution|institute|foundation|store|restaurant|hotel|brand|publisher|newspaper|magazine|station|airline|studio|gallery|theatre|theater|library|council|association|society|network|employer|enterprise|factory|plant|brewery|winery|farm|centre|center|department|group|org|firm|club|union|board|authority|academy|faculty|zoo|aquarium|orchestra|choir|cooperative|co-op|guild|federation|league|trust|commission|bureau|embassy|mine|archive|festival|venue|stadium|park)`;

/** "your organization", "the hospital", "this small design studio". */
export const ORG_PHRASE = String.raw`(?:your|the|this|their|its|that) (?:[\w'&-]+ ){0,2}?${ORG_NOUN}`;

/** A résumé or application, however it is spelled. */
export const APPLICATION_PAPERS = String.raw`(?:r[eé]sum[eé]?s?|cvs?|curriculum vitae|applications?|portfolios?|cover letters?|demo reels?)(?!\w)`;
