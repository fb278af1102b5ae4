import { setTimeout as sleep } from 'node:timers/promises';
import { LogLevel, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

/**
 * How Rapport calls Slack's Web API. The client rejects a rate-limited call at once rather than
 * pausing its whole queue (its default), and {@link withRetryAfter} waits out `Retry-After` for
 * that call alone, so one busy method never stalls the others. Nothing is retried by the client:
 * a chat.postMessage that timed out or met a 5xx may have been posted, and posting it again
 * would show it twice (the nudge messenger checks first; the scheduler's backoff covers
 * outages). Every request gives up after {@link REQUEST_TIMEOUT_MS}.
 * @see https://docs.slack.dev/apis/web-api/rate-limits
 * @see https://docs.slack.dev/tools/node-slack-sdk/web-api#retries
 */
export function webClientOptions(apiUrl: string | undefined, logger: Logger): webApi.WebClientOptions {
  return {
    ...(apiUrl === undefined ? {} : { slackApiUrl: apiUrl }),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: REQUEST_TIMEOUT_MS,
    logger: boltLogger(logger),
    logLevel: LogLevel.INFO,
  };
}

/** How long one Web API request may take: Slack answers within a few seconds when it is well. */
const REQUEST_TIMEOUT_MS = 10_000;

/** How long a rate limit asks to wait, or undefined when `error` is not one. */
export function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof Error) || !('code' in error) || error.code !== webApi.ErrorCode.RateLimitedError) return undefined;
  return (error as webApi.WebAPIRateLimitedError).retryAfter * 1000;
}

/**
 * Runs a Web API call, waiting as long as Slack's `Retry-After` asks before trying it again
 * (at most `attempts` times, and never longer than `maxWaitMs` in one wait).
 */
export async function withRetryAfter<T>(call: () => Promise<T>, attempts = 3, maxWaitMs = 30_000): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const wait = retryAfterMs(error);
      if (wait === undefined || attempt >= attempts || wait > maxWaitMs) throw error;
      await sleep(wait);
    }
  }
}

/** The error Slack answered with (`ok: false`), such as `user_not_found`; undefined for anything else. */
export function slackErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || error.code !== webApi.ErrorCode.PlatformError) return undefined;
  return (error as webApi.WebAPIPlatformError).data.error;
}

/**
 * Bolt's and the Web API client's logs, into the process logger. Never below info: their debug
 * lines carry whole payloads. (They never log tokens or the signing secret at any level.)
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  const line = (parts: unknown[]): string => parts.map((part) => (typeof part === 'string' ? part : part instanceof Error ? part.message : JSON.stringify(part))).join(' ');
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => {
      child.info(line(parts));
    },
    warn: (...parts: unknown[]) => {
      child.warn(line(parts));
    },
    error: (...parts: unknown[]) => {
      child.error(line(parts));
    },
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
