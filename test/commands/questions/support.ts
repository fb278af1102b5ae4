import { afterEach, beforeEach } from 'vitest';
import { Harness, TEST_TENANT, type HarnessOptions, type Replies } from '../../support/harness.js';
import type { QuestionPlan } from '../../../src/domain/questions/planner.js';
import { unmarked } from '../../../src/core/user-text.js';

/** A fresh harness for each test of the calling suite, closed after it; call the result to get it. */
export function useHarness(options?: HarnessOptions): () => Harness {
  let harness: Harness | undefined;
  beforeEach(async () => {
    harness = await Harness.create(options);
  });
  afterEach(() => harness?.close());
  return () => {
    if (harness === undefined) throw new Error('The harness exists only while a test runs.');
    return harness;
  };
}

/** The items of the first list after the heading with this text, as the reply shows them. */
export function itemsUnder(replies: Replies, headingText: string): readonly string[] {
  const blocks = replies.list.flatMap((reply) => reply.blocks);
  const at = blocks.findIndex((block) => block.type === 'heading' && unmarked(block.text) === headingText);
  const list = blocks.slice(at + 1).find((block) => block.type === 'list');
  if (at < 0 || list?.type !== 'list') throw new Error(`No list under the heading "${headingText}".`);
  return list.items.map(unmarked);
}

/** How many rows a plan table holds, for every student. */
export async function rowCount(harness: Harness, table: 'saved_plans' | 'shown_plans'): Promise<number> {
  const { count } = await harness.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return count;
}

/** The plan the student was shown last, as stored. */
export async function lastPlan(harness: Harness, userId: string): Promise<QuestionPlan> {
  const shown = await harness.services.savedPlans.latestShown({ tenant: TEST_TENANT, userId });
  if (shown === undefined) throw new Error(`${userId} has not been shown a plan.`);
  return shown.plan;
}

/** The text of every question a plan asks or keeps in reserve. */
export function questionTexts(plan: QuestionPlan): string[] {
  return [...plan.mustAsk, ...(plan.shouldAsk ?? []), ...plan.ifTimeAllows].map((question) => question.text);
}
