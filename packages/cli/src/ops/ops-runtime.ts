import { resolve } from 'node:path';
import type { ConsolaInstance } from 'consola';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { createEngine, createRedactor, describeError, type Engine, type Pipeline, type Redactor } from '@syncengine/engine';
import { loadOrReport } from '../commands/load-or-report.js';
import { parseVars } from '../commands/parse-vars.js';
import { UsageError } from '../commands/usage-error.js';
import type { CliIo } from '../output/cli-io.js';
import { createCliLogger } from '../output/cli-logger.js';
import { historyRetentionFrom } from '../commands/_pipeline-state.js';
import { openOpsPipelines, OpsConfigError, type OpsPipelines } from './ops-pipeline.js';
import { parseDuration } from './parse-duration.js';
import { createPrometheusMetrics, type PrometheusMetrics } from './prometheus-metrics.js';
import { createRunLogBook, type RunLogBook } from './run-log-book.js';
import { createRunQueue, type RunQueue } from './run-queue.js';

/** Options `schedule` and `serve` share, as cac parses them. */
export interface OpsCommandOptions {
  var?: string | string[];
  state?: string;
  /** How long a run lock lasts unless renewed, e.g. `60s`. */
  lockTtl?: string;
  /** Longest wait between two schedule checks, e.g. `60s`. */
  checkEvery?: string;
  /** Wait after a failed scheduled run before trying again, e.g. `15m`. */
  retryAfter?: string;
  debug?: boolean;
  logDir?: string;
  logs?: boolean;
  /** `redis://...`: hand due units to the workers of this BullMQ queue instead of running them here. */
  queue?: string;
  /** Key prefix of the queue in Redis. @default 'syncengine' */
  queuePrefix?: string;
}

/** The long-running parts `schedule` and `serve` share. */
export interface OpsRuntime {
  pipelines: OpsPipelines;
  engine: Engine;
  queue: RunQueue;
  metrics: PrometheusMetrics;
  /** Log lines of recent runs, for the ops page. */
  logBook: RunLogBook;
  logger: ConsolaInstance;
  /** Every secret of every pipeline; `serve` adds its API token. */
  redactor: Redactor;
  checkEveryMs: number;
  retryAfterMs: number;
  /** `--lock-ttl`. */
  lockTtlMs: number;
  /** Waits for running runs (after the queue was closed), closes state stores and log files. */
  close(): Promise<void>;
}

/**
 * Loads and checks the pipelines, opens their state stores and creates the logger, metrics and run
 * queue. Resolves with an exit code instead when a pipeline or an option is wrong (problems printed).
 */
export async function openOpsRuntime(files: readonly string[], options: OpsCommandOptions, io: CliIo): Promise<OpsRuntime | number> {
  const durations = {
    lockTtlMs: duration('--lock-ttl', options.lockTtl, 60_000),
    checkEveryMs: duration('--check-every', options.checkEvery, 60_000),
    retryAfterMs: duration('--retry-after', options.retryAfter, 900_000),
  };
  if (options.queue !== undefined && !/^rediss?:\/\/[^/]/.test(String(options.queue))) {
    throw new UsageError(`--queue ${String(options.queue)}: write a Redis URL, e.g. redis://127.0.0.1:6379`);
  }
  const vars = parseVars(options.var);
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const loaded: Pipeline[] = [];
  for (const file of files) {
    const pipeline = await loadOrReport(engine, file, { vars, env: io.env }, io);
    if (!pipeline) return 2;
    loaded.push(pipeline);
  }
  let pipelines: OpsPipelines;
  try {
    const retention = historyRetentionFrom(io.env);
    pipelines = await openOpsPipelines(loaded, {
      cwd: io.cwd,
      ...(retention !== undefined ? { historyRetention: retention } : {}),
      ...((options.state ?? io.env.SYNCENGINE_STATE) ? { state: options.state ?? io.env.SYNCENGINE_STATE } : {}),
    });
  } catch (error) {
    io.stderr.write(`error ${describeError(error)}\n`);
    return error instanceof OpsConfigError ? 2 : 1;
  }

  const redactor = combinedRedactor(loaded);
  const queuePassword = options.queue ? decodeURIComponent(new URL(options.queue).password) : '';
  if (queuePassword) redactor.add(queuePassword);
  const logDir =
    options.logs === false
      ? undefined
      : resolve(io.cwd, options.logDir ?? io.env.SYNCENGINE_LOG_DIR ?? resolve(loaded[0]!.baseDir, '.syncengine', 'logs'));
  const { logger, close: closeLogs } = createCliLogger({ io, redactor, debug: options.debug ?? false, logDir });
  for (const op of pipelines.list) logger.debug(`pipeline ${op.name} from ${op.pipeline.file}; state ${op.stateDescription}`);
  const metrics = createPrometheusMetrics();
  const logBook = createRunLogBook({ redact: (text) => redactor.redact(text) });
  const queue = options.queue
    ? // Loaded only with --queue: the in-process default never loads BullMQ.
      (await import('../queue/queued-run-queue.js')).createQueuedRunQueue({
        url: options.queue,
        ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
        pipelines,
        logger,
        observers: [metrics, logBook],
        schedule: { startedAt: Date.now(), retryAfterMs: durations.retryAfterMs },
      })
    : createRunQueue({
        pipelines,
        engine,
        lockTtlMs: durations.lockTtlMs,
        logger,
        metrics,
        observers: [metrics, logBook],
        // The CLI's clock (tests pass a fixed one): run times, as the scheduler's due times.
        ...(io.now ? { now: io.now } : {}),
      });
  return {
    pipelines,
    engine,
    lockTtlMs: durations.lockTtlMs,
    queue,
    metrics,
    logBook,
    logger,
    redactor,
    checkEveryMs: durations.checkEveryMs,
    retryAfterMs: durations.retryAfterMs,
    async close() {
      await queue.close();
      await pipelines.close();
      await closeLogs();
    },
  };
}

/** Resolves when `signal` aborts (SIGINT or SIGTERM in `bin.ts`); never without a signal. */
export function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    if (!signal) return;
    if (signal.aborted) return done();
    signal.addEventListener('abort', () => done(), { once: true });
  });
}

function duration(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const ms = parseDuration(String(raw));
  if (ms === undefined) throw new UsageError(`${flag} ${String(raw)}: write a number with a unit, e.g. 500ms, 30s, 15m, 6h`);
  return ms;
}

/** Masks the secrets of every pipeline, including those registered later (tenant credentials). */
function combinedRedactor(pipelines: readonly Pipeline[]): Redactor {
  const own = createRedactor();
  const all = [own, ...pipelines.map((p) => p.redactor)];
  return {
    add: (secret) => own.add(secret),
    redact: (text) => all.reduce((out, r) => r.redact(out), text),
    redactValue: <T>(value: T): T => all.reduce((out, r) => r.redactValue(out), value),
    get size() {
      return all.reduce((n, r) => n + r.size, 0);
    },
  };
}
