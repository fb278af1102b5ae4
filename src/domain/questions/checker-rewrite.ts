import { JOINED_QUESTION } from './checker-rules.js';
import { lowerFirst, upperFirst } from './text.js';

/** Turns a yes/no question into an open one; `match` is the question without its final mark. */
type Reshaper = (match: RegExpExecArray) => string;

const ADJECTIVES =
  'hard|difficult|easy|stressful|busy|competitive|demanding|rewarding|fun|boring|repetitive|flexible|stable|secure|creative|social|lonely|fast-paced|common|popular|hectic|intense|tough|challenging|satisfying|predictable|physical|risky|expensive|realistic|typical|normal|rare|important|necessary|usual';

/** Words that say "a lot", dropped when a question is turned into "how often". */
const QUANTITY = /\b(?:a lot of|lots of|a lot|much|many|very often|often)\b\s*/gi;

/** Verbs for which "How often do you …?" is the natural open version. */
const FREQUENT_VERBS = /^(?:work|travel|use|get|deal|meet|have to|need to|take|bring|see|go|spend|talk|handle|write|present|manage|lead|move|switch)\b/i;

/** Closed-question shapes and their open versions, tried in order. */
const CLOSED_RESHAPERS: readonly (readonly [RegExp, Reshaper])[] = [
  [/^(?:do|did|does) you (?:really )?(?:like|enjoy|love) (.+)$/i, (m) => `What do you enjoy most about ${m[1] ?? 'it'}?`],
  [/^do you have (?:any )?(?:advice|tips|suggestions|recommendations)\b/i, () => 'What advice would you give someone in my position?'],
  [/^(?:do|did) you have (?:any )?regrets?\b/i, () => 'What would you do differently if you were starting out today?'],
  [/^do you know (?:of )?(?:anyone|anybody|someone|somebody)\b/i, () => 'Who else would you suggest I talk to so I can learn more?'],
  [/^(?:do|does|would) you (?:think|believe|feel|reckon|agree) (?:that )?(.+)$/i, (m) => `What is your view on whether ${m[1] ?? 'that is so'}?`],
  [/^(?:would|do) you recommend (.+)$/i, (m) => `What would you tell someone who is considering ${m[1] ?? 'this path'}?`],
  [
    /^(?:is|are) there (?:any |many |a lot of |lots of |much |enough |some |good )?(a |an )?(.+)$/i,
    (m) => `What can you tell me about ${m[1] === undefined ? '' : 'the '}${m[2] ?? 'that'}?`,
  ],
  [/^(?:is|was) it possible (.+)$/i, (m) => `How realistic is it ${m[1] ?? ''}, in your experience?`],
  [
    new RegExp(`^(is|was) it (${ADJECTIVES}) (.+)$`, 'i'),
    (m) => `How ${m[2] ?? 'hard'} ${(m[1] ?? 'is').toLowerCase()} it ${m[3] ?? ''}, in your experience?`,
  ],
  [new RegExp(`^(is|are|was|were) (.+) (${ADJECTIVES})$`, 'i'), (m) => `How ${m[3] ?? 'hard'} ${(m[1] ?? 'is').toLowerCase()} ${m[2] ?? 'it'}, in your experience?`],
  [/^(?:can|could|may) i ask (?:you )?(?:about )?(.+)$/i, (m) => `What can you tell me about ${m[1] ?? 'that'}?`],
  [
    /^do i need (.+?)(?: (to .+))?$/i,
    (m) => (m[2] === undefined ? `How much does ${m[1] ?? 'that'} matter, in your experience?` : `How much does ${m[1] ?? 'that'} matter for someone who wants ${m[2]}?`),
  ],
  [/^should i (.+)$/i, (m) => `What would help me decide whether to ${m[1] ?? 'do that'}?`],
  [/^(?:can|could) i (.+)$/i, (m) => `What would it take for me to ${m[1] ?? 'do that'}?`],
  [/^did you (?:always|ever) (want|plan|know|expect)(.*)$/i, (m) => `When did you first ${m[1] ?? 'know'}${m[2] ?? ''}?`],
  [/^did you (.+)$/i, (m) => `How did you come to ${m[1] ?? 'do that'}?`],
  [
    /^(?:do|does) (you|people|they|most people|students|employees|staff) (.+)$/i,
    (m) => {
      const rest = (m[2] ?? '').replace(QUANTITY, '').trim();
      return FREQUENT_VERBS.test(rest) ? `How often do ${m[1] ?? 'you'} ${rest}?` : '';
    },
  ],
];

/** The question without trailing marks or spaces. */
function bare(question: string): string {
  return question.replace(/[\s?.!]+$/, '');
}

/** Openings that only delay the question ("So, I was wondering…"). */
const PREAMBLE = /^(?:so|and|but|well|okay|ok|also)\b[,\s]*|^i (?:was|am|'m) (?:wondering|curious)(?: about)?\b[,\s]*|^i(?: would|'d) (?:like|love) to know\b[,\s]*/i;

/** Removes preambles from the start of a question, however many there are. */
function withoutPreamble(text: string): string {
  let current = text.trim();
  for (let previous = ''; previous !== current; ) {
    previous = current;
    current = current.replace(PREAMBLE, '');
  }
  return current;
}

/** Final polish for a rewrite built from the student's words: capitals, a lone "i", stray spaces. */
function polish(text: string): string {
  return upperFirst(text.replace(/\bi\b/g, 'I').replace(/\s+,/g, ',').replace(/\s{2,}/g, ' ').trim());
}

/** An open version of a yes/no question: a known shape if one fits, else "To what extent …?". */
export function openUp(question: string): string {
  const text = bare(withoutPreamble(question));
  for (const [pattern, reshape] of CLOSED_RESHAPERS) {
    const match = pattern.exec(text);
    const reshaped = match === null ? '' : reshape(match);
    if (reshaped !== '') return polish(reshaped);
  }
  return polish(`To what extent ${lowerFirst(text)}?`);
}

/** Negative helping verbs and the plain ones they become. */
const UNNEGATED: Readonly<Record<string, string>> = { "won't": 'will', "can't": 'can' };

/**
 * A leading question asked neutrally: without "surely", "you must", "I bet", a tag at the end ("…, right?")
 * and with a negative start made plain ("Isn't it…" becomes "Is it…"), ready for {@link openUp}.
 */
export function neutral(question: string): string {
  const text = question
    .replace(/,\s*(?:right|correct|isn't it|isn't that so|don't you|wouldn't you|aren't they|am i right)\s*\?*\s*$/i, '?')
    .replace(/^surely,?\s*/i, '')
    .replace(/^you (?:must|surely)\s+/i, 'do you ')
    .replace(/\b(?:i bet|i'm sure|i am sure) you\b/i, 'do you')
    .replace(/^(\w+)n't\b/i, (word: string, stem: string) => UNNEGATED[word.toLowerCase()] ?? stem);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Splits a double question into its parts, each ending with a question mark. */
export function splitDouble(question: string): string[] {
  const byMarks = question.split('?').map((part) => part.trim()).filter((part) => /[a-z]/i.test(part));
  if (byMarks.length > 1) return byMarks.map((part) => polish(`${bare(withoutPreamble(part))}?`));
  const joined = JOINED_QUESTION.exec(question);
  if (joined === null) return [question];
  const first = question.slice(0, joined.index).replace(/[\s,;]+$/, '');
  const second = question.slice(joined.index).replace(/^(?:and|also|plus|as well as)\s+/i, '');
  return [polish(`${bare(withoutPreamble(first))}?`), polish(`${bare(second)}?`)];
}

/** An embedded question with a helping verb ("how that has changed…"), to be put back in question order. */
const EMBEDDED = /^(what|how|why|where|when|which \w+) (that|this|it|they|you|the \w+|your \w+) (has|have|is|are|was|were|will|would|can|could) (.+)$/i;

/** A question already in question word order ("How has…", "Which one do…"). */
const QUESTION_ORDER =
  /^(?:what|how|which|where|when|who|why)(?: (?!(?:i|you|we|they|he|she|it|that|this|there|people|someone)\b)[\w'-]+){0,3} (?:is|are|was|were|do|does|did|can|could|would|will|should|has|have|might)\b/i;

/**
 * The core of a long question: the sentences and comma clauses, last first, with preambles
 * removed, keeping those that are already in question word order.
 */
export function coreQuestions(question: string): string[] {
  const pieces = question.split(/(?<=[.!?])\s+|,\s+/).reverse();
  const cores: string[] = [];
  for (const piece of pieces) {
    const core = polish(bare(withoutPreamble(piece).replace(EMBEDDED, '$1 $3 $2 $4')));
    if (QUESTION_ORDER.test(core)) cores.push(`${core}?`);
  }
  return cores;
}
