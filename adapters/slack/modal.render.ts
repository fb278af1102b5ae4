import { writeCommandsIn, type CommandWriter } from '../../src/core/command-ref.js';
import type { ViewStateValue, types } from '@slack/bolt';
import type { Block, Form, FormField, Reply, SelectOption } from '../../src/core/reply.js';
import { callbackIdOf } from './action-id.js';
import { clip, fit, plainText } from '../../src/core/markdown-lite.js';
import { plain, renderBlocks } from './slack.render.js';
import { withoutReserved } from '../../src/core/user-text.js';

/**
 * Limits of modals and their inputs.
 * @see https://docs.slack.dev/reference/views/modal-views
 * @see https://docs.slack.dev/reference/block-kit/blocks/input-block
 * @see https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element
 */
const MODAL_LIMITS = { title: 24, button: 24, blocks: 100, label: 2000, inputLength: 3000, options: 100 } as const;

/** Each input's element carries this action id; its block id is the form field's name. */
const INPUT_ACTION = 'value';

/**
 * Where the replies to a submitted form go, kept in the modal's `private_metadata`: the
 * `response_url` of the command or button that opened it (answering in the same place, privately),
 * and the channel it came from.
 */
export interface FormOrigin {
  readonly responseUrl?: string;
  readonly channelId?: string;
}

/**
 * Renders a form as a modal: one input block per field (a text input, or a menu for a field with
 * options), after the reply's own text as an introduction (without its buttons).
 */
export function renderModal(given: Form, intro: readonly Block[], origin: FormOrigin, commands: CommandWriter): types.ModalView {
  const form = writeCommandsIn(given, commands);
  const inputs = form.fields.map(inputBlock);
  const introBlocks = renderBlocks(
    intro.filter((block) => block.type !== 'actions'),
    commands,
  ).slice(0, MODAL_LIMITS.blocks - inputs.length);
  return {
    type: 'modal',
    callback_id: callbackIdOf(form.submit),
    title: plain(fit(plainText(form.title), MODAL_LIMITS.title)),
    submit: plain(fit(plainText(form.submitLabel), MODAL_LIMITS.button)),
    close: plain('Cancel'),
    private_metadata: JSON.stringify(origin),
    blocks: [...introBlocks, ...inputs],
  };
}

function inputBlock(field: FormField): types.InputBlock {
  return {
    type: 'input',
    block_id: field.name,
    optional: !field.required,
    label: plain(fit(plainText(field.label), MODAL_LIMITS.label)),
    ...(field.hint === undefined ? {} : { hint: plain(fit(plainText(field.hint), MODAL_LIMITS.label)) }),
    element: field.options === undefined ? textInput(field) : menu(field, field.options),
  };
}

function textInput(field: FormField): types.PlainTextInput {
  const maxLength = Math.min(field.maxLength ?? MODAL_LIMITS.inputLength, MODAL_LIMITS.inputLength);
  return {
    type: 'plain_text_input',
    action_id: INPUT_ACTION,
    multiline: field.multiline === true,
    max_length: maxLength,
    ...(field.initialValue === undefined ? {} : { initial_value: clip(withoutReserved(field.initialValue), maxLength) }),
  };
}

function menu(field: FormField, options: readonly SelectOption[]): types.StaticSelect {
  const rendered = options.slice(0, MODAL_LIMITS.options).map((option) => ({ text: plain(fit(plainText(option.label), 75)), value: option.value }));
  const initial = rendered.find((option) => option.value === field.initialValue);
  return { type: 'static_select', action_id: INPUT_ACTION, options: rendered, ...(initial === undefined ? {} : { initial_option: initial }) };
}

/** The submitted values of a modal, by field name; fields left empty are absent. */
export function submittedValues(state: Readonly<Record<string, Readonly<Record<string, ViewStateValue | undefined>>>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, inputs] of Object.entries(state)) {
    const input = inputs[INPUT_ACTION];
    const value = input?.selected_option?.value ?? input?.value;
    if (typeof value === 'string' && value !== '') values[field] = value;
  }
  return values;
}

/** Reads a modal's `private_metadata` back; anything unreadable is no origin. */
export function readOrigin(privateMetadata: string): FormOrigin {
  try {
    const value = JSON.parse(privateMetadata) as unknown;
    if (typeof value !== 'object' || value === null) return {};
    const { responseUrl, channelId } = value as Record<string, unknown>;
    return { ...(typeof responseUrl === 'string' ? { responseUrl } : {}), ...(typeof channelId === 'string' ? { channelId } : {}) };
  } catch {
    return {};
  }
}

/**
 * Splits the replies to a submitted form: the field errors a modal can show beside its inputs
 * (only for fields it has), and the other replies. With field errors, the modal stays open.
 * @see https://docs.slack.dev/surfaces/modals#displaying_errors
 */
export function inlineErrors(
  fieldNames: readonly string[],
  replies: readonly Reply[],
  commands: CommandWriter,
): { errors?: Record<string, string>; rest: Reply[] } {
  const refusal = replies.find((reply) => Object.keys(reply.fieldErrors ?? {}).some((field) => fieldNames.includes(field)));
  if (refusal?.fieldErrors === undefined) return { rest: [...replies] };
  const errors = Object.fromEntries(Object.entries(writeCommandsIn(refusal.fieldErrors, commands)).filter(([field]) => fieldNames.includes(field)));
  return { errors, rest: replies.filter((reply) => reply !== refusal) };
}
