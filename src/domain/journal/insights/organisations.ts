/**
 * Names of companies and organisations in a note, found the way a reader spots them: a
 * capitalised span ("City of Toronto", "SickKids", "KPMG") where the sentence says it is a place
 * of work ("at Shopify", "works for the City of Toronto", "hired by Deloitte", "firms like EY and
 * KPMG"), or whose own words say so ("Royal Bank", "Humber College"), or an organisation the
 * student's journal already names. Person names are never guessed from a list: a capitalised
 * span with no such sign is left alone, and the journal's contact names are never organisations.
 *
 * @module
 */
import { noteWords, type NoteWord } from './note-words.js';
import { themeHits } from './theme-matcher.js';

/** An organisation named in a note. */
export interface OrganisationMention {
  /** As written, without a leading "the" or a possessive. */
  readonly name: string;
  /** What names the same organisation compare by. */
  readonly key: string;
  /** Offset of the name in the note. */
  readonly index: number;
}

/** What the journal already knows: organisations its contacts work at, and the contacts' own names. */
export interface KnownNames {
  readonly organisations: readonly string[];
  readonly people: readonly string[];
}

const NO_KNOWN_NAMES: KnownNames = { organisations: [], people: [] };

/** The comparison key of an organisation's name: case, spacing, a leading "the" and a possessive ignored. */
export function organisationKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/'s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** Small words that may sit inside a name between capitalised words ("Bank of Montreal", "Ernst & Young"); not "and", which more often joins two names. */
const CONNECTORS = new Set(['of', 'the', '&', 'for', 'de', 'du', 'des', 'la', 'le', 'on']);

/** Words in a multi-word name that say it is an organisation. */
const ORGANISATION_WORDS = new Set(
  (
    'inc ltd llc llp corp corporation company co group service bank hospital clinic university college institute school academy agency ministry ' +
    'department council foundation association society labs lab technologies health services solutions partners consulting studio studios ' +
    'network centre center authority board commission library museum police airlines airline insurance capital financial energy systems ' +
    'software games media hydro transit government city region province county town municipality federation press pharmacy pharma ' +
    'motors foods hotel hotels canada trust club review times journal news magazine weekly gazette herald tribune'
  ).split(' '),
);

/** Capitalised words that are not names: pronouns, sentence openers, days and months, and abbreviations of roles and fields. */
const NOT_NAMES = new Set(
  (
    'i me my we our you your he she they his her their it its this that these those a an the and but or so also then there here when ' +
    'what how why who if at for in on to with from by after before during because however maybe yes no ok okay lol tbh imo btw ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'ux ui hr it ai ml qa pm ceo cto cfo coo vp svp md rn lpn np pa ot pt mba ba bsc msc phd bcom bscn beng meng cs ece gpa esl ta ra tl dr mr ms mrs ' +
    'sr jr irl dm dms pdf eng english math maths covid zoom teams'
  ).split(' '),
);

/** Words just before a name that say it is a place of work ("at", "works for", "joined"). */
const BEFORE = new Set(['at', 'for', 'joined', 'join', 'joining', 'left', 'leaving']);
/** Words before "by", "with", "from" or "of" that make it a place of work ("hired by", "internship with", "recruiters from", "a chapter of"). */
const BEFORE_BY = new Set(['hired', 'acquired', 'owned', 'run', 'funded', 'recruited', 'employed', 'sponsored']);
const BEFORE_WITH = new Set([
  'internship',
  'internships',
  'co',
  'op',
  'coop',
  'placement',
  'job',
  'position',
  'role',
  'contract',
  'interned',
  'volunteered',
  'volunteer',
  'volunteering',
  'partnered',
  'placed',
]);
const BEFORE_OF = new Set([
  'chapter',
  'member',
  'members',
  'branch',
  'division',
  'office',
  'offices',
  'headquarters',
  'staff',
  'employees',
  'ceo',
  'director',
  'president',
  'founder',
]);
const BEFORE_FROM = new Set([
  'recruiter',
  'recruiters',
  'people',
  'someone',
  'somebody',
  'folks',
  'alumni',
  'colleague',
  'colleagues',
  'engineers',
  'managers',
  'offer',
]);
/** Verbs just after a name that say it is an organisation ("Shopify hires juniors", "Deloitte and KPMG hire"). */
const AFTER_VERBS = new Set(['hire', 'hires', 'hired', 'hiring', 'recruits', 'pays']);
/**
 * Nouns just after a name that say it is an organisation ("the Deloitte internship"); not at the
 * start of a sentence, where a capitalised field is as likely ("Architecture internships").
 */
const AFTER_NOUNS = new Set(['internship', 'internships', 'careers', 'recruiter', 'recruiters']);
/** Nouns that, followed by "like" or "such as", introduce a list of organisations ("firms like EY and KPMG"). */
const LIST_NOUNS = new Set([
  'companies',
  'company',
  'firms',
  'firm',
  'employers',
  'employer',
  'places',
  'banks',
  'agencies',
  'startups',
  'hospitals',
  'organizations',
  'organisations',
  'orgs',
  'studios',
  'clients',
  'agencies',
  'nonprofits',
  'charities',
  'ngos',
]);

/** Every organisation named in `text`, in order, each once. */
export function organisationsIn(text: string, known: KnownNames = NO_KNOWN_NAMES): OrganisationMention[] {
  const words = noteWords(text);
  const people = new Set(known.people.map(organisationKey));
  const found = new Map<string, OrganisationMention>();
  const keep = (mention: OrganisationMention | undefined) => {
    if (mention !== undefined && mention.key !== '' && !people.has(mention.key) && !found.has(mention.key)) found.set(mention.key, mention);
  };
  const spans = capitalisedSpans(text, words);
  const accepted = spans.map((span) => isOrganisation(text, words, span));
  // Names listed together are alike: "Deloitte and KPMG hire juniors" names two organisations.
  for (let round = 0; round < 2; round++) {
    spans.forEach((span, index) => {
      const next = spans[index + 1];
      if (next !== undefined && listedTogether(text, words, span, next) && (accepted[index] === true || accepted[index + 1] === true)) {
        accepted[index] = accepted[index + 1] = !coveredByLexicon(words, span) && !coveredByLexicon(words, next);
      }
    });
  }
  spans.forEach((span, index) => {
    if (accepted[index] === true) keep(mentionOf(text, words, span));
  });
  for (const name of known.organisations) keep(knownMention(text, name));
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** Words `from` to `to` (exclusive). */
interface Span {
  readonly from: number;
  readonly to: number;
}

/** Whether a word is written like a name: a capital first letter, or a capital inside ("eBay", "SickKids"). */
function looksLikeName(word: NoteWord): boolean {
  return /^\p{Lu}/u.test(word.written) || /^\p{Ll}+\p{Lu}/u.test(word.written);
}

/** Whether only spaces (or an ampersand) separate two words. */
function adjacent(text: string, left: NoteWord, right: NoteWord): boolean {
  return /^[ \t]*(?:&[ \t]*)?$/.test(text.slice(left.end, right.index));
}

/** Whether a word starts a sentence, a line or a list item. */
function startsSentence(text: string, words: readonly NoteWord[], at: number): boolean {
  const word = words[at];
  const before = words[at - 1];
  if (word === undefined) return false;
  if (before === undefined) return true;
  return /[.!?:;\n•*-]\s*["'(]*\s*$/.test(text.slice(before.end, word.index));
}

/** Runs of name-like words, joined by connectors between two of them: at most six words. */
function capitalisedSpans(text: string, words: readonly NoteWord[]): Span[] {
  const spans: Span[] = [];
  let at = 0;
  while (at < words.length) {
    const first = words[at];
    // A capitalised cue opening a sentence ("Joined Shopify as...") is not part of the name after it.
    if (first === undefined || !looksLikeName(first) || NOT_NAMES.has(first.lower) || (BEFORE.has(first.lower) && startsSentence(text, words, at))) {
      at += 1;
      continue;
    }
    let to = at + 1;
    // A capitalised word opening a sentence before "for" is most often a verb ("Worked for Parks Canada"), not a name.
    const opensWithVerb = startsSentence(text, words, at) && words[at + 1]?.lower === 'for';
    while (!opensWithVerb && to < words.length && to - at < 6) {
      const next = words[to];
      const previous = words[to - 1];
      if (next === undefined || previous === undefined || !adjacent(text, previous, next)) break;
      const afterNext = words[to + 1];
      if (looksLikeName(next) && !NOT_NAMES.has(next.lower)) to += 1;
      else if (CONNECTORS.has(next.lower) && afterNext !== undefined && looksLikeName(afterNext) && adjacent(text, next, afterNext)) to += 2;
      else break;
    }
    spans.push({ from: at, to });
    at = to;
  }
  return spans;
}

/** Whether two spans stand in one list: only a comma, "and", "or" or "&" between them. */
function listedTogether(text: string, words: readonly NoteWord[], left: Span, right: Span): boolean {
  const end = words[left.to - 1];
  const start = words[right.from];
  if (end === undefined || start === undefined) return false;
  return /^\s*(?:,|,?\s*(?:and|or|&))\s*$/i.test(text.slice(end.end, start.index));
}

/** Whether the lexicon reads the whole span as a skill, a resource or the like ("Excel", "LinkedIn Learning"), not an organisation. */
function coveredByLexicon(words: readonly NoteWord[], span: Span): boolean {
  const inside = words.slice(span.from, span.to);
  return themeHits(inside).some((hit) => hit.from === 0 && hit.to === inside.length);
}

function isOrganisation(text: string, words: readonly NoteWord[], span: Span): boolean {
  const inside = words.slice(span.from, span.to);
  if (coveredByLexicon(words, span)) return false;
  const named = inside.filter((word) => !CONNECTORS.has(word.lower));
  const saysOrganisation = named.some((word) => ORGANISATION_WORDS.has(word.lower));
  if (named.length > 1 && saysOrganisation) return true;
  if (named.length === 1 && saysOrganisation) return false;
  if (placeOfWorkBefore(words, span.from) || listedAfterNoun(text, words, span.from)) return true;
  const after = words[span.to]?.lower ?? '';
  return AFTER_VERBS.has(after) || (AFTER_NOUNS.has(after) && !startsSentence(text, words, span.from));
}

/** "at X", "works for X", "hired by X", "an internship with X", "recruiters from X". */
function placeOfWorkBefore(words: readonly NoteWord[], at: number): boolean {
  const cue = words[at - 1]?.lower;
  const beforeCue = words[at - 2]?.lower ?? '';
  if (cue === 'the') return placeOfWorkBefore(words, at - 1);
  if (cue === undefined) return false;
  if (BEFORE.has(cue)) return true;
  if (cue === 'by') return BEFORE_BY.has(beforeCue);
  if (cue === 'with') return BEFORE_WITH.has(beforeCue);
  if (cue === 'from') return BEFORE_FROM.has(beforeCue);
  if (cue === 'of') return BEFORE_OF.has(beforeCue);
  return false;
}

/** "companies like A, B and C", "employers such as A". */
function listedAfterNoun(text: string, words: readonly NoteWord[], at: number): boolean {
  let look = at - 1;
  while (look >= 0) {
    const word = words[look];
    if (word === undefined) return false;
    if (word.lower === 'like' || word.lower === 'including' || (word.lower === 'as' && words[look - 1]?.lower === 'such')) {
      const noun = words[word.lower === 'as' ? look - 2 : look - 1];
      return noun !== undefined && LIST_NOUNS.has(noun.lower);
    }
    if (
      !(looksLikeName(word) || word.lower === 'and' || word.lower === 'or' || CONNECTORS.has(word.lower)) ||
      /[.!?;:\n]/.test(text.slice(word.end, words[look + 1]?.index ?? word.end))
    )
      return false;
    look -= 1;
  }
  return false;
}

function mentionOf(text: string, words: readonly NoteWord[], span: Span): OrganisationMention | undefined {
  let from = span.from;
  while (words[from]?.lower === 'the' && from + 1 < span.to) from += 1;
  const first = words[from];
  const last = words[span.to - 1];
  if (first === undefined || last === undefined) return undefined;
  const name = text.slice(first.index, last.end).replace(/['’]s$/, '');
  return { name, key: organisationKey(name), index: first.index };
}

/** The organisation the journal knows, wherever the note names it, in any case. */
function knownMention(text: string, name: string): OrganisationMention | undefined {
  const key = organisationKey(name);
  if (key.length < 2) return undefined;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
  const match = pattern.exec(text);
  return match === null ? undefined : { name: name.trim(), key, index: match.index };
}
