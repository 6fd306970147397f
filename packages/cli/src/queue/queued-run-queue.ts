import { randomUUID } from 'node:crypto';
import { createConsola, type ConsolaInstance } from 'consola';
import { describeError, listTenants, PROCESS_LOCK_HOLDER } from '@syncengine/engine';
import type { OpsPipelines } from '../ops/ops-pipeline.js';
import type { QueuedRun, RunObserver, RunQueue, RunRequest } from '../ops/run-queue.js';
import { createEnqueuer, type Enqueuer, type EnqueuerOptions, type EnqueueUnit } from './enqueue.js';
import { unitJobId, type UnitJobData } from './unit-job.js';

/** How many handed-over runs the queue remembers for status look-ups. */
const KEPT = 500;

/** Options of `createQueuedRunQueue`. */
export interface QueuedRunQueueOptions extends EnqueuerOptions {
  pipelines: OpsPipelines;
  /** The scheduler's start time and retry wait, for the worker's "still due?" check of scheduled units. */
  schedule?: { startedAt: number; retryAfterMs: number };
  logger?: ConsolaInstance;
  observers?: readonly RunObserver[];
  now?: () => number;
}

/** A run queue that hands runs to the workers of a shared BullMQ queue instead of running them. */
export interface QueuedRunQueue extends RunQueue {
  /** The producer underneath (dead letters, counts). */
  readonly enqueuer: Enqueuer;
}

/**
 * Creates the run queue of `schedule --queue` and `serve --queue`: `submit` adds one BullMQ job
 * per tenant (fanning a multi-tenant request out over the tenants) and the workers run them. A
 * scheduled unit's job id names its due period, so schedulers that decide alike add one job.
 */
export function createQueuedRunQueue(options: QueuedRunQueueOptions): QueuedRunQueue {
  const enqueuer = createEnqueuer(options);
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag('queue');
  const now = options.now ?? Date.now;
  const runs = new Map<string, QueuedRun>();
  const order: string[] = [];
  const pending = new Set<Promise<void>>();
  let closing = false;

  const remember = (run: QueuedRun) => {
    runs.set(run.runId, run);
    order.push(run.runId);
    while (order.length > KEPT) runs.delete(order.shift()!);
  };

  const unitOf = (request: RunRequest, tenant: string | undefined, runId: string): EnqueueUnit => {
    const data: UnitJobData = {
      pipeline: request.pipeline,
      ...(tenant !== undefined ? { tenant } : {}),
      trigger: String(request.trigger),
      ...(request.strategy ? { strategy: request.strategy } : {}),
      ...(request.ids ? { ids: [...request.ids] } : {}),
      ...(request.streams?.length ? { streams: [...request.streams] } : {}),
      runId,
      ...(request.trigger === 'schedule' && options.schedule ? { recheck: options.schedule } : {}),
    };
    const jobId = request.slot !== undefined ? unitJobId(['schedule', request.pipeline, tenant, request.slot]) : undefined;
    return { data, ...(jobId ? { jobId } : {}) };
  };

  const handOver = async (run: QueuedRun, request: RunRequest) => {
    const op = options.pipelines.get(request.pipeline)!;
    let tenants: (string | undefined)[] = [request.tenant];
    if (op.plan.tenants && request.tenant === undefined) {
      const listed = await listTenants(op.pipeline, { state: op.state, logger });
      tenants = (listed ?? []).map((t) => t.id);
    }
    const units = tenants.map((tenant, i) => unitOf(request, tenant, i === 0 ? run.runId : randomUUID()));
    const ids = await enqueuer.enqueue(units);
    logger.debug(`${request.pipeline}: ${ids.length} unit(s) handed to the queue`);
  };

  return {
    enqueuer,
    holder: PROCESS_LOCK_HOLDER,
    submit(request) {
      if (closing) throw new Error('shutting down: no new runs are accepted');
      const op = options.pipelines.get(request.pipeline);
      if (!op) throw new Error(`unknown pipeline "${request.pipeline}"`);
      const run: QueuedRun = {
        runId: randomUUID(),
        pipeline: request.pipeline,
        tenant: op.plan.tenants ? request.tenant : undefined,
        trigger: request.trigger,
        strategy: request.strategy,
        streams: request.streams?.length ? [...request.streams] : undefined,
        ids: request.ids ? [...request.ids] : undefined,
        status: 'queued',
        queuedAt: new Date(now()).toISOString(),
      };
      remember(run);
      options.observers?.forEach((o) => o.onRun?.(run));
      const work = handOver(run, request)
        .catch((error: unknown) => {
          run.status = 'failed';
          run.error = `could not hand the run to the queue: ${describeError(error)}`;
          logger.error(`${request.pipeline}: ${run.error}`);
        })
        .finally(() => pending.delete(work));
      pending.add(work);
      return { run, merged: false };
    },
    get: (runId) => runs.get(runId),
    // Runs live on the workers: only hand-overs in flight are this process's.
    active: () => [...runs.values()].filter((r) => r.status === 'queued' && pending.size > 0),
    isBusy: () => false,
    async idle() {
      while (pending.size) await Promise.all([...pending]);
    },
    async close() {
      if (closing) return;
      closing = true;
      while (pending.size) await Promise.all([...pending]);
      await enqueuer.close();
    },
  };
}
