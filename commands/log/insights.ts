import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { bullets, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import {
  journalInsights,
  type NextStep,
  type PendingReferral,
  type PlanTarget,
  type ThemeSummary,
} from '../../src/domain/journal/insights/journal-insights.js';
import { THEME_LABELS, type ThemeId } from '../../src/domain/journal/insights/themes.js';
import type { QuestionCategory } from '../../src/domain/questions/question-types.js';
import { me } from './contact-lookup.js';

/** Referrals listed by name; the rest are counted, with the command that lists them all. */
const REFERRALS_SHOWN = 3;

/** The `/questions --focus` category that asks about each theme (organisations get a plan of their own). */
const FOCUS: Readonly<Record<Exclude<ThemeId, 'organisations'>, QuestionCategory>> = {
  skills: 'skills',
  paths: 'entry',
  resources: 'resources',
  'work-life': 'conditions',
};

/** What a plan is for when the journal names no subject: an example the student replaces with their own field. */
const EXAMPLE_PLAN: PlanTarget = { target: 'occupation', subject: 'graphic designer' };

/**
 * `/log insights`: what the student's own interviews add up to, only for them: the themes of
 * their notes with counts and a quote, referrals not contacted yet, and next steps, each with
 * the command that takes it.
 */
export async function journalInsightsReply(ctx: CommandContext): Promise<Reply> {
  const [contacts, interviews] = await Promise.all([ctx.services.contacts.list(me(ctx)), ctx.services.contacts.allInterviews(me(ctx))]);
  const insights = journalInsights(contacts, interviews);
  const blocks: Block[] = [heading('What your interviews add up to')];
  if (insights.interviews === 0) {
    blocks.push(
      text(
        `No interview notes yet. Insights come from what you write after each conversation: \`${commandRef('log', 'interview', { contact: 'Dana Lee', learned: 'portfolio matters more than the degree' })}\`.`,
      ),
    );
  } else {
    blocks.push(context(`From your notes on ${plural(insights.interviews, 'interview')}. Only you can see this.`));
    if (insights.themes.length === 0)
      blocks.push(text('No theme stands out in your notes yet: write what you learned and the advice you got, and themes will show here.'));
    for (const theme of insights.themes) blocks.push(...themeBlocks(theme, insights.interviews));
  }
  if (insights.pendingReferrals.length > 0) blocks.push(text('*Referrals you have not contacted yet*'), bullets(referralLines(insights.pendingReferrals)));
  if (insights.steps.length > 0) blocks.push(text('*Next steps*'), bullets(insights.steps.map(stepLine)));
  return ephemeral(...blocks);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function themeBlocks(theme: ThemeSummary, interviews: number): Block[] {
  const topics = theme.topics.map((topic) => {
    const label = theme.theme === 'organisations' ? userText(topic.label) : topic.label;
    return topic.count > 1 ? `${label} (${topic.count})` : label;
  });
  const line = `*${THEME_LABELS[theme.theme]}*: ${theme.count} of ${plural(interviews, 'interview')}${topics.length === 0 ? '' : `, ${topics.join(', ')}`}`;
  return [text(line), context(`“${userText(theme.quote.text)}” (${userText(theme.quote.contact)})`)];
}

function referralLines(referrals: readonly PendingReferral[]): string[] {
  const lines = referrals.slice(0, REFERRALS_SHOWN).map((referral) => {
    const by = referral.suggestedBy === undefined ? '' : `, suggested by ${userText(referral.suggestedBy)}`;
    return `${userText(referral.name)}${by}: when you write, \`${commandRef('log', 'request', { contact: referral.name })}\``;
  });
  const more = referrals.length - REFERRALS_SHOWN;
  if (more > 0) lines.push(`and ${more} more: \`${commandRef('log', 'list', { stage: 'identified' })}\``);
  return lines;
}

function stepLine(step: NextStep): string {
  switch (step.kind) {
    case 'thank':
      return `Thank ${userText(step.contact)} for their time, then log it: \`${commandRef('log', 'thanked', { contact: step.contact })}\``;
    case 'thank-others':
      return `${plural(step.count, 'other')} ${step.count === 1 ? 'waits' : 'wait'} for a thank-you too: \`${commandRef('log', 'list', { stage: 'interviewed' })}\``;
    case 'contact-referral':
      return `Reach out to ${userText(step.contact)}${step.suggestedBy === undefined ? '' : `, whom ${userText(step.suggestedBy)} suggested`}, then log it: \`${commandRef('log', 'request', { contact: step.contact })}\``;
    case 'ask-about':
      return askAbout(step);
    case 'plan-interview':
      return `${step.interviews === 0 ? 'Plan your first interview' : `You have ${plural(step.interviews, 'interview')} so far; a few more make the patterns clearer. Plan the next one`}: ${planCommand(step.plan, undefined)}`;
  }
}

function askAbout(step: Extract<NextStep, { kind: 'ask-about' }>): string {
  if (step.theme === 'organisations') {
    return `${userText(step.topic)} came up in ${plural(step.count, 'interview')}: ask your next contact about it, or plan questions about it: ${planCommand(step.plan, undefined)}`;
  }
  return `*${step.topic}* came up in ${plural(step.count, 'interview')}: ask your next contact about it: ${planCommand(step.plan, FOCUS[step.theme])}`;
}

/** The `/questions` command that plans for `plan` (the example when the journal names none, said so), with a focus when given. */
function planCommand(plan: PlanTarget | undefined, focus: QuestionCategory | undefined): string {
  const target = plan ?? EXAMPLE_PLAN;
  const command = commandRef('questions', undefined, { kind: target.target, subject: target.subject, focus: focus === undefined ? undefined : [focus] });
  return `\`${command}\`${plan === undefined ? ` (with your own field in place of ${EXAMPLE_PLAN.subject})` : ''}`;
}
