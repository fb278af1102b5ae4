/**
 * How the persona answers a question: deflects what should not be asked (using the shared
 * question checker), answers closing moves, asks to narrow vague questions when tough, and
 * otherwise answers from the category's bank, cycling through variants so repeats are rare.
 */
import { checkQuestion, type CheckIssue } from '../../questions/checker.js';
import { personaValues } from '../persona-text.js';
import { pickIndex } from '../random.js';
import type { ScenarioContext } from '../scenario.js';
import { pickLine } from '../scenarios/lines.js';
import { fill, words } from '../text.js';
import { understandQuestion } from '../understand/topic.js';
import { ANSWERS, CLOSING_ANSWERS, DEFLECTIONS, ELABORATIONS } from './answers.js';
import { readInterview } from './transcript.js';

/** Topics answered with the persona's own story: told once, then elaborated rather than retold differently. */
const STORY_TOPICS: ReadonlySet<string> = new Set(['path']);

const DEFLECTED: readonly (CheckIssue & keyof typeof DEFLECTIONS)[] = ['job-request', 'salary-personal', 'personal', 'basic-research'];

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
  const topic = current.topic;
  const told = earlier.filter((q) => !q.followUp && q.topic === topic).length;
  if (current.followUp || (STORY_TOPICS.has(topic) && told > 0)) {
    return cycle(ctx, 'elaboration', ELABORATIONS, earlier.filter((q) => q.followUp || STORY_TOPICS.has(q.topic)).length);
  }
  if (topic === 'unclear') return clarification(ctx, current.text, salt);
  if (ctx.difficulty === 'tough' && issues.includes('vague')) return pickLine(ctx, DEFLECTIONS.vague, salt);
  return cycle(ctx, topic, ANSWERS[topic], told);
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

/** The next of a list of variants: a seeded start, then one step per earlier use, so repeats are rare. */
function cycle(ctx: ScenarioContext, key: string, variants: readonly string[], used: number): string {
  const index = (pickIndex(ctx.seed, `cycle:${key}`, variants.length) + used) % variants.length;
  return fill(variants[index] ?? '', personaValues(ctx.persona, ctx.field));
}
