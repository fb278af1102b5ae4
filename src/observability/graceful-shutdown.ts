import type { Logger } from 'pino';

/**
 * How long a stop (SIGTERM, SIGINT) may take to finish the deliveries in progress and disconnect;
 * systemd's TimeoutStopSec (90 s by default) and Kubernetes' grace period (30 s) leave room for it.
 */
export const SHUTDOWN_DEADLINE_MS = 20_000;

/**
 * Runs `shutdown` and resolves true when it finished within `deadlineMs`; otherwise logs what
 * becomes of the unfinished work (claimed reminders return to the schedule when their lease
 * ends, and are sent once) and resolves false.
 */
export async function shutdownWithin(shutdown: () => Promise<void>, deadlineMs: number, logger: Logger): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => {
      resolve('late');
    }, deadlineMs);
  });
  const stopped = shutdown().then(
    () => 'finished' as const,
    (error: unknown) => {
      logger.error({ err: error }, 'stopping failed');
      return 'failed' as const;
    },
  );
  const outcome = await Promise.race([stopped, deadline]);
  clearTimeout(timer);
  if (outcome === 'late')
    logger.warn(
      { deadlineMs },
      'stopped before the deliveries in progress finished: the reminders they held return to the schedule when their claim expires, and are sent then',
    );
  return outcome === 'finished';
}
