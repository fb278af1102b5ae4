import type { Command } from '../src/core/command.js';
import { helpCommand } from './help.js';
import { logCommand } from './log/index.js';
import { remindCommand } from './remind/index.js';

/** Every command Rapport has, in the order /help lists them. An explicit list: no scanning, no side effects. */
export const COMMANDS: readonly Command[] = [logCommand, remindCommand, helpCommand];
