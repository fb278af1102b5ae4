import { actions, bullets, button, context, ephemeral, heading, numbered, text } from '../../src/core/reply-builders.js';
import type { Block, Reply } from '../../src/core/reply.js';
import type { PlannedQuestion, QuestionPlan } from '../../src/domain/questions/planner.js';
import { questionNotes } from '../../src/domain/questions/script.js';
import { CATEGORY_LABELS, TARGET_LABELS, type QuestionCategory } from '../../src/domain/questions/question-types.js';
import type { ShownPlan } from '../../src/domain/questions/saved-plan-repository.js';
import { exportRef, moreRef, saveRef } from './refs.js';
import { userText } from '../../src/core/user-text.js';

/** How many questions one press of "More questions" shows. */
const MORE_PAGE_SIZE = 5;

/** One question as a list item: its text and minutes, where it came from and any care it needs, and its follow-up probes on a "→" line. */
function questionItem(question: PlannedQuestion): string {
  const facts = [`${question.minutes} min`, ...questionNotes(question)].join(', ');
  const probes = question.probes.length === 0 ? '' : `\n→ ${question.probes.map(userText).join(' · ')}`;
  return `${userText(question.text)} _(${facts})_${probes}`;
}

/** What a plan is for, e.g. "graphic designer (occupation, 15 minutes, focus: skills and qualities)". */
export function describeRequest(plan: QuestionPlan, focus: readonly QuestionCategory[]): string {
  const parts = [TARGET_LABELS[plan.target].toLowerCase(), `${plan.budgetMinutes} minutes`];
  if (focus.length > 0) parts.push(`focus: ${focus.map((category) => CATEGORY_LABELS[category].toLowerCase()).join(', ')}`);
  return `${userText(plan.subject)} (${parts.join(', ')})`;
}

/** How many questions a plan holds, in all three tiers (the closing lines are not counted). */
export function questionCount(plan: QuestionPlan): number {
  return plan.mustAsk.length + (plan.shouldAsk ?? []).length + plan.ifTimeAllows.length;
}

/** How the time splits: what the must-ask questions take, and what is left for follow-ups and the next tier. */
function timing(plan: QuestionPlan): string {
  const mustMinutes = plan.mustAsk.reduce((sum, question) => sum + question.minutes, 0);
  const frame = plan.estimatedMinutes - mustMinutes;
  const left = plan.budgetMinutes - plan.estimatedMinutes;
  const rest = left > 0 ? `; the other ${left} are for follow-ups and the should-ask questions` : '';
  return `⏱ Of your ${plan.budgetMinutes} minutes, the must-ask questions take about ${mustMinutes} and introducing yourself and closing ${frame}${rest}.`;
}

/**
 * A plan as the student sees it: a warning when they asked for more than fits, the opener,
 * the three tiers (must ask, should ask, if time allows) with minutes and probes, the close,
 * how the time splits, and the Save plan, More questions and Export script buttons.
 */
export function planReply(shown: ShownPlan): Reply {
  const { plan } = shown;
  const shouldAsk = plan.shouldAsk ?? [];
  const blocks: Block[] = [heading(`Questions for your conversation about ${describeRequest(plan, shown.request.focus)}`)];
  if (plan.warning !== undefined) blocks.push(text(`⚠️ ${plan.warning}`));
  blocks.push(text(`*Open with:* ${plan.opener}`), heading('Must ask'), numbered(plan.mustAsk.map(questionItem)));
  if (shouldAsk.length > 0) blocks.push(heading('Should ask'), numbered(shouldAsk.map(questionItem)));
  if (plan.ifTimeAllows.length > 0) blocks.push(heading('If time allows'), bullets(plan.ifTimeAllows.map(questionItem)));
  blocks.push(
    heading('Closing'),
    bullets(plan.closing.map((question) => question.text)),
    text(timing(plan)),
    actions(button('Save plan', saveRef(shown.id), 'primary'), button('More questions', moreRef(shown.id, 1)), button('Export script', exportRef(shown.id))),
  );
  return ephemeral(...blocks);
}

/**
 * One page of the questions a plan left out, with a button for the next page while there is
 * one; `remaining` is every left-out question, in order.
 */
export function moreReply(shown: ShownPlan, remaining: readonly PlannedQuestion[], page: number): Reply {
  const start = (page - 1) * MORE_PAGE_SIZE;
  const questions = remaining.slice(start, start + MORE_PAGE_SIZE);
  const subject = describeRequest(shown.plan, shown.request.focus);
  if (questions.length === 0) {
    return ephemeral(text(`That is every question I have for ${subject}. For another angle, plan again with a different focus.`));
  }
  const blocks: Block[] = [
    heading(`More questions about ${subject}`),
    bullets(questions.map(questionItem)),
    context('Extras to pick from: a saved plan and its script keep the original questions.'),
  ];
  if (start + MORE_PAGE_SIZE < remaining.length) blocks.push(actions(button('More questions', moreRef(shown.id, page + 1))));
  return ephemeral(...blocks);
}
