import { commandRef } from '../../src/core/command-ref.js';
import { defineSubcommand, type Action } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { badInput } from '../../src/core/errors.js';
import { integerOption, textOption } from '../../src/core/options.js';
import { actionRef, actions, button, context, ephemeral, heading, numbered, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import type { PlannedQuestion, QuestionPlan } from '../../src/domain/questions/plan-types.js';
import type { SavedPlan } from '../../src/domain/questions/saved-plan-repository.js';
import { UNDO_MINUTES, rememberUndo, undoButton } from '../shared/undoable-change.js';
import { savedPlanById, savedPlanByNumber, suggestSavedPlans } from './plan-lookup.js';
import { QUESTIONS } from './refs.js';
import { userText } from '../../src/core/user-text.js';

/** The actions of this file's buttons (registered on /questions). */
export const EDIT_ACTIONS = { deleteConfirm: 'delete-saved', keep: 'keep-saved' } as const;

/** Minutes given to a question the student adds: an open question with a follow-up or two. */
const OWN_QUESTION_MINUTES = 2;

const planNumber = integerOption({
  description: 'The number of a saved plan (see /questions mine)',
  positional: true,
  required: true,
  min: 1,
  max: 9999,
  example: '1',
  suggest: suggestSavedPlans,
});

/** The questions of a plan in the order they are numbered for editing: the ones to ask, then the spares. */
function numberedQuestions(plan: QuestionPlan): PlannedQuestion[] {
  return [...plan.mustAsk, ...plan.ifTimeAllows];
}

/** A saved plan's questions, numbered as `remove` takes them, with an Undo button for the change just made. */
function editedReply(saved: SavedPlan, plan: QuestionPlan, subject: string, what: string): Reply {
  return ephemeral(
    text(`✏️ ${what}`),
    heading(`Plan ${saved.number}: ${userText(subject)}`),
    numbered(numberedQuestions(plan).map((question) => userText(question.text))),
    context(
      `\`${commandRef('questions', 'export', { number: saved.number })}\` prints it as a script; \`${commandRef('questions', 'remove', { number: saved.number, question: 2 })}\` takes out question 2.`,
    ),
    actions(undoButton()),
  );
}

/** Saves the edit and keeps the plan as it was, for an undo. */
async function saveEdit(ctx: CommandContext, saved: SavedPlan, subject: string, plan: QuestionPlan, what: string): Promise<Reply> {
  await ctx.services.savedPlans.updateSaved(ctx.actor, saved.id, subject, plan);
  await rememberUndo(ctx, `your change to plan ${saved.number}`, {
    kind: 'plan-changed',
    planId: saved.id,
    subject: saved.subject,
    plan: JSON.stringify(saved.plan),
  });
  return editedReply(saved, plan, subject, what);
}

/** `/questions rename <number> <name...>`: a new name for a saved plan. */
export const renameSubcommand = defineSubcommand({
  description: 'Give a saved plan a new name',
  examples: ['/questions rename 1 UX research at SickKids'],
  options: {
    number: planNumber,
    name: textOption({ description: 'The new name', positional: true, rest: true, maxLength: 100, example: '"UX research at SickKids"' }),
  },
  run: async (ctx, args) => {
    const saved = await savedPlanByNumber(ctx, args.number);
    return saveEdit(ctx, saved, args.name, { ...saved.plan, subject: args.name }, `Plan ${saved.number} is now called “${userText(args.name)}”.`);
  },
});

/** `/questions add <number> <question...>`: the student's own question, asked after the planned ones. */
export const addSubcommand = defineSubcommand({
  description: 'Add your own question to a saved plan',
  examples: ['/questions add 1 How did you find your first placement?'],
  options: {
    number: planNumber,
    question: textOption({ description: 'Your question', positional: true, rest: true, maxLength: 300, example: 'How did you find your first placement?' }),
  },
  run: async (ctx, args) => {
    const saved = await savedPlanByNumber(ctx, args.number);
    const own: PlannedQuestion = {
      id: `own-${ctx.clock.now().getTime().toString(36)}`,
      text: args.question,
      category: 'advice',
      tier: 'must',
      minutes: OWN_QUESTION_MINUTES,
      probes: [],
      source: 'own',
    };
    const plan = { ...saved.plan, mustAsk: [...saved.plan.mustAsk, own], estimatedMinutes: saved.plan.estimatedMinutes + OWN_QUESTION_MINUTES };
    return saveEdit(
      ctx,
      saved,
      saved.subject,
      plan,
      `Added your question to plan ${saved.number}, after the planned ones (about ${OWN_QUESTION_MINUTES} more minutes).`,
    );
  },
});

/** `/questions remove <number> <question>`: takes one question out of a saved plan. */
export const removeSubcommand = defineSubcommand({
  description: 'Take a question out of a saved plan, by its number in the plan',
  examples: ['/questions remove 1 3'],
  options: {
    number: planNumber,
    question: integerOption({ description: "The question's number in the plan", positional: true, required: true, min: 1, max: 99, example: '3' }),
  },
  run: async (ctx, args) => {
    const saved = await savedPlanByNumber(ctx, args.number);
    const questions = numberedQuestions(saved.plan);
    const gone = questions[args.question - 1];
    if (gone === undefined)
      throw badInput(
        `Plan ${saved.number} has ${questions.length} questions, so there is no question ${args.question}.`,
        'Count them in the plan, or list it again.',
        commandRef('questions', 'remove', { number: saved.number, question: questions.length }),
      );
    const wasAsked = saved.plan.mustAsk.includes(gone);
    const plan = {
      ...saved.plan,
      mustAsk: saved.plan.mustAsk.filter((question) => question !== gone),
      ifTimeAllows: saved.plan.ifTimeAllows.filter((question) => question !== gone),
      estimatedMinutes: saved.plan.estimatedMinutes - (wasAsked ? gone.minutes : 0),
    };
    return saveEdit(ctx, saved, saved.subject, plan, `Took out “${userText(gone.text)}”.`);
  },
});

/** `/questions delete <number>`: asks first; nothing is deleted until the student confirms. */
export const deleteSubcommand = defineSubcommand({
  description: 'Delete a saved plan, after you confirm',
  examples: ['/questions delete 1'],
  options: { number: planNumber },
  run: async (ctx, args) => {
    const saved = await savedPlanByNumber(ctx, args.number);
    return ephemeral(
      text(`Delete saved plan ${saved.number}, *${userText(saved.subject)}*? You can undo it for ${UNDO_MINUTES} minutes.`),
      actions(
        button(`Yes, delete plan ${saved.number}`, actionRef(QUESTIONS, EDIT_ACTIONS.deleteConfirm, saved.id), 'danger'),
        button('Keep it', actionRef(QUESTIONS, EDIT_ACTIONS.keep)),
      ),
    );
  },
});

/** The buttons of `/questions delete`. */
export const savedPlanEditActions: Readonly<Record<string, Action>> = {
  [EDIT_ACTIONS.deleteConfirm]: {
    run: async (ctx, input) => {
      const saved = await savedPlanById(ctx, input.payload);
      const deleted = await ctx.services.savedPlans.deleteSavedRestorably(ctx.actor, saved.id);
      if (deleted !== undefined)
        await rememberUndo(ctx, `deleting plan ${saved.number}, ${userText(saved.subject)}`, { kind: 'plan-deleted', deleted: JSON.stringify(deleted) });
      return ephemeral(text(`🗑️ Deleted saved plan ${saved.number}, ${userText(saved.subject)}.`), actions(undoButton()));
    },
  },
  [EDIT_ACTIONS.keep]: { run: () => ephemeral(text('Okay, the plan stays as it is.')) },
};
