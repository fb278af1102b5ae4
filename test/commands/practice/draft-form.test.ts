import { describe, expect, it } from 'vitest';
import { EMAIL_EXAMPLES } from '../../fixtures/practice/email.js';
import { usePracticeHarness } from './support.js';

const EMAIL = EMAIL_EXAMPLES.find((ex) => ex.id === 'email-strong-referral')?.messages[0] ?? '';

describe('/practice: a draft written in a form', () => {
  const practice = usePracticeHarness();

  it('offers a form for a draft, and takes its submission as the next message', async () => {
    const ana = practice.harness().as('ana');
    const opening = await ana.send('/practice email --persona lena-fischer');
    const form = await ana.press(opening, 'Write it in a form');
    expect(form.form().fields.map((field) => ({ name: field.name, multiline: field.multiline, required: field.required }))).toEqual([
      { name: 'draft', multiline: true, required: true },
    ]);
    const scored = await ana.submit(form, { draft: EMAIL });
    expect(scored.text).toMatch(/Score: \d+\/100/);
    const again = await ana.submit(form, { draft: EMAIL });
    expect(again.text).toContain('That rehearsal has ended.');
  });

  it('offers no form for conversations, and names the field when the draft is missing', async () => {
    const ana = practice.harness().as('ana');
    expect((await ana.send('/practice call')).text).not.toContain('Write it in a form');
    await ana.send('/practice stop');
    const form = await ana.press(await ana.send('/practice thanks'), 'Write it in a form');
    expect((await ana.submit(form, {})).list[0]?.fieldErrors).toEqual({ draft: 'Please write your draft.' });
  });
});
