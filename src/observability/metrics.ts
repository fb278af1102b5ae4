import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppObservers } from '../app.js';
import type { Handled } from '../core/dispatcher.js';
import type { RunSummary } from '../scheduler/reminder-scheduler.js';

/**
 * Command latency buckets, in seconds: a platform waits 3 s for an acknowledgement (Slack,
 * Discord), so the buckets are fine below that and coarse above.
 */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Rapport's Prometheus metrics, in a registry of their own: commands by name, kind and outcome
 * with their latency, nudges by outcome, and how late the scheduler is, besides Node's process
 * metrics (memory, CPU, event-loop delay) under prom-client's standard names.
 */
export class RapportMetrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({
    name: 'rapport_commands_total',
    help: 'Events handled (commands, buttons, forms, messages), by command, kind and outcome (ok, refused: the person was told what to fix, failed: an unexpected error).',
    labelNames: ['command', 'kind', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'rapport_command_duration_seconds',
    help: 'Time to handle an event, from its arrival at the dispatcher to its replies, by command and kind.',
    labelNames: ['command', 'kind'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly nudges = new Counter({
    name: 'rapport_nudges_total',
    help: 'Reminders handled by the scheduler, by outcome: delivered, deferred (quiet hours), retried (a failed attempt, tried again later) or undeliverable.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  /** @param schedulerLagSeconds how long the most overdue reminder has waited, read at each scrape */
  constructor(schedulerLagSeconds: () => Promise<number>) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'rapport_scheduler_lag_seconds',
      help: 'How long the most overdue reminder has waited past its time (0 when none is overdue); the scheduler runs every 30 seconds.',
      registers: [this.registry],
      async collect() {
        this.set(await schedulerLagSeconds());
      },
    });
  }

  /** The observers that feed these metrics, for `createApp`. */
  observers(): AppObservers {
    return {
      onHandled: (handled: Handled) => {
        this.commands.inc({ command: handled.command, kind: handled.kind, outcome: handled.outcome });
        this.latency.observe({ command: handled.command, kind: handled.kind }, handled.seconds);
      },
      onNudgeRun: (summary: RunSummary) => {
        for (const outcome of ['delivered', 'deferred', 'retried', 'undeliverable'] as const) {
          if (summary[outcome] > 0) this.nudges.inc({ outcome }, summary[outcome]);
        }
      },
    };
  }
}
