import { JOINED_QUESTION } from './checker-form.js';
import { upperFirst } from './question-text.js';

/** Turns a yes/no question into an open one; `match` is the question without its final mark. */
type Reshaper = (match: RegExpExecArray) => string;

const ADJECTIVES =
  'hard|difficult|easy|stressful|busy|competitive|demanding|rewarding|fun|boring|repetitive|flexible|stable|secure|creative|social|lonely|fast-paced|common|popular|hectic|intense|tough|challenging|satisfying|predictable|physical|risky|expensive|realistic|typical|normal|rare|long|short|late|early|varied|well paid|crowded|saturated';

/** Words that say "a lot", dropped when a question is turned into "how often". */
const QUANTITY = /\b(?:a lot of|lots of|a lot|much|many|very often|often)\b\s*/gi;

/** Verbs for which "How often do you …?" is the natural open version. */
const FREQUENT_VERBS = /^(?:work|travel|use|get|deal|meet|have to|need to|take|bring|see|go|spend|talk|handle|write|present|manage|lead|move|switch)\b/i;

/** "does" after "is" or "was", "do" after "are" or "were": the helping verb that agrees with the same subject. */
const agreeing = (be: string | undefined): string => (/^(?:are|were)$/i.test(be ?? '') ? 'do' : 'does');

/** Closed-question shapes and their open versions, tried in order. */
const CLOSED_RESHAPERS: readonly (readonly [RegExp, Reshaper])[] = [
  [
    /^(is|are|was|were) (.{2,40}?) (?:required|needed|necessary|essential|expected|mandatory|important) ((?:for|to|in|at) .+)$/i,
    (m) => `How much ${agreeing(m[1])} ${m[2] ?? 'that'} matter ${m[3] ?? ''}?`,
  ],
  [
    /^(is|are) (.{2,40}?) (?:required|needed|necessary|essential|expected|mandatory|important)$/i,
    (m) => `How much ${agreeing(m[1])} ${m[2] ?? 'that'} matter in this work?`,
  ],
  [
    /^(?:is|are|was|were) ((?:the|a|an|your|this|these|those) [\w-]+(?: [\w-]+)?) (nice|friendly|good|bad|interesting|great|okay|ok|supportive|fair|strict|busy|quiet|big|small|new|old|diverse|young|remote|paid)$/i,
    (m) => `How would you describe ${m[1] ?? 'it'}, in your experience?`,
  ],
  [/^(is|was) (.{2,40}?) worth it(.*)$/i, (m) => `How worthwhile ${(m[1] ?? 'is').toLowerCase()} ${m[2] ?? 'it'}${m[3] ?? ''} for you?`],
  [/^are you (?:happy|satisfied|glad|pleased|content) (?:with|about) (.+)$/i, (m) => `How do you feel about ${m[1] ?? 'it'} now?`],
  [/^have you (?:ever )?(?:thought about|considered) (.+)$/i, (m) => `What would make you consider ${m[1] ?? 'a change'}?`],
  [
    /^have you (?:ever )?(\w+(?:ed|en|ne|wn)|been|had|done|seen|met|led|taught|built|spent|felt|left|made|run) (.+)$/i,
    (m) => `Could you tell me about a time you ${m[1] ?? 'did'} ${m[2] ?? 'that'}?`,
  ],
  [/^(?:can|could) you (?!tell|describe|walk|explain|share|talk)(\w+) (.+)$/i, (m) => `How often do you get to ${m[1] ?? 'do'} ${m[2] ?? 'that'}?`],
  [
    /^(?:is|are) there (?:any |much |enough |a lot of |lots of )?(room|time|demand|competition|flexibility|support|pressure|travel|overtime|need|variety|turnover|mentoring) (.+)$/i,
    (m) => `How much ${m[1] ?? 'room'} is there ${m[2] ?? ''}?`,
  ],
  [
    /^(?:can|could) (someone|anyone|people|a person|one|students|graduates)(.*?) ((?:do|get|become|make|succeed|work|move|switch|find|land|break|start|learn|go|be|have|use|join|enter|thrive|build)\b.*)$/i,
    (m) => `What would it take for ${(m[1] ?? 'someone').replace(/^anyone$/i, 'someone')}${m[2] ?? ''} to ${m[3] ?? 'do that'}?`,
  ],
  [
    /^(?:do|does) ((?:most |many )?(?:people|employees|staff|graduates|students) (?:in|at|on|from) .{2,40}?) have (.+)$/i,
    (m) => `How common is it for ${(m[1] ?? 'people').replace(/^(?:most|many) /i, '')} to have ${m[2] ?? 'that'}?`,
  ],
  [/^(?:do|did|does) you (?:really )?(?:like|enjoy|love) (.+)$/i, (m) => `What do you enjoy most about ${m[1] ?? 'it'}?`],
  [/^do you have (?:any )?(?:advice|tips|suggestions|recommendations)\b/i, () => 'What advice would you give someone in my position?'],
  [/^(?:do|did) you have (?:any )?regrets?\b/i, () => 'What would you do differently if you were starting out today?'],
  [/^do you know (?:of )?(?:anyone|anybody|someone|somebody)\b/i, () => 'Who else would you suggest I talk to so I can learn more?'],
  [/^(?:do|does) you (?:think|believe|feel|reckon) (?:that )?(.+)$/i, (m) => `What is your view on whether ${m[1] ?? 'that is so'}?`],
  [/^(?:would|do) you recommend (.+)$/i, (m) => `What would you tell someone who is considering ${m[1] ?? 'this path'}?`],
  [
    /^(?:is|are) there (?:any |many |a lot of |lots of |much |enough |some |good )?(a |an )?(.+)$/i,
    (m) => `What can you tell me about ${m[1] === undefined ? '' : 'the '}${m[2] ?? 'that'}?`,
  ],
  [/^(?:is|was) it possible (.+)$/i, (m) => `How realistic is it ${m[1] ?? ''}, in your experience?`],
  [new RegExp(`^(is|was) it (${ADJECTIVES}) (.+)$`, 'i'), (m) => `How ${m[2] ?? 'hard'} ${(m[1] ?? 'is').toLowerCase()} it ${m[3] ?? ''}, in your experience?`],
  [
    new RegExp(`^(is|are|was|were) (.+) (${ADJECTIVES})$`, 'i'),
    (m) => `How ${m[3] ?? 'hard'} ${(m[1] ?? 'is').toLowerCase()} ${m[2] ?? 'it'}, in your experience?`,
  ],
  [/^(?:can|could|may) i ask (?:you )?(?:about )?(.+)$/i, (m) => `What can you tell me about ${m[1] ?? 'that'}?`],
  [
    /^do i need (.+?)(?: (to .+))?$/i,
    (m) =>
      m[2] === undefined
        ? `How much does ${m[1] ?? 'that'} matter, in your experience?`
        : `How much does ${m[1] ?? 'that'} matter for someone who wants ${m[2]}?`,
  ],
  [/^should i (.+)$/i, (m) => `What would help me decide whether to ${m[1] ?? 'do that'}?`],
  [/^(?:can|could) i (.+)$/i, (m) => `What would it take for me to ${m[1] ?? 'do that'}?`],
  [/^did you (?:always|ever) (want|plan|know|expect)(.*)$/i, (m) => `When did you first ${m[1] ?? 'know'}${m[2] ?? ''}?`],
  [/^did you (.+)$/i, (m) => `How did you come to ${m[1] ?? 'do that'}?`],
  [
    /^(do|does) (you|people|they|most people|students|employees|staff|(?:your|the|this|most) [\w-]+(?: [\w-]+)??) (.+)$/i,
    (m) => {
      const rest = (m[3] ?? '').replace(QUANTITY, '').trim();
      const auxiliary = (m[1] ?? 'do').toLowerCase();
      if (FREQUENT_VERBS.test(rest)) return `How often ${auxiliary} ${m[2] ?? 'you'} ${rest}?`;
      return /^(?:have|know|need|want|mean|own)\b/i.test(rest) ? '' : `How ${auxiliary} ${m[2] ?? 'you'} ${rest}?`;
    },
  ],
];

/** The thing a yes/no question is about, for a last open version: "the work" in "Is the work mostly done alone?". */
const FIRST_NOUN_PHRASE =
  /^\w+ (?:(?:you|i|it|they|we|there) )?((?:the|a|an|your|this|these|those|most|any|some) [\w-]+|(?!(?:you|i|it|they|we|there)\b)[\w-]+s(?: (?:at|in|on|for) (?:your|the|this) [\w-]+)?)(?=\s|$)/i;

/** The question without trailing marks or spaces. */
function bare(question: string): string {
  return question.replace(/[\s?.!]+$/, '');
}

/** Openings that only delay the question ("So, I was wondering…"). */
const PREAMBLE =
  /^(?:so|and|but|well|okay|ok|also)\b[,\s]*|^i (?:was|am|'m) (?:wondering|curious)(?: about)?\b[,\s]*|^i(?: would|'d) (?:like|love) to know\b[,\s]*/i;

/** Removes preambles from the start of a question, however many there are. */
function withoutPreamble(text: string): string {
  let current = text.trim();
  for (let previous = ''; previous !== current;) {
    previous = current;
    current = current.replace(PREAMBLE, '');
  }
  return current;
}

/** Final polish for a rewrite built from the student's words: capitals, a lone "i", stray spaces. */
function polish(text: string): string {
  return upperFirst(
    text
      .replace(/\bi\b/g, 'I')
      .replace(/\s+,/g, ',')
      .replace(/\s{2,}/g, ' ')
      .trim(),
  );
}

/** An open version of a yes/no question: a known shape if one fits, else a question about what it names. */
export function openUp(question: string): string {
  const text = bare(withoutPreamble(question));
  for (const [pattern, reshape] of CLOSED_RESHAPERS) {
    const match = pattern.exec(text);
    const reshaped = match === null ? '' : reshape(match);
    if (reshaped !== '') return polish(reshaped);
  }
  const thing = FIRST_NOUN_PHRASE.exec(text)?.[1];
  return thing === undefined ? CLOSED_FALLBACK : polish(`What can you tell me about ${thing.toLowerCase()}, from your own experience?`);
}

/** The open question offered when a yes/no question has no shape the reshapers know. */
const CLOSED_FALLBACK = 'What has your own experience of this been like so far?';

/** "tell me what to improve" as "What should I improve", "show me how you plan" as "How do you plan": a request to explain, put as a question. */
function asWhQuestion(part: string): string {
  const request = /^(?:please )?(?:tell|show|explain to) me (what|how|where|which|when|who) (to|you) (.+)$/i.exec(part);
  if (request === null) return part;
  const [, word = 'what', who, rest = ''] = request;
  return who?.toLowerCase() === 'to' ? `${word} should I ${rest}` : `${word} do you ${rest}`;
}

/** Splits a double question into its parts, each ending with a question mark. */
export function splitDouble(question: string): string[] {
  const byMarks = question
    .split('?')
    .map((part) => part.trim())
    .filter((part) => /[a-z]/i.test(part));
  if (byMarks.length > 1) return byMarks.map((part) => polish(`${bare(withoutPreamble(part))}?`));
  const joined = JOINED_QUESTION.exec(question);
  if (joined === null) return [question];
  const first = question.slice(0, joined.index).replace(/[\s,;]+$/, '');
  const second = question.slice(joined.index).replace(/^(?:and|also|plus|as well as)\s+/i, '');
  return [polish(`${bare(withoutPreamble(first))}?`), polish(`${asWhQuestion(bare(second))}?`)];
}

/** An embedded question with a helping verb ("how that has changed…"), to be put back in question order. */
const EMBEDDED =
  /^(what|how|why|where|when|which \w+) ((?:that|this|the|your|their|its) \w+|that|this|it|they|you) (has|have|is|are|was|were|will|would|can|could) (.+)$/i;

/** A question already in question word order ("How has…", "Which one do…"). */
const QUESTION_ORDER =
  /^(?:what|how|which|where|when|who|why)(?: (?!(?:i|you|we|they|he|she|it|that|this|there|people|someone)\b)[\w'-]+){0,3} (?:is|are|was|were|do|does|did|can|could|would|will|should|has|have|might)\b/i;

/**
 * The core of a long question: the sentences and comma clauses, last first, with preambles
 * removed, keeping those that are already in question word order.
 */
export function coreQuestions(question: string): string[] {
  const pieces = question.split(/(?<=[.!?])\s+|,\s+/).reverse();
  const cores: string[] = [];
  for (const piece of pieces) {
    const core = polish(bare(withoutPreamble(piece).replace(EMBEDDED, '$1 $3 $2 $4')));
    if (QUESTION_ORDER.test(core)) cores.push(`${core}?`);
  }
  return cores;
}
