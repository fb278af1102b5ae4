/**
 * How the persona answers a question: deflects what should not be asked (using the shared
 * question checker), answers closing moves, asks to narrow vague questions when tough, tells
 * its own story once and refers back to it, builds on the previous answer when the student
 * follows up, and otherwise answers from the topic's bank for the target type and field,
 * cycling through variants so repeats are rare. A question on the border of two topics (or
 * asking about both) is answered on both.
 */
import { checkQuestion, type CheckIssue } from '../../questions/checker.js';
import { personaValues } from '../persona-text.js';
import { pickIndex } from '../rehearsal-random.js';
import type { ScenarioContext } from '../scenario.js';
import { pickLine } from '../scenarios/persona-lines.js';
import { fill } from '../student-text.js';
import { words } from '../../text.js';
import type { LabelledTopic } from '../understand/phrasings.js';
import { terms } from '../understand/lemma.js';
import { isCategory, understandQuestion } from '../understand/topic.js';
import { ANSWERS, CLOSING_ANSWERS, DEFLECTIONS, ELABORATIONS } from './answers.js';
import { fieldProfile } from './field-profile.js';
import { FOLLOW_UPS } from './follow-ups.js';
import { storyOf } from './story.js';
import { TARGET_ANSWERS } from './target-answers.js';
import { readInterview, type AskedQuestion } from './transcript.js';

const DEFLECTED: readonly (CheckIssue & keyof typeof DEFLECTIONS)[] = ['job-request', 'salary-personal', 'personal', 'basic-research'];

/** A question about the persona's own way in ("How did you...", "your path"), answered with their story. */
const ABOUT_THEM = /\b(you|your)\b/i;
/** An opening question that asks how they came in ("How did you end up...?"), which the story answers too. */
const HOW_THEY_CAME = /\b(end(ed)? up|get into|got into|find your way|found your way|become|became|got started|get started|break into)\b/i;

/**
 * The persona's answer to the latest question in the transcript (the student's last message).
 * Deterministic: the same seed and transcript always give the same answer.
 */
export function answerQuestion(ctx: ScenarioContext): string {
  const { questions } = readInterview(ctx.state, ctx.field);
  const earlier = questions.slice(0, -1);
  const current = questions.at(-1);
  const salt = `answer:${questions.length}`;
  if (current === undefined) return pickLine(ctx, DEFLECTIONS.unclear, salt);
  const issues = checkQuestion(current.text).issues;
  const deflected = DEFLECTED.find((issue) => issues.includes(issue));
  if (deflected !== undefined) return pickLine(ctx, DEFLECTIONS[deflected], salt);
  const closing = (['referral', 'permission', 'catchAll'] as const).filter((part) => current.closing[part]);
  if (closing.length > 0) return closing.map((part) => pickLine(ctx, CLOSING_ANSWERS[part], `${salt}:${part}`)).join(' ');
  if (current.followUp) return followUp(ctx, earlier);
  const topic = current.topic;
  if (topic === 'unclear') return clarification(ctx, current.text, salt);
  if (ctx.difficulty === 'tough' && issues.includes('vague')) return pickLine(ctx, DEFLECTIONS.vague, salt);
  const answer = asksTheirStory(current) ? ownStory(ctx, earlier) : relevant(ctx, topic, answersFor(ctx, topic), current.text);
  const also = current.also;
  return also === undefined ? answer : `${answer} ${relevant(ctx, also, answersFor(ctx, also), current.text)}`;
}

/**
 * The variant that shares the most words with the question, among those not yet said in this
 * rehearsal (ties go in the seeded order), so "what got you interested" hears about interest.
 */
function relevant(ctx: ScenarioContext, topic: LabelledTopic, variants: readonly string[], question: string): string {
  const said = new Set(ctx.state.turns.filter((t) => t.from === 'persona').map((t) => t.text));
  const start = pickIndex(ctx.seed, `cycle:${topic}`, variants.length);
  const ordered = variants.map((_, i) => fill(variants[(start + i) % variants.length] ?? '', values(ctx)));
  const fresh = ordered.filter((answer) => !said.has(answer));
  const asked = new Set(terms(question));
  const overlap = (answer: string) => terms(answer).filter((t) => asked.has(t)).length;
  return (fresh.length > 0 ? fresh : ordered).reduce((best, answer) => (overlap(answer) > overlap(best) ? answer : best));
}

/** Whether a question asks how the persona got where they are. */
function asksTheirStory(q: AskedQuestion): boolean {
  const aboutPath = q.topic === 'path' || (q.topic === 'opening' && HOW_THEY_CAME.test(q.text));
  return aboutPath && ABOUT_THEM.test(q.text);
}

/** The answers for a topic, as someone in the student's kind of target would give them. */
function answersFor(ctx: ScenarioContext, topic: LabelledTopic): readonly string[] {
  return TARGET_ANSWERS[ctx.target][topic] ?? ANSWERS[topic];
}

/** The persona's story: told in full once, then only referred to. */
function ownStory(ctx: ScenarioContext, earlier: readonly AskedQuestion[]): string {
  const story = storyOf(ctx.seed);
  const told = earlier.some((q) => !q.followUp && asksTheirStory(q));
  if (!told) return fill(story.told, values(ctx));
  const more = FOLLOW_UPS.path ?? ELABORATIONS;
  return `As I said, ${story.recap}. ${cycle(ctx, 'story', more, earlier.length)}`;
}

/** More on the topic of the last real question, never a new subject. */
function followUp(ctx: ScenarioContext, earlier: readonly AskedQuestion[]): string {
  const previous = earlier.findLast((q) => !q.followUp && isCategory(q.topic));
  const topic = previous?.topic;
  const lines = topic === undefined || !isCategory(topic) ? ELABORATIONS : (FOLLOW_UPS[topic] ?? ELABORATIONS);
  const asked = earlier.filter((q) => q.followUp).length;
  return cycle(ctx, `follow-up:${topic ?? 'any'}`, lines, asked);
}

/**
 * Asks the student to rephrase, saying what was unclear: a word nothing in Rapport's examples
 * uses, or (when every word was known) which part of the work the question is about.
 */
function clarification(ctx: ScenarioContext, question: string, salt: string): string {
  const unknown = understandQuestion(question, ctx.field).unknownWords.find((w) => w.length > 2);
  const word = unknown === undefined ? undefined : words(question).find((w) => w.toLowerCase().startsWith(unknown.slice(0, 3)));
  const lines = word === undefined ? DEFLECTIONS.unclear : DEFLECTIONS.unknownWord;
  return pickLine(ctx, lines, salt, { word: word ?? '' });
}

function values(ctx: ScenarioContext): Record<string, string> {
  return { ...personaValues(ctx.persona, ctx.field), ...fieldProfile(ctx.field) };
}

/** The next of a list of variants: a seeded start, then one step per earlier use, so repeats are rare. */
function cycle(ctx: ScenarioContext, key: string, variants: readonly string[], used: number): string {
  const index = (pickIndex(ctx.seed, `cycle:${key}`, variants.length) + used) % variants.length;
  return fill(variants[index] ?? '', values(ctx));
}
