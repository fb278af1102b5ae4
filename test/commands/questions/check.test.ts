import { CONSOLE_COMMANDS } from '../../support/command-writers.js';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../adapters/console/console-adapter.js';
import { ConsoleSession } from '../../../adapters/console/console-session.js';
import { useHarness } from './support.js';

describe('/questions check', () => {
  const harness = useHarness();

  it('calls a good question good, with its reason and no rewrite', async () => {
    const replies = await harness().as('ana').send('/questions check What surprised you most in your first year as a designer?');
    expect(replies.text).toContain('✅ good: "What surprised you most in your first year as a designer?"\nOpen and specific: invites a story about real work.');
    expect(replies.text).not.toContain('Try instead');
    expect(replies.text).not.toContain('Checked');
    expect(replies.list[0]?.visibility).toBe('ephemeral');
  });

  it('offers a better wording for a question to improve', async () => {
    const replies = await harness().as('ana').send('/questions check Do you like your job?');
    expect(replies.text).toContain('✏️ improve: "Do you like your job?"\nThis invites a yes or a no');
    expect(replies.text).toMatch(/\nTry instead: "What [^"]+\?"/);
  });

  it('says why to avoid a question and what to ask instead', async () => {
    const replies = await harness().as('ana').send('/questions check Are you hiring?');
    expect(replies.text).toContain('⛔ avoid: "Are you hiring?"\nThis asks them for a job or a hiring favour');
    expect(replies.text).toContain('Try instead: "How do people starting out usually hear about openings in this field?"');
  });

  it('checks several questions, one per line, in one go with a summary', async () => {
    const replies = await harness().as('ana').send('/questions check Are you hiring?\nDo you like your job?\n- What surprised you most in your first year?');
    expect(replies.text).toContain('## Your questions, checked');
    expect(replies.text).toMatch(/1\. ⛔ avoid: "Are you hiring\?"[\s\S]*2\. ✏️ improve: "Do you like your job\?"[\s\S]*3\. ✅ good: "What surprised you most/);
    expect(replies.text).toContain('Checked 3 questions: 1 good, 1 to improve, 1 to avoid. Replace the ones to avoid before the interview');
  });

  it('reads several lines typed on the console, joined by a trailing backslash', async () => {
    const session = new ConsoleSession({
      dispatcher: harness().dispatcher,
      clock: harness().clock,
      style: { commands: CONSOLE_COMMANDS, ansi: false },
      timezone: 'UTC',
    });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const done = runConsole(session, { input, output }, (error) => {
      throw error;
    });
    input.end('/questions check \\\nHow much do you make?\\\nWhat does a typical week look like for you?\n');
    await done;
    expect(printed).toContain('1. ⛔ avoid: "How much do you make?"');
    expect(printed).toContain('2. ✅ good: "What does a typical week look like for you?"');
    expect(printed).toContain('Checked 2 questions: 1 good, 0 to improve, 1 to avoid.');
  });
});
