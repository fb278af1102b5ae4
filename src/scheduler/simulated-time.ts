import type { AdjustableClock } from '../core/clock.js';

/** Work that falls due at stored times: the reminder scheduler, the digest runner. */
export interface TimedWork {
  /** When the next item falls due (or a lease ends), if any. */
  nextDueAt(): Promise<Date | undefined>;
  /** Handles what is due now; returns how many items it handled (delivered, deferred, posted...). */
  step(): Promise<number>;
}

/** A bound on the stops of one simulated jump in time. */
const MAX_SIMULATED_STEPS = 10_000;

/**
 * Lets simulated time pass up to `target`, stopping at each moment something falls due, so
 * every nudge and digest happens when it would have in real time (the console's `/clock +2d`).
 */
export async function passTime(target: Date, clock: AdjustableClock, work: readonly TimedWork[]): Promise<void> {
  const runAll = async (): Promise<number> => {
    let handled = 0;
    for (const item of work) handled += await item.step();
    return handled;
  };
  for (let step = 0; step < MAX_SIMULATED_STEPS; step++) {
    const dues = (await Promise.all(work.map((item) => item.nextDueAt()))).filter((due): due is Date => due !== undefined);
    const next = dues.length === 0 ? undefined : new Date(Math.min(...dues.map((due) => due.getTime())));
    if (next === undefined || next.getTime() > target.getTime()) break;
    const before = clock.now().getTime();
    clock.advanceTo(next);
    const handled = await runAll();
    if (handled === 0 && next.getTime() <= before) break; // nothing this process can handle is due
  }
  clock.advanceTo(target);
  await runAll();
}
