import { commandRef, optionRef } from '../../src/core/command-ref.js';
import type { Action, Replies } from '../../src/core/command.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, badInput, notFound } from '../../src/core/errors.js';
import { repeatableTextOption, textOption } from '../../src/core/options.js';
import { actionRef, actions, bullets, button, context, ephemeral, formReply, text } from '../../src/core/reply-builders.js';
import type { Block, Form } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import { MAX_ANSWER, MAX_PROMPTS, describeProgress } from '../../src/domain/cohorts/assignment-progress.js';
import type { Assignment } from '../../src/domain/cohorts/assignment-repository.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import type { Contact, Interview } from '../../src/domain/journal/contact-repository.js';
import { settleOwnAssignmentNudges } from '../cohort/assignment-nudges.js';
import { MAX_TITLE } from '../cohort/assignment-options.js';
import { dueWords, ownStandings } from '../cohort/assignment-standing.js';
import { atomic } from '../shared/atomic.js';
import { findContact, me } from './contact-lookup.js';
import { requiredContact } from './contact-options.js';

/** An open assignment of one of the student's cohorts. */
interface OpenAssignment {
  readonly cohort: Cohort;
  readonly assignment: Assignment;
}

const REFLECT_EXAMPLE = '/log reflect "Dana Lee" --answer "How much the team writes" --answer "Ask Sam for a portfolio review"';
/** {@link REFLECT_EXAMPLE} as a command token, for error messages. */
const REFLECT_EXAMPLE_REF = commandRef('log', 'reflect', { contact: 'Dana Lee', answer: ['How much the team writes', 'Ask Sam for a portfolio review'] });

/** The form field of the `index`th (from 0) prompt's answer. */
const answerField = (index: number) => `answer${index + 1}`;

/** Who reads a reflection, said plainly wherever a student is asked for one. */
function readersNote(cohort: Cohort): string {
  return `Your advisors in ${userText(cohort.name)} will read this reflection; nobody else sees it.`;
}

/** The open assignments of the student's cohorts, soonest due first. */
async function openAssignments(ctx: CommandContext): Promise<OpenAssignment[]> {
  const found: OpenAssignment[] = [];
  for (const cohort of await ctx.services.cohorts.cohorts.cohortsOf(ctx.actor.tenant, ctx.actor.userId)) {
    for (const assignment of await ctx.services.cohorts.assignments.ofCohort(cohort.tenant, cohort.id, false)) found.push({ cohort, assignment });
  }
  return found.sort((a, b) => a.assignment.dueAt.getTime() - b.assignment.dueAt.getTime());
}

/** The assignment a typed reflection is for: the one named, or the only open one. */
async function chosenAssignment(ctx: CommandContext, title: string | undefined, contact: Contact): Promise<OpenAssignment> {
  const open = await openAssignments(ctx);
  if (open.length === 0)
    throw notFound(
      'None of your cohorts has an open assignment asking for reflections.',
      `Your advisor sets them; ${commandRef('cohort', 'me')} shows yours.`,
      commandRef('cohort', 'me'),
    );
  const named = title === undefined ? open : open.filter(({ assignment }) => assignment.title.trim().toLowerCase() === title.trim().toLowerCase());
  const [only, ...others] = named;
  if (only !== undefined && others.length === 0) return only;
  const titles = open.map(({ assignment }) => `"${assignment.title}"`).join(', ');
  throw badInput(
    title === undefined ? 'Which assignment is this reflection for?' : `None of your open assignments is called "${title}".`,
    `Name it with ${optionRef('log', 'reflect', 'assignment')}: ${titles}.`,
    commandRef('log', 'reflect', { contact: contact.name, assignment: open[0]?.assignment.title ?? 'Explore a career' }),
  );
}

/** The student's latest interview with the contact; a clear message when there is none. */
async function latestInterview(ctx: CommandContext, contact: Contact): Promise<Interview> {
  const latest = (await ctx.services.contacts.interviews(me(ctx), contact.id)).at(-1);
  if (latest === undefined)
    throw notFound(
      `You have not logged an interview with ${contact.name} yet.`,
      'Log it first; then you can reflect on it.',
      commandRef('log', 'interview', { contact: contact.name, learned: 'what you learned' }),
    );
  return latest;
}

/** The reflection form: one long answer per prompt, prefilled with earlier answers about the same interview. */
function reflectionForm(assignment: Assignment, interviewId: string, contactName: string, earlier: readonly string[]): Form {
  return {
    title: `Reflect: ${contactName}`,
    submitLabel: 'Submit',
    fields: assignment.prompts.map((prompt, index) => ({
      name: answerField(index),
      label: prompt,
      ...(index === 0 ? { hint: 'Your advisors will read this reflection.' } : {}),
      required: true,
      multiline: true,
      maxLength: MAX_ANSWER,
      ...(earlier[index] === undefined ? {} : { initialValue: earlier[index] }),
    })),
    submit: actionRef('log', 'reflect-submit', `${assignment.id}.${interviewId}`),
  };
}

/** Opens the form, saying what it is for and who reads it. */
async function formFor(ctx: CommandContext, { cohort, assignment }: OpenAssignment, interview: Interview, contactName: string): Promise<Replies> {
  const earlier = (await ctx.services.cohorts.assignments.reflections(cohort.tenant, cohort.id, ctx.actor.userId)).find(
    (reflection) => reflection.assignmentId === assignment.id && reflection.interviewId === interview.id,
  );
  return formReply(
    reflectionForm(assignment, interview.id, contactName, earlier?.answers ?? []),
    text(`📓 Your reflection on the interview with *${userText(contactName)}* for *${userText(assignment.title)}*:`),
    bullets(assignment.prompts.map(userText)),
    context(readersNote(cohort)),
  );
}

/** Checks the answers and stores them; the student's progress and who reads it in reply. */
async function saveReflection(
  ctx: CommandContext,
  { cohort, assignment }: OpenAssignment,
  interview: Interview,
  contactName: string,
  answers: readonly string[],
  example: string,
): Promise<Replies> {
  const missing = assignment.prompts.findIndex((_, index) => (answers[index] ?? '').trim() === '');
  if (answers.length > assignment.prompts.length || missing >= 0) {
    const field = answerField(missing >= 0 ? missing : assignment.prompts.length);
    throw new UserError(
      'bad-input',
      `"${assignment.title}" has ${assignment.prompts.length} prompt${assignment.prompts.length === 1 ? '' : 's'}: give one answer to each, in order.`,
      `The prompts: ${assignment.prompts.map((prompt) => `"${prompt}"`).join(', ')}.`,
      example,
      field,
    );
  }
  const long = answers.findIndex((answer) => answer.trim().length > MAX_ANSWER);
  if (long >= 0) {
    throw new UserError(
      'bad-input',
      `Your answer to "${assignment.prompts[long] ?? ''}" is ${answers[long]?.trim().length ?? 0} characters long; the limit is ${MAX_ANSWER}.`,
      'Keep what matters most; your full notes stay in your journal.',
      example,
      answerField(long),
    );
  }
  const saved = await ctx.services.cohorts.assignments.reflect(
    me(ctx),
    assignment.id,
    interview.id,
    answers.map((answer) => answer.trim()),
    ctx.clock.now(),
  );
  await settleOwnAssignmentNudges(ctx);
  const standing = (await ownStandings(ctx, cohort)).find((candidate) => candidate.assignment.id === assignment.id);
  const late = saved.submittedAt.getTime() > assignment.dueAt.getTime();
  return ephemeral(
    text(
      `📓 Saved your reflection on *${userText(contactName)}* for *${userText(assignment.title)}*.${late ? ` It came after the due date (${dueWords(assignment, cohort.digest.zone)}): it still counts, marked late.` : ''}`,
    ),
    ...(standing === undefined ? [] : [text(`Your progress: ${describeProgress(standing.progress)}.`)]),
    context(readersNote(cohort)),
  );
}

/** An assignment and interview named by a button's payload (`assignmentId.interviewId`), only if both are the student's to reflect on. */
async function pressedTarget(ctx: CommandContext, payload: string | undefined): Promise<{ open: OpenAssignment; interview: Interview; contactName: string }> {
  const [assignmentId = '', interviewId = ''] = (payload ?? '').split('.');
  const open = (await openAssignments(ctx)).find(({ assignment }) => assignment.id === assignmentId);
  const interview = (await ctx.services.contacts.allInterviews(me(ctx))).find((candidate) => candidate.id === interviewId);
  const contact = interview === undefined ? undefined : await ctx.services.contacts.findById(me(ctx), interview.contactId);
  if (open === undefined || interview === undefined || contact === undefined) {
    throw new UserError(
      'not-found',
      'That assignment is closed, or the interview is no longer in your journal.',
      `${commandRef('cohort', 'me')} shows your open assignments.`,
    );
  }
  return { open, interview, contactName: contact.name };
}

/** `/log reflect <contact>`: answers an assignment's prompts about your latest interview with someone (no answers opens the form). */
export const reflectSubcommand = defineSubcommand({
  description: "Reflect on an interview for your cohort's assignment (your advisors read it)",
  examples: ['/log reflect "Dana Lee"', REFLECT_EXAMPLE],
  options: {
    contact: requiredContact,
    answer: repeatableTextOption({
      description: `Your answer to the next prompt, up to ${MAX_ANSWER} characters`,
      maxLength: MAX_ANSWER,
      maxCount: MAX_PROMPTS,
      example: '"How much the team writes"',
    }),
    assignment: textOption({ description: 'Which assignment, when you have several', required: false, maxLength: MAX_TITLE, example: '"Explore a career"' }),
  },
  run: atomic(async (ctx, args) => {
    const contact = await findContact(ctx, args.contact);
    const target = await chosenAssignment(ctx, args.assignment, contact);
    const interview = await latestInterview(ctx, contact);
    return args.answer.length === 0
      ? formFor(ctx, target, interview, contact.name)
      : saveReflection(ctx, target, interview, contact.name, args.answer, REFLECT_EXAMPLE_REF);
  }),
});

/** The buttons and form of reflections. */
export const reflectActions: Readonly<Record<string, Action>> = {
  'reflect-form': {
    run: async (ctx, input) => {
      const { open, interview, contactName } = await pressedTarget(ctx, input.payload);
      return formFor(ctx, open, interview, contactName);
    },
  },
  'reflect-submit': {
    run: atomic(async (ctx, input) => {
      const { open, interview, contactName } = await pressedTarget(ctx, input.payload);
      const answers = open.assignment.prompts.map((_, index) => input.values[answerField(index)] ?? '');
      return saveReflection(ctx, open, interview, contactName, answers, commandRef('log', 'reflect', { contact: contactName }));
    }),
  },
};

/**
 * What follows a logged interview for a student whose cohort has an open assignment: an offer
 * to reflect on it now, saying plainly that their advisors will read it.
 */
export async function reflectionOffer(ctx: CommandContext, interview: Interview): Promise<Block[]> {
  const open = await openAssignments(ctx);
  if (open.length === 0) return [];
  const notes = open.map(({ cohort }) => readersNote(cohort)).filter((note, index, all) => all.indexOf(note) === index);
  return [
    text(`📓 ${open.length === 1 ? 'Your assignment asks' : 'Your assignments ask'} for a reflection on each interview. ${notes.join(' ')}`),
    bullets(
      open.map(
        ({ assignment, cohort }) =>
          `*${userText(assignment.title)}* (due ${dueWords(assignment, cohort.digest.zone)}): ${assignment.prompts.map((prompt) => `"${userText(prompt)}"`).join(', ')}`,
      ),
    ),
    actions(
      ...open
        .slice(0, 3)
        .map(({ assignment }) =>
          button(`Reflect for ${userText(assignment.title)}`, actionRef('log', 'reflect-form', `${assignment.id}.${interview.id}`), 'primary'),
        ),
    ),
  ];
}
