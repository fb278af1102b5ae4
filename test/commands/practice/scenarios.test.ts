import { describe, expect, it } from 'vitest';
import { startRehearsal, type Scorecard } from '../../../src/domain/practice/index.js';
import { CALL_EXAMPLES } from '../../fixtures/practice/call.js';
import { EMAIL_EXAMPLES } from '../../fixtures/practice/email.js';
import { INTERVIEW_EXAMPLES } from '../../fixtures/practice/interview.js';
import { THANKS_EXAMPLES } from '../../fixtures/practice/thanks.js';
import { VOICEMAIL_EXAMPLES } from '../../fixtures/practice/voicemail.js';
import type { PracticeExample } from '../../fixtures/practice/types.js';
import { callScore, isOwnWords, scoreOf, seedFor } from '../../domain/practice/play.js';
import type { Replies } from '../../support/harness.js';
import { rehearsalRows, sendAll, usePracticeHarness } from './support.js';

function example<E extends PracticeExample>(examples: readonly E[], id: string): E {
  const found = examples.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No example ${id}`);
  return found;
}

/** Checks that the replies end with the scorecard the domain gives, every figure shown. */
function expectScorecard(replies: Replies, card: Scorecard): void {
  const { text } = replies;
  expect(text).toContain(`Score: ${card.score}/100`);
  for (const criterion of card.criteria) expect(text).toContain(`${criterion.label}: ${criterion.points}/${criterion.weight} · ${criterion.note}`);
  for (const praise of card.wentWell) expect(text).toContain(praise);
  for (const improvement of card.improvements) expect(text).toContain(`“${improvement.quote}”`);
  if (card.rewrite !== undefined) expect(text).toContain(`Try: “${card.rewrite.suggestion}”`);
  expect(replies.button('Try again').action.command).toBe('practice');
  expect(replies.button('Another scenario').action.command).toBe('practice');
}

describe('/practice: each scenario from start to scorecard', () => {
  const practice = usePracticeHarness();

  it('plays a call through the front desk, the person, a first question and a close', async () => {
    const ex = example(CALL_EXAMPLES, 'call-strong-front-desk-through');
    practice.seeds(seedFor(ex));
    const ana = practice.harness().as('ana');
    const opening = await ana.send(`/practice call --persona ${ex.personaId}`);
    expect(opening.text).toContain('## 🎭 Make the call (realistic)');
    expect(opening.text).toContain('You are calling Tom Okafor');
    expect(opening.text).toMatch(/^Kevin: /m);
    const [toDesk, toTom, question, close] = ex.messages as [string, string, string, string];
    expect((await ana.send(toDesk)).text).toMatch(/^Tom: /m);
    expect((await ana.send(toTom)).text).not.toContain('Score:');
    expect((await ana.send(question)).text).toMatch(/^Tom: /m);
    const card = callScore(ex);
    expect(card.score).toBeGreaterThanOrEqual(85);
    expectScorecard(await ana.send(close), card);
  });

  it('takes a voicemail as one message', async () => {
    const ex = example(VOICEMAIL_EXAMPLES, 'vm-strong-spelled-name');
    practice.seeds(7);
    const ana = practice.harness().as('ana');
    expect((await ana.send(`/practice voicemail --persona ${ex.personaId}`)).text).toContain('*beep*');
    expectScorecard(await sendAll(ana, ex.messages), scoreOf('voicemail', ex, 7));
  });

  it('scores an email given inline at once', async () => {
    const ex = example(EMAIL_EXAMPLES, 'email-strong-referral');
    practice.seeds(3);
    const replies = await practice
      .harness()
      .as('ana')
      .send(`/practice email --persona ${ex.personaId} ${ex.messages[0] ?? ''}`);
    expect(replies.text).toContain('You are emailing Lena Fischer');
    expectScorecard(replies, scoreOf('email', ex, 3));
  });

  it('runs an interview question by question until the student closes', async () => {
    const ex = example(INTERVIEW_EXAMPLES, 'interview-strong-nursing');
    practice.seeds(11);
    const ana = practice.harness().as('ana');
    const opening = await ana.send(`/practice interview ${ex.field} --persona ${ex.personaId}`);
    expect(opening.text).toContain('a senior practitioner in nursing');
    const answers = await sendAll(ana, ex.messages.slice(0, 1));
    expect(answers.text).toMatch(/^Aisha: /m);
    expectScorecard(await sendAll(ana, ex.messages.slice(1)), scoreOf('interview', ex, 11));
  });

  it('takes a thank-you note as the next message, line breaks and all', async () => {
    const ex = example(THANKS_EXAMPLES, 'thanks-strong-accounting');
    practice.seeds(5);
    const ana = practice.harness().as('ana');
    expect((await ana.send(`/practice thanks --difficulty tough --persona ${ex.personaId}`)).text).toContain('## 🎭 Send a thank-you note (tough)');
    const card = scoreOf('thanks', { ...ex, difficulty: 'tough' }, 5);
    expectScorecard(await sendAll(ana, ex.messages), card);
    const [row] = await rehearsalRows(practice.harness(), 'ana');
    expect(row).toMatchObject({ status: 'finished', scenario: 'thanks', difficulty: 'tough', persona_id: ex.personaId, score: card.score });
    expect(JSON.parse(row?.scorecard ?? 'null')).toEqual(card);
  });
});

describe('/practice: the scorecard', () => {
  const practice = usePracticeHarness();

  it.each([
    ['email', EMAIL_EXAMPLES],
    ['voicemail', VOICEMAIL_EXAMPLES],
    ['thanks', THANKS_EXAMPLES],
  ] as const)("quotes the student's own words in each improvement and the rewrite of a weak %s", async (scenario, examples) => {
    const ex = examples.find((candidate) => candidate.quality === 'weak');
    if (ex === undefined) throw new Error('no weak example');
    const ana = practice.harness().as('ana');
    await ana.send(`/practice ${scenario} --persona ${ex.personaId}`);
    const replies = await sendAll(ana, ex.messages);
    const card = scoreOf(scenario, ex, 1);
    expect(card.improvements.length).toBeGreaterThan(0);
    expectScorecard(replies, card);
    for (const improvement of card.improvements) {
      expect(isOwnWords(improvement.quote, ex.messages)).toBe(true);
      expect(replies.text).toMatch(new RegExp(`You wrote “${escape(improvement.quote)}”\\.? ${escape(improvement.advice)}`));
    }
    expect(replies.text).toContain(`You wrote: “${card.rewrite?.original ?? ''}”`);
  });

  it('names the mistakes in plain words', async () => {
    const ex = example(EMAIL_EXAMPLES, 'email-strong-referral');
    const weakened =
      ex.messages[0]?.replace(
        'Would you have 15 minutes for a phone or video chat in the next two weeks? Any time that suits you works for me.',
        'Are you hiring? I attached my resume.',
      ) ?? '';
    const text = (await practice.harness().as('ana').send(`/practice email --persona ${ex.personaId} ${weakened}`)).text;
    expect(text).toContain('Asked for a job instead of information. You wrote “Are you hiring?” Ask only for their insight.');
  });

  it('starts each rehearsal with the scenario brief the domain writes', async () => {
    const expected = startRehearsal({ scenario: 'voicemail', personaId: 'helen-park', seed: 1 }).say;
    const text = (await practice.harness().as('ana').send('/practice voicemail --persona helen-park')).text;
    for (const line of expected) expect(text).toContain(line);
  });
});

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('/practice call --branch and rehearsals started in a channel', () => {
  const practice = usePracticeHarness();

  it.each([
    ['polite-no', /not able|say no|don't have the time/i],
    ['call-back', /call me back|another time|another day/i],
    ['go-ahead', /first question|go ahead|fire away|what would you like to know/i],
  ])('plays the %s branch when the student picks it', async (branch, line) => {
    for (const seed of [1, 2, 3]) {
      practice.seeds(seed);
      const sam = practice.harness().as(`sam-${branch}-${seed}`);
      await sam.send(`/practice call --persona priya-shah --branch ${branch}`);
      const reply = await sam.send(
        "Hi Priya, this is Sam Rivera. Leo Martin suggested I call. I'd love to learn how you got into data engineering. Would you have 15 minutes this week?",
      );
      expect(reply.text).toMatch(line);
    }
  });

  it('says a rehearsal started in a channel continues in the direct messages', async () => {
    const sam = practice.harness().as('sam');
    expect((await sam.in('#careers').send('/practice voicemail')).text).toMatch(/continues in your direct messages/);
    expect((await practice.harness().as('ana').send('/practice voicemail')).text).not.toMatch(/direct messages/);
  });
});
