import { describe, expect, it } from 'vitest';
import { jobRequest } from '../../../src/domain/practice/checks/ask.js';
import { toDraft } from '../../../src/domain/practice/draft.js';
import { continueRehearsal, startRehearsal, type RehearsalState } from '../../../src/domain/practice/index.js';
import { CALL_EXAMPLES } from '../../fixtures/practice/call.js';
import { describeCorpus } from './corpus.js';
import { callScore } from './play.js';

describeCorpus('call', CALL_EXAMPLES, callScore);

const GOOD_OPENING =
  "Hi Priya, this is Dana Kowalski. Leo Martin, my statistics TA, suggested I call you. I'm hoping to learn how you got into data engineering. Would you have 15 minutes, now or later this week?";
const BAD_OPENING =
  "Hi, so ever since I was a kid I've loved computers, and in high school I took a programming class, and now I'm at university and I'm looking for a job in data engineering, so are you hiring? I can send my resume.";
const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

/** The branch each seed leads to after an opening, for seeds where the person picks up. */
function branches(opening: string, personaId = 'priya-shah'): string[] {
  return SEEDS.flatMap((seed) => {
    const start = startRehearsal({ scenario: 'call', personaId, seed });
    return start.state.step === 'opening' ? [continueRehearsal(start.state, opening).state.step] : [];
  });
}

const share = (list: readonly string[], branch: string) => list.filter((b) => b === branch).length / list.length;

describe('call branches', () => {
  it('varies the answer across seeds', () => {
    expect(new Set(branches(GOOD_OPENING))).toEqual(new Set(['go-ahead', 'call-back', 'decline']));
  });

  it('answers a referred, short opening more kindly than a rambling job request', () => {
    const good = branches(GOOD_OPENING);
    const bad = branches(BAD_OPENING);
    expect(share(good, 'go-ahead')).toBeGreaterThan(share(bad, 'go-ahead') + 0.2);
    expect(share(bad, 'decline')).toBeGreaterThan(share(good, 'decline') + 0.2);
  });

  it('makes tough personas harder to reach than gentle ones', () => {
    const pickups = (difficulty: 'gentle' | 'tough') =>
      SEEDS.filter((seed) => startRehearsal({ scenario: 'call', personaId: 'marcus-bell', seed, difficulty }).state.step === 'opening').length;
    expect(pickups('gentle')).toBeGreaterThan(pickups('tough'));
  });

  it('only lets a receptionist answer for personas who have one', () => {
    const firstSteps = (personaId: string) => new Set(SEEDS.map((seed) => startRehearsal({ scenario: 'call', personaId, seed }).state.step));
    expect(firstSteps('priya-shah')).toEqual(new Set(['opening', 'voicemail']));
    expect(firstSteps('tom-okafor')).toEqual(new Set(['opening', 'voicemail', 'front-desk']));
  });

  it('is deterministic for a seed', () => {
    const run = (seed: number) => continueRehearsal(startRehearsal({ scenario: 'call', personaId: 'elena-ruiz', seed }).state, GOOD_OPENING);
    for (const seed of [1, 2, 3, 99]) expect(run(seed)).toEqual(run(seed));
  });

  it('answers questions when the person says go ahead, carries on, and ends when the student closes', () => {
    const seed = SEEDS.find((s) => {
      const start = startRehearsal({ scenario: 'call', personaId: 'priya-shah', seed: s });
      return start.state.step === 'opening' && continueRehearsal(start.state, GOOD_OPENING).state.step === 'go-ahead';
    })!;
    let state: RehearsalState = startRehearsal({ scenario: 'call', personaId: 'priya-shah', seed }).state;
    state = continueRehearsal(state, GOOD_OPENING).state;
    const first = continueRehearsal(state, 'Thank you! What does a typical week look like for you?');
    expect(first.finished).toBe(false);
    expect(first.say[0]).toMatch(/^Priya: /);
    const second = continueRehearsal(first.state, 'What is a recent example of that?');
    expect(second.finished).toBe(false);
    expect(second.say[0]).not.toMatch(/follow|say a bit more|another way/i);
    const end = continueRehearsal(second.state, "Thank you, that's all I wanted to ask.");
    expect(end.finished).toBe(true);
    expect(end.scorecard?.score).toBe(100);
    expect(end.state.turns.filter((t) => t.from === 'student').map((t) => t.step)).toEqual(['opening', 'go-ahead', 'talking', 'talking']);
  });

  it('has the receptionist turn away a job request instead of putting it through', () => {
    const seed = SEEDS.find((s) => startRehearsal({ scenario: 'call', personaId: 'tom-okafor', seed: s }).state.step === 'front-desk')!;
    const start = startRehearsal({ scenario: 'call', personaId: 'tom-okafor', seed }).state;
    const out = continueRehearsal(start, 'Hi, I am looking for a job in design. Can you put me through to Tom Okafor?');
    expect(out.finished).toBe(true);
    expect(out.say.join(' ')).toMatch(/careers page/);
    expect(out.scorecard?.mistakes).toContain('job-request');
  });
});

describe('job requests, told from questions about jobs', () => {
  it.each([
    'How did you get hired?',
    'Which roles at your company suit new graduates?',
    'How can I get an internship in this field?',
    'Would I be a good fit for this kind of work?',
    'What would help me get a job in this field?',
  ])('does not take "%s" for a job request', (question) => {
    expect(jobRequest(toDraft(question), 'UX research', 1)).toBeNull();
  });

  it.each([
    'Maybe you can help me get an internship.',
    'I think I would be a great fit at Pinecone.',
    'Let me know if anything opens up.',
    'Please give me chance to work in your pharmacy.',
  ])('takes "%s" for a job request', (ask) => {
    expect(jobRequest(toDraft(ask), 'UX research', 1)?.code).toBe('job-request');
  });
});
