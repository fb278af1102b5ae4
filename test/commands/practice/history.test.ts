import { describe, expect, it } from 'vitest';
import { EMAIL_EXAMPLES } from '../../fixtures/practice/email.js';
import { VOICEMAIL_EXAMPLES } from '../../fixtures/practice/voicemail.js';
import type { PracticeExample } from '../../fixtures/practice/types.js';
import { scoreOf } from '../../domain/practice/play.js';
import { usePracticeHarness } from './support.js';

const byQuality = (examples: readonly PracticeExample[], quality: PracticeExample['quality']) => examples.filter((ex) => ex.quality === quality);

describe('/practice history', () => {
  const practice = usePracticeHarness();

  it('invites a first rehearsal when there are no scores yet', async () => {
    const ana = practice.harness().as('ana');
    await ana.send('/practice call');
    await ana.send('/practice stop');
    const replies = await ana.send('/practice history');
    expect(replies.text).toContain('You have not finished a rehearsal yet. Your scores appear here once you do: start with /practice.');
    expect((await ana.press(replies, 'Choose a scenario')).text).toContain('## Rehearse a step before you do it for real');
  });

  it("shows each scenario's scores as a trend, oldest first, in the order of the menu", async () => {
    const harness = practice.harness();
    const ana = harness.as('ana');
    const emails = [byQuality(EMAIL_EXAMPLES, 'weak')[0], byQuality(EMAIL_EXAMPLES, 'weak')[1], byQuality(EMAIL_EXAMPLES, 'strong')[0]].map((ex) => ex!);
    for (const ex of emails) {
      await ana.send(`/practice email --persona ${ex.personaId} ${ex.messages[0] ?? ''}`);
      harness.clock.advance(86_400_000);
    }
    const voicemail = byQuality(VOICEMAIL_EXAMPLES, 'strong')[0]!;
    await ana.send(`/practice voicemail --persona ${voicemail.personaId}`);
    await ana.send(voicemail.messages[0] ?? '');
    await ana.send('/practice call');
    await ana.send('/practice stop');
    await harness.as('bob').send(`/practice email ${emails[2]?.messages[0] ?? ''}`);

    const scores = emails.map((ex) => scoreOf('email', ex, 1).score);
    const { text } = await ana.send('/practice history');
    expect(text).toContain('## Your practice scores');
    expect(text).toContain(`• Leave a voicemail: ${scoreOf('voicemail', voicemail, 1).score} (best ${scoreOf('voicemail', voicemail, 1).score}, 1 rehearsal)`);
    expect(text).toContain(`• Write an outreach email: ${scores.join(' → ')} (best ${Math.max(...scores)}, 3 rehearsals)`);
    expect(text.indexOf('Leave a voicemail')).toBeLessThan(text.indexOf('Write an outreach email'));
    expect(text).not.toContain('Make the call');
  });

  it('keeps a long trend compact: the latest eight scores', async () => {
    const harness = practice.harness();
    const ana = harness.as('ana');
    const oneMessage = EMAIL_EXAMPLES.filter((ex) => ex.messages.length === 1 && ex.messages[0]?.startsWith('Subject:')).slice(-10);
    expect(oneMessage).toHaveLength(10);
    for (const ex of oneMessage) {
      await ana.send(`/practice email --persona ${ex.personaId} ${ex.messages[0] ?? ''}`);
      harness.clock.advance(60_000);
    }
    const scores = oneMessage.map((ex) => scoreOf('email', ex, 1).score);
    const { text } = await ana.send('/practice history');
    expect(text).toContain(`• Write an outreach email: … → ${scores.slice(2).join(' → ')} (best ${Math.max(...scores)}, 10 rehearsals)`);
  });
});
