import type { Readable } from 'node:stream';

/**
 * Resolves once `printed()` (what a child process wrote on `stream` so far) includes `text`,
 * checked each time the stream gives more; rejects when the stream ends without it, or after
 * `timeoutMs`, with everything printed. Waiting on the stream's own events, not on a poll.
 */
export function outputIncludes(stream: Readable, printed: () => string, text: string, timeoutMs: number, who: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (failure?: string): void => {
      clearTimeout(timer);
      stream.off('data', onData);
      stream.off('close', onClose);
      if (failure === undefined) resolve();
      else reject(new Error(`${failure}:\n${printed()}`));
    };
    // Run after the listener that collects the output, which was added first: the chunk is in printed() by then.
    const onData = (): void => {
      if (printed().includes(text)) settle();
    };
    const onClose = (): void => {
      settle(printed().includes(text) ? undefined : `${who} ended before printing "${text}"`);
    };
    const timer = setTimeout(() => {
      settle(`${who} did not print "${text}" within ${timeoutMs} ms`);
    }, timeoutMs);
    stream.on('data', onData);
    stream.once('close', onClose);
    if (printed().includes(text)) settle();
  });
}
