/** Where every piece of Rapport reads the current time, so tests and the console can move it. */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** A clock that can be moved forward: the console's `/clock` and tests use one. */
export interface AdjustableClock extends Clock {
  /** Moves the clock forward by a number of milliseconds and returns the new now. */
  advance(milliseconds: number): Date;
  /** Moves the clock forward to `instant` (no change if it is not later than now). */
  advanceTo(instant: Date): void;
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that only moves when told to: used by tests and by the console's `/clock` control,
 * so time-based features can be tried in seconds.
 */
export class ManualClock implements AdjustableClock {
  private current: number;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves the clock forward by a number of milliseconds (never backwards). */
  advance(milliseconds: number): Date {
    if (milliseconds < 0) throw new RangeError('A manual clock only moves forward.');
    this.current += milliseconds;
    return this.now();
  }

  advanceTo(instant: Date): void {
    this.current = Math.max(this.current, instant.getTime());
  }
}

/**
 * Real time plus an offset that only grows: the console's clock, so an interactive session
 * keeps ticking while `/clock +2d` jumps ahead.
 */
export class OffsetClock implements AdjustableClock {
  private offset = 0;

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offset);
  }

  /** Moves the clock forward by a number of milliseconds. */
  advance(milliseconds: number): Date {
    if (milliseconds < 0) throw new RangeError('The clock only moves forward.');
    this.offset += milliseconds;
    return this.now();
  }

  advanceTo(instant: Date): void {
    this.offset += Math.max(0, instant.getTime() - this.now().getTime());
  }
}
