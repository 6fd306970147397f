import { renderRuntime } from '../config/template.js';
import { describeError, errorClassOf, SyncError } from '../errors.js';
import { compileLogic, isTruthy } from '../expressions/logic.js';
import type { StreamPlan } from '../plan/plan-types.js';
import { compilePath } from '../util/record-path.js';
import { forEachConcurrently, linkedController } from './_channel.js';
import { behindWhere } from './_selection.js';
import { mergeOptions } from '../plan/_plan-selections.js';
import { Checkpoints } from './_checkpoints.js';
import { readRecords } from './_partitions.js';
import { Rejections } from './_rejections.js';
import { StreamOutputs } from './_stream-outputs.js';
import type { StreamRunContext, StreamSession } from './_stream-session.js';
import { runUnit } from './_unit-stages.js';
import { emptyStreamResult, type RunStrategy, type StreamResult } from './run-events.js';
import { prepareSteps, type StepEnv } from './step-handlers.js';
import { streamUnits, type UnitsContext } from './work-unit.js';
import { dispatchesPartitions, dispatchPartitions } from './_dispatch-partitions.js';

export type { StreamRunContext } from './_stream-session.js';

/**
 * Runs one stream: splits it into units of work (one per partition, else one), runs up to
 * `partitions.concurrency` of them at a time through the read -> transform -> write stages, and
 * writes their batches one at a time, each unit's in source order, checkpointing each unit's
 * cursor after the batch that carried it committed. Memory holds at most `read_ahead` + 2 pages
 * and three batches per running unit.
 */
export async function runStream(plan: StreamPlan, ctx: StreamRunContext): Promise<StreamResult> {
  const started = ctx.now();
  const { redactor } = ctx.pipeline;
  // A replay writes quarantined records again; it never reads the source or moves a cursor.
  const strategy = ctx.replay ? 'incremental' : ctx.selection ? 'full' : chooseStrategy(plan, ctx);
  // A replay, an ids run or a selection writes given or chosen records; none reads from a cursor or moves one.
  const incremental = ctx.replay || ctx.selection || strategy === 'ids' ? undefined : plan.incremental;
  const result = emptyStreamResult(plan.name, 'running');
  const history = streamHistory(plan, ctx, result, new Date(started).toISOString());
  const cleanups: (() => void)[] = [];
  const halt = linkedController(ctx.signal);
  // The cursor history names the run that committed each value.
  const checkpoints = new Checkpoints(ctx.state, incremental, ctx.dryRun, plan.also.length > 0, {
    runId: ctx.runId,
    actor: `run:${ctx.strategyFacts.trigger}`,
  });
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
  let outputs: StreamOutputs | undefined;
  try {
    await history();
    const session = await openSession(plan, ctx, {
      strategy,
      incremental,
      result,
      rejections,
      checkpoints,
      halt: halt.controller,
      cleanups,
    });
    outputs = session.outputs;
    if (ctx.partition && !outputs.shareable()) {
      throw new SyncError('CONFIG_INVALID', `stream ${plan.name}: its sink cannot write one partition apart from the others`);
    }
    if (dispatchesPartitions(session, strategy)) await dispatchPartitions(session, strategy, ctx.dispatcher!, unitsContext(session));
    else await runUnits(session, strategy);
    if (ctx.signal.aborted) throw new SyncError('ABORTED', 'aborted');
    checkRejectShare(plan, result);
    // A partition run writes a share of the stream: its end (after statements, ...) is the owning run's.
    if (!ctx.partition) await outputs.finish();
    await checkpoints.savePending();
    result.status = 'succeeded';
  } catch (error) {
    settleFailure(plan, ctx, result, error, incremental !== undefined, checkpoints.deferred);
  } finally {
    halt.dispose();
    try {
      await rejections.store();
    } catch (error) {
      ctx.logger.error(`could not store quarantined records: ${redactor.redact(describeError(error))}`);
    }
    for (const cleanup of cleanups) cleanup();
    await outputs?.close();
    result.durationMs = ctx.now() - started;
    try {
      await history();
    } catch (error) {
      ctx.logger.error(`could not record the stream's run history: ${redactor.redact(describeError(error))}`);
    }
  }
  ctx.emit({ type: 'stream_finished', runId: ctx.runId, result });
  return result;
}

/** What the stream decided before opening anything, for its session. */
interface SessionParts {
  readonly strategy: RunStrategy;
  readonly incremental: StreamSession['incremental'];
  readonly result: StreamResult;
  readonly rejections: Rejections;
  readonly checkpoints: Checkpoints;
  readonly halt: AbortController;
  readonly cleanups: (() => void)[];
}

/** Opens the source and the writers and compiles the steps: everything the stream's units share. */
async function openSession(plan: StreamPlan, ctx: StreamRunContext, parts: SessionParts): Promise<StreamSession> {
  const { strategy, incremental } = parts;
  if (strategy === 'ids' && !plan.idsSource) {
    throw new SyncError('CONFIG_INVALID', `stream ${plan.name} cannot fetch by ids: declare strategies.ids with the source options to use`);
  }
  const baseScopes: Record<string, unknown> = {
    ...(ctx.tenant ? { tenant: ctx.tenant.record } : {}),
    stream: { name: plan.name },
    run: { id: ctx.runId, started_at: ctx.runStartedAt },
    now: ctx.runStartedAt,
    discover: ctx.discovered,
  };
  const env: StepEnv = {
    scopes: baseScopes,
    signal: ctx.signal,
    logger: ctx.logger,
    openConnection: ctx.openConnection,
    crosswalk: ctx.crosswalk,
    defer: (cleanup) => parts.cleanups.push(cleanup),
    readRecords: (source, steps) => readRecords(source, steps, env),
  };
  const source = ctx.replay ? undefined : await ctx.openConnection(plan.source);
  if (source && !source.read) throw new SyncError('CONFIG_INVALID', `connection "${plan.source.connection}" cannot be read from`);
  const outputs = await StreamOutputs.open(plan, {
    dryRun: ctx.dryRun,
    share: ctx.partition !== undefined,
    tenant: ctx.tenant?.id,
    redactor: ctx.pipeline.redactor,
    logger: ctx.logger,
    output: ctx.output,
    env,
    openConnection: ctx.openConnection,
    render: (v, extra) => renderRuntime(v, extra ? { ...baseScopes, ...extra } : baseScopes),
  });
  let step: StreamSession['step'];
  const chosen = ctx.selection?.streams[plan.name];
  try {
    step = behindWhere(chosen?.where, await prepareSteps(plan.steps, env));
  } catch (error) {
    // A join that cannot read its right side: the writers opened (a replace load's transaction) are released.
    await outputs.close();
    throw error;
  }
  const ids = ctx.ids ?? [];
  return {
    plan,
    ctx,
    result: parts.result,
    incremental,
    sourceOptions:
      strategy === 'ids' && plan.idsSource
        ? { ...plan.source.options, ...plan.idsSource }
        : chosen
          ? mergeOptions(plan.source.options, chosen.source)
          : plan.source.options,
    baseScopes,
    idsScope: strategy === 'ids' ? { ids: [...ids], ids_csv: ids.join(',') } : {},
    step,
    cursorPath: incremental ? compilePath(incremental.cursorField) : undefined,
    source,
    outputs,
    rejections: parts.rejections,
    checkpoints: parts.checkpoints,
    halt: parts.halt,
    limited: false,
    started: false,
  };
}

/** What enumerating the stream's units needs, from its session. */
function unitsContext(session: StreamSession): UnitsContext {
  const { ctx } = session;
  return {
    scopes: session.baseScopes,
    signal: ctx.signal,
    openConnection: ctx.openConnection,
    crosswalk: ctx.crosswalk,
    defer: () => undefined,
    logger: ctx.logger.withTag('partitions'),
    pipeline: ctx.pipeline.name,
    file: ctx.pipeline.file,
    tenant: ctx.tenant,
    ids: ctx.ids ?? [],
    replay: ctx.replay !== undefined,
    only: ctx.partition,
  };
}

/** Runs the stream's units, up to `partitions.concurrency` at a time; one failing stops the others. */
async function runUnits(session: StreamSession, strategy: RunStrategy): Promise<void> {
  const { plan, ctx } = session;
  const ids = ctx.ids ?? [];
  ctx.logger.debug(
    `stream ${plan.name}: strategy ${strategy}${strategy === 'ids' ? ` (${ids.length} ids)` : ''}${ctx.selection ? ` (selection ${ctx.selection.name})` : ''}`,
  );
  await forEachConcurrently(
    streamUnits(plan, strategy, unitsContext(session)),
    plan.partitionConcurrency,
    async (unit) => {
      try {
        await runUnit(session, unit);
      } catch (error) {
        // One unit failing stops the others: no request keeps running, no later batch commits.
        session.halt.abort(error);
        throw error;
      }
    },
    () => session.halt.signal.aborted || session.limited,
  );
}

/** Fails the stream once more of its records were rejected than `quarantine.max_percent` allows. */
function checkRejectShare(plan: StreamPlan, result: StreamResult): void {
  const maxPercent = plan.quarantine.maxPercent;
  if (maxPercent === undefined || result.recordsRead === 0) return;
  const share = (result.recordsRejected / result.recordsRead) * 100;
  if (share <= maxPercent) return;
  throw new SyncError(
    'TRANSFORM_FAILED',
    `${result.recordsRejected} of ${result.recordsRead} records rejected (${share.toFixed(1)}%), more than quarantine.max_percent (${maxPercent}%)`,
  );
}

/** Records how a stream that did not succeed ended: aborted (cancelled, also mid-request) or failed. */
function settleFailure(
  plan: StreamPlan,
  ctx: StreamRunContext,
  result: StreamResult,
  error: unknown,
  hasCursor: boolean,
  deferred: boolean,
): void {
  if (ctx.signal.aborted) {
    const kept = hasCursor ? `; the cursor stays at ${JSON.stringify(result.cursorAfter ?? null)}` : '';
    result.status = 'aborted';
    result.error = `aborted after ${result.batches} committed batches${kept}`;
    ctx.logger.warn(`stream ${plan.name} ${result.error}`);
    return;
  }
  result.status = 'failed';
  result.error = ctx.pipeline.redactor.redact(describeError(error));
  result.errorClass = errorClassOf(error);
  // A deferred load (e.g. replace) rolls back as a whole: nothing it counted was kept.
  if (deferred) Object.assign(result, { recordsWritten: 0, inserted: 0, updated: 0, skipped: 0 });
  ctx.logger.error(`stream ${plan.name} failed: ${result.error}`);
}

/** Writes the stream's row of run history (nothing in a dry run). */
function streamHistory(plan: StreamPlan, ctx: StreamRunContext, result: StreamResult, startedAt: string) {
  return async () => {
    // A partition run's counts go to the run that handed it out, which records the stream.
    if (ctx.dryRun || ctx.partition) return;
    await ctx.state.saveStreamRun({
      runId: ctx.runId,
      stream: plan.name,
      status: result.status === 'skipped' ? 'failed' : result.status,
      startedAt,
      ...(result.status !== 'running' ? { finishedAt: new Date(ctx.now()).toISOString() } : {}),
      recordsRead: result.recordsRead,
      recordsWritten: result.recordsWritten,
      recordsRejected: result.recordsRejected,
      cursorBefore: result.cursorBefore,
      cursorAfter: result.cursorAfter,
      ...(result.error ? { error: result.error } : {}),
    });
  };
}

/** The run's strategy for a stream: asked for, else the first `auto` rule that holds, else incremental. */
function chooseStrategy(plan: StreamPlan, ctx: StreamRunContext): RunStrategy {
  if (ctx.strategy) return ctx.strategy;
  for (const rule of plan.autoStrategy) {
    if (isTruthy(compileLogic(rule.when)(ctx.strategyFacts))) return rule.use;
  }
  return 'incremental';
}
