import { describe, expect, it } from 'vitest';
import { KyselyRehearsalRepository } from '../../../src/storage/rehearsal-repository.js';
import type { Rehearsal } from '../../../src/domain/practice/rehearsal-repository.js';
import { at, atOnce, OTHERS, rehearsalStart, scorecard, student, useTestDatabase } from './fixtures.js';

const me = student('U1');

describe('KyselyRehearsalRepository', () => {
  const database = useTestDatabase();
  const rehearsals = () => new KyselyRehearsalRepository(database().db);
  /** Starts an active rehearsal for the recipient, failing the test when one was in the way. */
  const started = async (recipient = me, seed = 1): Promise<Rehearsal> => {
    const outcome = await rehearsals().start(recipient, rehearsalStart(seed), at(0));
    if (outcome.kind !== 'started') throw new Error('a rehearsal was already active');
    return outcome.rehearsal;
  };
  /** The next state of a rehearsal: one more turn. */
  const nextOf = (rehearsal: Rehearsal, text: string) => ({
    state: { ...rehearsal.state, turns: [...rehearsal.state.turns, { from: 'student' as const, text, step: rehearsal.state.step }] },
  });

  it('starts a rehearsal and reads its state back exactly', async () => {
    const progress = rehearsalStart(7);
    const outcome = await rehearsals().start(me, progress, at(0));
    expect(outcome).toMatchObject({ kind: 'started', rehearsal: { state: progress.state } });
    const active = await rehearsals().active(me);
    expect(active).toEqual(outcome.rehearsal);
    expect(await rehearsals().findById(me, active?.id ?? '')).toEqual(active);
  });

  it('refuses a second active rehearsal for the student, returning the active one', async () => {
    const first = await started();
    expect(await rehearsals().start(me, rehearsalStart(2), at(1))).toEqual({ kind: 'already-active', rehearsal: first });
    for (const other of OTHERS) expect((await rehearsals().start(other, rehearsalStart(2), at(1))).kind).toBe('started');
  });

  it('lets exactly one of several starts at once begin a rehearsal', async () => {
    const outcomes = await atOnce(database(), 4, (seed) => rehearsals().start(me, rehearsalStart(seed), at(0)));
    expect(outcomes.filter((outcome) => outcome.kind === 'started')).toHaveLength(1);
    expect(new Set(outcomes.map((outcome) => outcome.rehearsal.id)).size).toBe(1);
  });

  it('stores a rehearsal already finished when it starts with a scorecard, without blocking the next', async () => {
    const outcome = await rehearsals().start(me, { ...rehearsalStart(), scorecard: scorecard(72) }, at(0));
    expect(outcome.kind).toBe('started');
    expect(await rehearsals().active(me)).toBeUndefined();
    expect(await rehearsals().findById(me, outcome.rehearsal.id)).toEqual(outcome.rehearsal);
    expect(await rehearsals().scores(me)).toEqual([{ scenario: 'email', score: 72 }]);
    await started();
  });

  it('advances an active rehearsal only from the state it was read in', async () => {
    const rehearsal = await started();
    const next = nextOf(rehearsal, 'Hello, I am a student at Humber');
    expect(await rehearsals().advance(me, rehearsal, next, at(1))).toBe(true);
    expect(await rehearsals().advance(me, rehearsal, nextOf(rehearsal, 'a turn read before'), at(2))).toBe(false);
    const advanced = await rehearsals().active(me);
    expect(advanced?.state).toEqual(next.state);
    expect(await rehearsals().advance(me, advanced!, nextOf(advanced!, 'and another'), at(3))).toBe(true);
  });

  it('lets one of two advances from the same state win', async () => {
    const rehearsal = await started();
    const results = await atOnce(database(), 2, (index) => rehearsals().advance(me, rehearsal, nextOf(rehearsal, `turn ${index}`), at(1)));
    expect(results.sort()).toEqual([false, true]);
  });

  it('finishes a rehearsal with its scorecard, after which it no longer advances', async () => {
    const rehearsal = await started();
    expect(await rehearsals().advance(me, rehearsal, { ...nextOf(rehearsal, 'bye'), scorecard: scorecard(88) }, at(1))).toBe(true);
    expect(await rehearsals().active(me)).toBeUndefined();
    const finished = await rehearsals().findById(me, rehearsal.id);
    expect(await rehearsals().advance(me, finished!, nextOf(finished!, 'late'), at(2))).toBe(false);
    const scores = await rehearsals().scores(me);
    expect(scores).toEqual([{ scenario: 'email', score: 88 }]);
    expect(typeof scores[0]?.score).toBe('number');
  });

  it('lists the scores of finished rehearsals only, oldest first', async () => {
    for (const [score, minutes] of [
      [40, 30],
      [90, 10],
      [65, 20],
    ] as const) {
      await rehearsals().start(me, { ...rehearsalStart(), scorecard: scorecard(score) }, at(minutes));
    }
    await started();
    await rehearsals().stop(me, at(40));
    await started();
    expect((await rehearsals().scores(me)).map((entry) => entry.score)).toEqual([90, 65, 40]);
  });

  it('stops the active rehearsal without a score, only when the id matches if given', async () => {
    expect(await rehearsals().stop(me, at(0))).toBeUndefined();
    const rehearsal = await started();
    expect(await rehearsals().stop(me, at(1), 'rh_other')).toBeUndefined();
    expect((await rehearsals().active(me))?.id).toBe(rehearsal.id);
    expect(await rehearsals().stop(me, at(2), rehearsal.id)).toEqual({ id: rehearsal.id, scenario: 'email' });
    expect(await rehearsals().active(me)).toBeUndefined();
    expect(await rehearsals().findById(me, rehearsal.id)).toEqual(rehearsal);
    expect(await rehearsals().advance(me, rehearsal, nextOf(rehearsal, 'late'), at(3))).toBe(false);
    expect(await rehearsals().scores(me)).toEqual([]);
    await started();
  });

  it('stops a rehearsal whose stored state no longer parses', async () => {
    const rehearsal = await started();
    await database().db.updateTable('rehearsals').set({ state: '{"scenario":"retired"}' }).where('id', '=', rehearsal.id).execute();
    expect(await rehearsals().stop(me, at(1))).toEqual({ id: rehearsal.id, scenario: 'email' });
  });

  it('never shows, advances or stops a rehearsal of someone else', async () => {
    const rehearsal = await started();
    await rehearsals().start(me, { ...rehearsalStart(), scorecard: scorecard(50) }, at(0));
    for (const other of OTHERS) {
      expect(await rehearsals().active(other)).toBeUndefined();
      expect(await rehearsals().findById(other, rehearsal.id)).toBeUndefined();
      expect(await rehearsals().advance(other, rehearsal, nextOf(rehearsal, 'intruder'), at(1))).toBe(false);
      expect(await rehearsals().stop(other, at(1), rehearsal.id)).toBeUndefined();
      expect(await rehearsals().scores(other)).toEqual([]);
    }
    expect(await rehearsals().active(me)).toEqual(rehearsal);
  });
});
