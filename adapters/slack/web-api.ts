import { LogLevel, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

/**
 * Bolt's Web API client for deliveries (nudges by DM, cohort digests). Its retries
 * (`retryConfig`) repeat a call after a timeout or a lost connection, when a chat.postMessage
 * may have been posted already, so this client repeats nothing: the delivery ledger retries
 * under the same idempotency key, and the nudge messenger looks for a message that arrived
 * before posting it again. A rate-limited call is rejected at once (`rejectRateLimitedCalls`)
 * rather than waited out inside the call, so the scheduler defers that delivery by the
 * `Retry-After` without holding a delivery slot. Every request gives up after {@link REQUEST_TIMEOUT_MS}.
 * @see https://docs.slack.dev/tools/node-slack-sdk/web-api#rate-limits
 * @see https://docs.slack.dev/tools/node-slack-sdk/web-api#retries
 */
export function deliveryClientOptions(apiUrl: string | undefined, logger: Logger): webApi.WebClientOptions {
  return { ...commonOptions(apiUrl, logger), rejectRateLimitedCalls: true, retryConfig: { retries: 0 } };
}

/**
 * Bolt's Web API client for answering requests (replies by DM, modals, the Home tab, users.info):
 * the library's own rate-limit handling, which waits out `Retry-After` (Slack did not run a
 * rate-limited call, so calling it again is safe) and then calls once more. That one retry also
 * covers a timeout or a lost connection: a reply Slack may have shown is then shown twice, which
 * is better than a student left without an answer (the reply sender makes the same choice).
 * @see https://docs.slack.dev/tools/node-slack-sdk/web-api#rate-limits
 */
export function requestClientOptions(apiUrl: string | undefined, logger: Logger): webApi.WebClientOptions {
  return { ...commonOptions(apiUrl, logger), retryConfig: { retries: 1, minTimeout: 0 } };
}

function commonOptions(apiUrl: string | undefined, logger: Logger): webApi.WebClientOptions {
  return { ...(apiUrl === undefined ? {} : { slackApiUrl: apiUrl }), timeout: REQUEST_TIMEOUT_MS, logger: boltLogger(logger), logLevel: LogLevel.INFO };
}

/** How long one Web API request may take: Slack answers within a few seconds when it is well. */
const REQUEST_TIMEOUT_MS = 10_000;

/** How long a rate limit asks to wait, or undefined when `error` is not one. */
export function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof Error) || !('code' in error) || error.code !== webApi.ErrorCode.RateLimitedError) return undefined;
  return (error as webApi.WebAPIRateLimitedError).retryAfter * 1000;
}

/** The error Slack answered with (`ok: false`), such as `user_not_found`; undefined for anything else. */
export function slackErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || error.code !== webApi.ErrorCode.PlatformError) return undefined;
  return (error as webApi.WebAPIPlatformError).data.error;
}

/**
 * Whether a Web API call failed because Slack could not be reached: no answer (a timeout, a
 * refused or dropped connection: the client's request error) or an HTTP 5xx.
 * @see https://docs.slack.dev/tools/node-slack-sdk/web-api#handle-errors
 */
export function slackUnreachable(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error)) return false;
  if (error.code === webApi.ErrorCode.RequestError) return true;
  return error.code === webApi.ErrorCode.HTTPError && (error as webApi.WebAPIHTTPError).statusCode >= 500;
}

/**
 * Bolt's and the Web API client's logs, into the process logger. Never below info: their debug
 * lines carry whole payloads. (They never log tokens or the signing secret at any level.)
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  const line = (parts: unknown[]): string =>
    parts.map((part) => (typeof part === 'string' ? part : part instanceof Error ? part.message : JSON.stringify(part))).join(' ');
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
