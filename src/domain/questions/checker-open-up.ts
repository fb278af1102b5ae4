/**
 * Open versions of yes/no questions that keep what the question is about: "Can a history
 * graduate move into data journalism?" becomes "What would it take for a history graduate to move
 * into data journalism?", "Is shift work usual in your clinic?" "How usual is shift work in your
 * clinic, in your experience?". A question whose subject no shape or noun phrase gives is left
 * without an open version, so the checker offers another rewrite rather than a generic one.
 */
import nlp from 'compromise';
import { bare, polish, withoutPreamble } from './checker-rewrite.js';
import { gerund } from './checker-leading.js';
import { claimTopic, nounPhrases } from './checker-topic.js';
import { lowerFirst } from './question-text.js';

/** Turns a yes/no question into an open one; `match` is the question without its final mark. */
type Reshaper = (match: RegExpExecArray) => string;

const ADJECTIVES =
  'hard|difficult|easy|stressful|busy|competitive|demanding|rewarding|fun|boring|repetitive|flexible|stable|secure|creative|social|lonely|fast-paced|common|popular|hectic|intense|tough|challenging|satisfying|predictable|physical|risky|expensive|realistic|typical|normal|rare|long|short|late|early|varied|well paid|crowded|saturated|useful|helpful|valuable|relevant|worthwhile|manageable|happy|fair|tiring|exhausting|lonely|safe|dangerous|remote|hybrid|affordable|important|usual|unusual|standard|profitable|lucrative';

/** Words that tie a place or a time to an adjective's claim: "common in your company", "manageable during tax season". */
const SETTING = String.raw`(?:in|at|for|during|among|with|on|to|from|after|before|as|around|across|within)`;

/** Words that say "a lot", dropped when a question is turned into "how often". */
const QUANTITY = /\b(?:a lot of|lots of|a lot|much|many|very often|often)\b\s*/gi;

/** Verbs for which "How often do you …?" is the natural open version. */
const FREQUENT_VERBS = /^(?:work|travel|use|get|deal|meet|have to|need to|take|bring|see|go|spend|talk|handle|write|present|manage|lead|move|switch)\b/i;

/** "does" after "is" or "was", "do" after "are" or "were": the helping verb that agrees with the same subject. */
const agreeing = (be: string | undefined): string => (/^(?:are|were)$/i.test(be ?? '') ? 'do' : 'does');

/** Past participles whose simple past differs: "have you been abroad" is "a time you were abroad". */
const SIMPLE_PAST: Readonly<Record<string, string>> = {
  been: 'were',
  done: 'did',
  seen: 'saw',
  gone: 'went',
  taken: 'took',
  given: 'gave',
  written: 'wrote',
  known: 'knew',
  driven: 'drove',
  flown: 'flew',
  grown: 'grew',
  chosen: 'chose',
  spoken: 'spoke',
  broken: 'broke',
  forgotten: 'forgot',
  eaten: 'ate',
  fallen: 'fell',
  begun: 'began',
  run: 'ran',
};

/** The simple past of a past participle ("been" → "were"); a regular one is the same word. */
const pastTense = (participle: string): string => SIMPLE_PAST[participle.toLowerCase()] ?? participle;

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
    /^(?:is|are|was|were) ((?:the|a|an|your|this|these|those) [\w-]+(?: [\w-]+)?(?: (?:at|in|on) (?:the|your|this) [\w-]+)?) (nice|friendly|good|bad|interesting|great|okay|ok|supportive|fair|strict|busy|quiet|big|small|new|old|diverse|young|remote|paid)$/i,
    (m) => `How would you describe ${m[1] ?? 'it'}, in your experience?`,
  ],
  [
    /^(is|was) (.{2,40}?) worth it(.*)$/i,
    (m) => `How worthwhile ${(m[1] ?? 'is').toLowerCase()} ${m[2] ?? 'it'}${m[3] ?? ''}${/\bfor\b/i.test(m[3] ?? '') ? '' : ' for you'}?`,
  ],
  [
    /^(is|was) it too (?:late|early|old|young) (?:for (?:me|someone|a person|people) )?to (.+)$/i,
    (m) => `What is it like to ${m[2] ?? 'start'}, from what you have seen?`,
  ],
  [
    /^(are|were) you (?:often|usually|ever|always|regularly|sometimes|frequently) (.+)$/i,
    (m) => `How often ${(m[1] ?? 'are').toLowerCase()} you ${m[2] ?? 'busy'}?`,
  ],
  [/^(is|are|was|were) (.{2,40}?) (?:really |usually )?enough (for .+)$/i, (m) => `How far ${agreeing(m[1])} ${m[2] ?? 'it'} go ${m[3] ?? ''}?`],
  [/^(is|are) (.{2,40}?) in (?:high |great |much |short )?demand(.*)$/i, (m) => `How much demand is there for ${m[2] ?? 'that'}${m[3] ?? ''}?`],
  [
    /^(is|are|was|were) (.{2,40}?) (?:\w+er|more \w+|less \w+) than (.+)$/i,
    (m) => `How ${agreeing(m[1])} ${m[2] ?? 'it'} compare with ${(m[3] ?? 'the alternatives').replace(/^(?:in|at|for)\b/i, (word) => `that ${word}`)}?`,
  ],
  [
    /^(?:is|are) ([\w-]+s(?: (?:at|in|on|with|for) (?!your\b)[\w' -]{2,30}?)?) (?:paid|unpaid)(.*)$/i,
    (m) => `How common is it for ${m[1] ?? 'them'} to be paid${m[2] ?? ''}?`,
  ],
  [
    /^(has|have) ((?:the|your|this|these) [\w-]+(?: [\w-]+)?) (changed|grown|shrunk|improved|evolved|developed|declined)(?: (?:much|a lot|a great deal|very much))?(.*)$/i,
    (m) => `How ${(m[1] ?? 'has').toLowerCase()} ${m[2] ?? 'it'} ${m[3] ?? 'changed'}${m[4] ?? ''}?`,
  ],
  [/^are you (?:happy|satisfied|glad|pleased|content) (?:with|about) (.+)$/i, (m) => `How do you feel about ${m[1] ?? 'it'} now?`],
  [/^have you (?:ever )?(?:thought about|considered) (.+)$/i, (m) => `What would make you consider ${m[1] ?? 'a change'}?`],
  [
    /^have you (?:ever )?(\w+(?:ed|en|ne|wn)|been|had|done|seen|met|led|taught|built|spent|felt|left|made|run) (.+)$/i,
    (m) => `Could you tell me about a time you ${pastTense(m[1] ?? 'did')} ${m[2] ?? 'that'}?`,
  ],
  [
    /^(?:can|could|would) you (?:recommend|suggest|name) (?:any|some|a few|a couple of|one or two) ([\w-]+s(?: .+)?)$/i,
    (m) => `Which ${m[1] ?? 'ones'} would you recommend?`,
  ],
  [/^(?:can|could) you (?!tell|describe|walk|explain|share|talk)(\w+) (.+)$/i, (m) => `How often do you get to ${m[1] ?? 'do'} ${m[2] ?? 'that'}?`],
  [
    /^is there (?:any |much |enough |a lot of |lots of )?(room|time|demand|competition|flexibility|support|pressure|travel|overtime|need|variety|turnover|mentoring|maths|math|writing|paperwork|teamwork|contact|autonomy)( .+)?$/i,
    (m) => `How much ${m[1] ?? 'room'} is there${m[2] ?? ''}?`,
  ],
  [
    /^(?:can|could) (someone|anyone|people|a person|one|students|graduates)(.*?) ((?:do|get|become|make|succeed|work|move|switch|find|land|break|start|learn|go|be|have|use|join|enter|thrive|build)\b.*)$/i,
    (m) => `What would it take for ${(m[1] ?? 'someone').replace(/^anyone$/i, 'someone')}${m[2] ?? ''} to ${m[3] ?? 'do that'}?`,
  ],
  [
    /^(?:do|does) ((?:most |many )?(?:people|employees|staff|graduates|students)(?: (?:in|at|on|from) .{2,40}?)?) have (.+)$/i,
    (m) => `How common is it for ${(m[1] ?? 'people').replace(/^(?:most|many) /i, '')} to have ${m[2] ?? 'that'}?`,
  ],
  [/^would you be (?:my|a) ([\w-]+)(?: for me)?$/i, (m) => `What did you look for in a ${m[1] ?? 'mentor'} when you were starting out?`],
  [/^(?:do|did|does) you (?:really )?(?:like|enjoy|love) (.+)$/i, (m) => `What do you enjoy most about ${m[1] ?? 'it'}?`],
  [/^do you have (?:any )?(?:advice|tips|suggestions|recommendations)\b/i, () => 'What advice would you give someone in my position?'],
  [/^(?:do|did) you have (?:any )?regrets?\b/i, () => 'What would you do differently if you were starting out today?'],
  [/^do you know (?:of )?(?:anyone|anybody|someone|somebody)\b/i, () => 'Who else would you suggest I talk to so I can learn more?'],
  [/^(?:do|does|would) you (?:think|believe|feel|reckon|say) (?:that )?(.+)$/i, (m) => `What is your view on whether ${m[1] ?? 'that is so'}?`],
  [/^would you (?!mind\b|be\b|like\b|recommend\b)(\w+) (.+)$/i, (m) => `What would make you ${m[1] ?? 'do'} ${m[2] ?? 'that'}?`],
  [/^(?:would|do) you recommend (.+)$/i, (m) => `What would you tell someone who is considering ${m[1] ?? 'this path'}?`],
  [
    /^(?:is|are) there (?:any |many |a lot of |lots of |much |enough |some |good )?(a |an )?(.+)$/i,
    (m) => `What can you tell me about ${m[1] === undefined ? '' : 'the '}${m[2] ?? 'that'}?`,
  ],
  [/^(?:is|was|would|will) it (?:be )?possible (?:for (?:me|someone|a student) )?(.+)$/i, (m) => `How realistic is it ${m[1] ?? ''}, in your experience?`],
  [new RegExp(`^(is|was) it (${ADJECTIVES}) (.+)$`, 'i'), (m) => `How ${m[2] ?? 'hard'} ${(m[1] ?? 'is').toLowerCase()} it ${m[3] ?? ''}, in your experience?`],
  [
    new RegExp(String.raw`^(is|are|was|were) (.+?) (?:(?:very|really|quite|too|so|that|mostly|usually) )*(${ADJECTIVES})((?: ${SETTING} .+)?)$`, 'i'),
    (m) => `How ${m[3] ?? 'hard'} ${(m[1] ?? 'is').toLowerCase()} ${m[2] ?? 'it'}${m[4] ?? ''}, in your experience?`,
  ],
  [/^(?:can|could|may) i ask (?:you )?(?:about )?(.+)$/i, (m) => `What can you tell me about ${m[1] ?? 'that'}?`],
  [
    /^(?:do|does|did) (?:you|u|one|people|someone|a person|we) (?:really |usually |always )?need (?:to (\w+) )?(.+?)(?: ((?:for|in|at|as|to) .+))?$/i,
    (m) => `How much does ${m[1] === undefined ? 'having' : gerund(m[1])} ${m[2] ?? 'that'} matter${m[3] === undefined ? ', in your experience' : ` ${m[3]}`}?`,
  ],
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
  [/^did you find it (\w+) to (.+)$/i, (m) => `How ${m[1] ?? 'hard'} did you find it to ${m[2] ?? 'start'}?`],
  [
    /^did you (.+)$/i,
    (m) => {
      const rest = (m[1] ?? 'do that').replace(/^ever /i, '');
      return /^(?:come|get|end up|move|switch) (?:to|into|in)\b/i.test(rest) ? `How did you ${rest}?` : `How did you come to ${rest}?`;
    },
  ],
  [/^did ((?:the|your|this|that) [\w-]+(?: [\w-]+)?) (\w+) (.+?) well$/i, (m) => `How well did ${m[1] ?? 'it'} ${m[2] ?? 'do'} ${m[3] ?? ''}?`],
  [
    /^(?:do|does) ((?:the|your|this|that) [\w-]+) have (?:an? |any )?(?:good |strong |healthy |nice |great |bad |positive |friendly |supportive )?([\w-]+(?: [\w-]+)?)$/i,
    (m) => `How would you describe the ${m[2] ?? 'culture'} at ${m[1] ?? 'your workplace'}?`,
  ],
  [/^(do|does) ([\w-]+s) (care|worry|think|mind) (.+)$/i, (m) => `How much ${(m[1] ?? 'do').toLowerCase()} ${m[2] ?? 'they'} ${m[3] ?? 'care'} ${m[4] ?? ''}?`],
  [
    /^(do|does) (you|people|they|most people|students|employees|staff|(?:your|the|this|most) [\w-]+(?: [\w-]+)??|[\w-]+s) (.+)$/i,
    (m) => {
      const rest = (m[3] ?? '')
        .replace(QUANTITY, '')
        .replace(/^(?:really|actually|usually|normally|ever) /i, '')
        .trim();
      const auxiliary = (m[1] ?? 'do').toLowerCase();
      if (FREQUENT_VERBS.test(rest)) return `How often ${auxiliary} ${m[2] ?? 'you'} ${rest}?`;
      return /^(?:have|know|need|want|mean|own)\b/i.test(rest) ? '' : `How ${auxiliary} ${m[2] ?? 'you'} ${rest}?`;
    },
  ],
];

/** Verbs the tagger can miss after a modal, where a subject ends. */
const COMMON_VERB = /^(?:help|replace|make|get|give|take|need|matter|affect|change|let|hurt|count|work|improve|boost|lead|cost|pay|mean|open)$/i;

/** A clause's subject and what is said of it, split at its first main verb by compromise's tagger: "a nurse from abroad" | "register here". */
function subjectAndPredicate(clause: string): readonly [string, string] | undefined {
  const terms = (nlp(clause).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((sentence) => sentence.terms);
  const tagged = terms.findIndex(
    ({ tags }, at) => at > 0 && tags.includes('Verb') && !tags.some((tag) => ['Gerund', 'Auxiliary', 'Modal', 'Copula', 'Adjective'].includes(tag)),
  );
  // The tagger reads some verbs after a modal as nouns ("AI replace translators"): a common verb then marks the split.
  const hinted = terms.findIndex(({ text }, at) => at > 0 && COMMON_VERB.test(text));
  // A subject is a short noun phrase: a pronoun in it ("a master's help me") means the verb was missed.
  const isSubject = (end: number): boolean => {
    const subject = terms.slice(0, end);
    return end > 0 && end <= 5 && subject.some(({ tags }) => tags.includes('Noun')) && !subject.some(({ tags }) => tags.includes('Pronoun'));
  };
  const verbAt = [tagged, hinted].find(isSubject);
  if (verbAt === undefined) return undefined;
  const words = (from: number, to?: number): string =>
    terms
      .slice(from, to)
      .map(({ text }) => text)
      .join(' ');
  return [words(0, verbAt), words(verbAt)];
}

/** Modal questions about someone other than "you" or "I": "Can a career changer succeed…?", "Should graduates wait…?". */
function openModal(text: string): string | undefined {
  const modal = /^(can|could|will|would|should|might|may) (?!(?:you|u|i|we|it|there|they)\b)(.+)$/i.exec(text);
  const split = modal === null ? undefined : subjectAndPredicate(modal[2] ?? '');
  if (modal === null || split === undefined) return undefined;
  const [subject, predicate] = split;
  return /^(?:can|could|may|might)$/i.test(modal[1] ?? '')
    ? `What would it take for ${subject} to ${predicate}?`
    : `What is your view on whether ${subject} ${(modal[1] ?? 'will').toLowerCase()} ${predicate}?`;
}

/** Permission with nothing after it ("Can I ask you a question?"): no subject to open up. */
const BARE_PERMISSION =
  /^(?:can|could|may|might) i ask (?:you )?(?:an?|one|another|some|a few|a couple of)? ?(?:more |quick |short |small |last |final |personal )?(?:question|questions|thing|something)$/i;

/** Words that never name what a question is about. */
const NO_SUBJECT = /^(?:you|u|i|me|it|they|we|this|that|there|one|someone|anyone|something|anything|a question|questions?|things?)$/i;

/** What a yes/no question names after its opening words ("the work" in "Is the work mostly done alone?"), or undefined. */
function subjectOf(text: string): string | undefined {
  const clause = text.replace(/^\w+ (?:(?:you|u|i|it|they|we|there) )?/i, '');
  // From the first noun phrase that names something: "ever worked abroad for your company" is about "your company".
  const first = nounPhrases(clause).find(({ text: phrase }) => !NO_SUBJECT.test(phrase));
  const topic = first === undefined ? undefined : claimTopic(clause.slice(first.end - first.text.length));
  if (topic === undefined) return undefined;
  const cut = topic.replace(/\s+(?:is|are|was|were|be|been|do|does|did|have|has|had)\b.*$/i, '').trim();
  return NO_SUBJECT.test(cut) || cut.split(/\s+/).length > 6 ? undefined : cut;
}

/** The open version of the first known shape a yes/no question fits, or undefined. */
function reshaped(text: string): string | undefined {
  for (const [pattern, reshape] of CLOSED_RESHAPERS) {
    const match = pattern.exec(text);
    const open = match === null ? '' : reshape(match);
    if (open !== '') return open;
  }
  return undefined;
}

/**
 * Open versions of a yes/no question that keep its subject, best first, each worked out only
 * when the one before it is not taken: the known shape it fits, the modal question split at its
 * verb, and a question about the thing it names; none when it names nothing.
 */
export function* openUp(question: string): Generator<string> {
  const text = bare(withoutPreamble(question));
  if (BARE_PERMISSION.test(text)) return;
  const shaped = reshaped(text);
  if (shaped !== undefined) yield polish(shaped);
  const modal = openModal(text);
  if (modal !== undefined) yield polish(modal);
  const thing = subjectOf(text);
  if (thing !== undefined) yield polish(`What can you tell me about ${lowerFirst(thing)}, from your own experience?`);
}
