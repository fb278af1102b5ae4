/**
 * Which Web API methods Slack asked Rapport to leave alone for a while (HTTP 429 with
 * Retry-After), so that the deliveries behind the first refusal wait instead of each spending
 * a request on another refusal. Slack's limits are per method and workspace.
 * @see https://docs.slack.dev/apis/web-api/rate-limits
 */
export class RoutePauses {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** How long `method` is still paused, in milliseconds; 0 when it may be called. */
  remaining(method: string): number {
    const until = this.until.get(method);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left <= 0) this.until.delete(method);
    return Math.max(left, 0);
  }

  /** Pauses `method` for `ms` (a longer pause already in force stays). */
  pause(method: string, ms: number): void {
    this.until.set(method, Math.max(this.until.get(method) ?? 0, this.now() + ms));
  }
}
