import { defineCommand } from '../../src/core/command.js';
import { UNDO_COMMAND } from '../shared/undoable-change.js';
import { undoLast } from './undo-last.js';

/** `/undo`: reverses the student's last change (a contact added, edited or deleted, a reminder set, changed or cancelled, a saved plan changed or deleted) within a few minutes. */
export const undoCommand = defineCommand({
  name: UNDO_COMMAND,
  description: 'Undo your last change: a contact added, edited or deleted, a reminder or saved plan changed',
  examples: ['/undo'],
  options: {},
  run: (ctx) => undoLast(ctx),
  actions: { last: { run: (ctx) => undoLast(ctx) } },
});
