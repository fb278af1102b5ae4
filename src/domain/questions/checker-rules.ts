/**
 * Every phrase list and pattern the question checker uses, in one place. Patterns run on
 * tidied text (straight quotes, single spaces) and ignore case; "résumé", "resume" and "CV"
 * are all matched by the same résumé pattern.
 */
import type { CheckIssue } from './checker-types.js';

/** A pattern that flags a problem, with a better question to suggest instead. */
export interface PhraseRule {
  pattern: RegExp;
  rewrite: string;
}

const RESUME = String.raw`(?:r[eé]sum[eé]s?|cvs?|curriculum vitae)(?!\w)`;
const WORKPLACE = String.raw`(?:team|company|firm|organi[sz]ation|department|group|office|agency|business|startup|lab|practice)`;
const JOB = String.raw`(?:job|internship|position|role|placement|co-?op|opening|vacancy|interview|spot)`;

const re = (source: string): RegExp => new RegExp(source, 'i');

/** Asking for a job, an internship, an interview or a hiring favour. */
export const JOB_REQUEST_RULES: readonly PhraseRule[] = [
  {
    pattern: re(String.raw`\b(?:are|is) (?:you|y'all|you guys|they|anyone|(?:your|the) ${WORKPLACE})(?: currently| still| by any chance)? (?:hiring|recruiting|taking on|looking for (?:new )?(?:people|staff|interns|students|graduates|grads|someone|new hires|help))\b`),
    rewrite: 'How does your team usually find new people when it grows?',
  },
  {
    pattern: re(String.raw`\b(?:any|some)(?: current| open)? (?:job |internship |co-?op )?(?:openings|vacancies|positions|roles|spots|jobs|internships)\b.*\b(?:at|on|in|with) (?:your|the|this) ${WORKPLACE}\b`),
    rewrite: 'How do people usually hear about openings in this field?',
  },
  {
    pattern: re(String.raw`\bdo you (?:have|know of) (?:any )?(?:job |internship |co-?op )?(?:openings|vacancies|jobs|positions|internships|spots)\b|\b(?:any|some)(?: current| open| upcoming| new)? (?:job |internship |co-?op )?(?:openings|vacancies)\b`),
    rewrite: 'How do people usually hear about openings in this field?',
  },
  {
    pattern: re(String.raw`\b(?:hire|employ|recruit|take on|consider|keep) me\b|\bput in a good word\b|\b${JOB}s? for me\b|\b(?:can|could|may) i (?:come )?work (?:for|with) you\b|\b(?:i|me) (?:could |can |might )?(?:intern|work|volunteer|join|start)(?: with| at| for| on)? (?:you|your ${WORKPLACE})\b`),
    rewrite: 'What does the path into a role like yours usually look like for someone starting out?',
  },
  {
    pattern: re(String.raw`\b(?:give|offer|get|find|land|secure) me (?:a |an )?${JOB}\b|\bhelp me (?:get|land|find|secure) (?:a |an )?${JOB}\b`),
    rewrite: 'What does the path into a role like yours usually look like for someone starting out?',
  },
  {
    pattern: re(String.raw`\bhow (?:can|could|do|should) i (?:apply|get hired|get (?:a |an )?${JOB}|get in)\b.*\b(?:your|you)\b`),
    rewrite: 'What does the hiring process at your organization usually involve for early-career roles?',
  },
  {
    pattern: re(String.raw`\b(?:pass|forward|send|give|hand|submit|circulate|share|leave|email|drop off|show)(?:ing|ed|s)?(?: (?:it|this|you|them|him|her))?(?: along| on| over)? (?:my|a copy of my|a copy of|the) ${RESUME}|\b${RESUME}.{0,40}\b(?:to|along to|on to|over to|with) (?:(?:your|the|a) )?(?:manager|boss|hr|recruiter|hiring|team|colleagues?|contacts?|department|people|person|him|her|them|you|someone|anyone|whoever|whomever)\b`),
    rewrite: 'What makes an application stand out to the people who hire for roles like yours?',
  },
  {
    pattern: re(String.raw`\b(?:refer|introduce|connect|recommend|put) me\b.{0,50}\b(?:hiring|recruit\w*|hr|human resources|talent acquisition|for (?:a|an|the|this|that|your) ${JOB})\b|\brefer me\W*$`),
    rewrite: 'Who else would you suggest I talk to so I can learn more about this work?',
  },
];

/** Asking what the person themselves earns. */
export const SALARY_PERSONAL_RULES: readonly PhraseRule[] = [
  {
    pattern: re(String.raw`\bhow much (?:money )?(?:do|did|does) (?:you|your (?:company|employer|boss|firm)) (?:make|earn|get paid|take home|bring in|pay you)\b|\bhow much (?:are|were) you (?:paid|making|earning)\b|\bwhat (?:are|were|do|did) you (?:paid|make|making|earn|earning)\b(?! (?:of|sure|time))|\b(?:do|did) you (?:make|earn) (?:good |decent |a lot of |much |enough |big )?money\b|\bare you (?:well |fairly |decently )?paid\b`),
    rewrite: 'What range of pay is typical for someone starting out in this field?',
  },
  {
    pattern: re(String.raw`\b(?:what'?s|what is|what was|tell me) your (?:own |current |starting )?(?:salary|pay|income|wage|compensation|paycheck|pay ?cheque|bonus|hourly rate|rate)\b|\byour (?:own )?(?:salary|income|paycheck|pay ?cheque|wages?|net worth)\b`),
    rewrite: 'What range of pay is typical for someone starting out in this field?',
  },
];

/** Blunt questions about private life: age, family, beliefs, health, identity. */
export const PERSONAL_RULES: readonly PhraseRule[] = [
  {
    pattern: re(String.raw`\bhow old are you\b|\b(?:what'?s|what is) your age\b|\b(?:what year|when) were you born\b`),
    rewrite: 'At what stage of their careers do people usually move into roles like yours?',
  },
  {
    pattern: re(String.raw`\bare you (?:married|single|divorced|engaged|dating|seeing anyone|pregnant)\b|\bdo you have (?:any )?(?:kids|children|a (?:wife|husband|spouse|partner|boyfriend|girlfriend|family))\b|\b(?:plan|planning|want) (?:to have|on having) (?:kids|children|a family)\b|\byour (?:wife|husband|spouse|kids|children|boyfriend|girlfriend|marriage)\b`),
    rewrite: 'How do people in this field fit the work around life outside of it?',
  },
  {
    pattern: re(String.raw`\b(?:who|which party) (?:did|do|will) you vote\b|\byour (?:political|politics|religion|religious)\b|\bpolitical (?:views|leanings|party|affiliation)\b|\bare you (?:a )?(?:democrat|republican|liberal|conservative|socialist|religious|christian|muslim|jewish|hindu|buddhist|catholic|atheist)\b|\bwhat religion\b|\bdo you (?:go to church|pray|believe in god)\b`),
    rewrite: 'What values matter most to the people you work with?',
  },
  {
    pattern: re(String.raw`\bdo you have (?:a |any )?(?:disability|disabilities|illness|chronic|health (?:problems|issues|conditions)|medical (?:problems|issues|conditions)|mental illness|depression|anxiety|adhd)\b|\bare you (?:sick|ill|disabled|in therapy|on (?:any )?medications?)\b|\bdo you take (?:any )?medications?\b|\b(?:any|your) (?:health|medical) (?:problems|issues|conditions|history)\b`),
    rewrite: 'How do people in this field manage the physical and mental demands of the work?',
  },
  {
    pattern: re(String.raw`\bwhere are you (?:really|originally) from\b|\b(?:what'?s|what is) your (?:ethnicity|race|nationality|sexual orientation)\b|\bare you (?:gay|straight|lesbian|bisexual|trans)\b`),
    rewrite: 'What helps people from different backgrounds feel they belong in this field?',
  },
];

const ORG = String.raw`(?:company|organi[sz]ation|firm|business|startup|agency|employer|corporation|nonprofit|non-profit|charity)`;

/** Facts a website or a quick search would answer. */
export const BASIC_RESEARCH_RULES: readonly PhraseRule[] = [
  {
    pattern: re(String.raw`^what (?:does|do) (?:your|the|this|their) ${ORG}(?: you work for)?(?: actually| exactly)? do\W*$|^what (?:do|does) you guys do\W*$`),
    rewrite: "Which part of the organization's work does your team contribute to most directly?",
  },
  {
    pattern: re(String.raw`\bhow (?:big|large|small) is (?:your|the|this|their) ${ORG}\b|\bhow many (?:employees|staff|offices|locations)\b|\bhow many (?:people|workers) (?:work|are employed|does|do)\b.*\b${ORG}\b`),
    rewrite: 'How does the size of the organization shape the way your team works?',
  },
  {
    pattern: re(String.raw`\bwhere (?:is|are) (?:your|the|this|their) (?:${ORG}|head ?office|headquarters|main office|offices?)(?: located| based| headquartered)?\W*$|\bwhere are you (?:guys )?(?:located|based|headquartered)\b|\bwhere is .{1,40} headquartered\b`),
    rewrite: 'How does the location of your offices affect the way your team works?',
  },
  {
    pattern: re(String.raw`\b(?:when|what year) (?:was|were|did) (?:your|the|this|their|it)(?: ${ORG})? (?:founded|started|established|created|set up|begin|start|incorporated)\b|\bwho founded\b|\bhow long (?:has|have) (?:your|the|this|their|it)(?: ${ORG})? (?:been around|existed|been in business|been operating)\b|\bhow old is (?:the|your|this) ${ORG}\b`),
    rewrite: 'How has the organization changed since you joined?',
  },
  {
    pattern: re(String.raw`\bwho (?:is|are) (?:your|the) (?:ceo|president|founders?|owners?|chief executive)\b|\bwho runs (?:the|your|this) ${ORG}\b`),
    rewrite: 'How do decisions made by senior leadership reach your team?',
  },
  {
    pattern: re(String.raw`\bwhat (?:products?|services?) (?:does|do) (?:your|the|this|their|you)(?: ${ORG}| guys)? (?:sell|offer|make|provide|have|produce|build)\b|^what (?:does|do) (?:your|the|this) ${ORG} (?:sell|make|offer|produce|build|provide)\W*$`),
    rewrite: "Which of the organization's products or services does your work touch most directly?",
  },
  {
    pattern: re(String.raw`\b(?:what'?s|what is) (?:the|your) ${ORG}(?:'s)? (?:mission|vision|mission statement)\b`),
    rewrite: "How does the organization's mission show up in your team's daily decisions?",
  },
  {
    pattern: re(String.raw`^what (?:does|do) an? [a-z][a-z -]{1,40} do\W*$`),
    rewrite: 'Which parts of this work never make it into the official job description?',
  },
];

/** Short questions that are too broad to answer well, with a sharper version. */
export const VAGUE_RULES: readonly PhraseRule[] = [
  {
    pattern: re(String.raw`^(?:so,? )?(?:can you |could you |please )?(?:tell me|talk) about (?:yourself|your (?:job|work|career|role|company|day|background|experience|field|industry))\W*$`),
    rewrite: 'What does a typical week in your role look like?',
  },
  {
    pattern: re(String.raw`^(?:so,? )?what do you do(?: for (?:a living|work))?\W*$|^what(?:'s| is) (?:it|your job|your work|the job|the work|your role) like\W*$|^how(?:'s| is) (?:it|the job|work|your job)(?: going)?\W*$`),
    rewrite: 'What takes up most of your time in a typical week?',
  },
  {
    pattern: re(String.raw`^(?:any|got any|do you have any) (?:advice|tips|thoughts|suggestions|recommendations)(?: for me)?\W*$`),
    rewrite: 'What advice would you give a student who wants to start out in this field?',
  },
  {
    pattern: re(String.raw`^(?:anything|something) else\W*$|^(?:what|any) (?:other )?(?:questions|thoughts)\W*$`),
    rewrite: "What haven't I asked that I should have?",
  },
];

/** Fallback for a vague question that matches no rule above. */
export const VAGUE_FALLBACK = 'What part of your work would surprise someone who is just starting out?';

/** Fewer words than this, and a question is too thin to be specific. */
export const MIN_SPECIFIC_WORDS = 4;

/** More words than this, and a question is hard to follow. */
export const MAX_WORDS = 30;

/** Starts that make a yes/no question. */
export const CLOSED_START = re(
  String.raw`^(?:do|does|did|is|are|was|were|can|could|will|would|should|have|has|had|am|may|might|shall|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|haven't|hasn't)\b`,
);

/**
 * Questions that suggest their own answer: a negative start ("Isn't it…", "Don't you think…"),
 * "surely", "you must…", "wouldn't you agree", "I bet you…", or a tag at the end ("…, right?").
 */
export const LEADING = re(
  String.raw`^(?:surely\b|you (?:must|surely)\b|(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|wouldn't|won't|can't|couldn't|shouldn't|haven't|hasn't)\b)|\bwouldn't you agree\b|\b(?:i bet|i'm sure|i am sure) you\b|,\s*(?:right|correct|isn't it|isn't that so|don't you|wouldn't you|aren't they|am i right)\s*\?*\s*$`,
);

/** Polite requests that sound closed but invite a full answer ("Could you walk me through…"). */
export const OPEN_REQUEST = re(
  String.raw`^(?:can|could|would|will) you (?:please )?(?:tell|describe|walk|explain|share|talk|say more|elaborate|outline|paint|take me through|run me through|help me understand|give me (?:an?|some) (?:example|sense|overview|idea|picture))\b|^would you mind (?:telling|describing|explaining|sharing|walking|talking)\b`,
);

/** Closing courtesies where a yes or no is exactly what is needed. */
export const CLOSING_COURTESY = re(
  String.raw`\banything (?:else )?(?:i should|you think i|that i|you'd|you would|i haven't|i have not|i didn't|i might|i've missed|i missed|worth)\b|\b(?:mention|mentioned|use|using|mentioning|drop) your name\b|\b(?:follow up|stay in touch|keep in touch|contact you again|reach out again|keep you posted)\b|\btake notes\b|\bstill a good time\b`,
);

/** A thank-you line rather than a question. */
export const THANKS = re(String.raw`^(?:thank you|thanks|many thanks|i (?:really )?appreciate)\b`);

/** "…and what is…", "…and how can I…": a second question joined to the first. */
export const JOINED_QUESTION = re(
  String.raw`\b(?:and|also|plus) (?:what|how|where|when|who|which)(?: (?!(?:i|you|we|they|he|she|it|people|someone)\b)[\w']+){0,3} (?:is|are|was|were|do|does|did|can|could|would|will|should|has|have)\b|\band (?:do|does|did|is|are|was|were|can|could|would|will|should|have|has) (?:you|i|it|there|they|we)\b|\b(?:and also|as well as) (?:what|how|where|when|who|which|why)\b`,
);

/** Which issues make a question `avoid`; the rest make it `improve`. */
export const AVOID_ISSUES: ReadonlySet<CheckIssue> = new Set(['job-request', 'personal', 'salary-personal']);

/** Why each issue matters, in the student's terms. */
export const ISSUE_REASONS: Readonly<Record<CheckIssue, string>> = {
  'job-request':
    'Asks for a job or a hiring favour, which turns a learning conversation into a request and can embarrass whoever introduced you.',
  personal: 'Touches their private life (age, family, beliefs or health), which has no place in an informational interview.',
  'salary-personal': 'Asks what they earn, which most people find intrusive; ask about typical ranges in the field instead.',
  'basic-research': 'A look at their website or a quick search would answer this, and asking it suggests you skipped your homework.',
  leading: 'Suggests the answer you expect, so you hear agreement instead of their view; ask it neutrally.',
  closed: 'Invites a yes or a no; an open question gets you a fuller answer.',
  double: 'Asks two things at once, so one half usually gets lost; ask them one at a time.',
  'too-long': `Runs past ${MAX_WORDS} words; a shorter question is easier to follow and to answer.`,
  vague: 'Too broad to answer well; name the part of the work you want to hear about.',
  empty: 'There is no question here yet.',
};
