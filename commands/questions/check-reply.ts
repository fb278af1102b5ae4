import { ephemeral, heading, numbered, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import type { CheckSummary, QuestionCheck, Verdict } from '../../src/domain/questions/checker.js';
import { userText } from '../../src/core/user-text.js';

/** A mark before each verdict word, so the verdict stands out at a glance. */
const VERDICT_MARKS: Readonly<Record<Verdict, string>> = { good: '✅', improve: '✏️', avoid: '⛔' };

/** One verdict: the word, the question, the reason on the next line and, for improve and avoid, a better question. */
function verdictText(check: QuestionCheck): string {
  const lines = [`${VERDICT_MARKS[check.verdict]} *${check.verdict}*: "${userText(check.question)}"`, check.reason];
  if (check.rewrite !== undefined) lines.push(`*Try instead:* "${userText(check.rewrite)}"`);
  return lines.join('\n');
}

/**
 * The checker's answer: one question's verdict on its own, or several numbered with the
 * summary after them.
 */
export function checkReply(summary: CheckSummary): Reply {
  const [only, ...others] = summary.results;
  if (only !== undefined && others.length === 0) return ephemeral(text(verdictText(only)));
  return ephemeral(heading('Your questions, checked'), numbered(summary.results.map(verdictText)), text(summary.summary));
}
