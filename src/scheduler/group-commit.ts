/**
 * Writes that many callers wait for, committed together: a write asked for while another is in
 * progress joins the next one, so concurrent deliveries each wait for their own record to be
 * durable without each paying for a transaction of its own (PostgreSQL's group commit, done by
 * the caller). A failed write rejects every caller whose entries it held.
 */
export class GroupCommit<T, R> {
  private waiting: { readonly entries: readonly T[]; readonly resolve: (result: R) => void; readonly reject: (error: unknown) => void }[] = [];
  private writing: Promise<void> | undefined;

  constructor(private readonly write: (entries: readonly T[]) => Promise<R>) {}

  /** Resolves, once `entries` are written (with whatever else was waiting), with what that write returned. */
  record(...entries: readonly T[]): Promise<R> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entries, resolve, reject });
      this.writeSoon();
    });
  }

  /** Starts a write after this turn of the event loop, unless one is in progress (it starts the next when done). */
  private writeSoon(): void {
    if (this.writing !== undefined) return;
    this.writing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.writeWaiting())
      .finally(() => {
        this.writing = undefined;
        if (this.waiting.length > 0) this.writeSoon();
      });
  }

  private async writeWaiting(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    try {
      const result = await this.write(batch.flatMap((item) => item.entries));
      for (const item of batch) item.resolve(result);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }
}
