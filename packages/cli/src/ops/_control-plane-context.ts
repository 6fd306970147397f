import type { ConsolaInstance } from 'consola';
import type { Clock } from './clock.js';
import type { OpsPipelines } from './ops-pipeline.js';
import type { PrometheusMetrics } from './prometheus-metrics.js';
import type { RunLogBook } from './run-log-book.js';
import type { RunQueue } from './run-queue.js';
import type { WebhookPlan } from './webhook.js';

/** What every route of the control plane shares. */
export interface ControlPlaneContext {
  pipelines: OpsPipelines;
  queue: RunQueue;
  metrics: PrometheusMetrics;
  webhooks: Map<string, WebhookPlan>;
  /** Whether a request's `Authorization` header carries the API token. */
  authorized(header: string | undefined): boolean;
  clock: Clock;
  /** When the process started (cron pipelines that never ran wait for their first time after it). */
  startedAt: number;
  retryAfterMs: number;
  /** Batches of tenant runs started by one request: batch id -> run ids. */
  batches: Map<string, { pipeline: string; runIds: string[] }>;
  logger: ConsolaInstance;
  /** Masks every secret of every operated pipeline. */
  redact(text: string): string;
  /** Masks every secret in a value (a quarantined record). */
  redactValue<T>(value: T): T;
  /** The log lines of recent runs, when the process keeps them. */
  logBook?: RunLogBook;
}

/** How many batches the control plane remembers. */
export const BATCHES_KEPT = 500;
