/**
 * The labelled examples the topic classifier learns from: the question bank's own questions,
 * the short training phrasings, the student-style ones, those written along the borders
 * between topics and those in the varied shapes
 * students give a question and in the voices of those who ask.
 */
import { QUESTION_BANK } from '../../questions/bank/index.js';
import { TRAINING_PHRASINGS, type LabelledTopic } from './phrasings.js';
import { BOUNDARY_PHRASINGS } from './phrasings-boundaries.js';
import { SHAPED_PHRASINGS } from './phrasings-shapes.js';
import { VOICED_PHRASINGS } from './phrasings-voices.js';
import { STUDENT_PHRASINGS } from './phrasings-student.js';

/** One labelled example text (bank texts keep their `{subject}` placeholder). */
export interface LabelledText {
  label: LabelledTopic;
  text: string;
}

/** Every labelled example, bank first, in a fixed order (ties between equal scores keep it). */
export function labelledTexts(): LabelledText[] {
  const bank = QUESTION_BANK.map((q) => ({ label: q.category, text: q.text }));
  const own = [TRAINING_PHRASINGS, STUDENT_PHRASINGS, BOUNDARY_PHRASINGS, SHAPED_PHRASINGS, VOICED_PHRASINGS].flatMap((set) =>
    Object.entries(set).flatMap(([label, texts]) => texts.map((text) => ({ label: label as LabelledTopic, text }))),
  );
  return [...bank, ...own];
}
