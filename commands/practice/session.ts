import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, badInput, notFound } from '../../src/core/errors.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import type { CallBranchChoice } from '../../src/domain/practice/call/branch.js';
import { normalizeField, validateStudentText } from '../../src/domain/practice/input.js';
import type { Difficulty, ScenarioId } from '../../src/domain/practice/rehearsal-types.js';
import type { Rehearsal } from '../../src/domain/practice/rehearsal-repository.js';
import { loadPreparation } from './preparation-loader.js';
import { rehearsalEngine } from './rehearsal-engine.js';
import { PRACTICE } from './refs.js';
import { alreadyActiveReply, openingReplies, stepReplies, stoppedReply } from './rehearsal-reply.js';

/** What a student asked to rehearse. */
export interface PracticeRequest {
  readonly scenario: ScenarioId;
  readonly difficulty: Difficulty;
  /** The persona to play; by default the rehearsal's seed picks one. */
  readonly personaId?: string;
  /** The field of an interview rehearsal. */
  readonly field?: string;
  /** A first message given with the command (an email or thank-you draft). */
  readonly draft?: string;
  /** How a call should go, or `random`. */
  readonly branch?: CallBranchChoice;
}

/**
 * Starts a rehearsal with a fresh seed and stores it, or says which rehearsal is in the way.
 * A draft that cannot be taken is refused before anything is stored.
 */
export async function startPractice(ctx: CommandContext, request: PracticeRequest): Promise<Reply[]> {
  const draft = request.draft === undefined ? undefined : studentText(request.draft);
  const preparation = request.personaId === undefined ? await loadPreparation(ctx, request.scenario) : {};
  if (request.scenario === 'interview' && request.field === undefined && preparation.subject === undefined) throw missingField();
  const output = (await rehearsalEngine()).startRehearsal({ ...request, draft, preparation, seed: ctx.services.seeds() });
  const outcome = await ctx.services.rehearsals.start(ctx.actor, output, ctx.clock.now());
  if (outcome.kind === 'already-active') return [alreadyActiveReply(outcome.rehearsal)];
  return openingReplies(ctx, outcome.rehearsal, output);
}

/** Takes the student's next message in their active rehearsal: the other side answers, and at the end the scorecard comes. */
export async function continuePractice(ctx: CommandContext, rehearsal: Rehearsal, message: string): Promise<Reply[]> {
  const output = (await rehearsalEngine()).continueRehearsal(rehearsal.state, studentText(message));
  if (!(await ctx.services.rehearsals.advance(ctx.actor, rehearsal, output, ctx.clock.now()))) {
    throw new UserError('conflict', 'Your previous message was still being answered, so I did not take this one.', 'Send it again.');
  }
  return stepReplies(rehearsal, output);
}

/** Stops the student's active rehearsal without scoring it; with an id (from a button), only that one. */
export async function stopPractice(ctx: CommandContext, id?: string): Promise<Reply> {
  const stopped = await ctx.services.rehearsals.stop(ctx.actor, ctx.clock.now(), id);
  if (stopped !== undefined) return stoppedReply(stopped);
  if (id === undefined) return ephemeral(text(`You have no rehearsal going. ${commandRef(PRACTICE)} shows the scenarios.`));
  throw new UserError('conflict', 'That rehearsal is not yours, or it has already ended.', `${commandRef(PRACTICE, 'history')} shows your scores.`);
}

/** The rehearsal a button names, only if it belongs to whoever pressed it. */
export async function pressedRehearsal(ctx: CommandContext, id: string | undefined): Promise<Rehearsal> {
  const rehearsal = id === undefined ? undefined : await ctx.services.rehearsals.findById(ctx.actor, id);
  if (rehearsal === undefined)
    throw notFound('That rehearsal is not yours, or it no longer exists.', `${commandRef(PRACTICE)} shows the scenarios you can start.`);
  return rehearsal;
}

/**
 * The field of an interview rehearsal, cleaned; refused when typed but nothing usable is left.
 * Left out, it comes from the student's saved plan.
 */
export function interviewField(typed: string | undefined): string | undefined {
  if (typed === undefined) return undefined;
  const field = normalizeField(typed);
  if (field === undefined) throw missingField();
  return field;
}

function missingField(): UserError {
  return badInput(
    'Name the field in words, or save a question plan first and its subject is used.',
    'For example nursing, UX research or public policy.',
    `/${PRACTICE} interview nursing`,
  );
}

/** A student's message as the rehearsal takes it; refused (and nothing stored) when empty or over the length limit. */
function studentText(message: string): string {
  const checked = validateStudentText(message);
  if (!checked.ok) throw badInput(checked.message);
  return checked.text;
}
