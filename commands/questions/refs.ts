import { actionRef } from '../../src/core/reply-builders.js';
import type { ActionRef } from '../../src/core/reply.js';

/** The command's name, which its buttons route back to. */
export const QUESTIONS = 'questions';

/**
 * The command's actions. Payloads stay short (an id, a page): a plan's request lives in the
 * database and buttons refer to it by the id of the shown plan.
 */
export const ACTIONS = {
  save: 'save',
  more: 'more',
  export: 'export',
  exportSaved: 'export-saved',
  mine: 'mine',
} as const;

/** "Save plan": saves the shown plan with this id. */
export const saveRef = (shownId: string): ActionRef => actionRef(QUESTIONS, ACTIONS.save, shownId);

/** "More questions": page `page` (from 1) of the questions the shown plan left out. */
export const moreRef = (shownId: string, page: number): ActionRef => actionRef(QUESTIONS, ACTIONS.more, `${shownId}:${page}`);

/** "Export script": the script of the shown plan with this id. */
export const exportRef = (shownId: string): ActionRef => actionRef(QUESTIONS, ACTIONS.export, shownId);

/** The menu that exports a saved plan; the chosen value is the saved plan's id. */
export const exportSavedRef = (): ActionRef => actionRef(QUESTIONS, ACTIONS.exportSaved);

/** "My saved plans": lists the student's saved plans. */
export const mineRef = (): ActionRef => actionRef(QUESTIONS, ACTIONS.mine);

/** Reads a "More questions" payload back; undefined when it is not one. */
export function parseMorePayload(payload: string | undefined): { shownId: string; page: number } | undefined {
  const match = /^([\w-]+):(\d{1,3})$/.exec(payload ?? '');
  if (match?.[1] === undefined) return undefined;
  const page = Number(match[2]);
  return page >= 1 ? { shownId: match[1], page } : undefined;
}
