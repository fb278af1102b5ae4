import { commandRef } from '../../src/core/command-ref.js';
import type { Action } from '../../src/core/command.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, badInput, notFound } from '../../src/core/errors.js';
import { choiceOption, textOption } from '../../src/core/options.js';
import { actionRef, actions, button, context, ephemeral, heading, numbered, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import { findCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';
import { COHORT, COHORT_ACTIONS } from './refs.js';
import { userText } from '../../src/core/user-text.js';
import { questionChecker } from '../questions/question-checker.js';

/** Adds a question after the checker: refused when it is one to avoid, added with a better wording offered when it could improve. */
async function addQuestion(ctx: CommandContext, cohort: Cohort, question: string): Promise<Reply> {
  const check = (await questionChecker()).checkQuestion(question);
  if (check.verdict === 'avoid') {
    throw badInput(
      `Not added: students should not ask "${check.question}". ${check.reason}`,
      `Try instead: "${check.rewrite ?? ''}"`,
      commandRef(COHORT, 'questions', { action: 'add', question: check.rewrite ?? '' }),
    );
  }
  const added = await ctx.services.cohorts.questions.add(ctx.actor.tenant, cohort.id, check.question, ctx.actor.userId, ctx.clock.now());
  const saved = text(
    `✅ Added to the questions of *${userText(cohort.name)}* (#${added.number}): "${userText(added.question)}". Members' plans from ${commandRef('questions')} now include it, marked as suggested by their advisor.`,
  );
  if (check.verdict === 'good' || check.rewrite === undefined) return ephemeral(saved);
  return ephemeral(
    saved,
    text(`✏️ It could be better: ${check.reason}\n*Try instead:* "${check.rewrite}"`),
    actions(button('Use the suggested wording', actionRef(COHORT, COHORT_ACTIONS.useRewrite, `${cohort.id}:${added.id}`), 'primary')),
  );
}

/** The cohort's questions, numbered. */
async function listQuestions(ctx: CommandContext, cohort: Cohort): Promise<Reply> {
  const questions = await ctx.services.cohorts.questions.list(ctx.actor.tenant, cohort.id);
  if (questions.length === 0)
    return ephemeral(
      text(
        `*${userText(cohort.name)}* has no questions of its own yet. Add one with ${commandRef(COHORT, 'questions', { action: 'add', question: 'How did you get started?' })}.`,
      ),
    );
  return ephemeral(
    heading(`${userText(cohort.name)}: questions for every plan`),
    numbered(questions.map((entry) => userText(entry.question))),
    context(`Remove one with ${commandRef(COHORT, 'questions', { action: 'remove', question: '2' })}.`),
  );
}

/** Removes a question by its number. */
async function removeQuestion(ctx: CommandContext, cohort: Cohort, typed: string): Promise<Reply> {
  const { questions } = ctx.services.cohorts;
  const found = (await questions.list(ctx.actor.tenant, cohort.id)).find((entry) => String(entry.number) === typed.trim());
  if (found === undefined)
    throw notFound(
      `*${cohort.name}* has no question #${typed}.`,
      `${commandRef(COHORT, 'questions', { action: 'list' })} shows their numbers.`,
      commandRef(COHORT, 'questions', { action: 'list' }),
    );
  await questions.remove(ctx.actor.tenant, cohort.id, found.id);
  return ephemeral(text(`🗑️ Removed question #${found.number}: "${userText(found.question)}".`));
}

/** `/cohort questions add|list|remove`: the cohort's own questions, merged into members' plans. */
export const questionsSubcommand = defineSubcommand({
  description: "Advisors: questions every member's plan includes (add, list, remove)",
  examples: ['/cohort questions add How did your first year in the role surprise you?', '/cohort questions list', '/cohort questions remove 2'],
  role: 'advisor',
  options: {
    action: choiceOption(['add', 'list', 'remove'] as const, {
      description: 'add a question, list them, or remove one by number',
      positional: true,
      example: 'add',
    }),
    question: textOption({
      description: 'The question to add, or the number to remove',
      positional: true,
      rest: true,
      required: false,
      maxLength: 300,
      example: 'How did your first year surprise you?',
    }),
    cohort: cohortFlag,
  },
  run: async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    if (args.action === 'list') return listQuestions(ctx, cohort);
    if (args.question === undefined)
      throw badInput(
        args.action === 'add' ? 'Write the question to add.' : 'Say which question to remove, by its number.',
        args.action === 'add'
          ? 'Put it after the word add.'
          : `Put its number after the word remove; ${commandRef(COHORT, 'questions', { action: 'list' })} shows the numbers.`,
        commandRef(COHORT, 'questions', args.action === 'add' ? { action: 'add', question: 'How did you get started?' } : { action: 'remove', question: '2' }),
      );
    return args.action === 'add' ? addQuestion(ctx, cohort, args.question) : removeQuestion(ctx, cohort, args.question);
  },
});

/** "Use the suggested wording": replaces a just-added question with the checker's rewrite. */
export const useRewriteAction: Action = {
  role: 'advisor',
  run: async (ctx, input) => {
    const [cohortId = '', questionId = ''] = (input.payload ?? '').split(':');
    const { questions } = ctx.services.cohorts;
    const current = (await questions.list(ctx.actor.tenant, cohortId)).find((entry) => entry.id === questionId);
    const rewrite = current === undefined ? undefined : (await questionChecker()).checkQuestion(current.question).rewrite;
    if (current === undefined || rewrite === undefined)
      throw new UserError(
        'not-found',
        'That question was removed or already changed.',
        `${commandRef(COHORT, 'questions', { action: 'list' })} shows the current ones.`,
      );
    await questions.replace(ctx.actor.tenant, cohortId, questionId, rewrite);
    return ephemeral(text(`✅ Question #${current.number} now reads: "${rewrite}".`));
  },
};
