import PQueue from 'p-queue';

/**
 * Runs tasks one after another for the same key (a conversation, a person) and side by side
 * for different keys: one p-queue of concurrency 1 per key, dropped once it is idle so that
 * keys seen once cost nothing afterwards. A task runs even when the one before it failed. The
 * adapters use it so that two messages of one student are answered in order (a rehearsal turn
 * never overtakes the one before it) and one student's Home tab is never published twice at once.
 * @see https://github.com/sindresorhus/p-queue#readme
 */
export class KeyedSerial {
  private readonly queues = new Map<string, PQueue>();

  /** Runs `task` after every earlier task of `key`; resolves or rejects as it does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(key);
    if (queue === undefined) {
      const created = new PQueue({ concurrency: 1 });
      created.on('idle', () => {
        if (this.queues.get(key) === created) this.queues.delete(key);
      });
      this.queues.set(key, created);
      queue = created;
    }
    return queue.add(task, { throwOnTimeout: true });
  }

  /** Resolves once every task started so far has settled. */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()].map((queue) => queue.onIdle()));
  }
}
