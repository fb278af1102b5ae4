import type { BankQuestion, QuestionCategory, Sensitivity } from '../question-types.js';

/** A bank entry as written in a category file; the category comes from the file. */
export interface QuestionSpec {
  id: string;
  text: string;
  targets: BankQuestion['targets'];
  tier: BankQuestion['tier'];
  minutes: number;
  probes: readonly string[];
  /** Defaults to `none`. */
  sensitivity?: Sensitivity;
}

/** Turns the specs of one category file into bank questions. */
export function defineCategory(category: QuestionCategory, specs: readonly QuestionSpec[]): readonly BankQuestion[] {
  return specs.map((spec) => ({ ...spec, category, sensitivity: spec.sensitivity ?? 'none' }));
}
