/**
 * Intent frames: what a question asks the person to do for the student, read from who is
 * in it and which ideas it names rather than from fixed phrasings. The phrase rules catch
 * the common wordings and give the best reasons; these frames catch the wordings nobody
 * foresaw ("How would I go about getting a referral from you for the analyst opening?"),
 * and lean towards flagging: an ask for a job judged good is the worst mistake the checker
 * can make, a harmless question flagged costs the student one look at a rewrite.
 */
import { lemma, tokens } from '../practice/understand/lemma.js';
import { withoutPermission } from './checker-permission.js';

/** Lemmas that everyday words share with hiring words ("open" from "opening"): such a word must be written out. */
const SHARED_LEMMAS = new Set(['open']);

/** A word list as written and as lemmas, worked out with the same lemmatiser as the question's words. */
const lemmas = (words: string): ReadonlySet<string> =>
  new Set(
    words
      .split(' ')
      .flatMap((word) => [word, lemma(word)])
      .filter((term) => !SHARED_LEMMAS.has(term)),
  );

/** Whether a word, or its lemma, is one of a set's. */
const names = (set: ReadonlySet<string>, word: string): boolean => set.has(word) || set.has(lemma(word));

/** Ideas that only come up when someone is applying, hiring or being put forward. */
const HIRING = lemmas(
  'job jobs internship internships intern interns position positions opening openings vacancy vacancies placement placements co-op coop spot spots ' +
    'hire hired hiring recruit recruiter recruiters recruiting recruitment referral referrals refer referring reference referee vouch ' +
    'application applications apply applying resume resumes cv cvs portfolio interview interviews shortlist radar candidacy employment gig gigs',
);

/** Things that open at a workplace: asking whether one exists there is asking for it. */
const OPENINGS = lemmas(
  'job jobs internship internships position positions opening openings vacancy vacancies placement placements spot spots co-op role roles gig',
);

/** Words for the student. */
const STUDENT = new Set(['i', 'me', 'my', 'myself', 'mine']);

/** Where "you" is only asked for an opinion or an experience, not to act ("do you think", "in your experience"). */
const OPINION_ONLY =
  /\b(?:do|did|would|could) you (?:think|say|suggest|recommend|advise|expect|reckon|feel|believe|imagine)\b|\bin your (?:opinion|experience|view|field|industry|area|line of work)\b|\bif you were (?:me|in my (?:place|position|shoes))\b|\byou wish\b|\b(?:like|as) (?:yours|you)\b|\byour (?:advice|opinion|view|experience|field|industry|area|line of work|own (?:path|story|experience))\b/g;

/**
 * Phrases where the student only listens ("tell me", "walk me through"), asks for feedback on
 * their own papers, or asks leave to say who sent them ("can I say you referred me"): the
 * student gains nothing the person would have to arrange.
 */
const LISTENING =
  /\b(?:tell|show|walk|talk|take|run) me(?: through| about)?\b|\bhelp me understand\b|\bgive me (?:an? |some )?(?:idea|sense|example|overview|picture)\b|\byou (?:could |would |can |might )?(?:please )?(?:review|look over|look at|glance at|give me feedback on|comment on|critique) my\b|\byou (?:referred|sent|suggested|recommended|pointed) me\b|\b(?:let|letting) you know\b|\bkeep(?:ing)? you (?:posted|updated|informed)\b|\bthank you\b|\bin my (?:position|shoes|place|situation)\b/g;

/** Asking how to get ready ("what would you tell me to do before applying"): advice, unless their own workplace is named. */
const ADVICE = /\b(?:advice|advise|suggestions?|tips|what would you (?:tell|say|do)|prepare|preparing|stand out|get ready)\b/;

/** "your team", "your manager", "with you", "you guys": the person or their workplace as the one who would act. */
const THEY_ACT = /\byou\b|\byour (?!advice|opinion|view|experience|field|industry|area|own)\w+/;

/** Words that ask whether something exists or is available. */
const AVAILABILITY = /\bthere\b|\bany\b|\bavailable\b|\bopen(?:s|ing)? up\b|\bcomes? up\b|\bfree\b|\bpossible\b|\bchance\b|\broom for\b/;

/** "your team", "your lab", "where you work", "with you": the person's own workplace. */
const THEIR_PLACE =
  /\byour (?:\w+ ){0,2}?(?:team|company|firm|organi[sz]ation|department|group|office|agency|business|startup|lab|practice|clinic|hospital|unit|studio|side|place|branch|division|school|newsroom|org|shop|store|restaurant|project|crew|kitchen|ward|salon|garage|farm|site)s?\b|\bwhere you work\b|\bwith you\b|\byou guys\b/;

/** A workplace (or the person) taking people on: "is your group bringing on analysts", "do you need a junior designer". */
const TAKING_PEOPLE_ON =
  /^(?:is|are|does|do|will|would|might|could)\b.*?\b(?:your (?:\w+ ){0,2}?\w+|you(?: guys)?)\b (?:(?:currently|still|now|actively|ever|maybe|possibly) )?(?:bringing (?:on|in)|taking on|accepting|onboarding|adding|seeking|looking (?:for|to take on|to hire|to add)|need(?:ing|s)?|want(?:ing|s)?|could use|interviewing|open to)\b (?:(?:any|an?|more|new|another|extra|some|more|junior|senior|entry-level|fresh|grad|recent|summer|part-time|full-time|\w+-level) )*(?:\w+(?:er|or|ist|ant|ian|ee|st)s?|interns?|nurses?|staff|people|hires|grads|graduates|students|help|assistants?|trainees|apprentices|volunteers|juniors?)\b/;

/** The student offering to work with them: "me working with you on your next project", "join your team". */
const WORKING_WITH_THEM =
  /\b(?:me|i) (?:could |can |might |would |to )?(?:work|working|join|joining|intern|interning|volunteer|volunteering|help out|helping out|assist|assisting|collaborate|collaborating|shadow|shadowing)\b (?:\w+ ){0,2}?(?:with you|for you|under you|alongside you|on your|at your|in your|your)\b/;

/** A spell of work at their place: "a week of work experience with your team", "work I can do for your firm". */
const WORK_AT_THEIR_PLACE = new RegExp(
  String.raw`\b(?:work experience|work placement|trial (?:day|shift|week|period)|(?:any|some|paid) (?:work|tasks?)|(?:work|tasks?) (?:that )?i (?:can|could|might) do)\b(?: \w+){0,8}? (?:(?:with|at|in|for) )?(?:${THEIR_PLACE.source})`,
);

/** Asking them to tell their workplace the student wants work there: "tell the people at your theatre I would love to work backstage". */
const TELL_THEM_I_WANT =
  /\b(?:tell|let|inform|remind)\b(?! me\b).*\b(?:i|i'm|i am|i'd|i would)\b (?:\w+ ){0,3}?(?:love|like|want|keen|interested|looking|available|eager|hoping|free)\b.*\b(?:work|working|join|joining|intern|apply|applying|job|role|position|placement|freelance|opening)\b/;

/** The student asking leave or saying what they could do: "could I", "I can". */
const STUDENT_MAY = /\b(?:could|can|may|might) i\b|\bi (?:could|can|might)\b/;

/** "keep me on your radar", "if anything opens up": waiting to be told of an opening. */
const WAIT_FOR_AN_OPENING =
  /\bkeep me (?:on your radar|in mind|on file|on your list)\b|\bif (?:anything|something|a (?:spot|position|role|job|opening|place)) (?:opens|comes) up\b|\bon your radar\b/;

/** The student offering their time for work: "I am available to start next month", "I could start right away". */
const OFFERING_TO_START =
  /\b(?:i|i'm|im)\b (?:\w+ ){0,2}?(?:available|free|ready) (?:to (?:start|begin|join|work)(?! (?:applying|looking|learning|studying|thinking|planning|on my|my|a|an|the)\b)|from|as of|starting|for (?:work|hire)|next (?:week|month|year|summer|term|semester)|this (?:summer|fall|autumn|spring|winter))\b|\bi (?:can|could) (?:start|begin|join)\b (?:next|right|immediately|tomorrow|asap|whenever|straight|on|in|from|any ?time)\b/;

/**
 * Whether a question asks the person to do something about a job for the student: the
 * student gains (I, me, my), a hiring idea is named, and the person or their workplace is
 * the one who would act; or it asks whether their workplace has an opening or is taking
 * people on; or the student offers to work with them or says when they could start.
 */
export function asksForAJob(text: string): boolean {
  // "Can I ask if…": the student asking, not acting; what follows is what is asked of them.
  const plain = ` ${tokens(withoutPermission(text)).join(' ')} `;
  const acting = plain.replace(OPINION_ONLY, ' ').replace(LISTENING, ' ');
  const words = acting.trim().split(/\s+/);
  const hiring = words.some((word) => names(HIRING, word));
  const student = words.some((word) => STUDENT.has(word));
  const advice = ADVICE.test(plain) && !THEIR_PLACE.test(acting);
  if (hiring && student && !advice && THEY_ACT.test(acting)) return true;
  const opening = words.some((word) => names(OPENINGS, word));
  if (opening && AVAILABILITY.test(acting) && THEIR_PLACE.test(acting)) return true;
  return (
    TAKING_PEOPLE_ON.test(plain.trim()) ||
    WORKING_WITH_THEM.test(acting) ||
    WAIT_FOR_AN_OPENING.test(acting) ||
    OFFERING_TO_START.test(acting) ||
    (STUDENT_MAY.test(acting) && WORK_AT_THEIR_PLACE.test(acting)) ||
    TELL_THEM_I_WANT.test(acting)
  );
}
