import { ButtonStyle, ComponentType, TextInputStyle, type APILabelComponent, type APIModalInteractionResponseCallbackData } from 'discord.js';
import type { Form, FormField } from '../../src/core/reply.js';
import { clip, fit, plainText } from '../../src/core/markdown-lite.js';
import type { MessageRow } from './discord.render.js';
import { withoutReserved } from '../../src/core/user-text.js';

/**
 * Discord's limits on a modal: at most five top-level components, a 45-character title and
 * labels, 100-character descriptions, 4,000 characters in a text input, 25 options in a select.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 * @see https://discord.com/developers/docs/components/reference#label
 * @see https://discord.com/developers/docs/components/reference#text-input
 */
export const MODAL_LIMITS = { components: 5, title: 45, label: 45, description: 100, textInput: 4000, selectOptions: 25, optionText: 100 } as const;

/**
 * The fields of each modal a form takes: one modal when the form has at most five fields,
 * otherwise as few steps as hold them, of even size, in the form's order (7 fields: 4 then 3).
 */
export function formSteps(form: Form): (readonly FormField[])[] {
  const count = Math.max(1, Math.ceil(form.fields.length / MODAL_LIMITS.components));
  const size = Math.ceil(form.fields.length / count);
  return Array.from({ length: count }, (_, step) => form.fields.slice(step * size, (step + 1) * size));
}

/**
 * The modal for one step of a form. Every field sits in a Label (its label, its hint as the
 * description): a text input, one line or several; a field with options is a select menu in
 * the modal, which cannot be mistyped, instead of a text input listing the choices or a step
 * of its own. `values` (answers given before, e.g. in an earlier step or a refused submission)
 * win over each field's initial value.
 * @see https://discord.com/developers/docs/components/using-modal-components
 */
export function renderModal(
  form: Form,
  step: number,
  customId: string,
  values: Readonly<Record<string, string>> = {},
): APIModalInteractionResponseCallbackData {
  const steps = formSteps(form);
  const suffix = steps.length > 1 ? ` (${step + 1}/${steps.length})` : '';
  return {
    custom_id: customId,
    title: fit(plainText(form.title), MODAL_LIMITS.title - suffix.length) + suffix,
    components: (steps[step] ?? []).map((field) => labelled(field, values[field.name] ?? field.initialValue)),
  };
}

/** The step a field is asked in. */
export function stepOfField(form: Form, name: string): number {
  return Math.max(
    0,
    formSteps(form).findIndex((fields) => fields.some((field) => field.name === name)),
  );
}

/** True when every field from step `step` on may be left empty, so the form can be sent without them. */
export function restIsOptional(form: Form, step: number): boolean {
  return formSteps(form)
    .slice(step)
    .every((fields) => fields.every((field) => !field.required));
}

/**
 * The row under a message that leads into a form: a button opening its next modal (a modal can
 * only answer a button or a command, never another modal) and, when what is left is optional,
 * one that sends the form as it stands.
 */
export function formButtons(label: string, openId: string, finishId?: string): MessageRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Primary, label: fit(plainText(label), 80), custom_id: openId },
      ...(finishId === undefined
        ? []
        : [{ type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, label: 'Send without the rest', custom_id: finishId }]),
    ],
  };
}

/**
 * A field in its Label. A label longer than Discord's 45 characters (a reflection prompt) is
 * cut there, so it is written again in the description, after the hint, for as much as fits.
 */
function labelled(field: FormField, value: string | undefined): APILabelComponent {
  const label = plainText(field.label);
  const description = [field.hint === undefined ? undefined : plainText(field.hint), label.length > MODAL_LIMITS.label ? label : undefined]
    .filter((part) => part !== undefined)
    .join(' ');
  return {
    type: ComponentType.Label,
    label: fit(label, MODAL_LIMITS.label),
    ...(description === '' ? {} : { description: fit(description, MODAL_LIMITS.description) }),
    component: field.options === undefined ? textInput(field, value) : selectMenu(field, value),
  };
}

function textInput(field: FormField, value: string | undefined): APILabelComponent['component'] {
  const maxLength = Math.min(field.maxLength ?? MODAL_LIMITS.textInput, MODAL_LIMITS.textInput);
  return {
    type: ComponentType.TextInput,
    custom_id: field.name,
    style: field.multiline === true ? TextInputStyle.Paragraph : TextInputStyle.Short,
    required: field.required,
    max_length: maxLength,
    ...(value === undefined || value === '' ? {} : { value: clip(withoutReserved(value), maxLength) }),
  };
}

function selectMenu(field: FormField, value: string | undefined): APILabelComponent['component'] {
  const options = (field.options ?? []).slice(0, MODAL_LIMITS.selectOptions).map((option) => ({
    label: fit(plainText(option.label), MODAL_LIMITS.optionText),
    value: option.value,
    ...(option.description === undefined ? {} : { description: fit(plainText(option.description), MODAL_LIMITS.optionText) }),
    ...(option.value === value ? { default: true } : {}),
  }));
  return { type: ComponentType.StringSelect, custom_id: field.name, options, required: field.required, min_values: field.required ? 1 : 0, max_values: 1 };
}
