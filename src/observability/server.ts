import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthReport } from './health.js';

/** What the operations server serves. */
export interface OperationsSources {
  /** The Prometheus exposition of the metrics, and its content type. */
  readonly metrics: () => Promise<{ readonly body: string; readonly contentType: string }>;
  readonly health: () => Promise<HealthReport>;
}

/** The running operations server. */
export interface OperationsServer {
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Serves `GET /healthz` (200 when healthy, else 503, with the report as JSON) and `GET /metrics`
 * (Prometheus text format) on `port` (0 for any free one), for a load balancer, an orchestrator
 * or Prometheus. Anything else is 404. It holds no personal data: counts, timings and states.
 */
export async function startOperationsServer(port: number, sources: OperationsSources, host?: string): Promise<OperationsServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://rapport').pathname;
    const send = (status: number, contentType: string, body: string): void => {
      response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
    };
    if (request.method !== 'GET' || (path !== '/healthz' && path !== '/metrics')) {
      send(404, 'text/plain; charset=utf-8', 'Not found: GET /healthz or /metrics\n');
      return;
    }
    const answer =
      path === '/healthz'
        ? sources.health().then((report) => {
            send(report.healthy ? 200 : 503, 'application/json', JSON.stringify(report));
          })
        : sources.metrics().then(({ body, contentType }) => {
            send(200, contentType, body);
          });
    answer.catch((error: unknown) => {
      send(500, 'text/plain; charset=utf-8', `${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
