/**
 * Runs tasks a few at a time, in the order they came. The Slack adapter acknowledges each
 * request at once and queues the slow part (dispatching, replying, the Home tab) here, so a
 * burst of requests cannot crowd the event loop and delay the acknowledgements of the next ones
 * past Slack's 3 seconds: replies wait in line instead.
 */
export class WorkQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly concurrency: number) {}

  /** Runs `task` once a slot is free; resolves or rejects as it does. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.concurrency) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next === undefined) this.active--;
      else next(); // the slot passes straight to the next task
    }
  }
}
