import type { DispatchedPartition, RunStrategy } from '@syncengine/engine';

/** The BullMQ queue every unit of work goes through. */
export const UNITS_QUEUE = 'syncengine-units';

/**
 * The queue of partitions handed out by running units: apart from the units' queue, so a unit
 * waiting for its partitions never takes the worker slot a partition needs.
 */
export const PARTITIONS_QUEUE = 'syncengine-partitions';

/** The key prefix of the queue in Redis. @default 'syncengine' */
export const DEFAULT_QUEUE_PREFIX = 'syncengine';

/**
 * One job on the queue: a pipeline for one tenant (a multi-tenant pipeline becomes one job per
 * tenant), all its streams in `after:` order, run by whichever worker takes it; a partitioned
 * stream hands its partitions to the partitions queue and waits for them. Plain JSON.
 */
export interface UnitJobData {
  /** The pipeline's `name`; every worker loads the same pipeline files. */
  readonly pipeline: string;
  /** The tenant id of a multi-tenant pipeline. */
  readonly tenant?: string;
  readonly trigger: string;
  readonly strategy?: RunStrategy;
  readonly ids?: readonly (string | number)[];
  readonly streams?: readonly string[];
  /** Run id of the first attempt (later attempts get their own). */
  readonly runId: string;
  /**
   * A scheduled unit is decided from a snapshot of run history: the worker asks again once it
   * holds the locks and skips the unit if another run made it no longer due.
   */
  readonly recheck?: { readonly startedAt: number; readonly retryAfterMs: number };
}

/**
 * One partition of a stream, handed out by the unit that runs the stream (which keeps the stream's
 * locks and run history and waits for it). Plain JSON, with no tenant record and no credential.
 */
export interface PartitionJobData {
  readonly pipeline: string;
  readonly tenant?: string;
  readonly trigger: string;
  /** The owning run's id: the partition's batches, cursor history and quarantine name it. */
  readonly runId: string;
  readonly partition: DispatchedPartition;
}

/** Where the queue lives. */
export interface QueueConnectionOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://...`. */
  url: string;
  /** Key prefix in Redis, so several deployments (or tests) share one Redis. @default 'syncengine' */
  prefix?: string;
}

/**
 * The job id of a unit: deduplicated, so two schedulers that decide the same tenant is due at
 * once add one job (`BullMQ` ignores an add whose id exists). Ids may not contain `:`.
 */
export function unitJobId(parts: readonly (string | undefined)[]): string {
  return parts.map((part) => encodeURIComponent(part ?? '-').replace(/:/g, '%3A')).join('|');
}

/** The Redis URL as it may be printed: without its password. */
export function describeQueueUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an invalid Redis URL';
  }
}
