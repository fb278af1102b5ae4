import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shutdownWithin } from '../../src/observability/graceful-shutdown.js';
import { captureLogger } from '../support/capture-logger.js';

describe('shutdownWithin', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the deliveries in progress and says they finished', async () => {
    const { logger, lines } = captureLogger();
    let finishDelivery = (): void => undefined;
    const delivery = new Promise<void>((resolve) => (finishDelivery = resolve));
    const stopped = shutdownWithin(() => delivery, 20_000, logger);
    await vi.advanceTimersByTimeAsync(19_000);
    finishDelivery();
    expect(await stopped).toBe(true);
    expect(lines()).toEqual([]);
  });

  it('gives up at the deadline, saying the unfinished reminders return to the schedule', async () => {
    const { logger, lines } = captureLogger();
    const stopped = shutdownWithin(() => new Promise<void>(() => undefined), 20_000, logger);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await stopped).toBe(false);
    expect(lines()).toEqual([expect.objectContaining({ deadlineMs: 20_000, msg: expect.stringContaining('return to the schedule') as string })]);
  });

  it('logs a stop that fails instead of crashing on it', async () => {
    const { logger, lines } = captureLogger();
    expect(await shutdownWithin(() => Promise.reject(new Error('socket already closed')), 20_000, logger)).toBe(false);
    expect(lines()).toEqual([expect.objectContaining({ msg: 'stopping failed' })]);
  });
});
