import { describe, expect, it } from 'vitest';
import { SCENARIO_TITLES } from '../../../src/domain/practice/index.js';
import { activeRehearsal, usePracticeHarness } from './support.js';

describe('/practice alone: the menu', () => {
  const practice = usePracticeHarness();

  it('lists the five scenarios with a line each and a button each', async () => {
    const replies = await practice.harness().as('ana').send('/practice');
    expect(replies.text).toContain('## Rehearse a step before you do it for real');
    expect(replies.text).toContain('• Write an outreach email (`/practice email`): Write the outreach email that asks for 15 minutes of their time.');
    for (const title of Object.values(SCENARIO_TITLES)) expect(replies.button(title).action).toMatchObject({ command: 'practice', action: 'start' });
    expect(replies.list[0]?.visibility).toBe('ephemeral');
  });

  it('starts a scenario from its button', async () => {
    const ana = practice.harness().as('ana');
    const started = await ana.press(await ana.send('/practice'), 'Leave a voicemail');
    expect(started.text).toContain('## 🎭 Leave a voicemail (realistic)');
    expect((await activeRehearsal(practice.harness(), 'ana'))?.state.scenario).toBe('voicemail');
  });

  it('asks for the field before an interview started from its button', async () => {
    const ana = practice.harness().as('ana');
    const form = await ana.press(await ana.send('/practice'), 'Run the interview');
    expect(form.form().fields.map((field) => field.name)).toEqual(['field']);
    expect(await activeRehearsal(practice.harness(), 'ana')).toBeUndefined();
    expect((await ana.submit(form, { field: '<<>>' })).text).toContain('⚠️ Name the field in words');
    const started = await ana.submit(form, { field: 'public policy' });
    expect(started.text).toContain('in public policy');
    expect((await activeRehearsal(practice.harness(), 'ana'))?.state.field).toBe('public policy');
  });

  it('refuses a start button for a scenario that does not exist', async () => {
    const replies = await practice
      .harness()
      .as('ana')
      .dispatch({ kind: 'action', action: { command: 'practice', action: 'start', payload: 'karaoke' } });
    expect(replies.text).toContain('⚠️ That button no longer does anything.');
  });

  it('explains a typo in a scenario name or a setting', async () => {
    const ana = practice.harness().as('ana');
    expect((await ana.send('/practice email --difficulty hard')).text).toContain('--difficulty "hard" is not one of gentle, realistic, tough');
    expect((await ana.send('/practice call --persona lena-fischer')).text).toContain(
      '--persona "lena-fischer" is not one of priya-shah, marcus-bell, elena-ruiz, tom-okafor',
    );
    expect((await ana.send('/practice interview')).text).toContain('⚠️ Name the field in words, or save a question plan first');
  });

  it('is described in /help practice, with every subcommand and its options', async () => {
    const { text } = await practice.harness().as('ana').send('/help practice');
    expect(text).toContain('`/practice email [<draft...>] [options]`');
    expect(text).toContain('`/practice interview [<field...>] [options]`');
    expect(text.split('`--difficulty <gentle|realistic|tough>`')).toHaveLength(2);
    for (const name of ['call', 'voicemail', 'thanks', 'stop', 'history']) expect(text).toContain(`/practice ${name}`);
  });
});
