import { randomUUID } from 'node:crypto';
import { createConsola } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import { AbortedError, describeError, errorClassOf, SyncError, type ErrorClass } from '../errors.js';
import { planPipeline } from '../plan/plan-pipeline.js';
import type { DiscoveryPlan, PipelinePlan } from '../plan/plan-types.js';
import { runTenants } from './_run-tenants.js';
import { runAfterRun } from './_statements.js';
import type { SyncRecord } from '../connector/connector.js';
import { readRecords, type PartitionContext } from './_partitions.js';
import type { RunEvent, RunResult, StreamResult } from './run-events.js';
import { runStream } from './run-stream.js';
import { runStreams } from './_run-streams.js';
import { linkedController } from './_channel.js';
import { createConnectionPool } from './_connection-pool.js';
import { acquireRunLocks, fencedState, runLockName } from './run-lock.js';
import { applySelection, selectionOf } from './_selection.js';

import type { RunOptions } from './run-options.js';

export type { RunOptions, TenantContext } from './run-options.js';

/**
 * Runs a loaded pipeline: plans it, then runs each stream through its source, steps and sink,
 * checkpointing cursors only after the sink has committed the batch that carried them.
 * Never throws for a failed stream: the result says what happened.
 */
export async function runPipeline(pipeline: Pipeline, options: RunOptions): Promise<RunResult> {
  options = applySelection(pipeline, options);
  // An ids run without a stream list means every stream that can fetch by ids.
  if (options.strategy === 'ids' && !options.streams?.length) {
    const able = planPipeline(pipeline)
      .streams.filter((s) => s.idsSource)
      .map((s) => s.name);
    if (able.length) options = { ...options, streams: able };
  }
  // A partition handed out by another run: its stream only, read as the owning run chose.
  if (options.partition) options = { ...options, streams: [options.partition.stream], strategy: options.partition.strategy };
  const plan = planPipeline(pipeline, { streams: options.streams });
  const result =
    plan.tenants && !options.tenant
      ? await runTenants(pipeline, plan, plan.tenants, options, (tenant) => runOnce(pipeline, plan, { ...options, tenant }))
      : await runOnce(pipeline, plan, options);
  if (plan.afterRun && !options.dryRun && !options.tenant && !options.partition) {
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
  const partition = options.partition?.key;
  if (options.dryRun) return runLocked(pipeline, plan, options, runId, options.signal ?? new AbortController().signal);
  if (options.lease) {
    const missing = streams.filter((stream) => !options.lease!.names.includes(runLockName(pipeline.name, tenant, stream, partition)));
    if (missing.length) throw new SyncError('INTERNAL', `the lease given to the run does not cover ${missing.join(', ')}`);
    const fenced = { ...options, state: fencedState(options.state, options.lease) };
    return runLocked(pipeline, plan, fenced, runId, options.signal ?? new AbortController().signal);
  }
  // Aborted by the caller, or when the lease is lost (linked by hand: no `AbortSignal.any`, whose links can be collected).
  const link = linkedController(options.signal ?? new AbortController().signal);
  const lost = link.controller;
  const signal = lost.signal;
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
  const lease = await acquireRunLocks(options.state.locks, {
    pipeline: pipeline.name,
    ...(tenant !== undefined ? { tenant } : {}),
    streams,
    ...(partition !== undefined ? { partition } : {}),
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
    link.dispose();
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
  const started = now();
  // A partition run renders `${run.started_at}` and `${now}` as the run that handed it out.
  const startedAt = options.partition?.runStartedAt ?? new Date(started).toISOString();
  // The run that handed out a partition writes the run history.
  const history = !dryRun && !options.partition;
  const crosswalk = options.state.crosswalk(tenant?.id ?? '');
  /** Scopes known before any stream runs: connections may use them, e.g. `${tenant.shop_domain}`. */
  const runScopes: Record<string, unknown> = {
    run: { id: runId, started_at: startedAt },
    now: startedAt,
    ...(tenant ? { tenant: tenant.record } : {}),
  };
  if (history) {
    const trigger = options.trigger ?? 'api';
    await options.state.startRun({ id: runId, pipeline: pipeline.name, ...(tenant ? { tenant: tenant.id } : {}), trigger, startedAt });
  }
  emit({ type: 'run_started', runId, pipeline: pipeline.name, streams: plan.streams.map((s) => s.name), dryRun });
  logger.debug(`run ${runId} started${dryRun ? ' (dry run)' : ''}: streams ${plan.streams.map((s) => s.name).join(', ')}`);
  for (const stream of plan.streams)
    if (stream.neededBy) logger.info(`running ${stream.name} too: it is reference data that ${stream.neededBy} runs after`);

  const pool = createConnectionPool(pipeline, {
    state: options.state,
    logger,
    signal,
    scopes: runScopes,
    tenant: tenant?.id,
    metrics: options.metrics,
    rateBudgets: options.rateBudgets,
    nameFailures: true,
    dryRun,
  });
  let results: StreamResult[];
  let firstError: string | undefined;
  let firstClass: ErrorClass | undefined;
  let discoveryFailed = false;
  const selection = selectionOf(pipeline, options);
  try {
    const strategyFacts = await strategyFactsFor(pipeline, plan, options, now);
    const env = { scopes: runScopes, signal, logger, openConnection: pool.open, defer: () => undefined, crosswalk };
    const discovery =
      options.replay || options.partition ? { discovered: options.partition?.discovered ?? {} } : await runDiscoveries(plan, env, redactor);
    discoveryFailed = discovery.error !== undefined;
    firstError = discovery.error;
    firstClass = discovery.errorClass;
    results = await runStreams(plan, {
      skipAll: discoveryFailed,
      signal,
      logger,
      run: (stream) =>
        runStream(stream, {
          pipeline,
          runId,
          runStartedAt: startedAt,
          now,
          dryRun,
          limit: stream.unlimited ? undefined : options.limit,
          since: options.since,
          signal,
          state: options.state,
          logger: logger.withTag(stream.name),
          openConnection: pool.open,
          emit,
          discovered: discovery.discovered,
          ...(tenant ? { tenant } : {}),
          crosswalk,
          ...(options.strategy ? { strategy: options.strategy } : {}),
          ...(options.ids ? { ids: options.ids } : {}),
          strategyFacts,
          ...(options.replay ? { replay: options.replay } : {}),
          ...(options.partitionDispatcher ? { dispatcher: options.partitionDispatcher } : {}),
          ...(options.partition ? { partition: options.partition } : {}),
          ...(selection ? { selection } : {}),
          output: options.output ?? process.stdout,
        }),
    });
  } finally {
    await pool.close();
  }
  for (const result of results)
    if (result.error && result.status !== 'skipped' && !firstError) {
      firstError = `${result.stream}: ${result.error}`;
      firstClass = result.errorClass;
    }

  const finished = now();
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
    ...(selection ? { selection: selection.name } : {}),
    ...(tenant ? { tenant: tenant.id } : {}),
    status,
    dryRun,
    startedAt,
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
    streams: results,
    ...(firstError ? { error: redactor.redact(firstError) } : {}),
    ...(firstError && firstClass && status === 'failed' ? { errorClass: firstClass } : {}),
  };
  if (history)
    await options.state.finishRun(runId, { status, finishedAt: result.finishedAt, ...(result.error ? { error: result.error } : {}) });
  emit({ type: 'run_finished', result });
  return result;
}

/** Facts the `strategies.auto` rules decide on: the trigger, and hours since the last full successful run. */
async function strategyFactsFor(pipeline: Pipeline, plan: PipelinePlan, options: RunOptions, now: () => number) {
  const facts = { trigger: String(options.trigger ?? 'api'), hours_since_success: null as number | null };
  if (options.strategy || !plan.streams.some((s) => s.autoStrategy.length)) return facts;
  // The last full sync: webhook runs and runs of only some streams do not count, or a steady flow of webhooks would postpone a due full run forever.
  // Nor do runs that read no cursor (by ids, a selection): an incremental stream's run counts only with a cursor after it.
  const auto = plan.streams.filter((s) => s.autoStrategy.length).map((s) => s.name);
  const withCursor = new Set(plan.streams.filter((s) => s.incremental).map((s) => s.name));
  const tenant = options.tenant?.id ?? '';
  const recent = await options.state.listRuns({ pipeline: pipeline.name, tenant, status: 'succeeded', limit: 50 });
  const last = recent.find(
    (r) =>
      r.trigger !== 'webhook' &&
      (r.streams.length === 0 ||
        auto.every((name) =>
          r.streams.some(
            (s) => s.stream === name && s.status === 'succeeded' && (!withCursor.has(name) || s.cursorAfter !== undefined),
          ),
        )),
  );
  if (last) facts.hours_since_success = (now() - Date.parse(last.finishedAt ?? last.startedAt)) / 3_600_000;
  return facts;
}

/** Runs the `discover` requests in file order; the first failure stops them (and every stream is then skipped). */
async function runDiscoveries(
  plan: PipelinePlan,
  env: PartitionContext,
  redactor: Pipeline['redactor'],
): Promise<{ discovered: Record<string, unknown>; error?: string; errorClass?: ErrorClass }> {
  const discovered: Record<string, unknown> = {};
  for (const discovery of plan.discoveries) {
    try {
      discovered[discovery.name] = await discover(discovery, {
        ...env,
        scopes: { ...env.scopes, discover: discovered },
        logger: env.logger.withTag(`discover:${discovery.name}`),
      });
      env.logger.debug(`discover.${discovery.name}: ${redactor.redact(JSON.stringify(discovered[discovery.name]))}`);
    } catch (error) {
      const message = `discover.${discovery.name}: ${redactor.redact(describeError(error))}`;
      env.logger.error(`${message}; no stream was run`);
      return { discovered, error: message, errorClass: errorClassOf(error) };
    }
  }
  return { discovered };
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
