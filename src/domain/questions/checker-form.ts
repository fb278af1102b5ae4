/**
 * How a question is put, whatever it asks: leading, yes/no, two in one, too long or too
 * vague; and the closing courtesies where a yes or a no is all that is needed.
 */
import { ALL_RIGHT, MAY_I, WILL_YOU, WOULD_YOU_AGREE, YOU_MIND } from './checker-polite.js';
import { re, type PhraseRule } from './checker-rules.js';
import { LOADED_JUDGEMENT, neutralise } from './checker-leading.js';

/** Questions that hand the person the answer the student expects. */
export const LEADING_RULES: readonly PhraseRule[] = [
  {
    issue: 'leading',
    pattern: re(
      String.raw`^(?:so,? |but,? |and,? )?(?:don't|doesn't|isn't|aren't|wasn't|weren't|wouldn't|won't|shouldn't|can't|couldn't|didn't|haven't|hasn't)\b|,\s*(?:right|correct|isn't that so|no|yeah|true|agreed|(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't) (?:it|they|you|he|she|we|there|that|i))\W*$|\b(?:don't|wouldn't) you agree\W*$|^(?:surely|obviously|clearly|of course)\b|^you(?: (?:must|surely|probably|would)|'d) (?:love|hate|enjoy|find|think|agree|know|see|be|like|get|feel)\b|^i (?:bet|assume|guess|suppose|imagine) (?:that )?you\b|^i (?:assume|guess|suppose|bet|reckon|take it|gather|imagine) (?:that )?[^,?]{3,80},? (?:so|and|but|then) (?:how|what|when|why|which|where)\b|\bit's (?:obvious|clear|true|a fact|undeniable) that\b|^(?:everyone|everybody|nobody|no one) (?:knows|says|agrees|thinks|likes|loves|hates|wants|enjoys)\b|^(?!(?:what|how|which|why|who|where|when|do|does|did|is|are|was|were|can|could|would|will|should|have|has)\b)[^,?]{3,80}, (?:do|does|did|is|are|was|were|can|will|would|has|have) (?:they|it|you|he|she|we|there|that)\W*$|^(?:is|isn't) it (?:true|obvious|clear|fair to say) that\b|^(?:do|would) you agree (?:that|with)\b|^how much do you (?:love|hate|dislike|adore|regret|resent)\b|^why (?:is|are|was|were|do|does) .{1,60}\b(?:so (?:much )?(?:better|worse|bad|good|great|boring|hard|easy|\w+er)|the (?:best|worst)|better than|worse than|(?:so |much |far |way )*(?:more|less) [\w-]+(?: [\w-]+){0,3} than)\b|^why (?:is|are|was|were) .{1,60}\b(?:so|such(?: an?)?) ${LOADED_JUDGEMENT}\b|^how (?:bad|terrible|awful|great|amazing) (?:is|are)\b|^i (?:guess|assume|suppose|imagine|bet|reckon|take it|expect|gather)\b(?!.*\b(?:what|how|which|why|who|where|when)\b)|^(?!(?:what|how|which|why|who|where|when|do|does|did|is|are|was|were|can|could|would|will|should|have|has|may|might)\b)[\w' -]{2,60} (?:is|are|was|were) (?:so |much |way |far |clearly |obviously )?(?:more|less|better|worse|\w+er) (?:\w+ )?than\b`,
    ),
    rewrite: (match) => neutralise(match.input),
  },
];

/** Starts that make a yes/no question. */
export const CLOSED_START = re(
  String.raw`^(?:so,? |and,? |but,? )?(?:do|does|did|is|are|was|were|can|could|will|would|should|have|has|had|am|may|might|shall|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|haven't|hasn't)\b`,
);

const AUXILIARY = String.raw`(?:do|does|did|is|are|was|were|can|could|will|would|should|have|has|had|am|may|might|shall)`;
const CLAUSE_SUBJECT = String.raw`(?:you|u|i|it|there|they|this|that|we|he|she|people|someone|anyone|(?:your|the|a|an|my) [\w-]+)`;

/** "if you don't mind me asking", "if I may": leave to ask, not a clause the question depends on. */
const POLITE_CONDITION = String.raw`(?:you (?:don't|do not) mind|i (?:may|might|can)\b|it's (?:ok|okay|alright|all right|fine)|it is (?:ok|okay|alright|all right|fine)|that's (?:ok|okay|alright|all right|fine)|you have (?:a|the) (?:minute|moment|second|time))`;

/** Phrases that open a question without being part of it: "Honestly,", "Looking back,", "As a nurse,". */
const INTRODUCTORY_PHRASE = String.raw`(?:[a-z]+ly|looking back|in hindsight|with hindsight|knowing what you know now|out of (?:curiosity|interest)|in (?:your|general|practice|theory|the long run)(?: (?:view|opinion|experience))?|on balance|overall|nowadays|these days|so far|as an? [\w-]+(?: [\w-]+)?|for (?:someone|a person|people|a student|a beginner|an? [\w-]+) (?:like me|my age|with my background|in my (?:position|situation|shoes)))`;

/**
 * An introductory clause or phrase before the main question: "If you could start over,",
 * "when you began", "at 52", "Honestly,". What follows it decides whether the question is
 * closed ("If you could start over, would you…" is a yes/no question all the same).
 */
export const INTRODUCTION = re(
  String.raw`^(?:(?:so,? |and,? |but,? )?(?:if|when|once|after|before|since|now that|given that|assuming|supposing|as long as) (?!${AUXILIARY}\b|${POLITE_CONDITION})[\w'-]+ [\w'-]+(?:(?!\b(?:what|how|which|why|who|where)\b)[^?]){0,80}?,?|(?:at|by|around) (?:\d{1,3}|(?:my|your|this|that|our) age|(?:twenty|thirty|forty|fifty|sixty|seventy)[\w-]*)(?: years old)?,?|${INTRODUCTORY_PHRASE},)\s+(?=${AUXILIARY} ${CLAUSE_SUBJECT}\b)`,
);

/** The main question once any introductory clause is taken off. */
export function mainClause(question: string): string {
  return question.replace(INTRODUCTION, '');
}

/** A question's introductory clause (without its comma) and its main question, or undefined when it has none. */
export function splitIntroduction(question: string): { introduction: string; main: string } | undefined {
  const found = INTRODUCTION.exec(question);
  if (found === null) return undefined;
  return { introduction: found[0].trim().replace(/,$/, ''), main: question.slice(found[0].length) };
}

/** Requests that invite a full answer ("Could you walk me through…", "Describe…"), however closed they sound. */
export const OPEN_REQUEST = re(
  String.raw`^(?:please )?(?:tell me about|describe|walk me through|talk me through|take me through|run me through)\b|^${WILL_YOU} (?:please )?(?:tell|describe|walk|explain|share|talk|say more|elaborate|outline|paint|take me through|run me through|help me understand|give me (?:an?|some) (?:example|sense|overview|idea|picture))\b|^${WOULD_YOU_AGREE} (?:telling|describing|explaining|sharing|walking|talking|tell|describe|explain|share|walk|talk)\b`,
);

/**
 * Closing courtesies where a yes or a no is exactly what is needed: asking for other people
 * to talk to, permission to use the person's name, keeping in touch, a last catch-all.
 */
export const CLOSING_COURTESY = re(
  String.raw`\banything (?:else )?(?:i should|you think i|that i|you'd|you would|i haven't|i have not|i didn't|i might|i've missed|i missed|worth|you wish|more)\b|\bi (?:should|ought to) have asked\b|\bi should've asked\b|\banything\b.*\b(?:should have asked|should've asked|forgot to ask|didn't ask|did not ask|haven't asked|have not asked|ought to know|should know|need to know|(?:haven't|have not|didn't|did not) (?:covered|raised|mentioned|touched on|thought of|thought to ask))\b|\b(?:expected|thought|hoped|wanted) me to ask\b|\b(?:i|me) (?:to )?ask\b.*\bi (?:didn't|did not|haven't|have not)\b|\b(?:mention|mentioned|use|used|using|mentioning|drop|dropped|give|say|said) your name\b|\b(?:mention\w*|sa(?:y|id)|t(?:ell|old) (?:them|him|her)|let (?:them|him|her) know)(?: that)? (?:you (?:suggested|referred|recommended|sent|pointed|passed|gave|shared|forwarded|put)|we (?:spoke|talked|met))\b|\b(?:check(?:ed|ing)? (?:back |in )?(?:in )?with you|check(?:ed|ing)? (?:back )?in (?=(?:once|when|after|later|again|from time to time|now and then|at some point|next|in a few)\b)|touch base|follow(?:ed|ing)? up|stay(?:ing|ed)? in touch|keep(?:ing)? in touch|kept in touch|contact you again|reach out again|keep you posted|keep you updated|let you know how|send you a (?:short |quick |brief |little )?(?:thank[- ]you )?(?:note|message|email|card|update|thank-you))\b|\btake notes\b|\b(?:tell|told|let|inform|remind)\b(?: [\w.]+){1,4}? (?:know )?(?:that )?you (?:suggested|referred|recommended|sent|pointed|passed)\b|\b(?:email|e-mail|write to|message|contact|call|text) you (?:again |later |back )?(?:if|when|once|after|in)\b|\b(?:point|direct|steer) me (?:towards?|to|in the direction of)\b|^(?:are there|is there|do you know(?: of)?)(?: any)? (?:good |useful |affordable |cheap |free |student |local |online )?(?:associations?|groups?|events?|meetups?|societ(?:y|ies)|communit(?:y|ies)|books?|newsletters?|podcasts?|blogs?|journals?|conferences?|publications?|forums?|websites?|workshops?)\b(?! (?:at|in|for|with) your\b)|\b(?:recommend|suggest)\w*\b(?: [\w-]+){0,4}? (?:professional )?(?:associations?|groups?|events?|meetups?|societ(?:y|ies)|communit(?:y|ies)|books?|newsletters?|podcasts?|blogs?|journals?|conferences?|publications?|reading|forums?|networks?)\b|\b(?:associations?|groups?|events?|meetups?|societ(?:y|ies)|communit(?:y|ies)|books?|newsletters?|podcasts?|blogs?|journals?|conferences?|publications?|forums?|fairs?|shows?|exhibitions?|festivals?|talks?|lectures?|webinars?|clubs?)\b(?: [\w-]+){0,4}? (?:you(?:'d| would| might| could)? (?:recommend|suggest|tell|advise|point)|worth (?:joining|reading|following|attending|visiting))\b|^(?:${YOU_MIND} if i|is it ${ALL_RIGHT} (?:if i|to)|would it be ${ALL_RIGHT} (?:if i|to)|${MAY_I})\b(?! ask\b)(?: \w+)?? (?:mention\w*|sa(?:y|id)|tell|told|reach\w* out|email\w*|e-mail\w*|wr(?:ite|ote)|messag\w*|contact\w*|call\w*|follow\w* up|connect\w*|sen[dt]|use|used|quot\w*|keep|kept|stay\w*|check\w*|drop\w*)\b|\bstill a good time\b|\b(?:anyone|anybody|someone|somebody|other people|others|a colleague|colleagues|people)\b(?: \w+){0,12} (?:talk|speak|chat|meet|learn|contact|reach out|connect|share (?:their|his|her) (?:experience|story|stories|views?)|spare (?:me )?(?:\w+ ){0,2}?(?:minutes|time|moment|hour))\b|\b(?:suggest|recommend|introduce me to|connect me with|point me to|put me in touch with) (?:two or three |a few |a couple of |a handful of |one or two |some |other |any )?(?:people|someone|somebody|anyone|a colleague|colleagues|others|a person|an? \w+ who)\b|\b(?:know|suggest|recommend)(?: of)? (?:another|any other|other|a|an|one|some|any) (?:[\w-]+ ){1,8}?who (?:might|could|would|may|will|'d)(?: be (?:willing|happy|open) to)? (?:talk|speak|chat|meet|share|spare|tell)\b|\bintroduc\w* me to (?:a|an|someone|somebody|one of|any of|some of|a few of|your colleague|people|others)\b|\b(?:feedback|comments|thoughts|suggestions|advice) on my\b|\b(?:connect|connected|connecting) with you\b|\blinkedin\b|\b(?:reach out to|contact|email|write to) (?:the (?:people|person|colleagues?)|them|those people) you (?:named|mentioned|suggested|listed)\b|\bmention\w* (?:our|this|today's) (?:conversation|chat|talk|call|meeting)\b|\b(?:may|can|could) i (?:quote|cite|use|mention|share) (?:you|your|something you|what you)\b|\b(?:review|look at|look over|glance at) my (?:r[eé]sum[eé]|cv|portfolio|cover letter|linkedin|profile)\b`,
);

/** A thank-you line rather than a question. */
export const THANKS = re(String.raw`^(?:thank you|thanks|many thanks|i (?:really )?appreciate)\b`);

/** "…and what is…", "…and do you…", "…and tell me…": a second question joined to the first. */
export const JOINED_QUESTION = re(
  String.raw`(?<!\bbetween\b.{1,60})\b(?:and|also|plus) (?:what|how|where|when|who|which|why)\b(?! to\b)(?!(?<=\b(?:who|whose)\b.{1,80}\band who) (?!(?:is|was|does|did|has|do|are|were|can|could|would|will|should)\b)[a-z]+(?:s|ed)\b)(?! (?:has|have|had|is|are|was|were) (?:always |also |never |just )?(?:been|done|\w+ed|\w+ing)\b)|\band (?:do|does|did|is|are|was|were|can|could|would|will|should|have|has) (?:you|i|it|there|they|we|he|she|that|this|(?:the|your|my|their) [\w-]+)\b|\b(?:and also|as well as) (?:what|how|where|when|who|which|why)\b|\band (?:tell|explain|describe|share|show) (?:me|us)\b`,
);

/** Short questions that are too broad to answer well, with a sharper version. */
export const VAGUE_RULES: readonly PhraseRule[] = [
  {
    issue: 'vague',
    pattern: re(
      String.raw`^(?:so,? )?(?:can you |could you |please )?(?:tell me|talk)(?: everything| all| more| a (?:bit|little))? about (?:yourself|(?:your|the) (?:job|work|career|role|company|organi[sz]ation|team|day|background|experience|field|industry|program|business|firm))\W*$|^(?:please )?(?:explain|describe) (?:your|the) (?:job|work|role|career)\W*$`,
    ),
    rewrite: 'What does a typical week in your role look like?',
  },
  {
    issue: 'vague',
    pattern: re(
      String.raw`^(?:so,? )?what do you do(?: for (?:a living|work)| at work| all day| exactly| there)?\W*$|^what(?:'s| is) (?:it|your job|your work|the job|the work|your role) like\W*$|^how(?:'s| is) (?:it|the job|work|your job|your work)(?: going)?\W*$|^(?:so,? )?what (?:should|can|could|do|would) (?:i|you|we) do(?: now| next| then)?\W*$|^(?:so,? )?(?:tell me|talk) (?:more )?about (?:it|that|this)\W*$|^(?:so,? )?tell me (?:something|anything)(?: \w+)?\W*$|^(?:so,? )?what do you (?:think|reckon|say)(?: about (?:it|that|this))?\W*$`,
    ),
    rewrite: 'What takes up most of your time in a typical week?',
  },
  {
    issue: 'vague',
    pattern: re(
      String.raw`^(?:(?:any|got any|do you have any) )?(?:advice|tips|thoughts|suggestions|recommendations)(?: for me)?\W*$|^(?:any |your )?(?:thoughts|opinions|views|ideas|take)(?: (?:on|about) [\w' -]{1,30})?\W*$|^(?:and |so )?(?:what|how) about (?:the |your |this |that )?[\w-]+(?: [\w-]+)?\W*$`,
    ),
    rewrite: 'What advice would you give a student who wants to start out in this field?',
  },
  {
    issue: 'vague',
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
