import { ComponentType, TextInputStyle } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { MODAL_LIMITS, formSteps, renderModal, restIsOptional, stepOfField } from '../../adapters/discord/modal.render.js';
import { addContactForm, interviewForm, scheduledForm } from '../../commands/log/log-forms.js';
import { userToken } from '../../src/core/mention-token.js';
import { actionRef } from '../../src/core/reply-builders.js';
import type { Form } from '../../src/core/reply.js';
import { SAMPLE_FORM } from '../fixtures/sample-replies.js';

const formOf = (count: number): Form => ({
  title: 'A form with a rather long title that Discord will not take',
  submitLabel: 'Send',
  submit: actionRef('demo', 'submit'),
  fields: Array.from({ length: count }, (_, index) => ({ name: `f${index}`, label: `Field ${index}`, required: index === 0 })),
});

describe('formSteps', () => {
  it('keeps a form of up to five fields in one modal and splits longer ones into even steps, in order', () => {
    expect(formSteps(formOf(5)).map((step) => step.length)).toEqual([5]);
    expect(formSteps(formOf(6)).map((step) => step.length)).toEqual([3, 3]);
    expect(formSteps(formOf(7)).map((step) => step.length)).toEqual([4, 3]);
    expect(formSteps(formOf(11)).map((step) => step.length)).toEqual([4, 4, 3]);
    expect(
      formSteps(formOf(7))
        .flat()
        .map((field) => field.name),
    ).toEqual(formOf(7).fields.map((field) => field.name));
  });

  it('fits every real form: the interview notes take two modals, a scheduled interview one', () => {
    expect(formSteps(interviewForm({})).map((step) => step.length)).toEqual([3, 3]);
    expect(formSteps(addContactForm()).map((step) => step.length)).toEqual([4, 3]);
    expect(formSteps(scheduledForm({}))).toHaveLength(1);
  });

  it('knows which step asks a field and whether the rest may be left empty', () => {
    const form = interviewForm({});
    expect(stepOfField(form, 'learned')).toBe(0);
    expect(stepOfField(form, 'referrals')).toBe(1);
    expect(restIsOptional(form, 1)).toBe(true);
    expect(restIsOptional(form, 0)).toBe(false);
  });
});

describe('renderModal', () => {
  it('puts each field in a Label, with text inputs one line or several, within Discord limits', () => {
    const modal = renderModal(interviewForm({ contact: 'Dana Lee' }), 0, 'custom-id');
    expect(modal.custom_id).toBe('custom-id');
    expect(modal.title).toBe('Log an interview (1/2)');
    expect(modal.components).toHaveLength(3);
    const [contact, learned] = modal.components;
    expect(contact).toEqual({
      type: ComponentType.Label,
      label: 'Who you talked with',
      component: { type: ComponentType.TextInput, custom_id: 'contact', style: TextInputStyle.Short, required: true, max_length: 80, value: 'Dana Lee' },
    });
    expect(learned).toMatchObject({
      description: expect.stringContaining('while it is fresh') as unknown,
      component: { style: TextInputStyle.Paragraph, max_length: 2000 },
    });
  });

  it('renders a field of each kind: a hint as the description, a long text within what Discord takes, a choice with its value chosen', () => {
    const [name, learned, keep] = renderModal(SAMPLE_FORM, 0, 'id').components;
    expect(name).toMatchObject({
      label: 'Name',
      description: 'As they write it',
      component: { style: TextInputStyle.Short, required: true, max_length: 80, value: 'Dana' },
    });
    expect(learned).toMatchObject({
      label: 'What you learned',
      component: { style: TextInputStyle.Paragraph, required: false, max_length: MODAL_LIMITS.textInput },
    });
    expect(keep).toMatchObject({
      component: {
        type: ComponentType.StringSelect,
        options: [
          { label: 'Yes', value: 'yes' },
          { label: 'No', value: 'no', default: true },
        ],
      },
    });
  });

  it('makes a field with options a select menu in the modal, the current value chosen', () => {
    const modal = renderModal(interviewForm({ 'may-use-name': 'no' }), 1, 'id');
    const select = modal.components.at(-1);
    expect(select).toMatchObject({
      type: ComponentType.Label,
      label: 'May you mention their name to those people?',
      component: {
        type: ComponentType.StringSelect,
        custom_id: 'may-use-name',
        required: false,
        min_values: 0,
        max_values: 1,
        options: [
          { label: 'Yes', value: 'yes' },
          { label: 'No', value: 'no', default: true },
        ],
      },
    });
  });

  it('shortens the title and labels to what Discord takes, and prefills answers given before', () => {
    const modal = renderModal(formOf(7), 1, 'id', { f5: 'kept' });
    expect(modal.title.length).toBeLessThanOrEqual(MODAL_LIMITS.title);
    expect(modal.title.endsWith('… (2/2)')).toBe(true);
    expect(modal.components.length).toBeLessThanOrEqual(MODAL_LIMITS.components);
    expect(modal.components[1]).toMatchObject({ component: { custom_id: 'f5', value: 'kept' } });
  });

  it('writes a label too long for Discord again in the description, after the hint', () => {
    const prompt = 'What surprised you most about how they plan a typical week?';
    const form: Form = {
      ...formOf(1),
      fields: [
        { name: 'a', label: prompt, hint: 'Your advisors will read this.', required: true },
        { name: 'b', label: prompt, required: true },
      ],
    };
    const [first, second] = renderModal(form, 0, 'id').components;
    expect(first).toMatchObject({ label: `${prompt.slice(0, MODAL_LIMITS.label - 1)}…`, description: `Your advisors will read this. ${prompt}` });
    expect(second).toMatchObject({ description: prompt });
  });

  it('writes the title and labels as plain text: a person by id, not as a token', () => {
    const form: Form = {
      ...formOf(1),
      title: `Thank ${userToken('1300')}`,
      fields: [{ name: 'note', label: `Note for ${userToken('1300')}`, required: true }],
    };
    const modal = renderModal(form, 0, 'id');
    expect(modal.title).toBe('Thank @1300');
    expect(modal.components[0]).toMatchObject({ label: 'Note for @1300' });
  });
});
