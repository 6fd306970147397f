import type { ConsolaInstance } from 'consola';
import type { MetricsRecorder, SharedRateBudgets } from '../connector/connector.js';
import type { RunTrigger, StateStore } from '../state/state-store.js';
import type { RunEvent, RunStrategy } from './run-events.js';
import type { DispatchedPartition, PartitionDispatcher } from './partition-dispatch.js';
import type { RunLease, RunLockOptions } from './run-lock.js';

/** Options for one run of a pipeline. */
export interface RunOptions {
  /** Where cursors and run history live. */
  state: StateStore;
  /** Logger; the engine tags it per component. @default a silent logger */
  logger?: ConsolaInstance;
  /** Stops the run between batches; committed batches and their cursors are kept. */
  signal?: AbortSignal;
  /** Read and transform, print records as JSON lines instead of writing them, and change no state. @default false */
  dryRun?: boolean;
  /** Read at most this many records per stream. */
  limit?: number;
  /** Cursor to use instead of the stored one, for every incremental stream (the CLI's `--since`). */
  since?: string | number;
  /** Run only these streams. @default every stream */
  streams?: readonly string[];
  /** What started the run, kept in run history. @default 'api' */
  trigger?: RunTrigger;
  /** Run id. @default a random UUID */
  runId?: string;
  /** Receives progress events. Must not throw. */
  onEvent?: (event: RunEvent) => void;
  /** Where a dry run prints records. @default process.stdout */
  output?: { write(text: string): unknown };
  /**
   * Send quarantined records through the streams' transforms and sinks again (after a fix),
   * instead of reading the sources: every open record of the selected streams, or only `ids`.
   * Records written are marked replayed; records rejected again stay open with the new reasons.
   */
  replay?: { ids?: readonly string[] };
  /** `full` ignores stored cursors, `ids` fetches just `ids`, `incremental` reads from the cursor. @default the stream's `strategies.auto` rules, else incremental */
  strategy?: RunStrategy;
  /** The ids for the `ids` strategy. */
  ids?: readonly (string | number)[];
  /**
   * Limit the run to a `selections:` entry: its streams, each reading with the selection's source
   * options and `where` filter, in full, with no cursor read or moved. Not with a `strategy`.
   */
  selection?: string;
  /** Receives request counts, latencies, retries and record counts. @default nothing is recorded */
  metrics?: MetricsRecorder;
  /** Request budgets shared with other processes (e.g. Redis-backed, across workers). @default each connection keeps its own */
  rateBudgets?: SharedRateBudgets;
  /** Multi-tenant pipelines: run only these tenant ids. @default every tenant */
  tenants?: readonly string[];
  /** The clock, ms since the epoch: run times, `hours_since_success`, lock leases. @default Date.now */
  now?: () => number;
  /**
   * How the run locks its streams (`run:<pipeline>:<tenant or ->:<stream>` in the state store), so
   * two processes never run the same stream of a pipeline and tenant at once. By default a run whose
   * lock another holder has fails at once with `RunLockedError` naming the holder. Dry runs take no lock.
   */
  lock?: RunLockOptions;
  /**
   * Locks the caller already holds for this run (from `takeRunLocks`, e.g. to re-check something
   * under the lock first): the engine takes none and leaves releasing them to the caller.
   */
  lease?: RunLease;
  /**
   * Hands the partitions of partitioned streams to other processes (workers on a queue) instead of
   * reading them here, up to `partitions.concurrency` at a time; the stream finishes, and its run
   * history is written, once every partition finished. Streams whose writers cannot be shared
   * between processes (`StreamWriter.shareable`; a `replace` load cannot), dry runs, `limit`,
   * replays and ids runs read their partitions here as usual.
   */
  partitionDispatcher?: PartitionDispatcher;
  /**
   * Runs one partition another run handed out (see `partitionDispatcher`): only its stream and that
   * partition, under `runId` of the owning run, which writes the run history; this run writes the
   * partition's batches and cursor, and neither the run history, the tenant write-back nor `after_run`.
   * `lease` (or the lock taken) is the partition's own lock (`runLockName(..., partition.key)`).
   */
  partition?: DispatchedPartition;
  /** Internal: the tenant this run is for (set by the tenant loop). */
  tenant?: TenantContext;
}

/** The tenant a run is for: its id and its record (`${tenant.*}`). */
export interface TenantContext {
  id: string;
  record: Readonly<Record<string, unknown>>;
  /** Why the tenant cannot run (its credentials did not decrypt); it fails with this reason. */
  error?: string;
}
