import { randomUUID } from 'node:crypto';
import { DelayedError, UnrecoverableError, type Job, type Queue, type QueueEvents } from 'bullmq';
import type { ConsolaInstance } from 'consola';
import {
  describeError,
  isBusy,
  PROCESS_LOCK_HOLDER,
  takeRunLocks,
  type Engine,
  type MetricsRecorder,
  type SharedRateBudgets,
  type StreamResult,
} from '@syncengine/engine';
import { findTarget } from '../ops/due-targets.js';
import type { OpsPipelines } from '../ops/ops-pipeline.js';
import { withMetricLabels } from '../ops/prometheus-metrics.js';
import { createQueueDispatcher } from './_partition-dispatcher.js';
import type { PartitionJobData, UnitJobData } from './unit-job.js';

/** What a unit's job resolves with (kept on the completed job). */
export interface UnitOutcome {
  runId?: string;
  status: string;
  error?: string;
}

/** What running one unit needs from its worker. */
export interface UnitJobContext {
  pipelines: OpsPipelines;
  engine: Engine;
  logger: ConsolaInstance;
  lockTtlMs: number;
  lockRetryMs: number;
  metrics: MetricsRecorder;
  /** Labels of this worker's own metrics. */
  labels: Readonly<Record<string, string>>;
  /** Runs in progress, aborted on shutdown. */
  running: Set<AbortController>;
  isClosing(): boolean;
  now: () => number;
  /** Request budgets shared by every worker. */
  rateBudgets: SharedRateBudgets;
  /** Where units hand out the partitions of partitioned streams, and hear that they finished. */
  partitions?: { queue: Queue<PartitionJobData, StreamResult>; events: QueueEvents };
}

/**
 * Runs one unit under the state store's lease: a unit whose lock another worker holds goes back to
 * the queue (delayed), a scheduled unit no longer due is skipped, a failed run throws (BullMQ retries
 * it with backoff, then keeps it as a dead letter), and a run stopped by shutdown is handed back.
 */
export async function runUnitJob(job: Job<UnitJobData>, token: string | undefined, ctx: UnitJobContext): Promise<UnitOutcome> {
  const { data } = job;
  const op = ctx.pipelines.get(data.pipeline);
  if (!op) throw new UnrecoverableError(`unknown pipeline "${data.pipeline}": start the worker with its file`);
  const who = data.tenant === undefined ? data.pipeline : `${data.pipeline} (tenant ${data.tenant})`;
  const later = async (ms: number) => {
    await job.moveToDelayed(Date.now() + ms, token);
    throw new DelayedError();
  };
  if (ctx.isClosing()) return later(0);

  const used = await op.state.getRun(data.runId);
  const runId = used ? randomUUID() : data.runId;
  // One holder per execution: a worker running two units never renews the other's lease.
  const holder = `${PROCESS_LOCK_HOLDER}:${randomUUID().slice(0, 8)}`;
  const controller = new AbortController();
  let lost: string | undefined;
  const lease = await takeRunLocks(op.state.locks, {
    pipeline: data.pipeline,
    ...(data.tenant !== undefined ? { tenant: data.tenant } : {}),
    streams: data.streams?.length ? data.streams : op.plan.streams.map((s) => s.name),
    holder,
    ttlMs: ctx.lockTtlMs,
    runId,
    now: ctx.now,
    onLost: (reason) => {
      lost = reason;
      ctx.metrics.increment('syncengine_worker_lease_losses_total', ctx.labels);
      ctx.logger.error(`unit ${job.id} (${who}): ${reason}; stopping it`);
      controller.abort();
    },
  });
  if (isBusy(lease)) {
    ctx.logger.debug(`unit ${job.id} (${who}) waits: ${lease.message}`);
    return later(ctx.lockRetryMs);
  }

  let outcome: UnitOutcome;
  ctx.running.add(controller);
  try {
    if (data.recheck) {
      const target = await findTarget(op, data.tenant, {
        now: ctx.now(),
        startedAt: data.recheck.startedAt,
        retryAfterMs: data.recheck.retryAfterMs,
      });
      if (target && !target.due) {
        ctx.logger.info(`unit ${job.id} (${who}) skipped: no longer due (last success ${target.lastSuccessAt ?? 'never'})`);
        ctx.metrics.increment('syncengine_worker_units_total', { ...ctx.labels, status: 'skipped' });
        return { status: 'skipped' };
      }
    }
    ctx.logger.info(`unit ${job.id} (${who}) started as run ${runId} (attempt ${job.attemptsMade + 1})`);
    const result = await ctx.engine.run(op.pipeline, {
      state: op.state,
      logger: ctx.logger,
      signal: controller.signal,
      trigger: data.trigger,
      runId,
      now: ctx.now,
      lease,
      ...(data.strategy ? { strategy: data.strategy } : {}),
      ...(data.ids ? { ids: data.ids } : {}),
      ...(data.streams?.length ? { streams: data.streams } : {}),
      ...(data.tenant !== undefined ? { tenants: [data.tenant] } : {}),
      metrics: withMetricLabels(ctx.metrics, { pipeline: op.name }),
      rateBudgets: ctx.rateBudgets,
      ...(ctx.partitions
        ? {
            partitionDispatcher: createQueueDispatcher({
              ...ctx.partitions,
              unit: {
                pipeline: data.pipeline,
                ...(data.tenant !== undefined ? { tenant: data.tenant } : {}),
                trigger: data.trigger,
                runId,
              },
            }),
          }
        : {}),
    });
    const own = result.tenants?.[0] ?? result;
    outcome = { runId, status: own.status, ...((own.error ?? result.error) ? { error: own.error ?? result.error } : {}) };
  } catch (error) {
    if (error instanceof DelayedError) throw error;
    outcome = { runId, status: 'failed', error: op.pipeline.redactor.redact(describeError(error)) };
  } finally {
    ctx.running.delete(controller);
    await lease.release().catch((error: unknown) => ctx.logger.warn(`releasing the locks of ${who} failed: ${describeError(error)}`));
  }

  if (outcome.status === 'aborted' && ctx.isClosing() && !lost) {
    // Stopped between batches by a shutdown: what committed stays, the rest runs on another worker.
    ctx.logger.info(`unit ${job.id} (${who}) handed back: shutting down`);
    return later(0);
  }
  ctx.metrics.increment('syncengine_worker_units_total', { ...ctx.labels, status: outcome.status });
  if (outcome.status === 'succeeded') {
    ctx.logger.info(`unit ${job.id} (${who}) succeeded (run ${runId})`);
    return outcome;
  }
  const message = lost ? `lease lost: ${lost}` : (outcome.error ?? outcome.status);
  const left = (job.opts.attempts ?? 1) - job.attemptsMade - 1;
  if (left > 0) ctx.metrics.increment('syncengine_worker_units_retried_total', ctx.labels);
  ctx.logger.error(`unit ${job.id} (${who}) ${outcome.status}: ${message}${left > 0 ? `; ${left} attempt(s) left` : '; dead letter'}`);
  throw new Error(message);
}
