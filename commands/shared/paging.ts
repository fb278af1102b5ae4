import { actions, button, context } from '../../src/core/reply-builders.js';
import type { ActionRef, Block, Button } from '../../src/core/reply.js';

/** How many entries a list shows at once: a screenful on a phone, well inside every platform's limits. */
export const PAGE_SIZE = 15;

/** One page of a longer list. */
export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based, clamped to the pages there are. */
  readonly number: number;
  readonly pages: number;
  readonly total: number;
}

/** The `number`th page of `items` (the last one when `number` is past the end). */
export function pageOf<T>(items: readonly T[], number: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const clamped = Math.min(Math.max(1, number), pages);
  return { items: items.slice((clamped - 1) * size, clamped * size), number: clamped, pages, total: items.length };
}

/** How to reach another page: the command that shows it (canonical words), and the button's action. */
export interface PageLinks {
  /** The command that shows a page, as a command token (`commandRef`). */
  readonly command: (page: number) => string;
  readonly action: (page: number) => ActionRef;
}

/**
 * The foot of a page: how many more there are and the command that shows them (which is all a
 * console has), with Previous and Next buttons for platforms that show buttons.
 */
export function pagingBlocks(page: Page<unknown>, links: PageLinks): Block[] {
  if (page.pages === 1) return [];
  const shownUpTo = (page.number - 1) * PAGE_SIZE + page.items.length;
  const more = page.total - shownUpTo;
  const where = `Page ${page.number} of ${page.pages}.`;
  const next = more > 0 ? ` ${more} more: \`${links.command(page.number + 1)}\`` : '';
  const buttons: Button[] = [];
  if (page.number > 1) buttons.push(button('Previous', links.action(page.number - 1)));
  if (more > 0) buttons.push(button('Next', links.action(page.number + 1)));
  return [context(`${where}${next}`), actions(...buttons)];
}
