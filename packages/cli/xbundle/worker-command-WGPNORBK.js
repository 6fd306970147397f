import {
  findTargets,
  openOpsRuntime,
  untilAborted,
  withMetricLabels
} from "./chunk-VMM7LPXO.js";
import {
  DEFAULT_QUEUE_PREFIX,
  UNITS_QUEUE,
  describeQueueUrl,
  openRedis
} from "./chunk-PVBZJ22S.js";
import "./chunk-JSIGFRPI.js";
import "./chunk-E5RDEU7U.js";
import "./chunk-TW5FLHKL.js";
import "./chunk-DALFLWS2.js";
import "./chunk-LYA7H2TX.js";
import "./chunk-P3UW47MM.js";
import "./chunk-VHNRJIKL.js";
import "./chunk-USJJSOEW.js";
import "./chunk-JFTVXPZF.js";
import "./chunk-UVMJULST.js";
import "./chunk-WN2DRB5R.js";
import "./chunk-QNSC5OAB.js";
import "./chunk-3POCXQQ3.js";
import {
  UsageError
} from "./chunk-JGRDHK3I.js";
import "./chunk-MG6B7KT6.js";
import "./chunk-LYI5B7ID.js";
import "./chunk-4UUC4JN3.js";
import {
  DEFAULT_LOCK_TTL_MS,
  PROCESS_LOCK_HOLDER,
  isBusy,
  takeRunLocks
} from "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import {
  describeError
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-XVXQH47A.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/cli/dist/commands/worker-command.js
import { createServer } from "node:http";

// packages/cli/dist/queue/create-worker.js
import { Queue, Worker } from "bullmq";
import { createConsola } from "consola";

// packages/cli/dist/queue/redis-rate-budgets.js
import { setTimeout as sleep } from "node:timers/promises";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
function createRedisRateBudgets(redis, prefix) {
  const limiters = /* @__PURE__ */ new Map();
  const limiter = (points, duration) => {
    const id = `${points}/${duration}`;
    let found = limiters.get(id);
    if (!found) {
      found = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:rate`, points, duration, useRedisPackage: false });
      limiters.set(id, found);
    }
    return found;
  };
  const pauses = limiter(1, 1);
  return {
    budget(key, limits) {
      const windows = [
        ...limits.perSecond ? [split(limits.perSecond, 1e3, 10)] : [],
        ...limits.perMinute ? [split(limits.perMinute, 6e4, 60)] : []
      ];
      const pauseKey = `${key}:paused`;
      return {
        async acquire(signal) {
          for (; ; ) {
            signal.throwIfAborted();
            const paused = await pauses.get(pauseKey);
            if (paused && paused.consumedPoints > 1 && paused.msBeforeNext > 0) {
              await sleep(paused.msBeforeNext, void 0, { signal });
              continue;
            }
            let wait = 0;
            let late = false;
            for (const w of windows) {
              const slot = Math.floor(Date.now() / w.ms);
              try {
                await limiter(w.points, Math.max(1, Math.ceil(w.ms / 1e3))).consume(`${key}:${w.ms}:${slot}`);
                if (Date.now() >= (slot + 1) * w.ms)
                  late = true;
              } catch (error) {
                if (!(error instanceof RateLimiterRes))
                  throw error;
                wait = Math.max(wait, (slot + 1) * w.ms - Date.now());
              }
            }
            if (wait <= 0 && !late)
              return;
            if (wait > 0)
              await sleep(wait, void 0, { signal });
          }
        },
        async pause(ms) {
          await pauses.block(pauseKey, Math.max(1, Math.ceil(ms / 1e3)));
        }
      };
    }
  };
}
function split(n, periodMs, most) {
  let windows = 1;
  for (let k = Math.min(most, Math.floor(n)); k >= 1; k--) {
    if (Math.floor(n) % k === 0) {
      windows = k;
      break;
    }
  }
  return { points: Math.max(1, Math.floor(n / windows)), ms: periodMs / windows };
}

// packages/cli/dist/queue/_run-unit-job.js
import { randomUUID } from "node:crypto";
import { DelayedError, UnrecoverableError } from "bullmq";
async function runUnitJob(job, token, ctx) {
  const { data } = job;
  const op = ctx.pipelines.get(data.pipeline);
  if (!op)
    throw new UnrecoverableError(`unknown pipeline "${data.pipeline}": start the worker with its file`);
  const who = data.tenant === void 0 ? data.pipeline : `${data.pipeline} (tenant ${data.tenant})`;
  const later = async (ms) => {
    await job.moveToDelayed(Date.now() + ms, token);
    throw new DelayedError();
  };
  if (ctx.isClosing())
    return later(0);
  const used = await op.state.getRun(data.runId);
  const runId = used ? randomUUID() : data.runId;
  const holder = `${PROCESS_LOCK_HOLDER}:${randomUUID().slice(0, 8)}`;
  const controller = new AbortController();
  let lost;
  const lease = await takeRunLocks(op.state.locks, {
    pipeline: data.pipeline,
    ...data.tenant !== void 0 ? { tenant: data.tenant } : {},
    streams: data.streams?.length ? data.streams : op.plan.streams.map((s) => s.name),
    holder,
    ttlMs: ctx.lockTtlMs,
    runId,
    now: ctx.now,
    onLost: (reason) => {
      lost = reason;
      ctx.metrics.increment("syncengine_worker_lease_losses_total", ctx.labels);
      ctx.logger.error(`unit ${job.id} (${who}): ${reason}; stopping it`);
      controller.abort();
    }
  });
  if (isBusy(lease)) {
    ctx.logger.debug(`unit ${job.id} (${who}) waits: ${lease.message}`);
    return later(ctx.lockRetryMs);
  }
  let outcome;
  ctx.running.add(controller);
  try {
    if (data.recheck) {
      const [target] = await findTargets(op, {
        now: ctx.now(),
        startedAt: data.recheck.startedAt,
        retryAfterMs: data.recheck.retryAfterMs,
        ...data.tenant !== void 0 ? { tenants: [data.tenant] } : {}
      });
      if (target && !target.due) {
        ctx.logger.info(`unit ${job.id} (${who}) skipped: no longer due (last success ${target.lastSuccessAt ?? "never"})`);
        ctx.metrics.increment("syncengine_worker_units_total", { ...ctx.labels, status: "skipped" });
        return { status: "skipped" };
      }
    }
    ctx.logger.info(`unit ${job.id} (${who}) started as run ${runId} (attempt ${job.attemptsMade + 1})`);
    const result = await ctx.engine.run(op.pipeline, {
      state: op.state,
      logger: ctx.logger,
      signal: controller.signal,
      trigger: data.trigger,
      runId,
      now: ctx.now,
      lease,
      ...data.strategy ? { strategy: data.strategy } : {},
      ...data.ids ? { ids: data.ids } : {},
      ...data.streams?.length ? { streams: data.streams } : {},
      ...data.tenant !== void 0 ? { tenants: [data.tenant] } : {},
      metrics: withMetricLabels(ctx.metrics, { pipeline: op.name }),
      rateBudgets: ctx.rateBudgets
    });
    const own = result.tenants?.[0] ?? result;
    outcome = { runId, status: own.status, ...own.error ?? result.error ? { error: own.error ?? result.error } : {} };
  } catch (error) {
    if (error instanceof DelayedError)
      throw error;
    outcome = { runId, status: "failed", error: op.pipeline.redactor.redact(describeError(error)) };
  } finally {
    ctx.running.delete(controller);
    await lease.release().catch((error) => ctx.logger.warn(`releasing the locks of ${who} failed: ${describeError(error)}`));
  }
  if (outcome.status === "aborted" && ctx.isClosing() && !lost) {
    ctx.logger.info(`unit ${job.id} (${who}) handed back: shutting down`);
    return later(0);
  }
  ctx.metrics.increment("syncengine_worker_units_total", { ...ctx.labels, status: outcome.status });
  if (outcome.status === "succeeded") {
    ctx.logger.info(`unit ${job.id} (${who}) succeeded (run ${runId})`);
    return outcome;
  }
  const message = lost ? `lease lost: ${lost}` : outcome.error ?? outcome.status;
  const left = (job.opts.attempts ?? 1) - job.attemptsMade - 1;
  if (left > 0)
    ctx.metrics.increment("syncengine_worker_units_retried_total", ctx.labels);
  ctx.logger.error(`unit ${job.id} (${who}) ${outcome.status}: ${message}${left > 0 ? `; ${left} attempt(s) left` : "; dead letter"}`);
  throw new Error(message);
}

// packages/cli/dist/queue/create-worker.js
function createWorker(options) {
  const prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
  const lockTtlMs = options.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag("worker");
  const metrics = options.metrics ?? { increment() {
  }, observe() {
  }, set() {
  } };
  const labels = { worker: PROCESS_LOCK_HOLDER };
  const running = /* @__PURE__ */ new Set();
  let closing = false;
  const connection = openRedis(options.url);
  const queue = new Queue(UNITS_QUEUE, { connection, prefix });
  const workerConnection = openRedis(options.url);
  const rateBudgets = options.rateBudgets ?? createRedisRateBudgets(connection, prefix);
  const worker = new Worker(UNITS_QUEUE, (job, token) => runUnitJob(job, token, {
    pipelines: options.pipelines,
    engine: options.engine,
    logger,
    lockTtlMs,
    lockRetryMs: options.lockRetryMs ?? 1e3,
    metrics,
    labels,
    running,
    isClosing: () => closing,
    rateBudgets,
    now: options.now ?? Date.now
  }), {
    connection: workerConnection,
    prefix,
    concurrency: options.concurrency ?? 1,
    // A job whose worker stops renewing its lock is "stalled" and goes to another worker.
    lockDuration: lockTtlMs,
    stalledInterval: Math.max(500, Math.floor(lockTtlMs / 2)),
    maxStalledCount: 5
  });
  worker.on("error", (error) => logger.warn(`queue: ${error.message}`));
  worker.on("stalled", (jobId) => logger.warn(`unit ${jobId} stalled (its worker stopped renewing it): it runs again`));
  const depth = async () => {
    const counts = await queue.getJobCounts("waiting", "active", "delayed", "failed", "prioritized");
    for (const [state, n] of Object.entries(counts))
      metrics.set("syncengine_queue_jobs", { ...labels, state }, n);
    return counts;
  };
  const timer = setInterval(() => void depth().catch(() => void 0), 5e3);
  timer.unref();
  return {
    name: PROCESS_LOCK_HOLDER,
    counts: depth,
    async close() {
      if (closing)
        return;
      closing = true;
      clearInterval(timer);
      for (const controller of running)
        controller.abort();
      await worker.close();
      await queue.close();
      await connection.quit().catch(() => void 0);
      await workerConnection.quit().catch(() => void 0);
    }
  };
}

// packages/cli/dist/commands/worker-command.js
async function workerCommand(files, options, io, signal) {
  if (!options.queue)
    throw new UsageError("worker needs --queue redis://host:port: the queue it takes units from");
  const concurrency = Number(options.concurrency ?? 1);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(`--concurrency ${String(options.concurrency)}: must be a whole number of at least 1`);
  }
  const metricsPort = options.metricsPort === void 0 ? void 0 : Number(options.metricsPort);
  if (metricsPort !== void 0 && !(Number.isInteger(metricsPort) && metricsPort >= 0 && metricsPort <= 65535)) {
    throw new UsageError(`--metrics-port ${String(options.metricsPort)}: must be a port number`);
  }
  const runtime = await openOpsRuntime(files, { ...options, queue: void 0 }, io);
  if (typeof runtime === "number")
    return runtime;
  const { logger } = runtime;
  if (new URL(options.queue).password)
    runtime.redactor.add(decodeURIComponent(new URL(options.queue).password));
  const worker = createWorker({
    url: options.queue,
    ...options.queuePrefix ? { prefix: options.queuePrefix } : {},
    pipelines: runtime.pipelines,
    engine: runtime.engine,
    concurrency,
    lockTtlMs: runtime.lockTtlMs,
    logger,
    metrics: runtime.metrics
  });
  const server = metricsPort === void 0 ? void 0 : createServer((req, res) => {
    if (req.url !== "/metrics")
      return void res.writeHead(404).end("not found\n");
    void worker.counts().finally(() => {
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(runtime.metrics.render());
    });
  });
  if (server) {
    await new Promise((resolve) => server.listen(metricsPort, options.host ?? "127.0.0.1", resolve));
    logger.info(`metrics on http://${options.host ?? "127.0.0.1"}:${server.address().port}/metrics`);
  }
  logger.info(`worker ${worker.name} takes units of ${runtime.pipelines.list.map((p) => p.name).join(", ")} from ${describeQueueUrl(options.queue)} (concurrency ${concurrency})`);
  await untilAborted(signal);
  logger.info("stopping: no new units; running units stop after their current batch and go back to the queue");
  await worker.close();
  await new Promise((resolve) => server ? server.close(() => resolve()) : resolve());
  await runtime.close();
  logger.info("stopped");
  return 0;
}
export {
  workerCommand
};
