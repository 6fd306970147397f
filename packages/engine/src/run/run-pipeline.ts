import { randomUUID } from 'node:crypto';
import { createConsola, type ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import type { Connection, MetricsRecorder, SharedRateBudgets } from '../connector/connector.js';
import { AbortedError, describeError, SyncError } from '../errors.js';
import { planPipeline } from '../plan/plan-pipeline.js';
import type { DiscoveryPlan, EndpointPlan, PipelinePlan } from '../plan/plan-types.js';
import { runTenants } from './_run-tenants.js';
import { connectEndpoint } from './_connect.js';
import { runAfterRun } from './_statements.js';
import type { SyncRecord } from '../connector/connector.js';
import { readRecords, type PartitionContext } from './_partitions.js';
import type { RunTrigger, StateStore } from '../state/state-store.js';
import { emptyStreamResult, type RunEvent, type RunResult, type RunStrategy, type StreamResult } from './run-events.js';
import { runStream } from './run-stream.js';
import { acquireRunLocks, fencedState, runLockName, type RunLease, type RunLockOptions } from './run-lock.js';

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
  /** Internal: the tenant this run is for (set by the tenant loop). */
  tenant?: TenantContext;
}

/** The tenant a run is for: its id and its record (`${tenant.*}`). */
export interface TenantContext {
  id: string;
  record: Readonly<Record<string, unknown>>;
}

/**
 * Runs a loaded pipeline: plans it, then runs each stream through its source, steps and sink,
 * checkpointing cursors only after the sink has committed the batch that carried them.
 * Never throws for a failed stream: the result says what happened.
 */
export async function runPipeline(pipeline: Pipeline, options: RunOptions): Promise<RunResult> {
  // An ids run without a stream list means every stream that can fetch by ids.
  if (options.strategy === 'ids' && !options.streams?.length) {
    const able = planPipeline(pipeline)
      .streams.filter((s) => s.idsSource)
      .map((s) => s.name);
    if (able.length) options = { ...options, streams: able };
  }
  const plan = planPipeline(pipeline, { streams: options.streams });
  const result =
    plan.tenants && !options.tenant
      ? await runTenants(pipeline, plan, plan.tenants, options, (tenant) => runOnce(pipeline, plan, { ...options, tenant }))
      : await runOnce(pipeline, plan, options);
  if (plan.afterRun && !options.dryRun && !options.tenant) {
    const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
    await runAfterRun(pipeline, plan.afterRun, result, options.state, logger, options.signal ?? new AbortController().signal);
  }
  return result;
}

/** Takes the run's locks (unless it is a dry run or the caller holds them), then runs it. */
async function runOnce(pipeline: Pipeline, plan: PipelinePlan, options: RunOptions): Promise<RunResult> {
  const runId = options.runId ?? randomUUID();
  const now = options.now ?? Date.now;
  const tenant = options.tenant?.id;
  const streams = plan.streams.map((s) => s.name);
  if (options.dryRun) return runLocked(pipeline, plan, options, runId, options.signal ?? new AbortController().signal);
  if (options.lease) {
    const missing = streams.filter((stream) => !options.lease!.names.includes(runLockName(pipeline.name, tenant, stream)));
    if (missing.length) throw new SyncError('INTERNAL', `the lease given to the run does not cover ${missing.join(', ')}`);
    const fenced = { ...options, state: fencedState(options.state, options.lease) };
    return runLocked(pipeline, plan, fenced, runId, options.signal ?? new AbortController().signal);
  }
  const lost = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, lost.signal]) : lost.signal;
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
  const lease = await acquireRunLocks(options.state.locks, {
    pipeline: pipeline.name,
    ...(tenant !== undefined ? { tenant } : {}),
    streams,
    runId,
    now,
    signal,
    ...(options.lock ? { lock: options.lock } : {}),
    onWait: (busy) => logger.info(`waiting: ${busy.message}`),
    onLost: (reason) => {
      logger.error(`${reason}; stopping the run`);
      lost.abort();
    },
  });
  try {
    return await runLocked(pipeline, plan, { ...options, state: fencedState(options.state, lease) }, runId, signal);
  } finally {
    await lease.release().catch((error: unknown) => logger.warn(`releasing the run's locks failed: ${describeError(error)}`));
  }
}

async function runLocked(
  pipeline: Pipeline,
  plan: PipelinePlan,
  options: RunOptions,
  runId: string,
  signal: AbortSignal,
): Promise<RunResult> {
  const now = options.now ?? Date.now;
  const dryRun = options.dryRun ?? false;
  const tenant = options.tenant;
  const baseLogger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
  const logger = tenant ? baseLogger.withTag(tenant.id) : baseLogger;
  const redactor = pipeline.redactor;
  const emit = (event: RunEvent) => options.onEvent?.(event);
  const started = new Date(now());
  const startedAt = started.toISOString();

  const crosswalk = options.state.crosswalk(tenant?.id ?? '');
  /** Scopes known before any stream runs: connections may use them, e.g. `${tenant.shop_domain}`. */
  const runScopes: Record<string, unknown> = {
    run: { id: runId, started_at: startedAt },
    now: startedAt,
    ...(tenant ? { tenant: tenant.record } : {}),
  };
  if (!dryRun)
    await options.state.startRun({
      id: runId,
      pipeline: pipeline.name,
      ...(tenant ? { tenant: tenant.id } : {}),
      trigger: options.trigger ?? 'api',
      startedAt,
    });
  emit({ type: 'run_started', runId, pipeline: pipeline.name, streams: plan.streams.map((s) => s.name), dryRun });
  logger.debug(`run ${runId} started${dryRun ? ' (dry run)' : ''}: streams ${plan.streams.map((s) => s.name).join(', ')}`);

  const connections = new Map<string, Promise<Connection>>();
  const openConnection = (endpoint: EndpointPlan): Promise<Connection> => {
    let connection = connections.get(endpoint.connection);
    if (!connection) {
      const tag = `${endpoint.connector.name}:${endpoint.connection}`;
      connection = connectEndpoint(endpoint, {
        pipeline,
        state: options.state,
        logger,
        signal,
        scopes: runScopes,
        ...(tenant ? { tenant: tenant.id } : {}),
        ...(options.metrics ? { metrics: options.metrics } : {}),
        ...(options.rateBudgets ? { rateBudgets: options.rateBudgets } : {}),
      }).catch((error: unknown) => {
        throw new SyncError('SOURCE_FAILED', `[${tag}] cannot connect: ${redactor.redact(describeError(error))}`, { cause: error });
      });
      connections.set(endpoint.connection, connection);
    }
    return connection;
  };

  const results: StreamResult[] = [];
  let firstError: string | undefined;
  const strategyFacts = { trigger: String(options.trigger ?? 'api'), hours_since_success: null as number | null };
  if (!options.strategy && plan.streams.some((s) => s.autoStrategy.length)) {
    // The last full sync: webhook runs and runs of only some streams do not count, or a steady flow of webhooks would postpone a due full run forever.
    const auto = plan.streams.filter((s) => s.autoStrategy.length).map((s) => s.name);
    const recent = await options.state.listRuns({ pipeline: pipeline.name, tenant: tenant?.id ?? '', status: 'succeeded', limit: 50 });
    const last = recent.find(
      (r) =>
        r.trigger !== 'webhook' &&
        (r.streams.length === 0 || auto.every((name) => r.streams.some((s) => s.stream === name && s.status === 'succeeded'))),
    );
    if (last) strategyFacts.hours_since_success = (now() - Date.parse(last.finishedAt ?? last.startedAt)) / 3_600_000;
  }
  const discovered: Record<string, unknown> = {};
  let discoveryFailed = false;
  try {
    for (const discovery of options.replay ? [] : plan.discoveries) {
      try {
        discovered[discovery.name] = await discover(discovery, {
          scopes: { ...runScopes, discover: discovered },
          signal,
          logger: logger.withTag(`discover:${discovery.name}`),
          openConnection,
          defer: () => undefined,
          crosswalk,
        });
        logger.debug(`discover.${discovery.name}: ${redactor.redact(JSON.stringify(discovered[discovery.name]))}`);
      } catch (error) {
        discoveryFailed = true;
        firstError = `discover.${discovery.name}: ${redactor.redact(describeError(error))}`;
        logger.error(`${firstError}; no stream was run`);
        break;
      }
    }
    for (const stream of plan.streams) {
      if (discoveryFailed || signal.aborted) {
        results.push(skippedResult(stream.name));
        continue;
      }
      const blocked = stream.after.filter((dep) => results.find((r) => r.stream === dep)?.status !== 'succeeded');
      if (blocked.length) {
        // Items before purchase orders: a PO stream must not run on a half-copied item set.
        const reason = `not run: it runs after ${blocked.join(', ')}, which did not succeed`;
        logger.warn(`stream ${stream.name} ${reason}`);
        results.push({ ...skippedResult(stream.name), error: reason });
        continue;
      }
      const result = await runStream(stream, {
        pipeline,
        runId,
        runStartedAt: startedAt,
        now,
        dryRun,
        limit: options.limit,
        since: options.since,
        signal,
        state: options.state,
        logger: logger.withTag(stream.name),
        openConnection,
        emit,
        discovered,
        ...(tenant ? { tenant } : {}),
        crosswalk,
        ...(options.strategy ? { strategy: options.strategy } : {}),
        ...(options.ids ? { ids: options.ids } : {}),
        strategyFacts,
        ...(options.replay ? { replay: options.replay } : {}),
        output: options.output ?? process.stdout,
      });
      results.push(result);
      if (result.error && !firstError) firstError = `${stream.name}: ${result.error}`;
    }
  } finally {
    for (const connection of connections.values()) {
      try {
        await (await connection).close?.();
      } catch (error) {
        logger.debug(`closing a connection failed: ${redactor.redact(describeError(error))}`);
      }
    }
  }

  const finished = new Date(now());
  const status =
    discoveryFailed || results.some((r) => r.status === 'failed')
      ? 'failed'
      : signal.aborted || results.some((r) => r.status === 'aborted')
        ? 'aborted'
        : 'succeeded';
  if (status === 'aborted' && !firstError) firstError = new AbortedError().message;
  const result: RunResult = {
    runId,
    pipeline: pipeline.name,
    trigger: String(options.trigger ?? 'api'),
    ...(options.strategy ? { strategy: options.strategy } : {}),
    ...(tenant ? { tenant: tenant.id } : {}),
    status,
    dryRun,
    startedAt,
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    streams: results,
    ...(firstError ? { error: redactor.redact(firstError) } : {}),
  };
  if (!dryRun) {
    await options.state.finishRun(runId, { status, finishedAt: result.finishedAt, ...(result.error ? { error: result.error } : {}) });
  }
  emit({ type: 'run_finished', result });
  return result;
}

/** Runs one `discover` request: the first record, or all of them. */
async function discover(discovery: DiscoveryPlan, ctx: PartitionContext): Promise<unknown> {
  const records: SyncRecord[] = [];
  for await (const record of readRecords(discovery.source, [], ctx)) {
    records.push(record);
    if (discovery.pick === 'first') return record;
  }
  if (discovery.pick === 'first') throw new SyncError('SOURCE_FAILED', 'the request returned no record');
  return records;
}

function skippedResult(stream: string): StreamResult {
  return emptyStreamResult(stream, 'skipped');
}
