/**
 * The person's own money read from the question's structure rather than from fixed sentences:
 * the person is the one who receives ("did you get", "they offered you", "your …") and what
 * they receive is pay of some kind (a word from one lexicon of compensation words), or an
 * amount left unnamed ("how much did they offer you"), in any tense. A question that speaks of
 * people in general ("what do juniors usually get", "in your field") is about the field, not
 * about them.
 */
import { re } from './checker-rules.js';

/** A raise as a noun ("a raise", "what kind of raise"), never the verb ("the issues your clients raise"). */
export const RAISE = String.raw`(?<=\b(?:a|any|the|your|their|my|big|good|small|decent|first|last|next|annual|of|what) )raises?`;

/** What people are paid or given for their work, as nouns (one lexicon for every frame below). */
const COMPENSATION = String.raw`(?:salary|salaries|sallary|pay|paycheck|paycheque|pay ?rises?|wages?|${RAISE}|bonus(?:es)?|package|compensation|earnings|income|overtime|commission|equity|stock(?: options)?|share options|pension|perks?|benefits|allowances?|stipend|money|cash|rates?|fees?|payout|(?:paid )?(?:holidays?|vacation|leave)|free (?:flights|travel|meals|food|lunch(?:es)?|tickets|products|stuff|samples))`;

/** The pay words that are money whoever's they are ("your pension"), unlike "your holiday" or "your benefits". */
const PAY_OF_THEIR_OWN = String.raw`(?:salary|salaries|sallary|pay|paycheck|paycheque|pay ?rises?|wages?|${RAISE}|bonus(?:es)?|package|compensation|earnings|income|overtime|commission|equity|stock options|share options|pension|stipend|rates?|fees?|payout|paid (?:holidays?|vacation|leave))`;

/** Verbs whose subject receives: "did you get", "you took home". */
const RECEIVE = String.raw`(?:get|got|getting|receive|received|receiving|earn|earned|earning|make|made|making|take home|took home|taking home|bring home|brought home|negotiate|negotiated|land|landed|start on|started on|pocket|pocketed|bank|banked|qualify for|qualified for|on)`;

/** Verbs whose object receives: "they offered you", "the firm pays you". */
const GIVE = String.raw`(?:give|gives|gave|given|giving|offer|offers|offered|offering|pay|pays|paid|paying|promise|promised|award|awarded|grant|granted|hand|handed|bump|bumped)`;

const YOU = String.raw`(?:you|u)`;
/** An optional adverb ("usually", "actually"), not a verb that ends like one ("rely", "apply"). */
const ADVERB = String.raw`(?: (?!(?:rely|apply|reply|supply)\b)\w+ly)?`;
const AUX = String.raw`(?:do|does|did|will|would|could|can|are|were|was|is|have|has|had)`;

/**
 * The frames, each with the person receiving: the pay word fronted ("what kind of raise did
 * you get"), the pay word after the verb ("you got a bonus", "they offered you a package",
 * "the bonus they gave you"), the pay word as theirs ("what does your package look like"), or the
 * amount left unnamed ("how much did they offer you").
 */
const FRAMES = [
  String.raw`\b${COMPENSATION}\b(?: [\w'-]+){0,3}? ${AUX} ${YOU}${ADVERB} ${RECEIVE}\b(?! (?:to|out|into|through|involved|done|used|better|right)\b)`,
  String.raw`\b${YOU}${ADVERB} ${RECEIVE}(?! to\b)(?: (?:a|an|any|the|your|much|many|more|less|some|good|big|decent|generous|extra|first|\w+ly|\d+))*(?: [\w-]+)? ${COMPENSATION}\b`,
  String.raw`\b${GIVE} ${YOU}(?: (?:a|an|any|the|much|more|some|good|big|decent|generous|extra|first))*(?: [\w-]+)? ${COMPENSATION}\b`,
  String.raw`\b${COMPENSATION}\b(?: [\w'-]+){0,4}? ${GIVE} ${YOU}\b`,
  String.raw`\bhow much (?:money )?${AUX} (?:they|he|she|it|the \w+|your \w+|\w+) ${GIVE} ${YOU}\b(?! (?:to|with|on|about|in)\b)`,
  String.raw`\byour (?:own |current |present |starting |first |last |latest |annual |yearly |monthly |weekly |hourly |total |pay |salary )?${PAY_OF_THEIR_OWN}\b`,
  // Their money asked sideways: "is it worth it financially for you", "does the job pay your bills".
  String.raw`\b(?:financially|money-wise|moneywise|pay-wise|salary-wise|profitable|lucrative)\b.*\b${YOU}\b|\b${YOU}\b.*\b(?:financially|money-wise|moneywise|pay-wise|salary-wise|profitable|lucrative)\b`,
  String.raw`\b(?:pay|pays|paying|paid|cover|covers|covering|covered) (?:for )?(?:all )?(?:of )?your (?:bills|living costs|living expenses|expenses|cost of living)\b|\b${YOU} (?:\w+ )?make ends meet\b`,
  String.raw`\b(?:money|pay|salary|income|wages?)\b(?: [\w'-]+){0,3} (?:for|to) ${YOU}\b|\b(?:money|pay|salary|income|wages?)\b(?: [\w'-]+){0,2} treat(?:s|ing)? ${YOU}\b|\bwhat ${YOU} (?:make|earn|take home|bring home|get paid|charge|bill)\b(?! (?:of|out of|from|with|at|in|sure|happen|work)\b)|\b${GIVE} ${YOU} (?:a |an |your own )?(?:company )?(?:car|phone|laptop|flat|apartment|housing)\b`,
  String.raw`\bhow much (?:more |less |extra )?(?:money )?${AUX} ${YOU}${ADVERB}(?: (?:start|begin|end up|go on|stop|been))? ${RECEIVE}\b(?! (?:to|out|into|through|involved|done|used|better|right|from|of|a (?:difference|decision|choice|call))\b)`,
].map(re);

/** Wordings that speak of people in general, or ask for the person's view of them. */
const IN_GENERAL = re(
  String.raw`\b(?:people|someone|somebody|anyone|juniors?|graduates?|grads|new (?:hires|starters|staff|recruits)|starting out|entry[- ]level|typical(?:ly)?|usual(?:ly)?|average|others|most \w+s|in (?:this|the|your|that) (?:field|industry|sector|profession|line of work|area)|tend)\b|\b${YOU} (?:think|expect|reckon|say|suggest|recommend|advise|know)\b`,
);

/** "someone at your level", "a nurse like you": the person themselves, put in general words (unless an average is asked for). */
const AT_THEIR_LEVEL = re(String.raw`\b(?:someone|somebody|a person|an? [\w-]+) (?:at your (?:level|grade|seniority)|like you)\b`);

/** Pay in any form, or "how much … earn/make/take home". */
const ANY_PAY = re(String.raw`\b${COMPENSATION}\b|\bhow much\b.*\b(?:earn|make|take home|bring home|get paid|charge|bill|on)\b`);

/** Whether a question (as `normaliseForMatching` gives it) asks what the person themselves is paid or given. */
export function asksOwnMoney(text: string): boolean {
  if (AT_THEIR_LEVEL.test(text) && ANY_PAY.test(text) && !/\b(?:average|typical(?:ly)?|usual(?:ly)?|range)\b/i.test(text)) return true;
  return !IN_GENERAL.test(text) && FRAMES.some((frame) => frame.test(text));
}
