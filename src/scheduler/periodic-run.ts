import cron, { type ScheduledTask } from 'node-cron';

/**
 * A piece of work run on a node-cron schedule and on demand, never twice at once: a run asked
 * for while one is in progress joins it. The reminder scheduler and the digest runner each
 * keep one.
 */
export class PeriodicRun<T> {
  private task: ScheduledTask | undefined;
  private running: Promise<T> | undefined;

  constructor(
    /** A node-cron expression with seconds, e.g. `*\/30 * * * * *`. */
    private readonly schedule: string,
    private readonly work: () => Promise<T>,
    /** Told about a scheduled run that failed (a run asked for directly rejects instead). */
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Runs on the schedule until {@link stop}. */
  start(): void {
    this.task = cron.schedule(this.schedule, () => {
      void this.runNow().catch(this.onError);
    });
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = undefined;
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
