import { decodeActionRef, encodeActionRef } from '../../src/core/reply-builders.js';
import type { ActionRef } from '../../src/core/reply.js';

/**
 * How a Rapport {@link ActionRef} travels through Slack. A button's or menu's `action_id`
 * carries it (a menu's `value` is the chosen option, so the reference cannot go there); the
 * element's position keeps two elements with the same reference distinct within one block.
 * A modal's `callback_id` carries the reference its submission goes to. Both hold 255
 * characters, far more than the 80 an encoded reference may take.
 * @see https://docs.slack.dev/reference/block-kit/block-elements/button-element
 * @see https://docs.slack.dev/reference/views/modal-views
 */
const ACTION_PREFIX = 'rapport.';
const FORM_PREFIX = 'rapport-form.';

/** Matches the action ids Rapport writes, for Bolt's `app.action()`. */
export const ACTION_ID_PATTERN = /^rapport\.\d+\./;

/** Matches the callback ids of Rapport's modals, for Bolt's `app.view()`. */
export const FORM_CALLBACK_PATTERN = /^rapport-form\./;

/** The `action_id` of the element at `position` that leads to `ref`. */
export function actionIdOf(ref: ActionRef, position: number): string {
  return `${ACTION_PREFIX}${position}.${encodeActionRef(ref)}`;
}

/** The reference an `action_id` carries, or undefined when it is not one of Rapport's. */
export function refOfActionId(actionId: string): ActionRef | undefined {
  const match = /^rapport\.\d+\.(.+)$/.exec(actionId);
  return match?.[1] === undefined ? undefined : decodeActionRef(match[1]);
}

/** The `callback_id` of a modal whose submission goes to `ref`. */
export function callbackIdOf(ref: ActionRef): string {
  return `${FORM_PREFIX}${encodeActionRef(ref)}`;
}

/** The reference a modal's `callback_id` carries, or undefined when it is not one of Rapport's. */
export function refOfCallbackId(callbackId: string): ActionRef | undefined {
  return callbackId.startsWith(FORM_PREFIX) ? decodeActionRef(callbackId.slice(FORM_PREFIX.length)) : undefined;
}
