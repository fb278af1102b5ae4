import { QUESTION_BANK } from './bank/index.js';
import type { PlannedQuestion } from './plan-types.js';
import { fillSubject } from './subject.js';
import { comparisonKey, tidyText } from './text.js';

/** Time counted for each advisor question. */
const ADVISOR_MINUTES = 2;

/**
 * Turns an advisor's questions into planned ones: tidied, `{subject}` filled, empty and
 * repeated ones dropped, as are any whose text is already in `used` (which receives the
 * new keys, so the matching bank question cannot appear as well). An advisor question that
 * matches a bank question borrows its category and probes; others are filed under `advice`.
 */
export function planAdvisorQuestions(texts: readonly string[], subject: string, used: Set<string>): PlannedQuestion[] {
  const planned: PlannedQuestion[] = [];
  for (const raw of texts) {
    const text = fillSubject(tidyText(raw), subject);
    const key = comparisonKey(text);
    if (key === '' || used.has(key)) continue;
    used.add(key);
    const twin = QUESTION_BANK.find((question) => comparisonKey(fillSubject(question.text, subject)) === key);
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
