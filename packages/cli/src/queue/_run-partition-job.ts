import { randomUUID } from 'node:crypto';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { describeError, emptyStreamResult, isBusy, PROCESS_LOCK_HOLDER, takeRunLocks, type StreamResult } from '@syncengine/engine';
import { withMetricLabels } from '../ops/prometheus-metrics.js';
import type { UnitJobContext } from './_run-unit-job.js';
import type { PartitionJobData } from './unit-job.js';

/**
 * Runs one partition another worker's unit handed out, under the partition's own lock (fenced, so a
 * stalled worker that wakes up cannot commit), and resolves with the partition's share of the
 * stream's result, also when it failed: the owning unit decides. A partition whose lock another
 * worker holds, or that a shutdown stopped between batches, goes back to the queue.
 */
export async function runPartitionJob(job: Job<PartitionJobData>, token: string | undefined, ctx: UnitJobContext): Promise<StreamResult> {
  const { data } = job;
  const { partition } = data;
  const op = ctx.pipelines.get(data.pipeline);
  if (!op) throw new UnrecoverableError(`unknown pipeline "${data.pipeline}": start the worker with its file`);
  const who = `partition ${partition.key} of ${data.pipeline}.${partition.stream}${data.tenant === undefined ? '' : ` (tenant ${data.tenant})`}`;
  const later = async (ms: number) => {
    await job.moveToDelayed(Date.now() + ms, token);
    throw new DelayedError();
  };
  if (ctx.isClosing()) return later(0);
  const holder = `${PROCESS_LOCK_HOLDER}:${randomUUID().slice(0, 8)}`;
  const controller = new AbortController();
  let lost: string | undefined;
  // No run id on the lock: the run is the owning unit's, which a lost partition lock must not mark abandoned.
  const lease = await takeRunLocks(op.state.locks, {
    pipeline: data.pipeline,
    ...(data.tenant !== undefined ? { tenant: data.tenant } : {}),
    streams: [partition.stream],
    partition: partition.key,
    holder,
    ttlMs: ctx.lockTtlMs,
    now: ctx.now,
    onLost: (reason) => {
      lost = reason;
      ctx.metrics.increment('syncengine_worker_lease_losses_total', ctx.labels);
      ctx.logger.error(`${who}: ${reason}; stopping it`);
      controller.abort();
    },
  });
  if (isBusy(lease)) {
    ctx.logger.debug(`${who} waits: ${lease.message}`);
    return later(ctx.lockRetryMs);
  }

  let outcome: StreamResult;
  ctx.running.add(controller);
  try {
    ctx.logger.info(`${who} started for run ${data.runId}`);
    const result = await ctx.engine.run(op.pipeline, {
      state: op.state,
      logger: ctx.logger,
      signal: controller.signal,
      trigger: data.trigger,
      runId: data.runId,
      now: ctx.now,
      lease,
      partition,
      ...(data.tenant !== undefined ? { tenants: [data.tenant] } : {}),
      metrics: withMetricLabels(ctx.metrics, { pipeline: op.name }),
      rateBudgets: ctx.rateBudgets,
    });
    const own = result.tenants?.[0] ?? result;
    outcome = own.streams[0] ?? { ...emptyStreamResult(partition.stream, 'failed'), error: own.error ?? result.error ?? own.status };
  } catch (error) {
    outcome = { ...emptyStreamResult(partition.stream, 'failed'), error: op.pipeline.redactor.redact(describeError(error)) };
  } finally {
    ctx.running.delete(controller);
    await lease.release().catch((error: unknown) => ctx.logger.warn(`releasing the lock of ${who} failed: ${describeError(error)}`));
  }
  if (outcome.status === 'aborted' && ctx.isClosing() && !lost) {
    ctx.logger.info(`${who} handed back: shutting down`);
    return later(0);
  }
  if (lost) outcome = { ...outcome, status: 'failed', error: `lease lost: ${lost}` };
  ctx.metrics.increment('syncengine_worker_partitions_total', { ...ctx.labels, status: outcome.status });
  ctx.logger.info(`${who} ${outcome.status}${outcome.error ? `: ${outcome.error}` : ''} (${outcome.recordsWritten} records written)`);
  return outcome;
}
