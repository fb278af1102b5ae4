/**
 * Keyword rules that sort a student's question into a question category, recognise the
 * parts of a good close, and spot a follow-up that builds on the previous answer.
 */
import type { QuestionCategory } from '../../questions/types.js';
import { CATCH_ALL, NAME_PERMISSION, REFERRAL_ASK, SMALL_TALK, THANKS } from '../phrases.js';
import { hasAny, normalizeForMatch, splitSentences, words } from '../text.js';

/** A question's category, or `unclear` when no rule matches. */
export type Topic = QuestionCategory | 'unclear';

/** Rules per category; the category with most matching rules wins, ties go to the earlier entry. */
const RULES: readonly (readonly [QuestionCategory, readonly RegExp[]])[] = [
  ['closing', [...REFERRAL_ASK, ...NAME_PERMISSION, ...CATCH_ALL]],
  ['opening', SMALL_TALK],
  [
    'path',
    [
      /\bhow did you (get|start|end up|become|decide|choose|break|find|land)\b/,
      /\byour (own )?(path|journey|background|career path|route|story)\b/,
      /\b(get|got|getting) (into|started in) (this|the|your)\b/,
      /\bwhat (led|brought|drew|attracted) you\b/,
      /\b(switch|chang|mov)(e|ed|ing) (into|to|careers|fields)\b/,
    ],
  ],
  [
    'advice',
    [
      /\badvice\b/,
      /\b(wish|would have liked) (you|to have)\b/,
      /\bif you were (starting|me|in my|a student)\b/,
      /\b(start|starting) (over|again)\b/,
      /\bwhat would you (do|tell|recommend|suggest)\b/,
      /\b(recommend|suggest) (i|that i|for someone|to someone|for a student)\b/,
      /\b(someone|a student) (like me|in my position|starting out)\b/,
      /\bdifferently\b/,
    ],
  ],
  [
    'day-to-day',
    [
      /\btypical (day|week|month|shift|project)\b/,
      /\bday[- ]to[- ]day\b/,
      /\b(daily|weekly) (tasks|routine|work|life)\b/,
      /\bwhat do you (actually |really )?do\b/,
      /\bspend (most of )?your (time|day|week)\b/,
      /\b(walk|take) me through\b/,
      /\b(duties|responsibilities|tasks)\b/,
    ],
  ],
  [
    'entry',
    [
      /\bentry[- ]level\b/,
      /\b(break|get) (in|into the|a foot)\b/,
      /\b(first|junior|starting) (roles?|positions?|jobs?|job titles?)\b/,
      /\bnew (grads?|graduates?|hires?)\b/,
      /\b(internships?|co-?ops?|placements?)\b/,
      /\b(employers|hiring managers|recruiters|they) look for\b/,
      /\b(stand out|get noticed)\b/,
    ],
  ],
  [
    'skills',
    [
      /\bskills?\b/,
      /\bqualit(y|ies)\b/,
      /\bstrengths?\b/,
      /\b(succeed|success|successful|thrive|excel)\b/,
      /\bgood at\b/,
      /\b(traits?|abilit(y|ies)|strengths)\b/,
    ],
  ],
  [
    'education',
    [
      /\b(degree|courses?|classes|certificat\w*|training|master'?s|phd|diploma|school|major|licen[cs]\w*|exams?|credentials?|bootcamps?)\b/,
      /\b(study|studies|studying)\b/,
    ],
  ],
  [
    'rewards',
    [
      /\b(like|love|enjoy) (the )?(most|best|about)\b/,
      /\b(most|least) (satisfying|rewarding|enjoyable|favou?rite)\b/,
      /\b(rewarding|satisfying|drawbacks?|downsides?|frustrat\w*|hardest|challeng\w*|toughest|worst part|best part)\b/,
    ],
  ],
  [
    'conditions',
    [
      /\b(hours|schedule|shifts?|overtime|on[- ]call|weekends?|work[- ]life|balance|stress(ful)?|pressure|travel|remote|hybrid|workload|burnout)\b/,
      /\b(salary|salaries|pay|compensation|benefits)\b/,
    ],
  ],
  [
    'trends',
    [
      /\b(future|trends?|changing|changes|next (few|five|ten) years|growth|growing|demand|outlook|automation|ai|artificial intelligence|new tools|emerging)\b/,
    ],
  ],
  ['culture', [/\b(culture|team|colleagues|environment|values|management|workplace|atmosphere|coworkers|co-workers)\b/]],
  [
    'resources',
    [
      /\b(associations?|publications?|journals?|books?|podcasts?|newsletters?|resources?|conferences?|events?|meetups?|websites?|blogs?|communities)\b/,
      /\b(read|follow|join)\b/,
    ],
  ],
];

/** Sorts a question into a category by keyword rules. */
export function classifyQuestion(question: string): Topic {
  const norm = normalizeForMatch(question);
  let best: Topic = 'unclear';
  let bestScore = 0;
  for (const [category, patterns] of RULES) {
    const score = patterns.filter((p) => p.test(norm)).length;
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return best;
}

/** The parts of a good close a message contains. */
export interface ClosingParts {
  referral: boolean;
  permission: boolean;
  catchAll: boolean;
}

/** Which closing moves a message makes: ask who else, ask to use the name, ask what was missed. */
export function closingParts(text: string): ClosingParts {
  return { referral: hasAny(text, REFERRAL_ASK), permission: hasAny(text, NAME_PERMISSION), catchAll: hasAny(text, CATCH_ALL) };
}

const PROBE = [
  /\byou (mentioned|said|talked about|brought up|described)\b/,
  /\b(earlier|before),? you\b/,
  /\b(going|coming) back to\b/,
  /\b(tell|say) (me )?(a bit |a little )?more\b/,
  /\b(give|share) (me )?(an|a concrete|a specific) example\b/,
  /\bwhat do you mean by\b/,
  /\bhow did (that|you handle that|it go)\b/,
  /\bwhat was that like\b/,
  /\bwhy (was|is) that\b/,
  /\bexpand on\b/,
  /\bwhat did that (look like|involve)\b/,
  /\bthat (part|point) about\b/,
];
const MIN_SHARED_WORDS = 2;
const COMMON = new Set(
  'about would could should there their which where these those other really think people things because being doing while something someone always often usually first years great question thanks thank working please'.split(' '),
);

/** Whether a question builds on the previous answer: it says so, or it picks up two of its words. */
export function isFollowUp(question: string, previousAnswer: string | undefined, field: string): boolean {
  if (previousAnswer === undefined) return false;
  if (hasAny(question, PROBE)) return true;
  const fieldWords = new Set(words(normalizeForMatch(field)));
  const content = (text: string) =>
    new Set(words(normalizeForMatch(text)).filter((w) => w.length >= 5 && !COMMON.has(w) && !fieldWords.has(w)));
  const before = content(previousAnswer);
  return [...content(question)].filter((w) => before.has(w)).length >= MIN_SHARED_WORDS;
}

const QUESTION_START = /^\s*(what|how|why|when|where|who|which|could|can|would|will|do|does|did|is|are|was|were|should|have|has|tell me|walk me|i'?m curious|i'?d love to (know|hear))\b/i;

/** Whether a message asks something: a question mark, or a sentence starting like a question. */
export function looksLikeQuestion(text: string): boolean {
  return text.includes('?') || QUESTION_START.test(normalizeForMatch(text));
}

/**
 * The real question a message leads with: its first sentence with a question mark, or the
 * whole message when it reads as a question; undefined for statements and small talk.
 */
export function leadingQuestion(text: string): string | undefined {
  const asked = splitSentences(text).find((s) => s.text.includes('?'))?.text ?? (looksLikeQuestion(text) ? text : undefined);
  return asked === undefined || classifyQuestion(asked) === 'opening' ? undefined : asked;
}

const END_ONLY = /^\s*(done|end|stop|finish(ed)?|that'?s (all|it)|i'?m (done|finished)|no (more|further) questions)\W*$/;
const END_PHRASE = /\b(that'?s all|that is all|all (of )?my questions|no (more|further) questions|i'?ll let you go|bye|goodbye)\b/;

/** Whether a message ends the interview ("done", "thank you, that's all") rather than asking something. */
export function isClosingRemark(text: string): boolean {
  const norm = normalizeForMatch(text);
  if (END_ONLY.test(norm)) return true;
  return !text.includes('?') && (END_PHRASE.test(norm) || (hasAny(text, THANKS) && !QUESTION_START.test(norm)));
}
