import type { Command } from '../src/core/command.js';
import { helpCommand } from './help.js';

/** Every command Rapport has, in the order /help lists them. An explicit list: no scanning, no side effects. */
export const COMMANDS: readonly Command[] = [helpCommand];
