/** Questions about the person's private life: age, family, beliefs, health, origin, home and money. */
import { re, type PhraseRule } from './checker-rules.js';
import { BODY_AND_TREATMENT, NOT_THE_BODY, PRIVATE_QUALIFIER } from './checker-private-words.js';

/** Other people the person may look after or work with: "patients on medication" is about the work. */
const OTHERS = String.raw`\b(?:patients?|clients?|customers?|people|students?|pupils|colleagues?|famil(?:y|ies)|kids|children|residents|users|others|someone|staff|team|members|victims|survivors|communit(?:y|ies))\b`;

/** The person helping or coping rather than the one concerned: "how do you support", "how did you deal with". */
const ATTENDING = String.raw`\b(?:you|u) (?:\w+ly )?(?:support|help|treat|handle|care for|work with|deal with|manage|advise|talk to|study|studied|research|teach|write about|cover|report on|cope with|coped with|dealt with|handled|supported|helped|treated)\b`;

/**
 * The person as the one a private state belongs to, whatever the wording: "you" then, within a
 * few words, a word of the lexicon ("did you grow up rich", "have you been on antidepressants"),
 * unless the question is about others or about how they handle it.
 */
function aboutThem(state: string): (text: string) => RegExpExecArray | null {
  const pattern = re(String.raw`\b(?:you|u)\b(?: [\w'-]+){0,4}? (?:${state})\b`);
  const aside = re(`${OTHERS}|${ATTENDING}`);
  return (text) => (aside.test(text) ? null : pattern.exec(text));
}

/** Blunt questions about private life, each with a question about the field that respects it. */
export const PERSONAL_RULES: readonly PhraseRule[] = [
  {
    issue: 'personal',
    pattern: re(
      String.raw`\bhow old (?:are|were|r|was) (?:you|u)\b|\byour age\b|\b(?:what year|when) were you born\b|\b(?:what year|when|which year) did you (?:graduate|finish)(?: from)? (?:high school|secondary school|school)\b`,
    ),
    rewrite: 'At what stage of their careers do people usually move into roles like yours?',
  },
  {
    issue: 'personal',
    pattern: re(
      String.raw`\bare you (?:a |an )?(?:married|single|divorced|engaged|dating|seeing (?:anyone|someone)|pregnant|in a relationship|parent|mother|father|mom|mum|dad|widow\w*)\b|\bhow long have you been (?:married|together|divorced|single|engaged)\b|\byour (?:wife|husband|spouse|boyfriend|girlfriend|marriage|kids|children|divorce|dating life|love life|sex life)\b|^(?:is|does|did|was) your (?:partner|spouse|wife|husband)\b|\bdo you have (?:any |a )?(?:kids|children|spouse|wife|husband|boyfriend|girlfriend|partner|fianc[eé]e?)\b(?! (?:organi[sz]ations?|compan(?:y|ies)|firms?|schools?|agenc(?:y|ies)|in|at|for)\b)|\bhow many (?:kids|children)\b|\b(?:start|have|starting|having|planning) (?:(?:(?:any |some )?more |any |other |another )?(?:kids|children|babies|baby)|a baby)\b|\b(?:start|have|starting|having|grow|growing|expand|expanding|plan(?:ning)? (?:on|for)) (?:a |an |your )?(?:bigger |larger |big |second |new )?family\b|\b(?:get|got|getting) divorced\b|\byour (?:parents|mother|father|mom|mum|dad|family|grandparents|siblings|brothers?|sisters?|relatives|in-laws)\b`,
    ),
    rewrite: 'How do people in this field fit the work around life outside it?',
  },
  {
    issue: 'personal',
    pattern: re(
      String.raw`\b(?:who|which party|which candidate) (?:did|do|will|would) you vote\b|\byour (?:political|politics|religion|religious|faith)\b|\bpolitical (?:views|leanings|party|affiliation)\b|\bare you (?:a |an )?(?:democrat|republican|liberal|conservative|socialist|religious|christian|muslim|jewish|hindu|sikh|buddhist|catholic|atheist|believer)\b|\bwhat religion\b|\b(?:what|which) (?:church|mosque|temple|synagogue|religion|faith|denomination|congregation|gods?|deity)\b.*\byou\b|\byou (?:go to|attend|belong to|practi[cs]e) (?:a |any |the )?(?:church|mosque|temple|synagogue|religion|faith)\b|\bdo you (?:go to (?:church|mosque|temple|synagogue)|pray|believe in god|practi[cs]e (?:a|any) religion)\b`,
    ),
    rewrite: 'What values matter most to the people you work with?',
  },
  {
    issue: 'personal',
    pattern: re(
      String.raw`\bhow much do you weigh\b|\byour (?:weight|height|blood type)\b|\bhow tall are you\b|\bdo you have (?:a |any )?(?:(?:medical|health|mental health|chronic) (?:conditions?|issues|problems)|disability|disabilities|illness|chronic \w+|health (?:problems|issues|conditions)|medical (?:problems|issues|conditions)|mental (?:illness|health (?:issues|problems|conditions))|depression|anxiety|adhd|autism|cancer|diabetes)\b|\bare you (?:sick|ill|disabled|in therapy|on (?:any )?(?:medications?|meds|antidepressants))\b|\b(?:have|had) you (?:ever )?been (?:treated for|diagnosed|hospitali[sz]ed|in therapy|in rehab|depressed)\b|\bdo you take (?:any )?(?:medications?|meds|drugs)\b|\b(?:do|did) (?:you|u) (?:\w+ly )?(?:drink|smoke|vape|take drugs|use drugs|gamble)\b(?! (?:coffee|tea|water)\b)|\b(?:have|had|did) you (?:ever )?(?:had|suffered|experienced|gone through|been through|needed|got|been (?:in|to)) (?:a |any )?(?:burnout|therapy|counsel+ing|(?:a )?breakdown|panic attacks|rehab|surgery|an operation)\b|\b(?:have|had|did) you (?:ever )?(?:burn(?:ed|t)? out|need(?:ed)? therapy|see(?:n)? a therapist)\b|\b(?:you|u)(?: \w+){0,3} (?:pregnant|expecting a baby|miscarried|had a miscarriage)\b|\byour (?:pregnancy|pregnancies|fertility|miscarriage)\b|\b(?:any|your) (?:health|medical|mental health) (?:problems|issues|conditions|history|diagnosis)\b|\byour (?:diagnosis|illness|disability|therapy|therapist|medication)\b|\b(?:have|had|did|do|are|were) you\b.{0,40}\b(?:depression|depressed|anxiety disorder|mental illness|eating disorder|addiction|cancer|chronic illness|breakdown|diagnosed)\b`,
    ),
    rewrite: 'How do people in this field manage the physical and mental demands of the work?',
  },
  {
    issue: 'personal',
    // Their own health or body, however the question reaches it ("because of your health", "how is your back now"),
    // but not how they look after it in demanding work.
    pattern: re(
      String.raw`(?<!\b(?:look(?:ing)? after|protect(?:ing)?|manag(?:e|ing)|keep(?:ing)?|tak(?:e|ing) care of|balanc(?:e|ing)|look(?:ing)? out for) )\b(?:your|ur) (?:(?:${PRIVATE_QUALIFIER}) )?(?:health|wellbeing|well-being|condition|injury|injuries|heart|illness|sickness|${BODY_AND_TREATMENT})\b(?! (?:${NOT_THE_BODY}|and safety|insurance|plans?|cover\w*|care|benefits?|services?|system|sector|team|board|department|polic(?:y|ies)|checks?|programmes?|programs?|workers?|professionals?|clients?|patients?|field|industry|work|jobs?|roles?|research)\b)(?!'s? (?:team|clients?|patients?))|\b(?:you|u) (?:\w+ ){0,2}?(?:because of|due to|for|with) (?:an? |your )?(?:illness|injury|disability|health (?:reasons|problems|issues)|medical reasons|sick leave)\b`,
    ),
    rewrite: 'How do people in this field manage the physical and mental demands of the work?',
  },
  {
    issue: 'personal',
    // Their own plans for leaving work: "are you planning to retire early", "when will you retire".
    pattern: re(
      String.raw`\b(?:are|were|r) (?:you|u) (?:\w+ly )?(?:(?:planning|thinking|hoping|going|about|looking|getting ready)(?: on| of| to| about)? )?(?:retir\w*|to retire)\b|\b(?:when|what age|how soon|why|how long until) (?:will|do|did|would|are|might|could) (?:you|u) (?:(?:\w+ ){0,2}?to )?retire\b|\byour (?:own )?(?:retirement|pension) (?:plans?|age|date|savings|pot)\b|\b(?:you|u)(?: \w+){0,3}? (?:retire|retiring) (?:early|soon|young|next year|this year|in \w+ years?)\b|\b(?:your|ur) retirement\b(?! (?:plan|scheme|benefits?|contributions?)s?\b)`,
    ),
    rewrite: 'How do people in this field usually think about the later stages of their careers?',
  },
  {
    issue: 'personal',
    pattern: re(
      String.raw`\bwhere are you (?:really |originally |actually )?from\b|\b(?:your|you(?:r)? (?:\w+ )?(?:a |an )?)(?:first|native|mother|home) (?:language|tongue)\b|\b(?:you|your|you're)(?: (?:are|were|not|really|originally|actually))* from (?:here|around here|this country|abroad|overseas|somewhere else|elsewhere|another country)\b|\b(?:which|what) (?:country|city|part of the world) (?:are|were) you (?:originally |really )?from\b|\b(?:were (?:you|u) born (?:here|in|abroad|outside|overseas|elsewhere)|where were (?:you|u) born)\b|\b(?:did|do) (?:you|u) (?:move|come|emigrate|immigrate) (?:here |over )?from (?:abroad|another country|overseas)\b|\bwhat (?:nationality|ethnicity|race|religion|gender|age) are you\b|\b(?:what'?s|what is|what are) your (?:ethnicity|race|nationality|ethnic background|sexual orientation|orientation|gender identity|immigration status|visa status|citizenship)\b|\bare you (?:gay|straight|lesbian|bisexual|bi|trans|transgender|queer|an immigrant|a citizen|here legally)\b|\byour (?:ethnicity|race|nationality|skin colou?r|heritage|ancestry|(?:cultural|ethnic|family|religious|racial|immigrant) background)\b`,
    ),
    rewrite: 'What helps people from different backgrounds feel they belong in this field?',
  },
  {
    issue: 'personal',
    pattern: re(
      String.raw`\bwhere do you live\b|\byour (?:house|apartment|flat|condo|neighbou?rhood)\b|\b(?:own|rent)(?:s|ed)? (?:your|a) (?:home|house|apartment|flat|condo|place)\b|\b(?:immigrat|emigrat)\w*\b.*\byou|\byou(?:r \w+)?\b.*\b(?:immigrat|emigrat)\w*|\byou live (?:in|near|close to|far from|around|nearby|downtown|with)\b|\b(?:loans?|debts?|mortgage|savings|inheritance|bankrupt\w*)\b.*\byou\b|\byou(?:r)?\b.*\b(?:take out|took out|pay off|paid off) (?:a |any |your |student )?(?:loans?|debts?|mortgage)\b|\byour (?:home )?address\b|\b(?:your|ur) (?:personal|private|home|cell|mobile) (?:phone|number|email|cell)\b|\bpersonal (?:phone|cell|mobile) number\b|\byour (?:[\w-]+ ){0,2}?(?:mortgage|rent|debts?|loans?|credit score|savings)\b|\bhow much (?:debt|student debt|student loans?|rent)\b.*\byou\b|\b(?:do|did|have|are) (?:you|u) (?:have|got|had|built|put away|saved|saving) (?:any |much |some |a lot of |enough )?(?:savings|debts?|money (?:saved|put away)|investments|inheritance)\b|\bhow much is your (?:mortgage|rent|house)\b|\bhow (?:did|do|could|can|were) (?:you|u) (?:\w+ ){0,2}?afford\b|\bhow much (?:did|does|do|was|is|were|are) (?:your|you) (?:[\w-]+ ){0,2}?(?:wedding|honeymoon|house|home|flat|apartment|car|holidays?|vacations?|divorce|mortgage|rent)\b`,
    ),
    rewrite: 'How do people starting out in this field usually manage the cost of getting qualified?',
  },
  {
    issue: 'personal',
    pattern: re(
      String.raw`\b(?:have|had) you (?:ever )?been (?:fired|laid off|let go|sacked|arrested|to prison|in jail)\b|\bwere you (?:ever )?(?:fired|laid off|let go|sacked)\b|\bdid you (?:ever )?get (?:fired|sacked|laid off)\b`,
    ),
    rewrite: 'How do people in this field usually recover from a setback early in their careers?',
  },
  {
    issue: 'personal',
    // Last, by structure: their health or treatment.
    pattern: aboutThem(
      String.raw`antidepressants|medication|meds|pills|painkillers|therapy|counsel+ing|rehab|diagnosed|diagnosis|illness|disease|disorder|addiction|addicted|pregnant|infertility|ivf`,
    ),
    rewrite: 'How do people in this field manage the physical and mental demands of the work?',
  },
  {
    issue: 'personal',
    // Last, by structure: the money they have or grew up with.
    pattern: aboutThem(String.raw`rich|poor|wealthy|well-off|well off|privileged|broke|poverty|working[- ]class|middle[- ]class|upper[- ]class`),
    rewrite: 'How do people starting out in this field usually manage the cost of getting qualified?',
  },
];
