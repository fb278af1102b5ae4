import type { CommandContext } from '../../src/core/context.js';
import { tenantKey } from '../../src/core/identity.js';
import type { PlanRequest } from '../../src/domain/questions/planner.js';
import { comparisonKey } from '../../src/domain/questions/question-text.js';
import type { QuestionCategory, TargetType } from '../../src/domain/questions/question-types.js';

/** What the student typed to get a plan. */
export interface PlanAsk {
  readonly target: TargetType;
  readonly subject: string;
  readonly minutes: number;
  readonly focus: readonly QuestionCategory[];
  /** How many questions the student asked for, when they said. */
  readonly questions?: number;
}

/**
 * The planner's request for what the student asked, personalised: seeded by the student and
 * the subject (the same student asking about the same subject gets the same plan; another
 * student gets a different one), with the questions they already had answered and their
 * advisor's questions from the two sources in Services.
 */
export async function planRequestFor(ctx: CommandContext, ask: PlanAsk): Promise<PlanRequest> {
  const [answered, advisor] = await Promise.all([
    ctx.services.answeredQuestions.answeredQuestionIds(ctx.actor, ask.target, ask.subject),
    ctx.services.advisorQuestions.advisorQuestionsFor(ctx.actor),
  ]);
  return {
    ...ask,
    seed: `${tenantKey(ctx.actor.tenant)}|${ctx.actor.userId}|${comparisonKey(ask.subject)}`,
    ...(answered.size === 0 ? {} : { answeredQuestionIds: answered }),
    ...(advisor.length === 0 ? {} : { advisorQuestions: advisor }),
  };
}
