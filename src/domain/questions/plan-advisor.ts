import { QUESTION_BANK } from './bank/index.js';
import type { PlannedQuestion } from './plan-types.js';
import { fillSubject } from './subject.js';
import { comparisonKey, tidyText } from './question-text.js';
import type { BankQuestion } from './question-types.js';

/** Time counted for each advisor question. */
const ADVISOR_MINUTES = 2;

/** Every bank question by the comparison key of its text with `subject` filled in (the first in bank order for a shared key). */
function bankByKey(subject: string): Map<string, BankQuestion> {
  const byKey = new Map<string, BankQuestion>();
  for (const question of QUESTION_BANK) {
    const key = comparisonKey(fillSubject(question.text, subject));
    if (!byKey.has(key)) byKey.set(key, question);
  }
  return byKey;
}

/**
 * Turns an advisor's questions into planned ones: tidied, `{subject}` filled, empty and
 * repeated ones dropped, as are any whose text is already in `used` (which receives the
 * new keys, so the matching bank question cannot appear as well). An advisor question that
 * matches a bank question borrows its category and probes; others are filed under `advice`.
 */
export function planAdvisorQuestions(texts: readonly string[], subject: string, used: Set<string>): PlannedQuestion[] {
  const planned: PlannedQuestion[] = [];
  let bank: Map<string, BankQuestion> | undefined;
  for (const raw of texts) {
    const text = fillSubject(tidyText(raw), subject);
    const key = comparisonKey(text);
    if (key === '' || used.has(key)) continue;
    used.add(key);
    bank ??= bankByKey(subject);
    const twin = bank.get(key);
    planned.push({
      id: `advisor-${planned.length + 1}`,
      text,
      category: twin?.category ?? 'advice',
      tier: 'must',
      minutes: ADVISOR_MINUTES,
      probes: twin?.probes.map((probe) => fillSubject(probe, subject)) ?? [],
      source: 'advisor',
    });
  }
  return planned;
}
