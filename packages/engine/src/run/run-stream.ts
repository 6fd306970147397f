import type { ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import { renderRuntime } from '../config/template.js';
import type { Connection } from '../connector/connector.js';
import { describeError, SyncError } from '../errors.js';
import { compileLogic, isTruthy } from '../expressions/logic.js';
import type { EndpointPlan, StreamPlan } from '../plan/plan-types.js';
import type { Crosswalk, StateStore } from '../state/state-store.js';
import { compilePath } from '../util/record-path.js';
import { forEachConcurrently, linkedController } from './_channel.js';
import { Checkpoints } from './_checkpoints.js';
import { readRecords } from './_partitions.js';
import { Rejections } from './_rejections.js';
import { StreamOutputs } from './_stream-outputs.js';
import type { StreamSession } from './_stream-session.js';
import { runUnit } from './_unit-stages.js';
import { emptyStreamResult, type RunEvent, type RunStrategy, type StreamResult } from './run-events.js';
import { prepareSteps, type StepEnv } from './step-handlers.js';
import { streamUnits } from './work-unit.js';

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
  /** Facts the `auto` rules decide on. */
  strategyFacts: { trigger: string; hours_since_success: number | null };
  openConnection(endpoint: EndpointPlan): Promise<Connection>;
  emit(event: RunEvent): void;
  output: { write(text: string): unknown };
}

/**
 * Runs one stream: splits it into units of work (one per partition, else one), runs up to
 * `partitions.concurrency` of them at a time through the read -> transform -> write stages, and
 * writes their batches one at a time, each unit's in source order, checkpointing each unit's
 * cursor after the batch that carried it committed. Memory holds at most `read_ahead` pages plus
 * one batch per running unit.
 */
export async function runStream(plan: StreamPlan, ctx: StreamRunContext): Promise<StreamResult> {
  const { now } = ctx;
  const started = now();
  const startedAt = new Date(started).toISOString();
  const { redactor } = ctx.pipeline;
  // A replay writes quarantined records again; it never reads the source or moves a cursor.
  const strategy = ctx.replay ? 'incremental' : chooseStrategy(plan, ctx);
  // A replay or an ids run writes given records; neither reads from a cursor nor moves one.
  const incremental = ctx.replay || strategy === 'ids' ? undefined : plan.incremental;
  const result = emptyStreamResult(plan.name, 'running');
  const history = async () => {
    if (ctx.dryRun) return;
    await ctx.state.saveStreamRun({
      runId: ctx.runId,
      stream: plan.name,
      status: result.status === 'skipped' ? 'failed' : result.status,
      startedAt,
      ...(result.status !== 'running' ? { finishedAt: new Date(now()).toISOString() } : {}),
      recordsRead: result.recordsRead,
      recordsWritten: result.recordsWritten,
      recordsRejected: result.recordsRejected,
      cursorBefore: result.cursorBefore,
      cursorAfter: result.cursorAfter,
      ...(result.error ? { error: result.error } : {}),
    });
  };
  const baseScopes: Record<string, unknown> = {
    ...(ctx.tenant ? { tenant: ctx.tenant.record } : {}),
    stream: { name: plan.name },
    run: { id: ctx.runId, started_at: ctx.runStartedAt },
    now: ctx.runStartedAt,
    discover: ctx.discovered,
  };
  const cleanups: (() => void)[] = [];
  const base = { scopes: baseScopes, signal: ctx.signal, logger: ctx.logger, openConnection: ctx.openConnection, crosswalk: ctx.crosswalk };
  const env: StepEnv = {
    ...base,
    defer: (cleanup) => cleanups.push(cleanup),
    readRecords: (source, steps) => readRecords(source, steps, env),
  };
  const rejections = new Rejections({
    pipeline: ctx.pipeline.name,
    stream: plan.name,
    runId: ctx.runId,
    dryRun: ctx.dryRun,
    primaryKey: plan.primaryKey,
    maxRecords: plan.quarantine.maxRecords,
    redactor,
    logger: ctx.logger,
    state: ctx.state,
    result,
    emit: ctx.emit,
  });
  const halt = linkedController(ctx.signal);
  const checkpoints = new Checkpoints(ctx.state, incremental, ctx.dryRun, plan.also.length > 0, {
    runId: ctx.runId,
    actor: `run:${ctx.strategyFacts.trigger}`,
  });
  /** How an error names the cursor it kept: only incremental streams have one. */
  const cursorNote = (value: unknown) => (incremental ? `; the cursor stays at ${JSON.stringify(value ?? null)}` : '');
  let outputs: StreamOutputs | undefined;
  try {
    await history();
    if (strategy === 'ids' && !plan.idsSource) {
      throw new SyncError(
        'CONFIG_INVALID',
        `stream ${plan.name} cannot fetch by ids: declare strategies.ids with the source options to use`,
      );
    }
    const source = ctx.replay ? undefined : await ctx.openConnection(plan.source);
    if (source && !source.read) throw new SyncError('CONFIG_INVALID', `connection "${plan.source.connection}" cannot be read from`);
    outputs = await StreamOutputs.open(plan, {
      dryRun: ctx.dryRun,
      tenant: ctx.tenant?.id,
      redactor,
      logger: ctx.logger,
      output: ctx.output,
      env,
      openConnection: ctx.openConnection,
      render: (v, extra) => renderRuntime(v, extra ? { ...baseScopes, ...extra } : baseScopes),
    });
    const ids = ctx.ids ?? [];
    const session: StreamSession = {
      plan,
      ctx,
      result,
      incremental,
      sourceOptions: strategy === 'ids' && plan.idsSource ? { ...plan.source.options, ...plan.idsSource } : plan.source.options,
      baseScopes,
      idsScope: strategy === 'ids' ? { ids: [...ids], ids_csv: ids.join(',') } : {},
      step: await prepareSteps(plan.steps, env),
      cursorPath: incremental ? compilePath(incremental.cursorField) : undefined,
      source,
      outputs,
      rejections,
      checkpoints,
      halt: halt.controller,
      limited: false,
      started: false,
    };
    ctx.logger.debug(`stream ${plan.name}: strategy ${strategy}${strategy === 'ids' ? ` (${ids.length} ids)` : ''}`);
    const units = streamUnits(plan, strategy, {
      ...base,
      defer: () => undefined,
      logger: ctx.logger.withTag('partitions'),
      pipeline: ctx.pipeline.name,
      file: ctx.pipeline.file,
      tenant: ctx.tenant,
      ids,
      replay: ctx.replay !== undefined,
    });
    await forEachConcurrently(
      units,
      plan.partitionConcurrency,
      async (unit) => {
        try {
          await runUnit(session, unit);
        } catch (error) {
          // One unit failing stops the others: no request keeps running, no later batch commits.
          halt.controller.abort(error);
          throw error;
        }
      },
      () => halt.controller.signal.aborted || session.limited,
    );
    if (ctx.signal.aborted) throw new SyncError('ABORTED', 'aborted');
    const maxPercent = plan.quarantine.maxPercent;
    if (maxPercent !== undefined && result.recordsRead > 0 && (result.recordsRejected / result.recordsRead) * 100 > maxPercent) {
      const percent = ((result.recordsRejected / result.recordsRead) * 100).toFixed(1);
      throw new SyncError(
        'TRANSFORM_FAILED',
        `${result.recordsRejected} of ${result.recordsRead} records rejected (${percent}%), more than quarantine.max_percent (${maxPercent}%)`,
      );
    }
    await outputs.finish();
    await checkpoints.savePending();
    result.status = 'succeeded';
  } catch (error) {
    if (ctx.signal.aborted) {
      // Cancelled, also mid-request: the request's abort error is not a failure of the stream.
      result.status = 'aborted';
      result.error = `aborted after ${result.batches} committed batches${cursorNote(result.cursorAfter)}`;
      ctx.logger.warn(`stream ${plan.name} ${result.error}`);
    } else {
      result.status = 'failed';
      result.error = redactor.redact(describeError(error));
      if (checkpoints.deferred) {
        // A deferred load (e.g. replace) rolls back as a whole: nothing it counted was kept.
        Object.assign(result, { recordsWritten: 0, inserted: 0, updated: 0, skipped: 0 });
      }
      ctx.logger.error(`stream ${plan.name} failed: ${result.error}`);
    }
  } finally {
    halt.dispose();
    try {
      await rejections.store();
    } catch (error) {
      ctx.logger.error(`could not store quarantined records: ${redactor.redact(describeError(error))}`);
    }
    for (const cleanup of cleanups) cleanup();
    await outputs?.close();
    result.durationMs = now() - started;
    try {
      await history();
    } catch (error) {
      ctx.logger.error(`could not record the stream's run history: ${redactor.redact(describeError(error))}`);
    }
  }
  ctx.emit({ type: 'stream_finished', runId: ctx.runId, result });
  return result;
}

/** The run's strategy for a stream: asked for, else the first `auto` rule that holds, else incremental. */
function chooseStrategy(plan: StreamPlan, ctx: StreamRunContext): RunStrategy {
  if (ctx.strategy) return ctx.strategy;
  for (const rule of plan.autoStrategy) {
    if (isTruthy(compileLogic(rule.when)(ctx.strategyFacts))) return rule.use;
  }
  return 'incremental';
}
