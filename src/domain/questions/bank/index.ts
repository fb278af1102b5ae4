import type { BankQuestion } from '../question-types.js';
import { ADVICE_QUESTIONS } from './advice.js';
import { CLOSING_QUESTIONS } from './closing.js';
import { CONDITIONS_QUESTIONS } from './conditions.js';
import { CULTURE_QUESTIONS } from './culture.js';
import { DAY_TO_DAY_QUESTIONS } from './day-to-day.js';
import { EDUCATION_QUESTIONS } from './education.js';
import { ENTRY_QUESTIONS } from './entry.js';
import { OPENING_QUESTIONS } from './opening.js';
import { PATH_QUESTIONS } from './path.js';
import { RESOURCES_QUESTIONS } from './resources.js';
import { REWARDS_QUESTIONS } from './rewards.js';
import { SKILLS_QUESTIONS } from './skills.js';
import { TRENDS_QUESTIONS } from './trends.js';

/** Every question in the bank, in category order. Texts use the `{subject}` placeholder. */
export const QUESTION_BANK: readonly BankQuestion[] = [
  ...OPENING_QUESTIONS,
  ...PATH_QUESTIONS,
  ...DAY_TO_DAY_QUESTIONS,
  ...SKILLS_QUESTIONS,
  ...CONDITIONS_QUESTIONS,
  ...REWARDS_QUESTIONS,
  ...ENTRY_QUESTIONS,
  ...TRENDS_QUESTIONS,
  ...CULTURE_QUESTIONS,
  ...EDUCATION_QUESTIONS,
  ...ADVICE_QUESTIONS,
  ...RESOURCES_QUESTIONS,
  ...CLOSING_QUESTIONS,
];
