import type { Command } from '../src/core/command.js';
import { cohortCommand } from './cohort/index.js';
import { helpCommand } from './help/index.js';
import { logCommand } from './log/index.js';
import { practiceCommand } from './practice/index.js';
import { privacyCommand } from './privacy/index.js';
import { remindCommand } from './remind/index.js';
import { questionsCommand } from './questions/index.js';
import { undoCommand } from './undo/index.js';

/** Every command Rapport has, in the order /help lists them. An explicit list: no scanning, no side effects. */
export const COMMANDS: readonly Command[] = [
  questionsCommand,
  practiceCommand,
  logCommand,
  remindCommand,
  undoCommand,
  cohortCommand,
  privacyCommand,
  helpCommand,
];
