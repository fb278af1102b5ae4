/**
 * Turns a question into the terms the topic classifier compares: lower case, contractions
 * opened, function words dropped, each word reduced to a rough lemma (a light suffix
 * stripper with a few irregular forms) and a few everyday synonyms folded together. Crude
 * on purpose: it only has to map a question and the labelled phrasings to the same terms,
 * and it must stay well under a millisecond.
 */

const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'m\b/g, ' am'],
  [/'s\b/g, ''],
];

/** Politeness around a question that says nothing about its topic ("if you don't mind me asking"). */
const POLITE =
  /\b(if you (do not|don't) mind( me)?( asking)?|i (was|am) (just )?wondering|if (that|it)( is)? (ok|okay|alright|all right)|if i (may|might|can) ask|sorry to bother you)\b/g;

/** Ways of saying someone came into a line of work ("got into", "ended up in"), read as one word. */
const ENTERED = /\b(get|got|gotten|getting|break|broke|breaking|find your way|found your way|end|ended|ending|wind|wound) (up )?(into|in|as)\b/g;

/** Words that carry no topic ("the", "you", "could"). Words that do (who, why, else, first) stay: "why" asks for a motive. */
const STOP_WORDS = new Set(
  (
    'a an the and or but if so of to in on at for from by with about as into than then that this these those it its ' +
    'i me my mine we us our you your yours he she they them their his her is are was were be been being am do does did ' +
    'have has had having would could should can will shall may might must what which how when where there here ' +
    'just really very quite some any much many more most also too like such kind sort bit lot little thing things ' +
    'please tell know want wonder wondering curious ask question say mean think feel sure ok okay well yes no not ' +
    'all one ever one someone something anything everything way get got make made go going come one s find found doing done out still ' +
    'actually honestly truly exactly basically generally usually normally often typically mostly ' +
    // the frame around a question: a hypothetical, or hearsay the student wants checked
    'suppose supposing imagine hypothetically heard told mentioned apparently true honest ' +
    // the thing the student is exploring, which every kind of question names
    'field industry sector area program programme company organization organisation domain line type'
  ).split(' '),
);

/** Irregular forms and a few spellings folded to one lemma. */
const IRREGULAR: Readonly<Record<string, string>> = {
  began: 'begin',
  begun: 'begin',
  took: 'take',
  taken: 'take',
  went: 'go',
  gone: 'go',
  knew: 'know',
  known: 'know',
  thought: 'think',
  found: 'find',
  came: 'come',
  left: 'leave',
  felt: 'feel',
  led: 'lead',
  learnt: 'learn',
  grew: 'grow',
  grown: 'grow',
  chose: 'choose',
  chosen: 'choose',
  spent: 'spend',
  paid: 'pay',
  brought: 'bring',
  kept: 'keep',
  taught: 'teach',
  best: 'good',
  better: 'good',
  worse: 'bad',
  worst: 'bad',
  children: 'child',
  women: 'woman',
  men: 'man',
  organisation: 'organization',
  organisations: 'organization',
  licence: 'license',
  licences: 'license',
  practise: 'practice',
  became: 'become',
  made: 'make',
  gave: 'give',
  told: 'tell',
  heard: 'hear',
  met: 'meet',
  saw: 'see',
  ran: 'run',
  programme: 'program',
  programmes: 'program',
  colour: 'color',
  behaviour: 'behavior',
  favourite: 'favorite',
};

/** Everyday words folded into one term, so a paraphrase meets the labelled wording. */
const SYNONYM_GROUPS: Readonly<Record<string, readonly string[]>> = {
  pay: ['salary', 'wage', 'earn', 'money', 'compensation', 'income', 'paycheck', 'pay'],
  role: ['job', 'position', 'occupation', 'profession', 'role'],
  organization: ['company', 'firm', 'employer', 'business', 'agency', 'organization'],
  credential: ['certificate', 'certification', 'certified', 'cert', 'diploma', 'qualification', 'credential'],
  class: ['course', 'class', 'module', 'coursework'],
  coworker: ['colleague', 'teammate', 'coworker', 'co-worker'],
  pressure: ['stress', 'stressful', 'burnout', 'pressure'],
  enjoy: ['enjoy', 'love', 'favorite', 'fun'],
  difficult: ['hard', 'tough', 'challenge', 'challenging', 'difficult', 'difficulty'],
  advice: ['tip', 'recommendation', 'suggestion', 'advice'],
  media: ['podcast', 'newsletter', 'blog', 'book', 'magazine', 'journal', 'publication', 'media'],
  future: ['future', 'outlook', 'ahead'],
  automation: ['ai', 'artificial', 'automation', 'automate'],
  hire: ['hire', 'hiring', 'recruit', 'recruiter', 'recruiting'],
  progress: ['promote', 'promotion', 'progress', 'progression', 'advance', 'advancement', 'ladder', 'senior', 'seniority'],
  satisfy: [
    'satisfy',
    'satisfying',
    'satisfaction',
    'rewarding',
    'reward',
    'fulfilling',
    'fulfilment',
    'fulfillment',
    'proud',
    'pride',
    'meaningful',
    'gratifying',
  ],
  schedule: ['schedule', 'hour', 'shift', 'overtime', 'weekend', 'night', 'evening'],
  tool: ['tool', 'software', 'app', 'platform', 'system'],
  start: ['start', 'begin', 'beginning', 'started'],
  previous: ['previous', 'before', 'prior', 'earlier', 'former'],
  day: ['day', 'daily', 'everyday', 'day-to-day'],
  travel: ['travel', 'away', 'relocate', 'relocation', 'commute', 'abroad'],
  weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'morning', 'afternoon', 'noon', 'lunch', 'workday'],
  interest: [
    'interest',
    'interested',
    'interesting',
    'drawn',
    'draw',
    'attract',
    'attracted',
    'pull',
    'pulled',
    'hook',
    'hooked',
    'spark',
    'sparked',
    'inspire',
    'inspired',
    'passion',
    'motivate',
    'motivated',
    'motivation',
    'appeal',
  ],
  graduate: ['graduate', 'grad', 'alumni', 'alumnus', 'graduating', 'graduated'],
  task: ['task', 'duty', 'duties', 'responsibility', 'responsibilities', 'chore'],
  involve: ['involve', 'entail', 'consist', 'comprise'],
  skill: ['skill', 'strength', 'ability', 'abilities', 'trait', 'talent', 'aptitude', 'competency', 'competence', 'personality', 'character'],
  atmosphere: ['atmosphere', 'vibe', 'mood', 'environment', 'culture', 'climate'],
  competitive: ['competitive', 'competition', 'selective', 'selection'],
  downside: [
    'downside',
    'drawback',
    'disadvantage',
    'weakness',
    'con',
    'cons',
    'negative',
    'frustrating',
    'frustration',
    'disappointing',
    'disappointment',
    'dislike',
    'letdown',
  ],
  prepare: ['prepare', 'preparation', 'ready', 'readiness'],
  strain: ['exhausting', 'tiring', 'draining', 'intense', 'grueling', 'gruelling'],
};

/** Lemmas already worked out: the same few thousand words come back in every question. */
const LEMMAS = new Map<string, string>();

/** Reduces one lower-case word to its rough lemma. */
export function lemma(word: string): string {
  const known = LEMMAS.get(word);
  if (known !== undefined) return known;
  const stem = strip(IRREGULAR[word] ?? word);
  const found = SYNONYMS.get(stem) ?? stem;
  LEMMAS.set(word, found);
  return found;
}

const VOWEL = /[aeiouy]/;

function strip(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    if (w.endsWith(suffix) && VOWEL.test(w.slice(0, -suffix.length)) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  for (const [from, to] of [
    ['ization', 'ize'],
    ['isation', 'ize'],
    ['ational', 'ate'],
    ['fulness', 'ful'],
    ['iveness', 'ive'],
    ['ness', ''],
    ['ment', ''],
  ] as const) {
    if (w.endsWith(from) && w.length - from.length >= 4) {
      w = w.slice(0, -from.length) + to;
      break;
    }
  }
  if (w.endsWith('ise') && w.length > 5) w = `${w.slice(0, -3)}ize`;
  if (/[^aeiou]y$/.test(w)) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

const SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries(SYNONYM_GROUPS).flatMap(([term, words]) => words.map((w) => [strip(w), term] as const)));

/** The words of a text, lower case, with contractions opened and `{subject}` placeholders dropped. */
export function tokens(text: string): string[] {
  let norm = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\{subject\}/g, ' ');
  for (const [pattern, replacement] of CONTRACTIONS) norm = norm.replace(pattern, replacement);
  norm = norm
    .replace(/\b(these days|nowadays|lately|of late)\b/g, ' recent ')
    .replace(/\b(one|some) day\b/g, ' someday ')
    .replace(/\bworth (the )?(money|cost|price|investment|fees?)\b/g, ' worth it ')
    .replace(POLITE, ' ')
    .replace(ENTERED, ' entered ');
  return norm.match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
}

/** The content words of a text: its words without the function words, as written. */
export function contentWords(text: string): string[] {
  return tokens(text).filter((w) => !STOP_WORDS.has(w));
}

/** Whether a lemma carries topic (function words can come back as lemmas: "doing" to "do"). */
export function isTopicTerm(term: string): boolean {
  return term.length > 1 && !STOP_WORDS.has(term);
}

/** Every word the synonym groups and irregular forms know, for spelling correction. */
export const KNOWN_WORDS: readonly string[] = [...Object.values(SYNONYM_GROUPS).flat(), ...Object.keys(IRREGULAR)];

/** The topic terms of a text: lemmas of its content words. */
export function terms(text: string): string[] {
  return contentWords(text).map(lemma).filter(isTopicTerm);
}
