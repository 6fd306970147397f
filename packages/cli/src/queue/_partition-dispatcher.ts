import type { Queue, QueueEvents } from 'bullmq';
import { AbortedError, emptyStreamResult, type PartitionDispatcher, type StreamResult } from '@syncengine/engine';
import { unitJobId, type PartitionJobData } from './unit-job.js';

/** What a unit's partitions go out with. */
export interface QueueDispatcherOptions {
  queue: Queue<PartitionJobData, StreamResult>;
  events: QueueEvents;
  /** The unit that hands them out. */
  unit: Pick<PartitionJobData, 'pipeline' | 'tenant' | 'trigger' | 'runId'>;
}

/**
 * Hands a unit's partitions to the partitions queue, one job each (its id names the run and the
 * partition, so a retried hand-out adds nothing), and waits for each to finish on any worker. A
 * partition job is tried once; a worker killed under it makes it stall and run again elsewhere.
 */
export function createQueueDispatcher(options: QueueDispatcherOptions): PartitionDispatcher {
  const { queue, events, unit } = options;
  return {
    async run(partition, signal) {
      signal.throwIfAborted();
      const data: PartitionJobData = { ...unit, partition };
      const jobId = unitJobId(['partition', unit.pipeline, unit.tenant, unit.runId, partition.stream, partition.key]);
      const job = await queue.add(unit.pipeline, data, {
        jobId,
        attempts: 1,
        removeOnComplete: { age: 3_600, count: 100_000 },
        removeOnFail: { age: 86_400, count: 10_000 },
      });
      let onAbort: (() => void) | undefined;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => {
          // Not started yet: nobody needs it any more. Running: it finishes on its own (its batches are fenced by its lock).
          void job.remove().catch(() => undefined);
          reject(new AbortedError(`the run stopped while partition ${partition.key} of ${partition.stream} was out`));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      });
      try {
        return await Promise.race([job.waitUntilFinished(events), aborted]);
      } catch (error) {
        if (signal.aborted) throw error;
        return { ...emptyStreamResult(partition.stream, 'failed'), error: (error as Error).message };
      } finally {
        signal.removeEventListener('abort', onAbort!);
      }
    },
  };
}
