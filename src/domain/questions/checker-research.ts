/**
 * Facts a website or a quick search gives: when an organisation was founded, its mission,
 * where it is based, who runs it, how big it is, what it offers, and a program's length,
 * fees and entry requirements. The better question asks what only an insider can say.
 */
import { ORG_NOUN, ORG_PHRASE, re, type PhraseRule } from './checker-rules.js';
import { lowerFirst } from './question-text.js';

/** The organisation a question names ("the museum", "your agency", "Shopify"), or a neutral one. */
function organisation(named: string | undefined): string {
  const phrase = named?.trim() ?? '';
  if (phrase === '' || /^(?:it|they|you)$/i.test(phrase)) return 'your organization';
  // Only a determiner is lowered: a name keeps the capitals the student gave it ("Acme").
  return /^(?:the|this|that|their|its|your|our)\b/i.test(phrase) ? lowerFirst(phrase.replace(/^(?:the|this|that|their|its)\b/i, 'the')) : phrase;
}

/** A name as typed ("Shopify", "Mount Sinai Hospital"), marked by {@link markNames}, or a phrase ending in an organisation word. */
const NAMED = String.raw`(?:${ORG_PHRASE}|⟦[^⟧]+⟧)`;

/** Wraps capitalised names after the first word in ⟦ ⟧, so that patterns that ignore case can still tell a name. */
function markNames(text: string): string {
  return text.replace(/(?<=\s)(?!I\b|(?:CEO|CFO|CTO|COO|HQ|HR)\b)[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*)*/g, (name) => `⟦${name}⟧`);
}

/** A pattern where NAMED stands for an organisation; names come back without their marks. */
function named(source: string): (text: string) => RegExpExecArray | null {
  const pattern = new RegExp(source.replaceAll('NAMED', NAMED), 'i');
  return (text) => {
    const match = pattern.exec(markNames(text));
    if (match === null) return null;
    for (const [index, captured] of match.entries()) {
      // Groups that took no part are undefined at run time, whatever the type says.
      if (typeof captured === 'string') match[index] = captured.replace(/[⟦⟧]/g, '');
    }
    return match;
  };
}

/** Facts about an organisation or a program that a quick search answers. */
export const BASIC_RESEARCH_RULES: readonly PhraseRule[] = [
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`\b(?:when|what year|which year|in what year|in which year|how long ago) (?:was|were|did|is) (NAMED) (?:first |originally )?(?:founded|found|established|set up|created|started|formed|incorporated|launched|built|opened|begun|begin|start|open|launch|founded)\b|\b(?:when|what year|which year) (NAMED) (?:was|were) (?:founded|found|established|set up|created|started|formed|opened)\b|\bhow long (?:has|have) (NAMED) (?:been around|existed|been in business|been operating|been open)\b|\bhow old is (NAMED)\W*$|\bwho (?:founded|started|created|established|set up) ((?:the|your|this|their) [\w'&-]+(?: [\w'&-]+)?|NAMED)\W*$`,
    ),
    rewrite: (match) => `How has ${organisation(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5])} changed since you joined?`,
  },
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`^(?:so,? )?(?:what'?s|what is|what are|what was) (?:(NAMED)'s? |the |your |their |its )?(?:mission|vision|core values|values|mission statement|vision statement|motto|slogan|purpose)(?: statement)?(?: of (NAMED))?\W*$`,
    ),
    rewrite: (match) => `How does the mission of ${organisation(match[1] ?? match[2])} show up in your day-to-day work?`,
  },
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`\bwhere (?:is|are|'s) (?:(NAMED)(?:'s)? |your |the |its |their )?(?:head ?office|headquarters?|hq|head ?quarters?|main office|main campus|offices?|campus(?:es)?)(?: located| based)?(?: of (NAMED))?\W*$|\bwhere (?:is|are) (NAMED) (?:located|based|headquartered)\W*$|\bwhere are you (?:guys )?(?:located|based|headquartered)\W*$`,
    ),
    rewrite: 'How does where your team is based shape the way it works?',
  },
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`\bwho (?:is|are|was) (?:the |your |their )?(?:current |new )?(?:ceo|cfo|cto|president|founders?|co-?founders?|owners?|chair(?:man|woman|person)?|chief executive|executive director|dean|principal|director)(?: of (NAMED))?\W*$|\bwho (?:runs|owns|leads|heads) (NAMED)\W*$|\bwho (?:is|are) the (?:head|chair|director|manager|dean) of (?:the|your|this) (?:department|organi[sz]ation|company|school|faculty|program|firm|agency|hospital|clinic)\W*$|\b(?:who|name of)\b.{0,30}\b(?:ceo|cfo|cto|coo|president|founders?|co-?founders?|owners?|chair(?:man|woman|person)?|chief executive)\b|\b(?:ceo|president|founder|owner)(?:'s)? name\b|\bname of (?:the|your|this) (?:${ORG_NOUN}) (?:you work|you're with|you are with)\b`,
    ),
    rewrite: 'How do decisions made by senior leadership reach your team?',
  },
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`\bhow many (?:people|employees|staff|workers|students|locations|branches|offices|stores|clinics|sites|members|clients|customers|countries|beds|campuses)\b(?: \w+){0,3} (?:work|are employed|are there|are enrolled|does|do|are|at|in|has|have|worldwide)\b.*\b(?:${ORG_NOUN}|program|programme|course|cohort|NAMED)\b|\bhow (?:big|large|small) is (NAMED)\W*$|\b(?:annual |yearly )?(?:revenue|turnover|profits?|stock price|share price|market cap(?:itali[sz]ation)?|market share|valuation)\b`,
    ),
    rewrite: 'How does the size of the organization shape the way your team works?',
  },
  {
    issue: 'basic-research',
    pattern: re(
      String.raw`^what (?:programs?|programmes?|courses?|majors?|degrees?|speciali[sz]ations?|options|electives|modules|streams) (?:does|do|are|is) (?:(?:the|this|your|that) \w+ )?(?:offer|have|offered|available|provided|taught|required)\b`,
    ),
    rewrite: 'Which courses in the program turned out to matter most once you started working?',
  },
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`\b(?:address|phone number|website|web site|postal code) of (?:your|the|this) (?:main |head )?(?:office|company|organi[sz]ation|firm|headquarters|clinic|hospital|school)\b|^what (?:products?|services?) (?:does|do|are|is) (?:(NAMED|you) )?(?:offer|sell|provide|make|produce|have|offered|available|provided|sold)\b|^(?:so,? )?what (?:exactly |actually |really )?(?:does|do|is) (NAMED)(?: you work (?:for|at))?(?: actually| exactly| really)? (?:do|sell|make|offer|produce|build|provide|manufacture)(?: (?:to|for) (?:its |their |your )?(?:customers|clients|users|buyers|patients))?\W*$`,
    ),
    rewrite: (match) => `Which part of the work of ${organisation(match[1] ?? match[2])} does your own job touch most directly?`,
  },
  {
    issue: 'basic-research',
    pattern: re(
      String.raw`^what (?:does|do) an? [a-z][a-z -]{1,40} do\W*$|\bwhat does (?:the )?(?:acronym |abbreviation )?[\w.-]+ stand for\b|^what is the definition of\b`,
    ),
    rewrite: 'Which parts of this work never make it into the official job description?',
  },
  {
    issue: 'basic-research',
    pattern: re(
      String.raw`\bhow (?:long|many (?:years|months|semesters|terms|weeks)) (?:is|does|will) (?:the|your|this|that) (?:[\w-]+ ){0,2}(?:program|programme|degree|course|diploma|certificate|certification|bootcamp|apprenticeship|residency|master'?s|phd)(?: take| last)?\W*$|^(?:how much|what) (?:is|are|does|do) (?:the )?(?:tuition|fees?|cost)\b|\bhow much does (?:the|your|this) (?:[\w-]+ ){0,2}(?:program|programme|degree|course|diploma|certificate|bootcamp) cost\b|^(?:what|when) (?:is|are) (?:the )?(?:\w+ ){0,2}(?:admission|admissions|entry|entrance|application|enrol?ment) (?:requirements?|criteria|deadlines?|dates?)\b`,
    ),
    rewrite: 'What helped students get the most out of the program once they were in it?',
  },
];
