import { CONSOLE_COMMANDS } from '../support/command-writers.js';
import { describe, expect, it } from 'vitest';
import { channelToken, userToken } from '../../src/core/mention-token.js';
import { renderFieldPrompt, renderFormIntro, renderReply } from '../../adapters/console/console.render.js';
import { EVERY_BLOCK_REPLY, SAMPLE_FORM } from '../fixtures/sample-replies.js';
import { actionRef, actions, button, ephemeral, publicReply, select, text } from '../../src/core/reply-builders.js';

const plain = { commands: CONSOLE_COMMANDS, ansi: false };

describe('renderReply', () => {
  it('names channels and people as the console knows them', () => {
    expect(renderReply(ephemeral(text(`In ${channelToken('#fall')} and ${channelToken('night')}, by ${userToken('ana')}.`)), 1, plain).text).toContain(
      'In #fall and #night, by ana.',
    );
  });

  it('renders every block readably and marks private replies', () => {
    expect(renderReply(EVERY_BLOCK_REPLY, 1, plain).text).toBe(
      [
        'rapport (only you can see this):',
        '## Your plan',
        'Ask the most important questions first.',
        'Keep to time.',
        '  1. What does a typical week hold?',
        '  2. Which skills matter most?',
        '  • Thank them within 48 hours',
        '  Time: 15 minutes',
        '  Role: -',
        '─'.repeat(40),
        'Saved plans: /questions mine',
        '  [1] Done',
        '  [2] Snooze: (a) 1 hour',
      ].join('\n'),
    );
  });

  it('numbers buttons and menus from the given number and returns them in order', () => {
    const save = button('Save plan', actionRef('questions', 'save'));
    const stage = select('Stage', actionRef('log', 'stage'), [
      { label: 'Identified', value: 'identified' },
      { label: 'Scheduled', value: 'scheduled' },
    ]);
    const rendered = renderReply(publicReply(actions(save, stage)), 3, plain);
    expect(rendered.text).toBe(['rapport:', '  [3] Save plan', '  [4] Stage: (a) Identified  (b) Scheduled'].join('\n'));
    expect(rendered.elements).toEqual([save, stage]);
  });

  it('writes people and times in labels, menus and forms as the console reads them, never as tokens', () => {
    const show = button(`Show ${userToken('ben')}`, actionRef('log', 'show'));
    const pick = select(`Contact ${userToken('ben')}?`, actionRef('log', 'pick'), [{ label: userToken('cal'), value: 'cal' }]);
    expect(renderReply(publicReply(actions(show, pick)), 1, plain).text).toBe(['rapport:', '  [1] Show ben', '  [2] Contact ben?: (a) cal'].join('\n'));
    const form = {
      title: `Thank ${userToken('ben')}`,
      submit: actionRef('log', 'thank'),
      submitLabel: 'Save',
      fields: [{ name: 'note', label: `Note for ${userToken('ben')}`, required: true }],
    };
    expect(renderFormIntro(form, plain)).toContain('📝 Thank ben');
    expect(renderFieldPrompt(form.fields[0]!, plain)).toContain('Note for ben');
  });

  it('uses terminal emphasis only when asked', () => {
    expect(renderReply(publicReply(text('a *b* c')), 1, { commands: CONSOLE_COMMANDS, ansi: true }).text).toContain('\u001b[1mb\u001b[0m');
    expect(renderReply(publicReply(text('2*3*4')), 1, plain).text).toContain('2*3*4');
  });
});

describe('form prompts', () => {
  const form = SAMPLE_FORM;

  it('introduces the form with its fields and both ways to fill it in', () => {
    const intro = renderFormIntro(form, plain);
    expect(intro).toContain('📝 Edit Dana Lee-Montgomery-Smith');
    expect(intro).toContain('Name (required, up to 80 characters)');
    expect(intro).toContain('What you learned (optional, up to 5000 characters)');
    expect(intro).toContain('Keep in touch (optional)');
    expect(intro).toContain('--contact "..." --learned "..."');
    expect(intro).toContain('/cancel');
  });

  it('prompts a field with its rules, hint, choices and the value given before', () => {
    expect(renderFieldPrompt(form.fields[0]!, plain)).toBe('Name (required, up to 80 characters)\nAs they write it\nNow: Dana (an empty line keeps it)');
    expect(renderFieldPrompt(form.fields[2]!, plain)).toBe('Keep in touch (optional)\n  (a) Yes\n  (b) No\nNow: no (an empty line keeps it)');
  });
});
