import { SLACK_COMMANDS } from '../support/command-writers.js';
import { describe, expect, it } from 'vitest';
import { refOfCallbackId } from '../../adapters/slack/action-id.js';
import { inlineErrors, readOrigin, renderModal, submittedValues } from '../../adapters/slack/modal.render.js';
import { actionRef, actions, button, ephemeral, text } from '../../src/core/reply-builders.js';
import { SAMPLE_FORM } from '../fixtures/sample-replies.js';

const form = SAMPLE_FORM;

describe('renderModal', () => {
  it("renders a form as a modal of input blocks named after its fields, after the reply's text", () => {
    const view = renderModal(
      form,
      [text('Tell me more.'), actions(button('X', actionRef('log', 'x')))],
      { responseUrl: 'https://hooks/1', channelId: 'C1' },
      SLACK_COMMANDS,
    );
    expect(view.title).toEqual({ type: 'plain_text', text: 'Edit Dana Lee-Montgomer…', emoji: true });
    expect(view.title.text).toHaveLength(24);
    expect(refOfCallbackId(view.callback_id ?? '')).toEqual(form.submit);
    expect(readOrigin(view.private_metadata ?? '')).toEqual({ responseUrl: 'https://hooks/1', channelId: 'C1' });
    expect(view.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'Tell me more.' } },
      {
        type: 'input',
        block_id: 'contact',
        optional: false,
        label: { type: 'plain_text', text: 'Name', emoji: true },
        hint: { type: 'plain_text', text: 'As they write it', emoji: true },
        element: { type: 'plain_text_input', action_id: 'value', multiline: false, max_length: 80, initial_value: 'Dana' },
      },
      {
        type: 'input',
        block_id: 'learned',
        optional: true,
        label: { type: 'plain_text', text: 'What you learned', emoji: true },
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 3000 },
      },
      {
        type: 'input',
        block_id: 'keep',
        optional: true,
        label: { type: 'plain_text', text: 'Keep in touch', emoji: true },
        element: {
          type: 'static_select',
          action_id: 'value',
          options: [
            { text: { type: 'plain_text', text: 'Yes', emoji: true }, value: 'yes' },
            { text: { type: 'plain_text', text: 'No', emoji: true }, value: 'no' },
          ],
          initial_option: { text: { type: 'plain_text', text: 'No', emoji: true }, value: 'no' },
        },
      },
    ]);
  });

  it('reads submitted values back by field name, leaving empty ones out', () => {
    expect(
      submittedValues({
        contact: { value: { type: 'plain_text_input', value: 'Dana Lee' } },
        learned: { value: { type: 'plain_text_input', value: null } },
        keep: { value: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'Yes' }, value: 'yes' } } },
      }),
    ).toEqual({ contact: 'Dana Lee', keep: 'yes' });
    expect(readOrigin('not json')).toEqual({});
  });

  it('turns a field error into an inline error only for a field the modal has', () => {
    const refusal = { ...ephemeral(text('⚠️ --learned is too long')), fieldErrors: { learned: '--learned is too long' } };
    const notice = ephemeral(text('📭 notice'));
    expect(inlineErrors(['contact', 'learned'], [notice, refusal], SLACK_COMMANDS)).toEqual({ errors: { learned: '--learned is too long' }, rest: [notice] });
    expect(inlineErrors(['contact'], [refusal], SLACK_COMMANDS)).toEqual({ rest: [refusal] });
  });
});
