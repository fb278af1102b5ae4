import { describe, expect, it } from 'vitest';
import { activeRehearsal, usePracticeHarness } from './support.js';

describe("/practice with the student's own preparation", () => {
  const practice = usePracticeHarness();

  it('interviews on the subject of the saved plan and repeats its first questions', async () => {
    const ana = practice.harness().as('ana');
    await ana.press(await ana.send('/questions occupation UX designer'), 'Save plan');
    const opening = await ana.send('/practice interview');
    expect(opening.text).toContain('in UX designer');
    expect(opening.text).toContain('Your saved plan starts with: 1)');
    expect((await activeRehearsal(practice.harness(), 'ana'))?.state.target).toBe('occupation');
  });

  it('calls the person the student logged, with their role and organization', async () => {
    const ana = practice.harness().as('ana');
    await ana.send('/log add "Amira Haddad" --role "UX designer" --org Shopify --subject "UX design" --target occupation');
    const opening = await ana.send('/practice call');
    expect(opening.text).toContain('You are calling Amira Haddad, UX designer at Shopify');
    expect(opening.text).toContain('about UX design');
    expect(opening.text).not.toMatch(/Priya Shah|Marcus Bell|Elena Ruiz|Tom Okafor/);
  });

  it('writes the thank-you to the person last interviewed, recalling the notes', async () => {
    const ana = practice.harness().as('ana');
    await ana.send('/log add "Amira Haddad" --role "UX designer" --org Shopify');
    await ana.send('/log interview "Amira Haddad" --learned "research plans start from a decision the team must make" --referrals "Omar Said"');
    const opening = await ana.send('/practice thanks');
    expect(opening.text).toContain('Amira Haddad');
    expect(opening.text).toContain('Omar Said');
    expect(opening.text).toContain('research plans start from a decision the team must make');
  });

  it('keeps the cast when the student names a persona', async () => {
    const ana = practice.harness().as('ana');
    await ana.send('/log add "Amira Haddad" --role "UX designer" --org Shopify');
    expect((await ana.send('/practice call --persona priya-shah')).text).toContain('You are calling Priya Shah');
  });
});
