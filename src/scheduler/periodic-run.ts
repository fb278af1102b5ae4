/**
 * A piece of work run every `everyMs` and on demand, never twice at once: a run asked for while
 * one is in progress joins it, and a tick that finds one in progress joins it too. The reminder
 * scheduler, the digest runner and the Slack delivery clean-up each keep one. A plain timer: the
 * schedules are fixed intervals, and what falls due when (a cohort's weekly digest, a reminder)
 * is kept in the database, not in a cron expression.
 */
export class PeriodicRun<T> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<T> | undefined;

  constructor(
    private readonly everyMs: number,
    private readonly work: () => Promise<T>,
    /** Told about a timed run that failed (a run asked for directly rejects instead). */
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Runs every `everyMs` until {@link stop}. */
  start(): void {
    this.timer ??= setInterval(() => {
      void this.runNow().catch(this.onError);
    }, this.everyMs);
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs now, or joins the run in progress. */
  runNow(): Promise<T> {
    this.running ??= this.work().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
