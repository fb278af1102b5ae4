/**
 * Asks that turn an informational interview into a job interview: for a job, an internship,
 * a referral to an opening, a résumé passed on or a good word; and asks about what the
 * person themselves earns or charges.
 */
import { asksForAJob } from './checker-intent.js';
import { withoutPermission } from './checker-permission.js';
import { ALL_RIGHT, MAY_I, WILL_YOU, YOU_MIND } from './checker-polite.js';
import { asksOwnMoney, RAISE } from './checker-own-money.js';
import { APPLICATION_PAPERS, PLACE_NOUN, re, type PhraseRule } from './checker-rules.js';

const ME = String.raw`\b(?:i|me|my|myself|i'm|i'd|i've)\b`;
const YOUR_PLACE = String.raw`\b(?:(?:your|the|this|their|that) (?:[\w-]+ ){0,2}?${PLACE_NOUN}\b|your (?:boss|manager|supervisor|director|team lead|lead|colleagues|hr|recruiters?)\b|where you work|with you\b|for you\b|under you\b|you guys|through you)`;
const JOB = String.raw`\b(?:jobs?|internships?|interns?|intern|positions?|openings?|vacanc(?:y|ies)|placements?|co-?ops?|spots?|opportunit(?:y|ies)|roles?|gigs?|employment|apprenticeships?|traineeships?|contracts?|interviews?)\b`;
/** Phrases whose job words are not about a job for the student. */
const NOT_A_JOB_ASK =
  /\b(?:in (?:my|your|their|his|her|our) (?:position|shoes|place)|(?:an? )?roles? (?:like|such as) (?:yours|mine|this|that|these|theirs)|(?:informational|information) interviews?|this (?:interview|conversation|call|chat)|(?:your|the) (?:first|current|last|previous) (?:job|role|position)|(?:tell|show|walk|talk) me(?: through| about)?|take me through|help me understand|give me (?:an? |some )?(?:idea|sense|example|overview|picture))\b/gi;

/** The question with any permission in front ("Can I ask…") and phrases like "in my position" taken out. */
const withoutIdioms = (text: string): string => withoutPermission(text).replace(NOT_A_JOB_ASK, ' ');

/** A match of the whole text when every pattern is found in it. */
function allOf(...patterns: readonly RegExp[]): (text: string) => RegExpExecArray | null {
  return (text) => {
    const plain = withoutIdioms(text);
    return patterns.every((pattern) => pattern.test(plain)) ? /^[\s\S]*$/.exec(text) : null;
  };
}

/** A pattern tried on the question with idioms taken out. */
function onPlain(pattern: RegExp): (text: string) => RegExpExecArray | null {
  return (text) => pattern.exec(withoutIdioms(text));
}

const PATH_INTO_THE_WORK = 'What does the path into work like yours usually look like for someone starting out?';
const HOW_OPENINGS_ARE_FOUND = 'How do people starting out usually hear about openings in this field?';
const WHO_ELSE = 'Who else would you suggest I talk to so I can learn more about this work?';
const WHAT_STANDS_OUT = 'What makes an application stand out to the people who hire for roles like yours?';
const STRONG_CANDIDATE = 'What would make someone starting out a strong candidate in this field?';

/** Asking for a job, an internship, a referral to an opening, a résumé passed on or a good word. */
export const JOB_REQUEST_RULES: readonly PhraseRule[] = [
  {
    issue: 'job-request',
    pattern: onPlain(
      re(
        String.raw`\b(?:hire|employ|recruit|take on|taking on|takes on|consider|sponsor) (?:me|someone like me|an? \w+ like me|(?:someone|somebody|anyone|people|a person|an? \w+) with my (?:[\w-]+ )?(?:background|experience|profile|skills|cv|degree|qualifications))\b|\b(?:take|taking|bring|bringing|brought|took|add|adding) me (?:on|in|onto|into|aboard|as|on board|to (?:your|the) (?:team|roster|crew|staff|project))\b|\bkeep me in mind\b|\bthink of me\b|\bremember me (?:when|if)\b|\b(?:give|offer|get|find|land|secure|arrange|set up|line up) me (?:a |an |the |one |some )?(?:[\w-]+ )?(?:${JOB}|shifts?|(?:paid |extra |weekend |part-time )?hours|work experience|work(?= (?:at|in|with|for|through|on|here|there)\b|\W*$)|stints?)\b|\bhelp me (?:get|land|find|secure|obtain) (?:a |an |the |one\b|some )?(?:[\w-]+ )?(?:${JOB}|one\b)|\b(?:i need|i want|i'm looking for|i am looking for) (?:a |an )?(?:job|internship|position|placement|work)\b.*\byou\b`,
      ),
    ),
    rewrite: PATH_INTO_THE_WORK,
  },
  {
    issue: 'job-request',
    pattern: onPlain(
      re(
        String.raw`\b(?:are|is|was|were|do|does)? ?(?:you|they|(?:your|the|this|their) (?:[\w-]+ ){0,2}?${PLACE_NOUN}|anyone|anybody|you guys) (?:(?:is|are|be|will be|going to be) )?(?:currently |still |actively |by any chance |now )?(?:hiring|recruiting|(?:taking|consider(?:ing)? (?:taking|hiring|bringing on)) (?:on )?(?:(?:an?|new|any|more|some|summer|junior|entry-level) )*(?:people|staff|interns?|students|grads|graduates|new hires|volunteers)|looking for (?:new |more |any |an? )?(?:people|staff|interns?|students|grads|graduates|someone|anyone|new hires|help|employees|volunteers|juniors?|\w+ers))\b`,
      ),
    ),
    rewrite: HOW_OPENINGS_ARE_FOUND,
  },
  {
    issue: 'job-request',
    pattern: onPlain(
      re(
        String.raw`\bdo(?:es)? (?:you|(?:your|the|this) (?:[\w-]+ ){0,2}?${PLACE_NOUN}) (?:currently |still |ever )?(?:have|offer|take|accept|hire|recruit|need)(?! to\b) (?:any |an? |some |more )?(?:open |available |summer |paid |current |new |entry-level |junior |co-?op |(?!(?:for|to|in|of|with|on|at)\b)\w+ )*(?:${JOB}|students|grads|graduates|volunteers|trainees|apprentices)|\b(?:aware|know|heard) of (?:any |an? )?(?:current |open |upcoming |new |available )?(?:\w+ )?(?:openings|vacanc(?:y|ies)|positions|jobs|internships|opportunities|roles)\b|\bany (?:current |open |upcoming |new )?(?:job |internship )?(?:openings|vacancies)\b|\b(?:turn|lead|leads|turns) into (?:a |an )?(?:job|position|offer|internship)\b|\bfoot in the door\b|\bway in through you\b|\bsponsor(?:ing)? (?:my|a|me for a) (?:work )?(?:visa|permit)\b|\b(?:arrange|set up|schedule|organi[sz]e|secure|get|find|line up|book)\b(?: \w+){0,3} (?:${JOB})(?: \w+){0,3} for me\b`,
      ),
    ),
    rewrite: HOW_OPENINGS_ARE_FOUND,
  },
  {
    issue: 'job-request',
    pattern: allOf(
      re(
        String.raw`\b(?:is|are|be|was) there\b|\bthere (?:is|are|be|might be|will be|may be|could be)\b|\broom for\b|\b(?:any )?(?:chance|possibility)\b|\bavailable\b|\bgoing\b|\bopens? up\b|\bcomes? up\b|\bposts?\b|\blet me know\b|\btell me when\b`,
      ),
      re(JOB),
      re(`${YOUR_PLACE}|${ME}`),
    ),
    rewrite: HOW_OPENINGS_ARE_FOUND,
  },
  {
    issue: 'job-request',
    pattern: onPlain(
      re(
        String.raw`${YOUR_PLACE}(?: \w+){0,2} (?:needs?|could use|is looking for|are looking for|has room for|have room for|would take|might take|has|have|offers?|takes?)(?: \w+){0,3}? (?:${JOB}|assistants?|help|staff|people|someone|\w+(?:er|or|ist|ant|ian)s?)\b|\b(?:open to|considering|interested in|thinking (?:of|about)) (?:hiring|taking on|bringing on|recruiting|adding)\b`,
      ),
    ),
    rewrite: HOW_OPENINGS_ARE_FOUND,
  },
  {
    issue: 'job-request',
    pattern: allOf(
      re(String.raw`\b${WILL_YOU}\b|\bplease\b|\bis it possible\b|\bany chance\b`),
      re(String.raw`\b(?:me|my)\b`),
      re(String.raw`\b(?:hiring|recruit\w*|hr|human resources|talent acquisition|people who (?:hire|make hiring decisions)|person who hires)\b`),
    ),
    rewrite: WHO_ELSE,
  },
  {
    issue: 'job-request',
    pattern: re(
      String.raw`\b(?:pass|forward|send|give|share|hand)\w*(?: \w+){0,3} (?:my (?:details|contact\w*|info\w*|name|profile|email|number)|this (?:message|email|note))\b.*\b(?:hr|human resources|hiring|hires?|recruit\w*|manager|boss|team|department|director)\b|\b(?:forward|pass|send|introduce me|connect me|put me in touch)\w*(?: \w+){0,4} (?:to|with) (?:someone|people|whoever|the person) who (?:hires?|recruits?|does the hiring|makes hiring decisions)\b|\b(?:pass|forward|send|give|hand)\w* (?:on |along )?my (?:name|details|contact details|cv|r[eé]sum[eé]|profile|application) (?:on |along |over )?to (?:whoever|whomever|the person who|someone who|the people who) (?:runs?|handles?|manages?|leads?|looks after|is in charge of|picks?|selects?|chooses?|decides?)\b|^(?:any )?(?:hiring|jobs?|internships?|openings?|vacancies|positions?|work)(?: for me)?(?: please| pls)?\W*$|^(?:job|internship|position|work) (?:please|pls|for me)\W*$`,
    ),
    rewrite: HOW_OPENINGS_ARE_FOUND,
  },
  {
    issue: 'job-request',
    // Put before someone who is taking people on: "mention me to the manager when she is hiring".
    pattern: allOf(
      re(String.raw`\b(?:mention|recommend|suggest|put forward|name)\w* (?:me|my name) (?:to|with|for)\b`),
      re(String.raw`\blooking for\b|\bneeds?\b|\bhiring\b|\brecruit\w*|${JOB}`),
    ),
    rewrite: WHO_ELSE,
  },
  {
    issue: 'job-request',
    // Taken on in a working role: "take me along as a paid helper".
    pattern: allOf(
      re(String.raw`\b(?:take|bring|have|use|keep|want) me\b`),
      re(
        String.raw`\bas (?:a |an |your )?(?:paid |unpaid |junior |part-time |summer |trainee )?(?:helper|assistant|intern|apprentice|trainee|employee|hand|runner|junior|volunteer|labourer|laborer)\b`,
      ),
    ),
    rewrite: PATH_INTO_THE_WORK,
  },
  {
    issue: 'job-request',
    pattern: allOf(re(JOB), re(ME), re(YOUR_PLACE)),
    rewrite: PATH_INTO_THE_WORK,
  },
  {
    issue: 'job-request',
    pattern: allOf(
      re(ME),
      re(
        String.raw`\b(?:apply|applying|get hired|getting hired|be hired|hired|join|joining|intern|volunteer) ?(?:at|for|with|to|on|in|into|where)?\b|\b(?:can|could|may|might|would|will) i (?:\w+ )?work\b|\bi(?: would|'d) (?:love|like) to work\b`,
      ),
      re(YOUR_PLACE),
    ),
    rewrite: PATH_INTO_THE_WORK,
  },
  {
    issue: 'job-request',
    pattern: allOf(
      re(
        String.raw`\b(?:i|someone like me)\b(?: \w+){0,3} (?:be|make) (?:an? )?(?:good |great |strong |right |perfect )?(?:fit|candidate|hire|addition|match)\b|\bfit (?:in )?(?:for|with|in|at) (?:your|you)\b`,
      ),
      re(String.raw`\byou(?:r)?\b`),
      // The student must be the one who would fit: "how did you know law was the right fit for you" is their story.
      re(ME),
    ),
    rewrite: STRONG_CANDIDATE,
  },
  {
    issue: 'job-request',
    pattern: onPlain(
      re(
        String.raw`\b(?:refer|recommend|nominate|put) me(?: forward)?\b(?: \w+){0,4}? (?:for|as)\b|\b(?:refer|recommend) me\W*$|\b(?:refer|recommend|introduce|connect|put|send|link) me (?:to|with|in touch with) (?:your |the |a |an )?(?:\w+ )?(?:hiring|recruit\w*|hr|human resources|talent|boss|director|supervisor|people who hire|person who hires)\b|\bput my name (?:forward|in|up|down)\b|\bvouch for me\b|\b(?:squeeze|fit|get|slot|sneak|bring|add) me (?:in|into|onto|on) (?:your|the) (?:[\w-]+ ){0,2}?(?:intake|cohort|programme|program|scheme|rota|roster|schedule|crew|team|staff|class|list)\b|\b(?:write|writing|sign|signing|give|giving|provide|providing) me (?:a |an )?(?:\w+ )?(?:recommendation|reference|referral)\b|\b(?:recommendation|reference) letter for me\b|\b(?:internal|employee|job) referral\b|\breferral (?:for|to) (?:the |a |an |your )?(?:\w+ )?${JOB}|\breferral when i apply\b|\bflag my (?:application|r[eé]sum[eé]|cv|profile|name)\b|\b(?:introduce|connect|send|put) me (?:to|with) (?:your |the )?(?:hiring|recruit)\w*`,
      ),
    ),
    rewrite: WHO_ELSE,
  },
  {
    issue: 'job-request',
    pattern: (text) => {
      if (!/\byour?\b/i.test(text) || /\b(?:feedback|look at|looking at|review|comments?|suggestions?|advice|critique|thoughts|tips|improve)\b/i.test(text))
        return null;
      return re(
        String.raw`\b(?:forward|pass|send|give|hand|show|share|submit|circulate|email|e-mail|leave|drop off|attach|keep|take|mention)\w*(?: (?:it|this|you|them|him|her|along|on|over|off))*(?: \w+){0,2}? (?:my|a copy of my|a copy of) ${APPLICATION_PAPERS}|${APPLICATION_PAPERS}.{0,40}\b(?:to|along to|on to|over to|with) (?:(?:your|the|a) )?(?:\w+ )?(?:manager|boss|hr|recruiters?|hiring|team|colleagues?|contacts?|department|people|person|him|her|them|someone|anyone|whoever|whomever|director|committee)\b|${APPLICATION_PAPERS}.{0,30}\bon file\b`,
      ).exec(text);
    },
    rewrite: WHAT_STANDS_OUT,
  },
  {
    issue: 'job-request',
    pattern: re(
      String.raw`\bgood word\b|\bput (?:in )?a word\b|\bon my behalf\b|\bsay something (?:nice|good|positive) about me\b|\b(?:tell|mention|talk to|speak to|speak with)\w* (?:your|the) (?:\w+ )?(?:manager|boss|supervisor|director|team|hr|recruiter|head|lead)s? about me\b|\brecommend me to (?:your|the|his|her|their)\b|\byou (?:\w+ ){0,2}?(?:tell|told|mention\w*|sa(?:y|id)|speak|spoke|talk\w*|write|wrote|email\w*|let)\b(?: \w+){0,2}? (?:the|your) (?:\w+ )?(?:partners?|managers?|boss|directors?|editors?|curators?|recruiters?|committee|admissions|panel|board|heads?|leads?|owners?|principal|dean|professor|hiring \w+)\b.*\b(?:me|my)\b`,
    ),
    rewrite: STRONG_CANDIDATE,
  },
  {
    issue: 'job-request',
    // A word for the student to whoever decides, while an opening is named: "the post closes Friday, would you tell the head we spoke?".
    pattern: allOf(
      re(String.raw`\byou\b(?: \w+){0,2}? (?:mention|tell|let|remind|inform|speak|talk|write|email|say)\w*\b`),
      re(
        String.raw`\b(?:the|your) (?:[\w-]+ )?(?:professor|manager|boss|supervisor|director|partners?|panel|committee|editor|head|lead|principal|dean|chair|recruiters?|hr|owner)\b`,
      ),
      re(String.raw`${ME}|\bwe (?:spoke|talked|met|chatted)\b`),
      re(String.raw`${JOB}|\bposts?\b|\b(?:apply|applying|applied|application|deadline|closes|closing date|shortlist\w*|candidates?|candidacy)\b`),
    ),
    rewrite: STRONG_CANDIDATE,
  },
  {
    issue: 'job-request',
    // Offering their papers unasked: "happy to send over my CV if that helps".
    pattern: re(
      String.raw`(?<!\b(?:should|when|how|whether|if) (?:i|we) (?:\w+ )?)\b(?:send|share|pass|email|e-mail|forward|drop)\w*(?: (?:over|along|across|on|you))* (?:a copy of )?my ${APPLICATION_PAPERS}`,
    ),
    rewrite: WHAT_STANDS_OUT,
  },
  {
    issue: 'job-request',
    // Joining their work for a spell: "could I join you on a project, paid or unpaid?".
    pattern: re(
      String.raw`\b(?:could|can|may|might) i (?:possibly |maybe |perhaps )?(?:join|shadow|assist|help) (?:you|your \w+)\b.*\b(?:paid|unpaid|project|contract|shifts?|season|summer|placement)\b`,
    ),
    rewrite: PATH_INTO_THE_WORK,
  },
  {
    issue: 'job-request',
    // Working with them put as a possibility: "would it be possible to volunteer with you for a month?".
    pattern: re(
      String.raw`\b(?:is it|would it be|might it be|is there a way|any chance|is there any chance) (?:possible |a way )?(?:for me )?to (?:work|volunteer|intern|shadow|help out|assist|join|train)(?: (?:for free|unpaid|part-time|a bit|for a (?:day|week|month|while)))? (?:with you|for you|under you|alongside you|with your team|at your (?!field\b|industry\b|level\b)\w+)\b`,
    ),
    rewrite: PATH_INTO_THE_WORK,
  },
  {
    issue: 'job-request',
    // Leave to approach whoever hires about a job: "would it be all right to email your manager about the opening?".
    pattern: allOf(
      re(String.raw`${MAY_I}\b|\b${ALL_RIGHT} (?:if i|to)\b|\b${YOU_MIND} if i\b|${ME}`),
      re(String.raw`\b(?:email|e-mail|write to|contact|call|message|reach out to|approach|talk to|speak to|speak with|ping|phone)\b`),
      re(String.raw`\b(?:your|the) (?:\w+ )?(?:manager|boss|hr|recruiters?|director|supervisor|head|lead|owner|hiring \w+)\b`),
      re(String.raw`${JOB}|(?<!\b(?:blog|linkedin|social media|instagram|recent|latest|last) )\bposts?\b`),
    ),
    rewrite: HOW_OPENINGS_ARE_FOUND,
  },
  {
    issue: 'job-request',
    // Last: the wordings no phrase above foresaw, read as who gains, who acts and what about.
    pattern: (text) => (asksForAJob(text) ? /^[\s\S]*$/.exec(text) : null),
    rewrite: PATH_INTO_THE_WORK,
  },
];

const TYPICAL_PAY = 'What range of pay is typical for someone starting out in this field?';
const HOW_RATES_ARE_SET = 'How do people in your line of work usually set their rates?';

/** What an employer gives a person beyond the wage: asking for one's own share is asking about their pay. */
const BENEFIT = String.raw`(?:pensions?|pension (?:plan|scheme|contributions?)|retirement (?:plan|savings|contributions?)|401\(?k\)?|bonus(?:es)?|stock options|share options|shares|equity|vacation days|holiday (?:days|allowance)|paid (?:leave|time off)|pto|(?:annual|parental|maternity|paternity|sick|study|compassionate) leave|sick pay|sabbaticals?|pay rises?|${RAISE}|pay increases?|salary increases?|health (?:insurance|plan|cover(?:age)?)|benefits?\b(?! (?:from|of|to)\b)|perks?|allowances?|expense account|company car)`;

/** Asking what the person themselves earns or charges. */
export const OWN_PAY_RULES: readonly PhraseRule[] = [
  {
    issue: 'salary-personal',
    // Their own benefits: "how many vacation days do you get", "what does your employer put into your pension".
    pattern: re(
      String.raw`\b${BENEFIT}\b(?: [\w'-]+){0,5}? (?:do|did|does|will|would|are|were) (?:you|u)(?: \w+ly)? (?:get|got|receive|have|earn|make|take|negotiate|qualify for)\b|\b${BENEFIT}\b(?: [\w'-]+){0,5}? (?:make|makes|made|pay|pays|paid|give|gives|gave|offer|offers|offered|put|puts|contribute|contributes) (?:for |to |into |in )?(?:you|u)\b|\b(?:do|did|will|are|were) (?:you|u)(?: \w+ly)? (?:get|got|receive|have|earn|qualify for|on) (?:an? |any |much |many |the |good |big |generous |decent )?(?:\w+ )?${BENEFIT}\b|\b(?:salary|pay|offer|package|raise|rate|wage|bonus)\b(?: \w+){0,3} (?:they|the company|your employer|the firm|it) (?:offered|gave|promised|paid) (?:you|u)\b|\b(?:are|were) (?:you|u) on (?:an? |the )?(?:\w+ )?(?:salary|wage|income|package|pay grade)\b|\b(?:give|gave|given|offer|offered|pay|paid|promise|promised) (?:you|u) (?:an? |any |the )?(?:\w+ )?${BENEFIT}\b|\b(?:cover|covers|covered|pay for|pays for|paid for|reimburse|reimburses|reimbursed|subsidi[sz]es?|subsidi[sz]ed) your (?:[\w-]+ )?(?:gym|membership|phone|car|childcare|lunch|lunches|meals?|relocation|housing|rent|commute|parking)\b|\bwhat (?:else|other (?:perks|benefits|extras)) do (?:you|u) get\b(?! (?:out of|from)\b)`,
    ),
    rewrite: 'What kind of benefits and pay are typical for someone starting out in this field?',
  },
  {
    issue: 'salary-personal',
    pattern: re(
      String.raw`\b(?:how much|what|which \w+|what \w+)(?: \w+){0,2} (?:do|did|does|would|will|can) (?:you|one of you) (?:charge|bill|invoice)\b|\byour (?:own |usual |standard |typical |current |hourly |daily |day )*(?:rates?|fees?|prices?|retainer)\b(?! of)`,
    ),
    rewrite: HOW_RATES_ARE_SET,
  },
  {
    issue: 'salary-personal',
    pattern: re(
      String.raw`\bhow much (?:were|was|are) (?:you|u) (?:offered|given|promised)\b|\b(?:someone|somebody|a person|people) (?:in|with|at) your (?:exact|own|current|very|same|specific) (?:position|role|job|title|level)\b.*\b(?:make|makes|earn|earns|take home|takes home|paid|salary|pay)\b|\byour (?:first |starting |job |initial )?offer (?:was|amount)\b|\byour (?:\w+ ){0,2}(?:contracts?|jobs?|role|position|gigs?|shifts?) (?:pays?|paid)\b|\bhow much (?:money )?(?:\w+ ){0,5}?(?:you|like you) (?:\w+ly )?make\b(?! (?:of|sure|it\b|time|use|decisions?|a (?:decision|difference|choice|call)|the (?:decision|call|choice)))|\b(?:you|u) (?:\w+ly )?(?:are |were )?(?:charge|charging|charged|bill|billing|invoice|invoicing|quote|quoting|earn|earning|get paid|got paid|getting paid|are paid|were paid|make money|making money|take home|bring in|bringing in|pull in|clear)\b(?! (?:a|an|the|your|their|its|my) (?:degree|certificate|diploma|credential|licen[cs]e|place|promotion|trust|respect|reputation|title|spot|seat|badge))|\bhow much (?:money )?(?:do|did|does|will|would|can|could) (?:you|one of you) (?:make|earn|take home|get paid|bring in|pull in|gross|net)\b(?! (?:of|sure|it\b|time|a (?:decision|difference|choice|call)|the (?:decision|call|choice)))|\bwhat (?:do|did|does|will) (?:you|they) (?:make|earn)(?=\W*$| (?:a|an|per|each|every|annually|yearly|monthly|hourly|now|these days|as an? \w+|in (?:a|your|one|an|the first) \w+))|\b(?:pay|pays|paid|paying) (?:you|u)\b|\b(?:are|were|r|was|is) (?:you|u) (?:well |fairly |decently |properly |being )?(?:paid|compensated)\b|\b(?:do|did) you (?:get paid|earn|make) (?:well|good money|a lot|enough|decent|much|more|less|over|under|six figures|(?:a )?(?:good|decent|comfortable|reasonable|proper) living)|\b(?:salary|pay|money|income|wage)\b(?: \w+){0,2} (?:do |did )?(?:you|u) (?:get|make|earn|receive|take home|accept|accepted|take|took|negotiate|negotiated|settle for|settled for|start on|started on|ask for|asked for|land|landed)\b|\byou (?:earn|make) (?:more|less) than\b`,
    ),
    rewrite: TYPICAL_PAY,
  },
  {
    issue: 'salary-personal',
    // How much they ask, make or take home, whatever the tense: "how much money are you making".
    pattern: re(
      String.raw`\bhow much (?:money |cash )?(?:do|did|does|would|will|are|were|can|could|have) (?:you|one of you)(?: \w+ly)? (?:charging|billing|making|earning|quoting|invoicing|bringing in|pulling in|clearing|getting paid|asking (?:\w+ )?(?:for|per)|ask (?:\w+ )?(?:for|per)|made|earned|charged|billed)\b`,
    ),
    rewrite: TYPICAL_PAY,
  },
  {
    issue: 'salary-personal',
    pattern: re(
      String.raw`\byour (?!(?:field|industry|sector|area|profession|company|firm|organi[sz]ation|team|employer|line)\b)(?:[\w-]+ ){0,2}?(?:salary|salaries|sallary|pay(?! (?:for|off|back|attention|into|out)\b)|income|wages?|earnings|compensation|comp|bonus(?:es)?|paycheck|pay ?cheque|take-home(?: pay)?|commission|${RAISE}|net worth|savings|salary band|pay band|pay grade|band|${BENEFIT})\b`,
    ),
    rewrite: TYPICAL_PAY,
  },
  {
    issue: 'salary-personal',
    // Last: the wordings no phrase above foresaw, read as who receives and what.
    pattern: (text) => (asksOwnMoney(text) ? /^[\s\S]*$/.exec(text) : null),
    rewrite: TYPICAL_PAY,
  },
];
