import { Queue, QueueEvents, Worker } from 'bullmq';
import { createConsola, type ConsolaInstance } from 'consola';
import {
  DEFAULT_LOCK_TTL_MS,
  PROCESS_LOCK_HOLDER,
  type Engine,
  type MetricsRecorder,
  type SharedRateBudgets,
  type StreamResult,
} from '@syncengine/engine';
import { createRedisRateBudgets } from './redis-rate-budgets.js';
import type { OpsPipelines } from '../ops/ops-pipeline.js';
import { openRedis } from './enqueue.js';
import { runPartitionJob } from './_run-partition-job.js';
import { runUnitJob, type UnitJobContext, type UnitOutcome } from './_run-unit-job.js';
import {
  DEFAULT_QUEUE_PREFIX,
  PARTITIONS_QUEUE,
  UNITS_QUEUE,
  type PartitionJobData,
  type QueueConnectionOptions,
  type UnitJobData,
} from './unit-job.js';

/** Options of `createWorker`. */
export interface WorkerOptions extends QueueConnectionOptions {
  pipelines: OpsPipelines;
  engine: Engine;
  /** Units run at once by this worker, and as many partitions handed out by units (of any worker). @default 1 */
  concurrency?: number;
  /**
   * How long a lease lasts unless renewed (the state store's run locks, the BullMQ job lock, the
   * `max_concurrent` slots of shared budgets): a killed or paused worker's unit goes to another
   * worker, and its request slots free, after about this long. @default 60000
   */
  lockTtlMs?: number;
  /** How soon a unit whose lock another worker holds is tried again. @default 1000 */
  lockRetryMs?: number;
  logger?: ConsolaInstance;
  /** Where the worker's and the connectors' metrics go. */
  metrics?: MetricsRecorder;
  /** The clock of leases and run times. @default Date.now */
  now?: () => number;
  /** Request budgets shared by the workers. @default Redis-backed, on the queue's Redis under its prefix */
  rateBudgets?: SharedRateBudgets;
}

/** A running worker. */
export interface SyncWorker {
  /** This worker's name (on its locks and in its metrics). */
  readonly name: string;
  /** Jobs waiting, delayed, running and failed on the queue. */
  counts(): Promise<Record<string, number>>;
  /** Takes no new unit, stops running ones after their current batch (handing them back) and waits for them. */
  close(): Promise<void>;
}

/**
 * Starts a worker that takes units from the queue and runs them with the engine, under the state
 * store's lease (with fencing), until `close()`.
 *
 * @example
 * ```ts
 * const worker = createWorker({ url: 'redis://127.0.0.1:6379', pipelines, engine, concurrency: 4 })
 * process.once('SIGTERM', () => void worker.close())
 * ```
 */
export function createWorker(options: WorkerOptions): SyncWorker {
  const prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
  const lockTtlMs = options.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag('worker');
  const metrics = options.metrics ?? { increment() {}, observe() {}, set() {} };
  const labels = { worker: PROCESS_LOCK_HOLDER };
  const running = new Set<AbortController>();
  let closing = false;
  const connection = openRedis(options.url);
  const queue = new Queue<UnitJobData>(UNITS_QUEUE, { connection, prefix });
  const workerConnection = openRedis(options.url);
  const rateBudgets = options.rateBudgets ?? createRedisRateBudgets(connection, { prefix, leaseMs: lockTtlMs });
  const partitionQueue = new Queue<PartitionJobData, StreamResult>(PARTITIONS_QUEUE, { connection, prefix });
  const eventsConnection = openRedis(options.url);
  const partitionEvents = new QueueEvents(PARTITIONS_QUEUE, { connection: eventsConnection, prefix });
  const ctx: UnitJobContext = {
    pipelines: options.pipelines,
    engine: options.engine,
    logger,
    lockTtlMs,
    lockRetryMs: options.lockRetryMs ?? 1_000,
    metrics,
    labels,
    running,
    isClosing: () => closing,
    rateBudgets,
    now: options.now ?? Date.now,
    partitions: { queue: partitionQueue, events: partitionEvents },
  };
  const settings = {
    prefix,
    concurrency: options.concurrency ?? 1,
    // A job whose worker stops renewing its lock is "stalled" and goes to another worker.
    lockDuration: lockTtlMs,
    stalledInterval: Math.max(500, Math.floor(lockTtlMs / 2)),
    maxStalledCount: 5,
  };
  const worker = new Worker<UnitJobData, UnitOutcome>(UNITS_QUEUE, (job, token) => runUnitJob(job, token, ctx), {
    connection: workerConnection,
    ...settings,
  });
  // Partitions have their own slots: a unit waiting for its partitions never holds up the partitions themselves.
  const partitionConnection = openRedis(options.url);
  const partitionWorker = new Worker<PartitionJobData, StreamResult>(PARTITIONS_QUEUE, (job, token) => runPartitionJob(job, token, ctx), {
    connection: partitionConnection,
    ...settings,
  });
  partitionWorker.on('error', (error) => logger.warn(`queue: ${error.message}`));
  partitionWorker.on('stalled', (jobId) => logger.warn(`partition ${jobId} stalled (its worker stopped renewing it): it runs again`));
  worker.on('error', (error) => logger.warn(`queue: ${error.message}`));
  worker.on('stalled', (jobId) => logger.warn(`unit ${jobId} stalled (its worker stopped renewing it): it runs again`));

  const depth = async () => {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
    for (const [state, n] of Object.entries(counts)) metrics.set('syncengine_queue_jobs', { ...labels, state }, n);
    return counts;
  };
  const timer = setInterval(() => void depth().catch(() => undefined), 5_000);
  timer.unref();

  return {
    name: PROCESS_LOCK_HOLDER,
    counts: depth,
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(timer);
      for (const controller of running) controller.abort();
      await Promise.all([worker.close(), partitionWorker.close()]);
      await Promise.all([queue.close(), partitionQueue.close(), partitionEvents.close()]);
      await connection.quit().catch(() => undefined);
      await workerConnection.quit().catch(() => undefined);
      await partitionConnection.quit().catch(() => undefined);
      await eventsConnection.quit().catch(() => undefined);
    },
  };
}
