/**
 * The keyword rules Rapport used to sort questions before it compared them with labelled
 * examples. Precise but narrow, they now break near-ties between the similarity scores.
 */
import { CATCH_ALL, NAME_PERMISSION, REFERRAL_ASK, SMALL_TALK } from '../phrases.js';
import { normalizeForMatch } from '../student-text.js';
import type { LabelledTopic } from './phrasings.js';

/** Keyword rules per topic; the topic with most matching rules wins, ties go to the earlier entry. */
const RULES: readonly (readonly [LabelledTopic, readonly RegExp[]])[] = [
  ['closing', [...REFERRAL_ASK, ...NAME_PERMISSION, ...CATCH_ALL]],
  ['small-talk', SMALL_TALK],
  [
    'path',
    [
      /\bhow did you (get|start|end up|become|decide|choose|break|find|land)\b/,
      /\byour (own )?(path|journey|background|career path|route|story)\b/,
      /\b(get|got|getting) (into|started in) (this|the|your)\b/,
      /\bwhat (led|brought|drew|attracted) you\b/,
      /\b(switch|chang|mov)(e|ed|ing) (into|to|careers|fields)\b/,
      /\b(promot\w*|move up|moving up|career (path|ladder|progression)|go on to|gone on to|went on to)\b/,
      /\bgraduates? (\w+ )?(end up|go|went|work|usually)\b/,
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
      /\b(normal|regular|average|usual|ordinary) (day|week|shift|morning|workday)\b/,
      /\bdaily\b/,
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
      /\b(licen[cs]\w*|exams?|registered|admissions?|prerequisites?|get (hired|accepted|admitted))\b/,
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
    [/\b(degree|courses?|classes|certificat\w*|training|master'?s|phd|diploma|school|major|credentials?|bootcamps?)\b/, /\b(study|studies|studying)\b/],
  ],
  [
    'rewards',
    [
      /\b(like|love|enjoy) (the )?(most|best|about)\b/,
      /\b(most|least) (satisfying|rewarding|enjoyable|favou?rite)\b/,
      /\b(rewarding|satisfying|drawbacks?|downsides?|frustrat\w*|hardest|challeng\w*|toughest|worst part|best part)\b/,
      /\b(salary|salaries|pay|paid|earn\w*|wages?|income|compensation)\b/,
    ],
  ],
  [
    'conditions',
    [
      /\b(hours|schedule|shifts?|overtime|on[- ]call|weekends?|work[- ]life|balance|stress(ful)?|pressure|travel|remote|hybrid|workload|burnout|exhaust\w*|physically|emotionally)\b/,
    ],
  ],
  [
    'trends',
    [/\b(future|trends?|changing|changes|next (few|five|ten) years|growth|growing|demand|outlook|automation|ai|artificial intelligence|new tools|emerging)\b/],
  ],
  [
    'culture',
    [
      /\b(culture|team|colleagues|environment|values|management|workplace|atmosphere|coworkers|co-workers)\b/,
      /\b(get along|welcoming|inclusive|supportive|unwritten)\b/,
      /\bwhat are (the )?people\b.*\blike\b/,
    ],
  ],
  [
    'resources',
    [
      /\b(associations?|publications?|journals?|books?|podcasts?|newsletters?|resources?|conferences?|events?|meetups?|websites?|blogs?|communities)\b/,
      /\b(read|follow|join)\b/,
    ],
  ],
];

/** The topic keyword rules give a question, or null when no rule matches. */
export function ruleTopic(question: string): LabelledTopic | null {
  const norm = normalizeForMatch(question);
  let best: LabelledTopic | null = null;
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
