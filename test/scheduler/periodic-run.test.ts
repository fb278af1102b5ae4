import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PeriodicRun } from '../../src/scheduler/periodic-run.js';

describe('PeriodicRun', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs on its interval until stopped, and a tick during a slow run joins it instead of starting another', async () => {
    const finishers: (() => void)[] = [];
    const run = new PeriodicRun(
      30_000,
      () =>
        new Promise<number>((resolve) => {
          finishers.push(() => {
            resolve(finishers.length);
          });
        }),
      () => undefined,
    );
    run.start();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(finishers).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(finishers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(finishers).toHaveLength(1);
    finishers[0]?.();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(finishers).toHaveLength(2);
    const stopped = run.stop();
    finishers[1]?.();
    await stopped;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(finishers).toHaveLength(2);
  });

  it('tells onError about a timed run that failed, and the next tick runs again', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const run = new PeriodicRun(
      1_000,
      () => {
        calls++;
        return calls === 1 ? Promise.reject(new Error('database busy')) : Promise.resolve(calls);
      },
      (error) => errors.push(error),
    );
    run.start();
    await vi.advanceTimersByTimeAsync(2_000);
    await run.stop();
    expect(errors).toEqual([new Error('database busy')]);
    expect(calls).toBe(2);
  });
});
