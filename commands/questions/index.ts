import { defineCommand } from '../../src/core/command.js';
import { checkSubcommand } from './check.js';
import { exportAction, exportSavedAction, exportSubcommand } from './export.js';
import { mineAction, mineSubcommand } from './mine.js';
import { moreAction } from './more.js';
import { planSubcommand } from './plan.js';
import { ACTIONS, QUESTIONS } from './refs.js';
import { saveAction, saveSubcommand } from './save.js';
import { addSubcommand, deleteSubcommand, removeSubcommand, renameSubcommand, savedPlanEditActions } from './saved-plan-edits.js';

/**
 * `/questions`: plans questions for an informational interview sized to the time offered,
 * checks the student's own questions, and saves plans and prints them as interview scripts.
 */
export const questionsCommand = defineCommand({
  name: QUESTIONS,
  description: 'Plan questions for an informational interview, check your own, save and print them',
  examples: ['/questions occupation "graphic designer"', '/questions check Are you hiring?', '/questions mine'],
  defaultSubcommand: 'plan',
  subcommands: {
    plan: planSubcommand,
    check: checkSubcommand,
    save: saveSubcommand,
    mine: mineSubcommand,
    export: exportSubcommand,
    rename: renameSubcommand,
    add: addSubcommand,
    remove: removeSubcommand,
    delete: deleteSubcommand,
  },
  actions: {
    [ACTIONS.save]: saveAction,
    [ACTIONS.more]: moreAction,
    [ACTIONS.export]: exportAction,
    [ACTIONS.exportSaved]: exportSavedAction,
    [ACTIONS.mine]: mineAction,
    ...savedPlanEditActions,
  },
});
