import type { RESTOptions } from 'discord.js';

/**
 * How Rapport configures discord.js's own REST client (rather than replacing it). Its `retries`
 * (3 by default) repeat a request after a timeout, a reset connection or a 5xx, on every route
 * alike; in each of those cases a message create may have arrived already, and an interaction's
 * follow-up carries no nonce that would make a repeat harmless. So the client never repeats a
 * request by itself: nudges and digests are retried by the delivery ledger under the same
 * enforced nonce (Discord returns the first message instead of a second), and an interaction
 * reply that fails goes to the router's error path. The timeout is discord.js's 15 s, written
 * out: longer than the scheduler's own per-delivery abort, well inside an interaction token's
 * 15 minutes. Rate limits stay discord.js's: buckets, waits and the global limit.
 * @see https://discord.js.org/docs/packages/rest/main/RESTOptions:Interface
 */
export const DISCORD_REST_OPTIONS = { retries: 0, timeout: 15_000 } as const satisfies Partial<RESTOptions>;
