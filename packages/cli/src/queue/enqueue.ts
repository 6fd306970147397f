import { Queue, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { DEFAULT_QUEUE_PREFIX, UNITS_QUEUE, unitJobId, type QueueConnectionOptions, type UnitJobData } from './unit-job.js';

/** A unit to add to the queue, with the id that deduplicates it. */
export interface EnqueueUnit {
  readonly data: UnitJobData;
  /** Deduplicating job id. @default one made of trigger, pipeline, tenant and run id (never deduplicated) */
  readonly jobId?: string;
}

/** Options of `createEnqueuer`. */
export interface EnqueuerOptions extends QueueConnectionOptions {
  /** Attempts of a failing unit before it becomes a dead letter. @default 3 */
  attempts?: number;
  /** First wait before a retry; doubled at each attempt. @default 10000 */
  backoffMs?: number;
}

/** A unit that failed its last attempt. */
export interface DeadLetter {
  readonly jobId: string;
  readonly pipeline: string;
  readonly tenant: string | undefined;
  readonly trigger: string;
  readonly attempts: number;
  readonly failedAt: string | undefined;
  /** The last error, secrets redacted by the worker. */
  readonly error: string;
}

/** Adds units to the queue and reads its dead letters. */
export interface Enqueuer {
  /** Adds units; one whose job id exists (queued, running or done within a day) is not added again. Resolves with the job ids. */
  enqueue(units: readonly EnqueueUnit[]): Promise<string[]>;
  /** Units that failed their last attempt, newest first. */
  deadLetters(limit?: number): Promise<DeadLetter[]>;
  /** Queues a dead letter again (its attempts start over); false when there is no such dead letter. */
  retryDeadLetter(jobId: string): Promise<boolean>;
  /** Removes a dead letter for good (the unit is not run again); false when there is no such dead letter. */
  deleteDeadLetter(jobId: string): Promise<boolean>;
  /** Jobs waiting, delayed, running, failed. */
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** A Redis connection as BullMQ needs it (no retry limit per command, so a blocked worker waits). */
export function openRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
}

/**
 * Creates the producer side of the queue, used by `schedule --queue` and `serve --queue`, or by a
 * service that embeds syncengine.
 *
 * @example
 * ```ts
 * const queue = createEnqueuer({ url: 'redis://127.0.0.1:6379' })
 * await queue.enqueue([{ data: { pipeline: 'shopify', tenant: '42', trigger: 'api', runId: randomUUID() } }])
 * await queue.close()
 * ```
 */
export function createEnqueuer(options: EnqueuerOptions): Enqueuer {
  const connection = openRedis(options.url);
  const queue = new Queue<UnitJobData>(UNITS_QUEUE, { connection, prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX });
  const jobOptions = {
    attempts: options.attempts ?? 3,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 10_000 },
    // Done units stay a day, so a scheduler that decided from an older snapshot adds nothing.
    removeOnComplete: { age: 86_400, count: 100_000 },
    removeOnFail: { count: 10_000 },
  };
  const toDeadLetter = (job: Job<UnitJobData>): DeadLetter => ({
    jobId: String(job.id),
    pipeline: job.data.pipeline,
    tenant: job.data.tenant,
    trigger: job.data.trigger,
    attempts: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : undefined,
    error: job.failedReason ?? '',
  });
  return {
    async enqueue(units) {
      if (!units.length) return [];
      const bulk = units.map((unit) => ({
        name: unit.data.pipeline,
        data: unit.data,
        opts: {
          ...jobOptions,
          jobId: unit.jobId ?? unitJobId([unit.data.trigger, unit.data.pipeline, unit.data.tenant, unit.data.runId]),
        },
      }));
      const jobs = await queue.addBulk(bulk);
      return jobs.map((job) => String(job.id));
    },
    async deadLetters(limit = 100) {
      const jobs = await queue.getFailed(0, limit - 1);
      return jobs.filter(Boolean).map((job) => toDeadLetter(job as Job<UnitJobData>));
    },
    async retryDeadLetter(jobId) {
      const job = await queue.getJob(jobId);
      if (!job || !(await job.isFailed())) return false;
      await job.retry('failed', { resetAttemptsMade: true });
      return true;
    },
    async deleteDeadLetter(jobId) {
      const job = await queue.getJob(jobId);
      if (!job || !(await job.isFailed())) return false;
      await job.remove();
      return true;
    },
    counts: () => queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'),
    async close() {
      await queue.close();
      await connection.quit().catch(() => undefined);
    },
  };
}

/** Adds units to the queue once, for a caller without a long-lived enqueuer. */
export async function enqueue(options: EnqueuerOptions, units: readonly EnqueueUnit[]): Promise<string[]> {
  const enqueuer = createEnqueuer(options);
  try {
    return await enqueuer.enqueue(units);
  } finally {
    await enqueuer.close();
  }
}
