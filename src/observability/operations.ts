import type { AppObservers, RunningAdapter } from '../app.js';
import type { Clock } from '../core/clock.js';
import type { Database } from '../storage/database.js';
import { checkHealth, schedulerLag } from './health.js';
import { RapportMetrics } from './metrics.js';
import { startOperationsServer, type OperationsServer } from './server.js';

/** What the operations endpoint watches once Rapport runs. */
export interface Watched {
  readonly database: Database;
  readonly adapters: readonly RunningAdapter[];
  readonly scheduler: { nextDueAt(): Promise<Date | undefined> };
  readonly clock: Clock;
}

/**
 * Rapport's operations endpoint (METRICS_PORT): metrics gathered from the start through
 * {@link observers}, served with the health check once {@link start} is given what to watch.
 * main.ts imports this module only when METRICS_PORT is set, so prom-client loads only then.
 */
export class Operations {
  private readonly metrics = new RapportMetrics(() => this.lagSeconds());
  private watched: Watched | undefined;
  private server: OperationsServer | undefined;

  /** The observers to build the app with. */
  observers(): AppObservers {
    return this.metrics.observers();
  }

  /** Serves /healthz and /metrics on `port` (0: any free one); resolves with the port once listening. */
  async start(port: number, watched: Watched, host?: string): Promise<number> {
    this.watched = watched;
    this.server = await startOperationsServer(
      port,
      {
        metrics: async () => ({ body: await this.metrics.registry.metrics(), contentType: this.metrics.registry.contentType }),
        health: () => checkHealth({ database: watched.database, platforms: () => watched.adapters, schedulerLagSeconds: () => this.lagSeconds() }),
      },
      host,
    );
    return this.server.port;
  }

  /** Stops serving. */
  async stop(): Promise<void> {
    await this.server?.stop();
  }

  private lagSeconds(): Promise<number> {
    const watched = this.watched;
    if (watched === undefined) return Promise.resolve(0);
    return schedulerLag(
      () => watched.scheduler.nextDueAt(),
      () => watched.clock.now(),
    );
  }
}
