/**
 * The frame of a question, apart from its content words: who it is about, when, and in what
 * mood. Topics that share their words differ here: "how did you get in" (the person's own past:
 * path) against "how do people get in" (how it works now, for anyone: entry), "what should I do"
 * (advice) against "what did you do" (path), "what has changed" (trends) against "what changes
 * your day" (day-to-day). Read from the first clause only, where the question is asked; a tail
 * ("..., is that true?") must not override it.
 */

/** The words that open a clause's question ("what", "how", or an auxiliary for a yes/no question). */
const ASKING = new Set([
  'what',
  'how',
  'why',
  'which',
  'where',
  'who',
  'when',
  'is',
  'are',
  'do',
  'does',
  'did',
  'can',
  'could',
  'would',
  'will',
  'should',
  'have',
  'has',
  'was',
  'were',
  'any',
]);
/** Auxiliaries and verbs that put a question in the past. */
const PAST = new Set([
  'did',
  'was',
  'were',
  'had',
  'began',
  'took',
  'went',
  'chose',
  'became',
  'came',
  'led',
  'brought',
  'made',
  'knew',
  'felt',
  'got',
  'drew',
  'grew',
  'left',
  'thought',
  'saw',
  'met',
  'wanted',
  'decided',
  'started',
  'studied',
  'moved',
  'worked',
  'joined',
  'convinced',
  'pushed',
  'inspired',
  'attracted',
  'pulled',
  'picked',
]);
/** "has" or "have" before a participle ("what has changed", "have you seen") make the present perfect. */
const PERFECT = new Set(['has', 'have', "'ve"]);
const PARTICIPLE = /(ed|en|been|done|made|had|got|seen|grown|become|taught|brought|kept|felt|left)$/;
/** Auxiliaries of the plain present: the first auxiliary sets the tense. */
const PRESENT = new Set(['do', 'does', 'is', 'are', 'am']);
const MODAL: Readonly<Record<string, string>> = {
  would: 'would',
  could: 'would',
  should: 'should',
  might: 'would',
  can: 'can',
  will: 'will',
  shall: 'should',
  must: 'should',
};
/** Who a question is about: the person asked, the student, or people in general. */
const SUBJECTS: Readonly<Record<string, string>> = {
  you: 'you',
  u: 'you',
  ur: 'you',
  your: 'you',
  yourself: 'you',
  i: 'me',
  me: 'me',
  my: 'me',
  myself: 'me',
  we: 'me',
  people: 'people',
  someone: 'people',
  somebody: 'people',
  anyone: 'people',
  students: 'people',
  graduates: 'people',
  employees: 'people',
  newcomers: 'people',
  they: 'people',
  person: 'people',
  beginners: 'people',
  workers: 'people',
  staff: 'people',
  most: 'people',
};
/** A question about a reason ("why...", "what made you...", "what keeps you..."), not a sequence of events. */
const MOTIVE =
  /^(why\b|what (\w+ )?(made|makes|got|gets|keeps|kept|drew|draws|pulled|pulls|attracted|attracts|sparked|inspired|convinced|motivated|motivates) (u|you)\b)/;

/** How many words may come before a clause's asking word ("so what...", "and how...") for it to open the clause. */
const LEAD_WORDS = 1;
/** How many words of the first clause are read for its frame. */
const CLAUSE_WORDS = 8;

/** The first clause that asks something: from the first asking word, up to the next comma or full stop. */
function askingClause(text: string): string[] {
  const clauses = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[,.;!?]+/);
  const lists = clauses.map((clause) => clause.match(/[a-z']+/g) ?? []);
  const asking = (list: readonly string[]): number => list.findIndex((w) => ASKING.has(w));
  // A clause that opens with its asking word is the question; context before it ("I saw you
  // have been there for years, what keeps you?") is not, even when it holds an auxiliary.
  const opening = lists.find((list) => {
    const start = asking(list);
    return start >= 0 && start <= LEAD_WORDS;
  });
  const list = opening ?? lists.find((l) => asking(l) >= 0);
  if (list !== undefined) return list.slice(asking(list), asking(list) + CLAUSE_WORDS);
  return (lists[0] ?? []).slice(0, CLAUSE_WORDS);
}

/**
 * Named features of a question's frame: its tense or mood, its subject, and both together
 * ("frame:past_you"). Only what is marked gives a feature: the plain present and a question
 * about nobody in particular give none, since a feature on nearly every example unsettles the
 * softmax's training (it measured worse on the labelled sets).
 */
export function frameFeatures(text: string): string[] {
  const clause = askingClause(text);
  let tense = 'present';
  for (const [i, word] of clause.entries()) {
    if (PRESENT.has(word)) break;
    if (PAST.has(word)) {
      tense = 'past';
      break;
    }
    if (PERFECT.has(word) && clause.slice(i + 1, i + 3).some((next) => PARTICIPLE.test(next))) {
      tense = 'perfect';
      break;
    }
    const modal = MODAL[word];
    if (modal !== undefined) {
      tense = modal;
      break;
    }
  }
  const subject = clause.map((w) => SUBJECTS[w]).find((s) => s !== undefined) ?? 'none';
  const marked = (feature: string, value: string): string[] => (value === 'present' || value === 'none' ? [] : [`${feature}:${value}`]);
  const motive = MOTIVE.test(clause.join(' ')) ? ['frame:motive'] : [];
  return [
    ...marked('tense', tense),
    ...marked('subject', subject),
    ...(tense === 'present' && subject === 'none' ? [] : [`frame:${tense}_${subject}`]),
    ...motive,
  ];
}
