import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the checkpointer copies what the write-ahead log holds into the database file. */
const CHECKPOINT_EVERY_MS = 1000;

/**
 * How many pages the write-ahead log may reach before the serving connection checkpoints it
 * itself: a bound on the log for when the checkpointer falls behind, never reached otherwise
 * (SQLite's default is 1,000 pages).
 * @see https://www.sqlite.org/pragma.html#pragma_wal_autocheckpoint
 */
export const SAFETY_CHECKPOINT_PAGES = 10_000;

/**
 * The checkpointer's code (plain JavaScript: it runs in a worker thread of its own, whatever
 * loader the main thread uses). It checkpoints passively, never waiting on Rapport's own
 * connection, and stops when told to, closing its connection. A failure ends it with a plain
 * Error, which crosses to the main thread whole (SQLite's own error class would not).
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const guarded = (work) => {
  try {
    return work();
  } catch (error) {
    throw new Error('SQLite checkpointer: ' + error.message + (error.code ? ' (' + error.code + ')' : ''));
  }
};
const db = guarded(() => new Database(workerData.path, { fileMustExist: true }));
const timer = setInterval(() => guarded(() => db.pragma('wal_checkpoint(PASSIVE)')), workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** A running checkpointer. */
export interface WalCheckpointer {
  /** Stops it and waits until its connection is closed. */
  stop(): Promise<void>;
}

/**
 * Checkpoints the SQLite database at `path` from a worker thread, on a connection of its own.
 * A checkpoint writes pages into the database file and flushes it to disk, which takes
 * milliseconds; run on Rapport's connection (SQLite's automatic checkpoint, every 1,000 pages)
 * it would stall every reply in progress, since better-sqlite3 works on the main thread. The
 * serving connection keeps a far larger automatic checkpoint ({@link SAFETY_CHECKPOINT_PAGES})
 * only as a bound, and takes over if the checkpointer fails (`onError` is told).
 * @see https://www.sqlite.org/wal.html#checkpointing
 */
export function startWalCheckpointer(path: string, onError: (error: Error) => void, everyMs = CHECKPOINT_EVERY_MS): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { driver, path, everyMs } });
  worker.on('error', onError);
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      resolve();
    });
  });
  // Not a reason to keep the process alive: exiting without stop() loses nothing.
  worker.unref();
  return {
    stop: async () => {
      // Kept alive again until it has closed its connection, or the process would end waiting.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
