import type { SyncRecord } from '../connector/connector.js';
import type { RunStrategy, StreamResult } from './run-events.js';

/**
 * One partition of a stream, handed by the run that owns the stream to another process, which
 * runs it (`RunOptions.partition`). Plain JSON: it travels on a queue. It never carries the
 * tenant's record or any credential: the process that runs it lists the tenant itself.
 */
export interface DispatchedPartition {
  /** The stream's name. */
  readonly stream: string;
  /** The partition's cursor key. */
  readonly key: string;
  /** `${partition}`. */
  readonly value: unknown;
  /** `${parent}`, for partitions of parent records. */
  readonly parent?: SyncRecord;
  /** The strategy the owning run chose for the stream. */
  readonly strategy: RunStrategy;
  /** The owning run's `${discover.*}` results, so the partition does not ask again. */
  readonly discovered: Readonly<Record<string, unknown>>;
  /** The owning run's start: `${run.started_at}` and `${now}` render as they do there. */
  readonly runStartedAt: string;
}

/**
 * Runs a stream's partitions in other processes instead of in this run (`syncengine worker` hands
 * each to the queue). The owning run keeps the stream's locks, writers and run history; it hands out
 * up to `partitions.concurrency` partitions at a time and finishes the stream once all finished.
 */
export interface PartitionDispatcher {
  /**
   * Runs one partition elsewhere and resolves with its share of the stream's result once it
   * finished, also when it failed (`status: 'failed'` and `error`). Rejects only when it could not
   * be handed out or `signal` aborted.
   */
  run(partition: DispatchedPartition, signal: AbortSignal): Promise<StreamResult>;
}
