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

/** The first group a match captured: the organisation, in patterns whose only groups name one. */
function firstCaptured(match: RegExpExecArray): string | undefined {
  for (let index = 1; index < match.length; index++) {
    const captured = match[index];
    if (captured !== undefined) return captured;
  }
  return undefined;
}

/** The better question for a fact about what an organisation is or does: the part the person's own job touches. */
function yourPartOfTheWork(match: RegExpExecArray): string {
  if (new RegExp(String.raw`\b${PROGRAM_NOUN}$`, 'i').test(firstCaptured(match) ?? '')) return programRewrite(match.input);
  return `Which part of the work of ${organisation(firstCaptured(match))} does your own job touch most directly?`;
}

/** A name as typed ("Shopify", "Mount Sinai Hospital"), marked by {@link markNames}, or a phrase ending in an organisation word. */
const NAMED = String.raw`(?:${ORG_PHRASE}|⟦[^⟧]+⟧)`;

/**
 * Any organisation named by a determiner and a noun ("the orchestra", "your union"), for frames
 * that only an organisation fits (founded, owned, counts of what it runs); not the person's own
 * team, role or working day, which they know first-hand.
 */
const SOME_ORG = String.raw`(?:(?:the|your|this|their|its|that) (?!(?:team|shift|day|week|role|job|unit|work|group|manager|boss|department|career|field|industry|own)\b)(?:[\w'&-]+ ){0,2}?[\w'&-]+|NAMED)`;

/** Courses and programs whose published particulars (fees, length) a quick search gives. */
const PROGRAM_NOUN = String.raw`(?:(?:training|trainee|graduate) contract|program|programme|degree|course|diploma|certificate|certification|bootcamp|masterclass|workshop|class|membership|exam|licen[cs]e|training|apprenticeship|residency|master'?s|phd)s?`;

/** Wraps capitalised names after the first word in ⟦ ⟧, so that patterns that ignore case can still tell a name. */
function markNames(text: string): string {
  return text.replace(/(?<=\s)(?!I\b|(?:CEO|CFO|CTO|COO|HQ|HR)\b)[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*)*/g, (name) => `⟦${name}⟧`);
}

/** A pattern where NAMED stands for an organisation, and SOME_ORG for any determiner and noun too; names come back without their marks. */
function named(source: string): (text: string) => RegExpExecArray | null {
  const pattern = new RegExp(source.replaceAll('SOME_ORG', SOME_ORG).replaceAll('NAMED', NAMED), 'i');
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

/** A program or exam the question names ("the graduate scheme", "the accountancy exams"), without its determiner. */
const NAMED_PROGRAM = new RegExp(
  String.raw`\b(?:the|your|this|that) ((?:[\w'-]+ ){0,2}(?:${PROGRAM_NOUN}|schemes?|fellowships?|exams?|tests?|academy|intake))\b`,
  'i',
);

/** The better question about a program's published particulars: what helped inside the one it names. */
function programRewrite(question: string): string {
  const named = NAMED_PROGRAM.exec(question)?.[1];
  if (named === undefined) return 'What helped students get the most out of the program once they were in it?';
  return /\b(?:exams?|tests?)$/i.test(named)
    ? `What do people find hardest when preparing for the ${named}?`
    : `What helped people get the most out of the ${named} once they were in it?`;
}

/** Facts about an organisation or a program that a quick search answers. */
export const BASIC_RESEARCH_RULES: readonly PhraseRule[] = [
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`\b(?:when|what year|which year|in what year|in which year|how long ago) (?:was|were|did|is) (NAMED) (?:first |originally )?(?:founded|found|established|set up|created|started|formed|incorporated|launched|built|opened|begun|begin|start|open|launch|founded)\b|\b(?:when|what year|which year) (NAMED) (?:was|were) (?:founded|found|established|set up|created|started|formed|opened)\b|\bhow long (?:has|have) (NAMED) (?:been around|existed|been in business|been operating|been open)\b|\bhow old is (NAMED)\W*$|\b(?:what|which|in what|in which) year (?:did|was|were) (NAMED) (?:\w+ )?(?:go public|list(?:ed)?|float(?:ed)?|merge(?:d)?|rebrand(?:ed)?|move(?:d)?|expand(?:ed)?|open(?:ed)?|found(?:ed)?|start(?:ed)?|launch(?:ed)?|begin|began|become|became)\b|\bwho (?:founded|started|created|established|set up) ((?:the|your|this|their) [\w'&-]+(?: [\w'&-]+)?|NAMED)\W*$|\b(?:when|what year|which year|in what year|in which year) (?:was|were) (SOME_ORG) (?:first |originally )?(?:founded|formed|established|incorporated)\b`,
    ),
    rewrite: (match) => `How has ${organisation(firstCaptured(match))} changed since you joined?`,
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
      String.raw`\bwho (?:is|are|was) (?:the |your |their )?(?:current |new )?(?:ceo|cfo|cto|president|founders?|co-?founders?|owners?|chair(?:man|woman|person)?|chief executive|executive director|dean|principal|director)(?: of (NAMED))?\W*$|\bwho (?:runs|owns|leads|heads) (NAMED)(?: (?:that |which )?you (?:\w+ )?(?:for|at|with|in))?(?: now| today| these days| at the moment| currently| nowadays)?\W*$|\bwho (?:owns|bought|acquired) (SOME_ORG)(?: (?:that |which )?you (?:\w+ )?(?:for|at|with|in))?\W*$|\bwho (?:is|are) the (?:head|chair|director|manager|dean) of (?:the|your|this) (?:department|organi[sz]ation|company|school|faculty|program|firm|agency|hospital|clinic)\W*$|\b(?:who|name of)\b.{0,30}\b(?:ceo|cfo|cto|coo|president|founders?|co-?founders?|owners?|chair(?:man|woman|person)?|chief executive)\b|\b(?:ceo|president|founder|owner)(?:'s)? name\b|\bname of (?:the|your|this) (?:${ORG_NOUN}) (?:you work|you're with|you are with)\b`,
    ),
    rewrite: 'How do decisions made by senior leadership reach your team?',
  },
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`\bhow many (?:people|employees|staff|workers|students|locations|branches|offices|stores|clinics|sites|members|clients|customers|countries|beds|campuses)\b(?: \w+){0,3} (?:work|are employed|are there|are enrolled|does|do|are|at|in|has|have|worldwide)\b.*\b(?:${ORG_NOUN}|program|programme|course|cohort|NAMED)\b|\bhow (?:big|large|small) is (NAMED)\W*$|^how many [\w-]+(?: [\w-]+)? (?:does|do|did|has|have) (SOME_ORG) (?:\w+ )?(?:have|run|operate|treat|serve|employ|own|sell|make|produce|publish|admit|enrol|enroll|host|fly|ship|hold|train|accept|open|build)\b|\b(?:annual |yearly )?(?:revenue|turnover|profits?|stock price|share price|market cap(?:itali[sz]ation)?|market share|valuation|endowment)\b|\b(?:its|their|the (?:annual|yearly))(?: annual| yearly)? budget\b|\b\w+'s (?:annual |yearly )?budget\b`,
    ),
    rewrite: 'How does the size of the organization shape the way your team works?',
  },
  {
    issue: 'basic-research',
    pattern: re(
      String.raw`^(?:what|which) (?:programs?|programmes?|courses?|majors?|degrees?|speciali[sz]ations?|options|electives|modules|streams) (?:does|do|are|is) (?:(?:the|this|your|that) \w+ )?(?:offer|have|offered|available|provided|taught|required)\b`,
    ),
    rewrite: 'Which courses in the program turned out to matter most once you started working?',
  },
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`\b(?:address|phone number|website|web site|postal code) of (?:your|the|this) (?:main |head )?(?:office|company|organi[sz]ation|firm|headquarters|clinic|hospital|school)\b|^(?:what|which) (?:products?|services?|brands?|labels?|titles?|subsidiaries|companies) (?:does|do|are|is) (?:(SOME_ORG|you) )?(?:offer|sell|provide|make|produce|have|own|publish|run|offered|available|provided|sold)\b|^(?:so,? )?what (?:exactly |actually |really )?(?:does|do|is) (NAMED)(?: you work (?:for|at))?(?: actually| exactly| really)? (?:do|sell|make|offer|produce|build|provide|manufacture)(?: (?:to|for) (?:its |their |your )?(?:customers|clients|users|buyers|patients))?\W*$`,
    ),
    rewrite: yourPartOfTheWork,
  },
  {
    issue: 'basic-research',
    // One public fact a listing gives: opening hours, where it operates, its full name, its ticker.
    pattern: named(
      String.raw`\b(?:opening|office|business|visiting|library|clinic) hours\b|\bhours of (?:operation|business|opening)\b|\bwhat time (?:does|do|is) (NAMED) (?:\w+ )?(?:open|close|opens|closes)\b|\b(?:which|what|how many) (?:countries|cities|states|provinces|regions|continents|locations|markets|ports|airports|destinations|routes|sites|venues|stations|towns|islands|areas) (?:does|do|is|are) (?:SOME_ORG) (?:(?:\w+ )?(?:operate|operating|work|working|active|present|based|located|have|has|run|serve|sell)\b|(?:\w+ ){0,2}?\w+(?: (?:to|in|from|into|across|out of))?\W*$)|\bin (?:which|what) (?:countries|cities|states|provinces|regions|locations|markets) (?:does|do|is|are) (?:SOME_ORG)\b|\b(?:what is|what's) the (?:full|official|legal|proper|complete) (?:name|title) of\b|^what(?:'s| is| are) the names? of (?:the|your|its|their) (?:[\w'-]+ ){0,2}?(?:software|products?|apps?|brands?|parent company|subsidiar(?:y|ies)|platforms?|magazines?|newspapers?|labels?)\b|\b(?:stock |share )?(?:ticker|stock symbol|ticker symbol)\b|^(?:what|which) (?:is|are) (?:the |your |its )?(?:main |core |flagship |key |biggest )?(?:products?|services?|brands?) (?:of|at|from) (NAMED)\W*$`,
    ),
    rewrite: yourPartOfTheWork,
  },
  {
    issue: 'basic-research',
    // A program's published particulars: its calendar, entry thresholds, language and rates.
    pattern: re(
      String.raw`^when (?:does|do|is|are) (?:the |your |this )?(?:[\w-]+ ){0,2}(?:semesters?|terms?|school year|academic year|intakes?|courses?|programs?|programmes?|applications?|enrol?ments?|orientation|open days?|open house)(?: \w+){0,4}? (?:start|begin|open|close|end|due)\b|^(?:what(?:'s| is| are)) the (?:\w+ )?(?:(?:acceptance|admission|admissions|graduation|pass|retention) rates?|pass(?:ing)? (?:marks?|scores?|grades?|thresholds?))\b|\b(?:minimum|required|cut-?off|lowest|entry) (?:gpa|grades?|scores?|marks?|ielts|toefl|gre|gmat|sat)\b|^(?:in )?(?:what|which) languages? (?:is|are|does|do) (?:the|this|your|that) (?:\w+ )?(?:course|program|programme|degree|class|module)s? (?:taught|offered|delivered|run|held)\b`,
    ),
    rewrite: (match) => programRewrite(match.input),
  },
  {
    issue: 'basic-research',
    // What an organisation has, runs or works with, whatever the verb: "which towns does the trust cover".
    pattern: named(
      String.raw`^(?:which|what|how many) (?!(?:qualities|skills|traits|values|challenges|problems|mistakes|kind|sort|type|role|part|difference|advice)\b)[\w-]+(?: [\w-]+)? (?:does|do|did) (SOME_ORG) (?!(?:look|value|expect|want|need|prefer|like|reward|care|ask|hope|struggle)\b)\w+(?: (?:with|for|in|on|to|from|out))?\W*$`,
    ),
    rewrite: yourPartOfTheWork,
  },
  {
    issue: 'basic-research',
    // What an organisation works on, or what belongs to it: "what does the charity focus on", "which clinics are part of the network".
    pattern: named(
      String.raw`^what (?:does|do) ((?:the|this|that) (?:[\w'&-]+ ){0,2}?${ORG_NOUN}) (?:mainly |mostly |actually |really )?(?:work on|focus on|speciali[sz]e in|concentrate on|campaign (?:on|for))\W*$|^(?:which|what) [\w-]+(?: [\w-]+)? (?:are|is) (?:part of|members of|in|run by|owned by|under) (SOME_ORG)\W*$`,
    ),
    rewrite: yourPartOfTheWork,
  },
  {
    issue: 'basic-research',
    // Who heads an organisation, however the title is worded: "who is the chief curator at the gallery".
    pattern: named(
      String.raw`^who (?:is|are|was) (?:the|your|their) (?:current |new )?(?:head|chief|lead|senior|managing|executive|artistic|medical|general)? ?(?:[\w-]+ )?(?:head|chief|director|president|chair\w*|principal|dean|founder|owner|ceo|librarian|curator|editor|conductor|governor|superintendent|commissioner|mayor)(?: of (?:hr|human resources|marketing|sales|finance|it|engineering|operations|research|nursing|admissions))?(?: (?:of|at|in) (SOME_ORG))?\W*$`,
    ),
    rewrite: 'How do decisions made by senior leadership reach your team?',
  },
  {
    issue: 'basic-research',
    pattern: named(
      String.raw`^(?:which|what) (?:awards?|prizes?|rankings?|accreditations?) (?:has|have|did|does|do|is|are) (NAMED|your \w+|it|they) (?:won|received|got|earned|held|have|had|hold)\b`,
    ),
    rewrite: yourPartOfTheWork,
  },
  {
    issue: 'basic-research',
    pattern: re(
      String.raw`^what (?:does|do) an? [a-z][a-z -]{1,40} do\W*$|\bwhat does (?:the )?(?:acronym |abbreviation )?[\w.-]+ stand for\b|\bwhat does (?:the )?(?:acronym|abbreviation|initialism) [\w.-]+ mean\b|^what is the definition of\b`,
    ),
    rewrite: 'Which parts of this work never make it into the official job description?',
  },
  {
    issue: 'basic-research',
    pattern: re(
      String.raw`\bhow (?:long|many (?:years|months|semesters|terms|weeks)) (?:is|does|will) (?:the|your|this|that) (?:[\w-]+ ){0,2}(?:${PROGRAM_NOUN}|academy|scheme|induction)(?: take| last)?(?: (?:at|in|with|for) (?:the|your|this) [\w-]+(?: [\w-]+)?)?\W*$|^(?:how much|what) (?:is|are|does|do) (?:the )?(?:tuition|fees?|cost)\b|\bhow much does (?:the|your|this) (?:[\w-]+ ){0,2}${PROGRAM_NOUN} cost\b|^(?:how much|what(?:'s| is| are)) (?:is |are )?(?:the )?(?:tuition|fees?|costs?|price)\b(?: \w+)? (?:for|of|to join|to enrol+ in|to take) (?:the|this|your|a|an) (?:[\w-]+ ){0,2}${PROGRAM_NOUN}\b|\bwhere (?:can|do|could|should|would) i (?:find|get|download|see|read|access) (?:the |your |a |an |its )?(?:[\w-]+ ){0,2}?(?:brochure|prospectus|syllabus|curriculum|course list|annual report|application form|handbook|catalog(?:ue)?|timetable|price list)\b|^(?:what|when) (?:is|are) (?:the )?(?:\w+ ){0,2}(?:admission|admissions|entry|entrance|application|enrol?ment) (?:requirements?|criteria|deadlines?|dates?)\b|^(?:what|when) (?:is|are) the (?:\w+ )?(?:deadline|closing date|start date|cut-?off)s? (?:to apply |for applications? |for applying )?(?:for|to) (?:the|this|your|that) (?:[\w-]+ ){0,2}(?:${PROGRAM_NOUN}|fellowships?|schemes?|intakes?)\b|^what (?:gpa|grades?|scores?|marks?|ielts|toefl|gre|gmat|sat)(?: scores?)? (?:do|does|would|will) (?:i|one|someone|students|applicants|you) need\b|^how many (?:credits|modules|units|courses|classes|weeks|months|years|semesters|terms) (?:is|are|does|do|has|have) (?:the|this|your|that) (?:[\w-]+ ){0,2}${PROGRAM_NOUN}\b`,
    ),
    rewrite: (match) => programRewrite(match.input),
  },
];
