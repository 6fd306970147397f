import type { ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import type { Connection } from '../connector/connector.js';
import type { Crosswalk, StateStore } from '../state/state-store.js';
import type { EndpointPlan, IncrementalPlan, SelectionPlan, StreamPlan } from '../plan/plan-types.js';
import type { Checkpoints } from './_checkpoints.js';
import type { Rejections } from './_rejections.js';
import type { StreamOutputs } from './_stream-outputs.js';
import type { RunEvent, RunStrategy, StreamResult } from './run-events.js';
import type { RecordStep } from './step-handlers.js';
import type { DispatchedPartition, PartitionDispatcher } from './partition-dispatch.js';

/** What every unit of one stream shares while the stream runs: decided once, before the first unit. */
export interface StreamSession {
  readonly plan: StreamPlan;
  readonly ctx: StreamRunContext;
  /** The stream's counts, added to by every unit. */
  readonly result: StreamResult;
  /** The stream's incremental settings, unless this run reads no cursor (replay, ids). */
  readonly incremental: IncrementalPlan | undefined;
  /** The source options this run uses (the ids options merged in for an ids run). */
  readonly sourceOptions: Readonly<Record<string, unknown>>;
  /** Scopes every unit renders with: tenant, stream, run, now, discover. */
  readonly baseScopes: Readonly<Record<string, unknown>>;
  /** `${ids}` and `${ids_csv}` of an ids run. */
  readonly idsScope: Readonly<Record<string, unknown>>;
  /** The stream's compiled transform steps. */
  readonly step: RecordStep;
  /** Dot path of the cursor field. */
  readonly cursorPath: readonly string[] | undefined;
  /** The source connection; undefined for a replay. */
  readonly source: Connection | undefined;
  readonly outputs: StreamOutputs;
  readonly rejections: Rejections;
  readonly checkpoints: Checkpoints;
  /** Aborted when the run is cancelled or a unit failed: every other unit stops too. */
  readonly halt: AbortController;
  /** Set when `--limit` was reached: no unit reads further. */
  limited: boolean;
  /** Set when the first unit started (it reports the stream's starting cursor). */
  started: boolean;
}

/** What the run loop hands to each stream. */
export interface StreamRunContext {
  pipeline: Pipeline;
  runId: string;
  runStartedAt: string;
  /** The run's clock, ms since the epoch (`RunOptions.now`). */
  now: () => number;
  dryRun: boolean;
  limit: number | undefined;
  since: string | number | undefined;
  signal: AbortSignal;
  state: StateStore;
  logger: ConsolaInstance;
  /** Results of the pipeline's `discover` requests, as `${discover.*}`. */
  discovered: Readonly<Record<string, unknown>>;
  /** Replay quarantined records (all open ones of the stream, or these ids) instead of reading the source. */
  replay?: { ids?: readonly string[] };
  /** The tenant of a multi-tenant run. */
  tenant?: { id: string; record: Readonly<Record<string, unknown>> };
  /** The tenant's ID crosswalk. */
  crosswalk: Crosswalk;
  /** The strategy the run asked for; undefined lets the stream's `strategies.auto` rules decide. */
  strategy?: RunStrategy;
  /** For the `ids` strategy: the ids to fetch. */
  ids?: readonly (string | number)[];
  /** The `selections:` entry the run is limited to: its source options and `where` filter apply, and no cursor. */
  selection?: SelectionPlan;
  /** Facts the `auto` rules decide on. */
  strategyFacts: { trigger: string; hours_since_success: number | null };
  /** Hands partitions to other processes (`RunOptions.partitionDispatcher`). */
  dispatcher?: PartitionDispatcher;
  /** This run runs one partition another run handed out (`RunOptions.partition`). */
  partition?: DispatchedPartition;
  openConnection(endpoint: EndpointPlan): Promise<Connection>;
  emit(event: RunEvent): void;
  output: { write(text: string): unknown };
}
