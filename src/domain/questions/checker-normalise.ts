/**
 * Prepares a question for the checker's patterns: texting shorthand and missing apostrophes
 * become the words the patterns look for, "you company" becomes "your company", and a
 * misspelt key word ("intership", "sallary") becomes the word itself, so a student's typing
 * never decides whether a job ask or a pay question is noticed. Case is kept.
 */

/** Shorthand and apostrophe-less forms, and what they stand for. */
const SHORTHAND: readonly (readonly [RegExp, string])[] = [
  [/\bu\b/gi, 'you'],
  [/\b(?:ur|yr|youre)\b/gi, 'your'],
  [/\br\b(?=\s+(?:you|u|they|there)\b)/gi, 'are'],
  [/\b(?:pls|plz|plse)\b/gi, 'please'],
  [/\bdont\b/gi, "don't"],
  [/\bdoesnt\b/gi, "doesn't"],
  [/\bisnt\b/gi, "isn't"],
  [/\barent\b/gi, "aren't"],
  [/\bwouldnt\b/gi, "wouldn't"],
  [/\bdidnt\b/gi, "didn't"],
  [/\bcouldnt\b/gi, "couldn't"],
  [/\bshouldnt\b/gi, "shouldn't"],
  [/\bwhats\b/gi, "what's"],
  [/\bwanna\b/gi, 'want to'],
  [/\bgonna\b/gi, 'going to'],
  [/\bc\.v\.?/gi, 'CV'],
];

/**
 * Key words of the rules, which a misspelling one letter away (two for long words) is read
 * as. Words that are real and one letter from a key word ("firing", "hiking") are never changed.
 */
const KEY_WORDS = [
  'internship',
  'internships',
  'interview',
  'interviews',
  'position',
  'positions',
  'opening',
  'openings',
  'vacancy',
  'vacancies',
  'placement',
  'placements',
  'recruiter',
  'recruiters',
  'recruiting',
  'referral',
  'referrals',
  'recommend',
  'salary',
  'salaries',
  'compensation',
  'hiring',
  'application',
  'resume',
  'portfolio',
  'headquarters',
  'headquarter',
  'mission',
  'founded',
  'established',
  'employees',
  'organization',
  'organisation',
  'company',
  'department',
  'religion',
  'religious',
  'political',
  'pregnant',
  'disability',
  'mortgage',
  'opportunity',
  'opportunities',
  'manager',
  'apply',
  'charge',
];
const NEVER_CORRECTED = new Set([
  'firing',
  'hiking',
  'wiring',
  'resumed',
  'resumes',
  'charged',
  'charges',
  'changes',
  'manages',
  'managed',
  'applied',
  'applies',
  'positive',
  'supply',
  'amply',
  'mentor',
  'companies',
  'missing',
  'missions',
  'foundation',
  'interval',
  'intervene',
  'charm',
  'change',
  'changes',
  'changed',
  'changing',
  'charging',
  'hiding',
  'employers',
  'founder',
  'founders',
  'recruited',
  'manage',
  'managing',
  'opinion',
  'pointing',
  'mentioned',
  'applying',
]);
const KEY_WORD_SET = new Set(KEY_WORDS);

/** Edit distance with adjacent swaps counted once, stopping early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] ?? [];
      const previous = rows[i - 1] ?? [];
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** The key word a misspelt word stands for, or the word itself. */
function correctWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < 6 || KEY_WORD_SET.has(lower) || NEVER_CORRECTED.has(lower)) return word;
  // An inflected key word ("headquartered", "recommended") is spelled right: leave it.
  if (KEY_WORDS.some((key) => lower.startsWith(key))) return word;
  const limit = lower.length >= 10 ? 2 : 1;
  return KEY_WORDS.find((key) => editDistance(lower, key, limit) <= limit) ?? word;
}

/** Places and pay words that a missing "r" turns "your" into "you" before ("you company", "you salary"). */
const OWNED_NOUNS =
  /\byou (team|company|firm|organi[sz]ation|department|office|agency|business|lab|clinic|hospital|school|group|salary|sallary|income|wages?|rates?|bonus|job|boss|manager)\b/gi;

/** The question as the checker's patterns read it. */
export function normaliseForMatching(text: string): string {
  let result = text;
  for (const [pattern, replacement] of SHORTHAND) result = result.replace(pattern, replacement);
  result = result.replace(/[A-Za-z]+/g, correctWord);
  return result.replace(OWNED_NOUNS, 'your $1');
}
