import { randomUUID } from 'node:crypto';
import { createConsola, type ConsolaInstance, type LogObject } from 'consola';
import {
  DEFAULT_LOCK_TTL_MS,
  describeError,
  isBusy,
  PROCESS_LOCK_HOLDER,
  takeRunLocks,
  type RunLease,
  type Engine,
  type MetricsRecorder,
  type RunEvent,
  type RunResult,
  type RunStatus,
  type RunStrategy,
  type RunTrigger,
} from '@syncengine/engine';
import type { OpsPipeline, OpsPipelines } from './ops-pipeline.js';
import { withMetricLabels } from './prometheus-metrics.js';

/** How many finished runs the queue remembers for status look-ups (run history has them all). */
const FINISHED_KEPT = 500;

/** A request to run a pipeline, or one tenant of it. */
export interface RunRequest {
  pipeline: string;
  /** The tenant, for a multi-tenant pipeline: each tenant is queued, locked and run on its own. */
  tenant?: string;
  trigger: RunTrigger;
  strategy?: RunStrategy;
  /** The ids for the `ids` strategy. */
  ids?: readonly (string | number)[];
  /** Only these streams. @default every stream */
  streams?: readonly string[];
  /** A `selections:` entry of the pipeline the run is limited to. */
  selection?: string;
  /** Write quarantined records again (these ids, or every open one of the streams) instead of reading the sources. */
  replay?: { ids?: readonly string[] };
  /**
   * Checked once the run holds its locks, before it starts: a reason skips the run. The scheduler
   * decides "is it due" from a snapshot; this re-reads the run history, so a run another process
   * finished meanwhile is not run twice.
   */
  recheck?: () => Promise<string | undefined>;
  /** The due period a scheduled run is for (`RunTarget.slot`): a shared queue adds one unit per period. */
  slot?: string;
}

/** A run the queue knows: waiting, running, or recently finished. */
export interface QueuedRun {
  readonly runId: string;
  readonly pipeline: string;
  readonly tenant: string | undefined;
  readonly trigger: RunTrigger;
  readonly strategy: RunStrategy | undefined;
  readonly streams: readonly string[] | undefined;
  /** The `selections:` entry the run is limited to. */
  readonly selection?: string;
  /** Set for a replay of quarantined records. */
  readonly replay?: { ids?: readonly string[] };
  /** The ids of an `ids` run; requests that arrive while it waits add theirs. */
  ids: (string | number)[] | undefined;
  /** `skipped`: its `recheck` found it no longer due once it held its locks; it never started. */
  status: 'queued' | 'skipped' | RunStatus;
  queuedAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** Who holds the lock this run waits for, when another process runs the same pipeline and tenant. */
  waitingFor?: string;
  /** Checked once the run holds its locks (see `RunRequest.recheck`). */
  readonly recheck?: () => Promise<string | undefined>;
  /** The engine's result, once finished. */
  result?: RunResult;
  /** One-line error of a failed run, secrets redacted. */
  error?: string;
}

/** Something that follows the runs of a queue (metrics, logs). Must not throw. */
export interface RunObserver {
  /** A run was queued, started or finished. */
  onRun?(run: QueuedRun): void;
  /** A progress event of a running run. */
  onEvent?(run: QueuedRun, event: RunEvent): void;
  /** An info, warning or error line the engine or a connector logged for a running run, with the stream it is about. */
  onLog?(run: QueuedRun, line: { level: 'info' | 'warn' | 'error'; message: string; stream?: string }): void;
}

/** Options for `createRunQueue`. */
export interface RunQueueOptions {
  pipelines: OpsPipelines;
  engine: Engine;
  /** This process's name on locks. @default `<host>:<pid>:<random>` */
  holder?: string;
  /** How long a lock lasts unless renewed; a dead holder's lock frees after this. @default 60000 */
  lockTtlMs?: number;
  /** How soon a run whose lock another process holds tries again. @default 5000 */
  lockRetryMs?: number;
  /** The clock, ms since the epoch: queue and run times, lock leases (passed to every run). @default Date.now */
  now?: () => number;
  logger?: ConsolaInstance;
  /** Passed to every run, for connector metrics. */
  metrics?: MetricsRecorder;
  observers?: readonly RunObserver[];
}

/** The one way runs start in `schedule` and `serve`: a queue per pipeline and tenant behind a state-store lock. */
export interface RunQueue {
  /** This process's name on locks. */
  readonly holder: string;
  /**
   * Queues a run. While a run of the same pipeline and tenant waits with the same strategy and
   * streams, the request joins it (an `ids` run gains the new ids) instead of piling up.
   * Throws once the queue is closing.
   */
  submit(request: RunRequest): { run: QueuedRun; merged: boolean };
  /** A run that waits, runs, or finished recently. */
  get(runId: string): QueuedRun | undefined;
  /** Runs that wait or run. */
  active(): QueuedRun[];
  /** Whether a run of this pipeline and tenant waits or runs in this process. */
  isBusy(pipeline: string, tenant: string | undefined): boolean;
  /** Resolves when nothing waits or runs. */
  idle(): Promise<void>;
  /** Starts nothing new, aborts running runs (they stop between batches and keep their state) and waits for them. */
  close(): Promise<void>;
}

interface Slot {
  running: QueuedRun | undefined;
  pending: QueuedRun[];
  /** Set while waiting to try a lock another process holds again. */
  retry: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Creates the run queue shared by the scheduler and the control plane.
 *
 * @example
 * ```ts
 * const queue = createRunQueue({ pipelines, engine })
 * const { run } = queue.submit({ pipeline: 'quickstart', trigger: 'api' })
 * await queue.idle()
 * console.log(queue.get(run.runId)?.status)
 * ```
 */
export function createRunQueue(options: RunQueueOptions): RunQueue {
  const holder = options.holder ?? PROCESS_LOCK_HOLDER;
  const now = options.now ?? Date.now;
  const iso = () => new Date(now()).toISOString();
  const lockTtlMs = options.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
  const lockRetryMs = options.lockRetryMs ?? 5_000;
  const logger = options.logger ?? createConsola({ level: -999 });
  const observers = options.observers ?? [];
  const slots = new Map<string, Slot>();
  const runs = new Map<string, QueuedRun>();
  const controllers = new Map<string, AbortController>();
  const finished: string[] = [];
  const waiters: (() => void)[] = [];
  let closing = false;

  const notify = (run: QueuedRun) => observers.forEach((o) => o.onRun?.(run));
  const keyOf = (pipeline: string, tenant: string | undefined) => JSON.stringify([pipeline, tenant ?? null]);
  const sameShape = (a: QueuedRun, b: RunRequest) =>
    a.strategy === b.strategy &&
    a.selection === b.selection &&
    a.trigger === b.trigger &&
    !a.replay &&
    !b.replay &&
    [...(a.streams ?? [])].sort().join(',') === [...(b.streams ?? [])].sort().join(',');
  const runningIn = (pipeline: string) => [...slots.values()].filter((s) => s.running?.pipeline === pipeline).length;
  const isIdle = () => [...slots.values()].every((s) => !s.running && s.pending.length === 0);

  const settle = () => {
    for (const [key, slot] of slots) if (!slot.running && slot.pending.length === 0 && !slot.retry) slots.delete(key);
    if (isIdle()) waiters.splice(0).forEach((resolve) => resolve());
  };

  const pump = () => {
    if (closing) return;
    for (const slot of slots.values()) {
      const next = slot.pending[0];
      if (slot.running || slot.retry || !next) continue;
      const op = options.pipelines.get(next.pipeline)!;
      if (runningIn(next.pipeline) >= (op.plan.tenants?.concurrency ?? 1)) continue;
      slot.pending.shift();
      slot.running = next;
      void start(slot, next, op);
    }
  };

  const start = async (slot: Slot, run: QueuedRun, op: OpsPipeline) => {
    const controller = new AbortController();
    controllers.set(run.runId, controller);
    let lease: RunLease | undefined;
    try {
      const taken = await takeRunLocks(op.state.locks, {
        pipeline: run.pipeline,
        ...(run.tenant !== undefined ? { tenant: run.tenant } : {}),
        streams: run.streams ?? op.plan.streams.map((s) => s.name),
        holder,
        ttlMs: lockTtlMs,
        runId: run.runId,
        now,
        onLost: (reason) => {
          logger.error(`run ${run.runId} of ${describe(run)}: ${reason}; stopping it`);
          controller.abort();
        },
      });
      if (isBusy(taken)) return wait(slot, run, taken.holder, taken.message);
      lease = taken;
    } catch (error) {
      finish(slot, run, undefined, `cannot take the run's locks: ${describeError(error)}`);
      return;
    }

    let stop: string | undefined;
    let skip: string | undefined;
    try {
      if (closing) stop = 'not started: shutting down';
      else skip = await run.recheck?.();
    } catch (error) {
      stop = `not started: cannot check whether it is still due: ${describeError(error)}`;
    }
    if (stop || skip) {
      await lease.release().catch(() => undefined);
      return finish(slot, run, undefined, stop ?? skip, !stop);
    }
    delete run.waitingFor;
    run.status = 'running';
    run.startedAt = iso();
    notify(run);
    logger.info(
      `run ${run.runId} of ${describe(run)} started (${run.trigger}${run.strategy ? `, ${run.strategy}` : ''}${run.selection ? `, selection ${run.selection}` : ''})`,
    );
    let result: RunResult | undefined;
    let error: string | undefined;
    try {
      result = await options.engine.run(op.pipeline, {
        state: op.state,
        logger: runLogger(run, op),
        signal: controller.signal,
        trigger: run.trigger,
        runId: run.runId,
        now,
        lease,
        ...(run.strategy ? { strategy: run.strategy } : {}),
        ...(run.ids ? { ids: run.ids } : {}),
        ...(run.replay ? { replay: run.replay } : {}),
        ...(run.selection !== undefined ? { selection: run.selection } : {}),
        ...(run.streams?.length ? { streams: run.streams } : {}),
        ...(run.tenant !== undefined ? { tenants: [run.tenant] } : {}),
        // Connector metrics carry the pipeline: two pipelines may both name a connection `api`.
        ...(options.metrics ? { metrics: withMetricLabels(options.metrics, { pipeline: op.name }) } : {}),
        onEvent: (event) => observers.forEach((o) => o.onEvent?.(run, event)),
      });
    } catch (caught) {
      error = op.pipeline.redactor.redact(describeError(caught));
    } finally {
      await lease
        .release()
        .catch((caught: unknown) => logger.warn(`releasing the locks of ${describe(run)} failed: ${describeError(caught)}`));
    }
    finish(slot, run, result, error);
  };

  /** The logger of one run: the queue's, and a copy of its info, warning and error lines for the observers that keep them. */
  const runLogger = (run: QueuedRun, op: OpsPipeline): ConsolaInstance => {
    const keepers = observers.filter((o) => o.onLog);
    if (!keepers.length) return logger;
    const streams = op.plan.streams.map((s) => s.name);
    const capture = {
      log(entry: LogObject) {
        if (entry.level > 3) return;
        const level = entry.level <= 0 ? 'error' : entry.level === 1 ? 'warn' : 'info';
        const message = [entry.message, ...entry.args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a)))]
          .filter((p) => p !== undefined && p !== '')
          .join(' ');
        // Engine tags read `pipeline[:tenant][:stream][:connector:name]`.
        const stream = (entry.tag ?? '').split(':').find((part) => streams.includes(part));
        for (const o of keepers) o.onLog!(run, { level, message, ...(stream ? { stream } : {}) });
      },
    };
    return logger.create({ reporters: [...logger.options.reporters, capture] });
  };

  /** Puts a run whose lock another process holds back at the head of its slot, to try again later. */
  const wait = (slot: Slot, run: QueuedRun, lockHolder: string, message: string) => {
    controllers.delete(run.runId);
    slot.running = undefined;
    if (closing) return finish(slot, run, undefined, 'not started: shutting down');
    slot.pending.unshift(run);
    // The retry timer is set before anything else, so no pump starts the run meanwhile.
    slot.retry = setTimeout(() => {
      slot.retry = undefined;
      pump();
      settle();
    }, lockRetryMs);
    if (run.waitingFor !== lockHolder) logger.info(`run ${run.runId} waits: ${message}`);
    if (run.status === 'queued') run.waitingFor = lockHolder;
  };

  const finish = (slot: Slot, run: QueuedRun, result: RunResult | undefined, error: string | undefined, skipped = false) => {
    controllers.delete(run.runId);
    const tenantResult = result?.tenants?.[0];
    run.status = skipped ? 'skipped' : (result?.status ?? (error?.startsWith('not started') ? 'aborted' : 'failed'));
    run.finishedAt = iso();
    if (result) run.result = result;
    const message = error ?? tenantResult?.error ?? result?.error;
    if (message) run.error = message;
    else delete run.error;
    if (slot.running === run) slot.running = undefined;
    finished.push(run.runId);
    while (finished.length > FINISHED_KEPT) runs.delete(finished.shift()!);
    notify(run);
    const line = `run ${run.runId} of ${describe(run)} ${run.status}${run.error ? `: ${run.error}` : ''}`;
    if (run.status === 'succeeded' || run.status === 'skipped') logger.info(line);
    else logger.error(line);
    pump();
    settle();
  };

  return {
    holder,
    submit(request) {
      if (closing) throw new Error('shutting down: no new runs are accepted');
      const op = options.pipelines.get(request.pipeline);
      if (!op) throw new Error(`unknown pipeline "${request.pipeline}"`);
      if (op.plan.tenants && request.tenant === undefined) throw new Error(`${request.pipeline} runs per tenant: name the tenant`);
      const key = keyOf(request.pipeline, op.plan.tenants ? request.tenant : undefined);
      let slot = slots.get(key);
      if (!slot) {
        slot = { running: undefined, pending: [], retry: undefined };
        slots.set(key, slot);
      }
      const waiting = slot.pending.find((r) => sameShape(r, request));
      if (waiting) {
        if (waiting.ids && request.ids) waiting.ids = [...new Set([...waiting.ids, ...request.ids])];
        return { run: waiting, merged: true };
      }
      const run: QueuedRun = {
        runId: randomUUID(),
        pipeline: request.pipeline,
        tenant: op.plan.tenants ? request.tenant : undefined,
        trigger: request.trigger,
        strategy: request.strategy,
        streams: request.streams?.length ? [...request.streams] : undefined,
        ...(request.selection !== undefined ? { selection: request.selection } : {}),
        ids: request.ids ? [...request.ids] : undefined,
        ...(request.replay ? { replay: { ...(request.replay.ids ? { ids: [...request.replay.ids] } : {}) } } : {}),
        status: 'queued',
        queuedAt: iso(),
        ...(request.recheck ? { recheck: request.recheck } : {}),
      };
      runs.set(run.runId, run);
      slot.pending.push(run);
      notify(run);
      pump();
      return { run, merged: false };
    },
    get: (runId) => runs.get(runId),
    active: () => [...runs.values()].filter((r) => r.status === 'queued' || r.status === 'running'),
    isBusy(pipeline, tenant) {
      const slot = slots.get(keyOf(pipeline, tenant));
      return Boolean(slot && (slot.running || slot.pending.length));
    },
    idle: () => (isIdle() ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    async close() {
      closing = true;
      for (const slot of slots.values()) {
        if (slot.retry) clearTimeout(slot.retry);
        slot.retry = undefined;
        for (const run of slot.pending.splice(0)) finish(slot, run, undefined, 'not started: shutting down');
      }
      for (const controller of controllers.values()) controller.abort();
      await new Promise<void>((resolve) => (isIdle() ? resolve() : waiters.push(resolve)));
    },
  };
}

function describe(run: QueuedRun): string {
  return run.tenant === undefined ? run.pipeline : `${run.pipeline} (tenant ${run.tenant})`;
}
