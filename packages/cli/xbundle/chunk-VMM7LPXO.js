import {
  formatDuration,
  parseDuration
} from "./chunk-JSIGFRPI.js";
import {
  createCliLogger
} from "./chunk-E5RDEU7U.js";
import {
  historyRetentionFrom
} from "./chunk-TW5FLHKL.js";
import {
  loadOrReport,
  parseVars
} from "./chunk-DALFLWS2.js";
import {
  BUILTIN_CONNECTORS
} from "./chunk-P3UW47MM.js";
import {
  UsageError
} from "./chunk-JGRDHK3I.js";
import {
  listTenants
} from "./chunk-LYI5B7ID.js";
import {
  createEngine,
  createRedactor,
  defaultStatePath
} from "./chunk-4UUC4JN3.js";
import {
  DEFAULT_LOCK_TTL_MS,
  PROCESS_LOCK_HOLDER,
  isBusy,
  takeRunLocks
} from "./chunk-XQSIKRHP.js";
import {
  planPipeline
} from "./chunk-GRVIXJDI.js";
import {
  createStateStore
} from "./chunk-AXXOOHKV.js";
import {
  describeDatabaseUrl,
  parseDatabaseUrl
} from "./chunk-UFM4XGWW.js";
import {
  describeError
} from "./chunk-RLQ4YVQZ.js";

// packages/cli/dist/ops/cadence.js
import { Cron } from "croner";
function everyCadence(ms) {
  return { next: (after) => after + ms, waitsForFirst: false, describe: `every ${formatDuration(ms)}` };
}
function scheduleCadence(schedule) {
  if (!schedule)
    return void 0;
  if (schedule.cron) {
    const timezone = schedule.timezone ?? "UTC";
    const cron = new Cron(schedule.cron, { timezone, paused: true });
    return {
      next: (after) => cron.nextRun(new Date(after))?.getTime(),
      waitsForFirst: true,
      describe: `cron ${schedule.cron} (${timezone})`
    };
  }
  if (schedule.every) {
    const ms = parseDuration(schedule.every);
    if (ms === void 0)
      throw new Error(`schedule.every ${schedule.every}: not a duration`);
    return everyCadence(ms);
  }
  return void 0;
}

// packages/cli/dist/ops/ops-pipeline.js
var OpsConfigError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "OpsConfigError";
  }
};
async function openOpsPipelines(pipelines, options) {
  const seen = /* @__PURE__ */ new Set();
  for (const p of pipelines) {
    if (seen.has(p.name))
      throw new OpsConfigError(`two pipelines are named "${p.name}"; give one of them another name`);
    seen.add(p.name);
  }
  const planned = pipelines.map((pipeline) => {
    const schedule = pipeline.definition.schedule;
    if (schedule?.every && schedule.cron)
      throw new OpsConfigError(`${pipeline.file}: schedule: set either every or cron, not both`);
    let cadence;
    try {
      cadence = scheduleCadence(schedule);
    } catch (error) {
      throw new OpsConfigError(`${pipeline.file}: schedule.cron ${schedule?.cron ?? ""}: ${describeError(error)}`);
    }
    return { pipeline, cadence };
  });
  const stores = /* @__PURE__ */ new Map();
  const open = (raw) => {
    let location;
    try {
      location = parseDatabaseUrl(raw, options.cwd);
    } catch (error) {
      throw new OpsConfigError(`--state: ${describeError(error)}`);
    }
    const key = location.dialect === "sqlite" ? `sqlite:${location.path}` : raw;
    let store = stores.get(key);
    if (!store) {
      store = createStateStore(location.dialect === "sqlite" ? `sqlite:${location.path}` : raw, options.historyRetention !== void 0 ? { historyRetention: options.historyRetention } : {});
      stores.set(key, store);
    }
    return {
      store,
      description: location.dialect === "sqlite" ? location.path : describeDatabaseUrl(raw),
      password: location.dialect === "sqlite" ? void 0 : location.password
    };
  };
  const list = [];
  try {
    for (const { pipeline, cadence } of planned) {
      const { store, description, password } = open(options.state ?? defaultStatePath(pipeline));
      if (password)
        pipeline.redactor.add(password);
      list.push({
        name: pipeline.name,
        pipeline,
        plan: planPipeline(pipeline),
        state: await store,
        stateDescription: description,
        cadence
      });
    }
  } catch (error) {
    await Promise.all([...stores.values()].map(async (s) => (await s.catch(() => void 0))?.close()));
    throw error;
  }
  const byName = new Map(list.map((p) => [p.name, p]));
  return {
    list,
    get: (name) => byName.get(name),
    close: async () => {
      await Promise.all([...stores.values()].map(async (s) => (await s).close()));
    }
  };
}

// packages/cli/dist/ops/ops-runtime.js
import { resolve } from "node:path";

// packages/cli/dist/ops/prometheus-metrics.js
var BUCKETS = [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];
var METRICS = {
  syncengine_runs_total: { type: "counter", help: "Runs finished, by pipeline, tenant and status (succeeded, failed, aborted)." },
  syncengine_run_duration_seconds: { type: "histogram", help: "Wall time of finished runs, by pipeline." },
  syncengine_runs_running: { type: "gauge", help: "Runs running now, by pipeline." },
  syncengine_runs_queued: { type: "gauge", help: "Runs waiting for their turn or their lock, by pipeline." },
  syncengine_last_success_timestamp_seconds: {
    type: "gauge",
    help: "When the last successful run of a pipeline and tenant finished (Unix seconds)."
  },
  syncengine_records_read_total: { type: "counter", help: "Records read from sources, by pipeline and stream." },
  syncengine_records_written_total: { type: "counter", help: "Records committed to sinks, by pipeline and stream." },
  syncengine_records_rejected_total: { type: "counter", help: "Records rejected into quarantine, by pipeline and stream." },
  syncengine_pages_fetched_total: { type: "counter", help: "Source pages fetched, by pipeline and stream." },
  syncengine_webhooks_total: {
    type: "counter",
    help: "Webhook deliveries, by webhook and outcome (accepted, ignored, unauthorized, invalid, replayed)."
  },
  syncengine_http_requests_total: {
    type: "counter",
    help: "HTTP requests made by connectors, by pipeline, connection, method and status (a code such as 200 or 429, timeout, network_error)."
  },
  syncengine_http_request_duration_seconds: { type: "histogram", help: "HTTP request latency, by pipeline, connection and method." },
  syncengine_http_retries_total: {
    type: "counter",
    help: "HTTP requests retried, by pipeline, connection and reason (429, 503, timeout, ...)."
  },
  syncengine_http_circuit_state: {
    type: "gauge",
    help: "Circuit breaker state by pipeline and connection: 0 closed, 1 half-open, 2 open."
  }
};
function withMetricLabels(recorder, labels) {
  return {
    increment: (name, own, by) => recorder.increment(name, { ...labels, ...own, ...labels }, by),
    observe: (name, own, value) => recorder.observe(name, { ...labels, ...own, ...labels }, value),
    set: (name, own, value) => recorder.set(name, { ...labels, ...own, ...labels }, value)
  };
}
function createPrometheusMetrics() {
  const families = /* @__PURE__ */ new Map();
  const counted = /* @__PURE__ */ new Map();
  for (const [name, meta] of Object.entries(METRICS))
    families.set(name, { ...meta, series: /* @__PURE__ */ new Map() });
  const active = /* @__PURE__ */ new Map();
  const seriesOf = (rawName, type, labels) => {
    const name = metricName(rawName);
    let family = families.get(name);
    if (!family) {
      family = { type, help: `Reported by a connector (${type}).`, series: /* @__PURE__ */ new Map() };
      families.set(name, family);
    }
    if (family.type !== type)
      return void 0;
    const clean = cleanLabels(labels);
    const key = JSON.stringify(Object.entries(clean).sort(([a], [b]) => a.localeCompare(b)));
    let series = family.series.get(key);
    if (!series) {
      series = { labels: clean, value: 0, ...type === "histogram" ? { buckets: BUCKETS.map(() => 0), sum: 0 } : {} };
      family.series.set(key, series);
    }
    return series;
  };
  const recorder = {
    increment(name, labels, by = 1) {
      const series = seriesOf(name, "counter", labels);
      if (series && Number.isFinite(by) && by >= 0)
        series.value += by;
    },
    observe(name, labels, value) {
      const series = seriesOf(name, "histogram", labels);
      if (!series || !Number.isFinite(value))
        return;
      series.value += 1;
      series.sum += value;
      const index = BUCKETS.findIndex((le) => value <= le);
      if (index >= 0)
        series.buckets[index] += 1;
    },
    set(name, labels, value) {
      const series = seriesOf(name, "gauge", labels);
      if (series)
        series.value = value;
    }
  };
  const countActive = (pipeline) => {
    const runs = [...active.values()].filter((r) => r.pipeline === pipeline);
    recorder.set("syncengine_runs_running", { pipeline }, runs.filter((r) => r.status === "running").length);
    recorder.set("syncengine_runs_queued", { pipeline }, runs.filter((r) => r.status === "queued").length);
  };
  return {
    ...recorder,
    onRun(run) {
      if (run.status === "queued" || run.status === "running")
        active.set(run.runId, { pipeline: run.pipeline, status: run.status });
      else {
        active.delete(run.runId);
        recorder.increment("syncengine_runs_total", { pipeline: run.pipeline, tenant: run.tenant ?? "", status: run.status });
        if (run.startedAt && run.finishedAt) {
          recorder.observe("syncengine_run_duration_seconds", { pipeline: run.pipeline }, (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1e3);
        }
        if (run.status === "succeeded" && run.finishedAt) {
          recorder.set("syncengine_last_success_timestamp_seconds", { pipeline: run.pipeline, tenant: run.tenant ?? "" }, Date.parse(run.finishedAt) / 1e3);
        }
      }
      countActive(run.pipeline);
    },
    onEvent(run, event) {
      const stream = event.type === "stream_finished" ? event.result.stream : "stream" in event ? event.stream : void 0;
      if (stream === void 0)
        return;
      const labels = { pipeline: run.pipeline, stream };
      const key = `${run.runId}\0${stream}`;
      const seen = counted.get(key) ?? { read: 0, written: 0, rejected: 0 };
      counted.set(key, seen);
      const add = (what, n) => {
        if (n < 0 || n === 0 && event.type !== "stream_finished")
          return;
        seen[what] += n;
        recorder.increment(`syncengine_records_${what}_total`, labels, n);
      };
      if (event.type === "page_fetched") {
        recorder.increment("syncengine_pages_fetched_total", labels);
        add("read", event.records);
      } else if (event.type === "batch_written")
        add("written", event.records);
      else if (event.type === "record_rejected")
        add("rejected", 1);
      else if (event.type === "stream_finished") {
        add("read", event.result.recordsRead - seen.read);
        add("written", event.result.recordsWritten - seen.written);
        add("rejected", event.result.recordsRejected - seen.rejected);
        counted.delete(key);
      }
    },
    render: () => renderFamilies(families)
  };
}
function renderFamilies(families) {
  const lines = [];
  for (const [name, family] of families) {
    lines.push(`# HELP ${name} ${family.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`, `# TYPE ${name} ${family.type}`);
    for (const series of family.series.values()) {
      if (family.type !== "histogram") {
        lines.push(`${name}${renderLabels(series.labels)} ${formatNumber(series.value)}`);
        continue;
      }
      let cumulative = 0;
      BUCKETS.forEach((le, i) => {
        cumulative += series.buckets[i];
        lines.push(`${name}_bucket${renderLabels(series.labels, { le: String(le) })} ${cumulative}`);
      });
      lines.push(`${name}_bucket${renderLabels(series.labels, { le: "+Inf" })} ${series.value}`);
      lines.push(`${name}_sum${renderLabels(series.labels)} ${formatNumber(series.sum)}`);
      lines.push(`${name}_count${renderLabels(series.labels)} ${series.value}`);
    }
  }
  return `${lines.join("\n")}
`;
}
function renderLabels(labels, extra = {}) {
  const all = { ...labels, ...extra };
  const parts = Object.entries(all).map(([k, v]) => `${k}="${v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"')}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}
function formatNumber(value) {
  if (Number.isNaN(value))
    return "NaN";
  if (value === Infinity)
    return "+Inf";
  if (value === -Infinity)
    return "-Inf";
  return String(value);
}
function metricName(name) {
  const clean = name.replace(/[^a-zA-Z0-9_:]/g, "_");
  return /^[0-9]/.test(clean) ? `_${clean}` : clean;
}
function cleanLabels(labels) {
  const out = {};
  for (const [k, v] of Object.entries(labels)) {
    const key = k.replace(/[^a-zA-Z0-9_]/g, "_").replace(/^(?=[0-9])/, "_");
    if (key === "le" || key.startsWith("__"))
      continue;
    out[key] = String(v);
  }
  return out;
}

// packages/cli/dist/ops/run-log-book.js
function createRunLogBook(options = {}) {
  const perRun = options.perRun ?? 1e3;
  const maxRuns = options.runs ?? 200;
  const now = options.now ?? Date.now;
  const redact = options.redact ?? ((text) => text);
  const logs = /* @__PURE__ */ new Map();
  const add = (runId, level, message) => {
    let log = logs.get(runId);
    if (!log) {
      log = { lines: [], dropped: 0 };
      logs.set(runId, log);
      for (const old of logs.keys()) {
        if (logs.size <= maxRuns)
          break;
        logs.delete(old);
      }
    }
    log.lines.push({ at: new Date(now()).toISOString(), level, message: redact(message) });
    if (log.lines.length > perRun) {
      log.lines.shift();
      log.dropped++;
    }
  };
  return {
    get: (runId) => logs.get(runId),
    onRun(run) {
      const what = `${run.trigger}${run.strategy ? `, ${run.strategy}` : ""}${run.streams ? `, streams ${run.streams.join(", ")}` : ""}`;
      if (run.status === "queued")
        add(run.runId, "info", `queued (${what})${run.tenant !== void 0 ? ` for tenant ${run.tenant}` : ""}`);
      else if (run.status === "running")
        add(run.runId, "info", "started");
      else
        add(run.runId, run.status === "succeeded" || run.status === "skipped" ? "info" : "error", `${run.status}${run.error ? `: ${run.error}` : ""}`);
    },
    onEvent(run, event) {
      const line = describeEvent(event);
      if (line)
        add(run.runId, line[0], line[1]);
    }
  };
}
function describeEvent(event) {
  switch (event.type) {
    case "stream_started":
      return ["info", `stream ${event.stream} started from cursor ${JSON.stringify(event.cursor ?? null)}`];
    case "batch_written":
      return [
        "info",
        `stream ${event.stream} batch ${event.batch}: ${event.records} written (${event.inserted} inserted, ${event.updated} updated, ${event.skipped} unchanged)${event.cursor !== void 0 ? `, cursor ${JSON.stringify(event.cursor)}` : ""}`
      ];
    case "record_rejected":
      return ["warn", `stream ${event.stream} record ${event.key} rejected: ${event.reason}`];
    case "stream_finished": {
      const r = event.result;
      return [
        r.status === "succeeded" ? "info" : "error",
        `stream ${r.stream} ${r.status}: ${r.recordsRead} read, ${r.recordsWritten} written, ${r.recordsRejected} rejected${r.error ? `: ${r.error}` : ""}`
      ];
    }
    default:
      return void 0;
  }
}

// packages/cli/dist/ops/run-queue.js
import { randomUUID } from "node:crypto";
import { createConsola } from "consola";
var FINISHED_KEPT = 500;
function createRunQueue(options) {
  const holder = options.holder ?? PROCESS_LOCK_HOLDER;
  const now = options.now ?? Date.now;
  const iso = () => new Date(now()).toISOString();
  const lockTtlMs = options.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
  const lockRetryMs = options.lockRetryMs ?? 5e3;
  const logger = options.logger ?? createConsola({ level: -999 });
  const observers = options.observers ?? [];
  const slots = /* @__PURE__ */ new Map();
  const runs = /* @__PURE__ */ new Map();
  const controllers = /* @__PURE__ */ new Map();
  const finished = [];
  const waiters = [];
  let closing = false;
  const notify = (run) => observers.forEach((o) => o.onRun?.(run));
  const keyOf = (pipeline, tenant) => JSON.stringify([pipeline, tenant ?? null]);
  const sameShape = (a, b) => a.strategy === b.strategy && a.trigger === b.trigger && !a.replay && !b.replay && [...a.streams ?? []].sort().join(",") === [...b.streams ?? []].sort().join(",");
  const runningIn = (pipeline) => [...slots.values()].filter((s) => s.running?.pipeline === pipeline).length;
  const isIdle = () => [...slots.values()].every((s) => !s.running && s.pending.length === 0);
  const settle = () => {
    for (const [key, slot] of slots)
      if (!slot.running && slot.pending.length === 0 && !slot.retry)
        slots.delete(key);
    if (isIdle())
      waiters.splice(0).forEach((resolve2) => resolve2());
  };
  const pump = () => {
    if (closing)
      return;
    for (const slot of slots.values()) {
      const next = slot.pending[0];
      if (slot.running || slot.retry || !next)
        continue;
      const op = options.pipelines.get(next.pipeline);
      if (runningIn(next.pipeline) >= (op.plan.tenants?.concurrency ?? 1))
        continue;
      slot.pending.shift();
      slot.running = next;
      void start(slot, next, op);
    }
  };
  const start = async (slot, run, op) => {
    const controller = new AbortController();
    controllers.set(run.runId, controller);
    let lease;
    try {
      const taken = await takeRunLocks(op.state.locks, {
        pipeline: run.pipeline,
        ...run.tenant !== void 0 ? { tenant: run.tenant } : {},
        streams: run.streams ?? op.plan.streams.map((s) => s.name),
        holder,
        ttlMs: lockTtlMs,
        runId: run.runId,
        now,
        onLost: (reason) => {
          logger.error(`run ${run.runId} of ${describe(run)}: ${reason}; stopping it`);
          controller.abort();
        }
      });
      if (isBusy(taken))
        return wait(slot, run, taken.holder, taken.message);
      lease = taken;
    } catch (error2) {
      finish(slot, run, void 0, `cannot take the run's locks: ${describeError(error2)}`);
      return;
    }
    let stop;
    let skip;
    try {
      if (closing)
        stop = "not started: shutting down";
      else
        skip = await run.recheck?.();
    } catch (error2) {
      stop = `not started: cannot check whether it is still due: ${describeError(error2)}`;
    }
    if (stop || skip) {
      await lease.release().catch(() => void 0);
      return finish(slot, run, void 0, stop ?? skip, !stop);
    }
    delete run.waitingFor;
    run.status = "running";
    run.startedAt = iso();
    notify(run);
    logger.info(`run ${run.runId} of ${describe(run)} started (${run.trigger}${run.strategy ? `, ${run.strategy}` : ""})`);
    let result;
    let error;
    try {
      result = await options.engine.run(op.pipeline, {
        state: op.state,
        logger,
        signal: controller.signal,
        trigger: run.trigger,
        runId: run.runId,
        now,
        lease,
        ...run.strategy ? { strategy: run.strategy } : {},
        ...run.ids ? { ids: run.ids } : {},
        ...run.replay ? { replay: run.replay } : {},
        ...run.streams?.length ? { streams: run.streams } : {},
        ...run.tenant !== void 0 ? { tenants: [run.tenant] } : {},
        // Connector metrics carry the pipeline: two pipelines may both name a connection `api`.
        ...options.metrics ? { metrics: withMetricLabels(options.metrics, { pipeline: op.name }) } : {},
        onEvent: (event) => observers.forEach((o) => o.onEvent?.(run, event))
      });
    } catch (caught) {
      error = op.pipeline.redactor.redact(describeError(caught));
    } finally {
      await lease.release().catch((caught) => logger.warn(`releasing the locks of ${describe(run)} failed: ${describeError(caught)}`));
    }
    finish(slot, run, result, error);
  };
  const wait = (slot, run, lockHolder, message) => {
    controllers.delete(run.runId);
    slot.running = void 0;
    if (closing)
      return finish(slot, run, void 0, "not started: shutting down");
    slot.pending.unshift(run);
    slot.retry = setTimeout(() => {
      slot.retry = void 0;
      pump();
      settle();
    }, lockRetryMs);
    if (run.waitingFor !== lockHolder)
      logger.info(`run ${run.runId} waits: ${message}`);
    if (run.status === "queued")
      run.waitingFor = lockHolder;
  };
  const finish = (slot, run, result, error, skipped = false) => {
    controllers.delete(run.runId);
    const tenantResult = result?.tenants?.[0];
    run.status = skipped ? "skipped" : result?.status ?? (error?.startsWith("not started") ? "aborted" : "failed");
    run.finishedAt = iso();
    if (result)
      run.result = result;
    const message = error ?? tenantResult?.error ?? result?.error;
    if (message)
      run.error = message;
    else
      delete run.error;
    if (slot.running === run)
      slot.running = void 0;
    finished.push(run.runId);
    while (finished.length > FINISHED_KEPT)
      runs.delete(finished.shift());
    notify(run);
    const line = `run ${run.runId} of ${describe(run)} ${run.status}${run.error ? `: ${run.error}` : ""}`;
    if (run.status === "succeeded" || run.status === "skipped")
      logger.info(line);
    else
      logger.error(line);
    pump();
    settle();
  };
  return {
    holder,
    submit(request) {
      if (closing)
        throw new Error("shutting down: no new runs are accepted");
      const op = options.pipelines.get(request.pipeline);
      if (!op)
        throw new Error(`unknown pipeline "${request.pipeline}"`);
      if (op.plan.tenants && request.tenant === void 0)
        throw new Error(`${request.pipeline} runs per tenant: name the tenant`);
      const key = keyOf(request.pipeline, op.plan.tenants ? request.tenant : void 0);
      let slot = slots.get(key);
      if (!slot) {
        slot = { running: void 0, pending: [], retry: void 0 };
        slots.set(key, slot);
      }
      const waiting = slot.pending.find((r) => sameShape(r, request));
      if (waiting) {
        if (waiting.ids && request.ids)
          waiting.ids = [.../* @__PURE__ */ new Set([...waiting.ids, ...request.ids])];
        return { run: waiting, merged: true };
      }
      const run = {
        runId: randomUUID(),
        pipeline: request.pipeline,
        tenant: op.plan.tenants ? request.tenant : void 0,
        trigger: request.trigger,
        strategy: request.strategy,
        streams: request.streams?.length ? [...request.streams] : void 0,
        ids: request.ids ? [...request.ids] : void 0,
        ...request.replay ? { replay: { ...request.replay.ids ? { ids: [...request.replay.ids] } : {} } } : {},
        status: "queued",
        queuedAt: iso(),
        ...request.recheck ? { recheck: request.recheck } : {}
      };
      runs.set(run.runId, run);
      slot.pending.push(run);
      notify(run);
      pump();
      return { run, merged: false };
    },
    get: (runId) => runs.get(runId),
    active: () => [...runs.values()].filter((r) => r.status === "queued" || r.status === "running"),
    isBusy(pipeline, tenant) {
      const slot = slots.get(keyOf(pipeline, tenant));
      return Boolean(slot && (slot.running || slot.pending.length));
    },
    idle: () => isIdle() ? Promise.resolve() : new Promise((resolve2) => waiters.push(resolve2)),
    async close() {
      closing = true;
      for (const slot of slots.values()) {
        if (slot.retry)
          clearTimeout(slot.retry);
        slot.retry = void 0;
        for (const run of slot.pending.splice(0))
          finish(slot, run, void 0, "not started: shutting down");
      }
      for (const controller of controllers.values())
        controller.abort();
      await new Promise((resolve2) => isIdle() ? resolve2() : waiters.push(resolve2));
    }
  };
}
function describe(run) {
  return run.tenant === void 0 ? run.pipeline : `${run.pipeline} (tenant ${run.tenant})`;
}

// packages/cli/dist/ops/ops-runtime.js
async function openOpsRuntime(files, options, io) {
  const durations = {
    lockTtlMs: duration("--lock-ttl", options.lockTtl, 6e4),
    checkEveryMs: duration("--check-every", options.checkEvery, 6e4),
    retryAfterMs: duration("--retry-after", options.retryAfter, 9e5)
  };
  if (options.queue !== void 0 && !/^rediss?:\/\/[^/]/.test(String(options.queue))) {
    throw new UsageError(`--queue ${String(options.queue)}: write a Redis URL, e.g. redis://127.0.0.1:6379`);
  }
  const vars = parseVars(options.var);
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const loaded = [];
  for (const file of files) {
    const pipeline = await loadOrReport(engine, file, { vars, env: io.env }, io);
    if (!pipeline)
      return 2;
    loaded.push(pipeline);
  }
  let pipelines;
  try {
    const retention = historyRetentionFrom(io.env);
    pipelines = await openOpsPipelines(loaded, {
      cwd: io.cwd,
      ...retention !== void 0 ? { historyRetention: retention } : {},
      ...options.state ?? io.env.SYNCENGINE_STATE ? { state: options.state ?? io.env.SYNCENGINE_STATE } : {}
    });
  } catch (error) {
    io.stderr.write(`error ${describeError(error)}
`);
    return error instanceof OpsConfigError ? 2 : 1;
  }
  const redactor = combinedRedactor(loaded);
  const queuePassword = options.queue ? decodeURIComponent(new URL(options.queue).password) : "";
  if (queuePassword)
    redactor.add(queuePassword);
  const logDir = options.logs === false ? void 0 : resolve(io.cwd, options.logDir ?? io.env.SYNCENGINE_LOG_DIR ?? resolve(loaded[0].baseDir, ".syncengine", "logs"));
  const { logger, close: closeLogs } = createCliLogger({ io, redactor, debug: options.debug ?? false, logDir });
  for (const op of pipelines.list)
    logger.debug(`pipeline ${op.name} from ${op.pipeline.file}; state ${op.stateDescription}`);
  const metrics = createPrometheusMetrics();
  const logBook = createRunLogBook({ redact: (text) => redactor.redact(text) });
  const queue = options.queue ? (
    // Loaded only with --queue: the in-process default never loads BullMQ.
    (await import("./queued-run-queue-JTZO2QTG.js")).createQueuedRunQueue({
      url: options.queue,
      ...options.queuePrefix ? { prefix: options.queuePrefix } : {},
      pipelines,
      logger,
      observers: [metrics, logBook],
      schedule: { startedAt: Date.now(), retryAfterMs: durations.retryAfterMs }
    })
  ) : createRunQueue({ pipelines, engine, lockTtlMs: durations.lockTtlMs, logger, metrics, observers: [metrics, logBook] });
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
    }
  };
}
function untilAborted(signal) {
  return new Promise((done) => {
    if (!signal)
      return;
    if (signal.aborted)
      return done();
    signal.addEventListener("abort", () => done(), { once: true });
  });
}
function duration(flag, raw, fallback) {
  if (raw === void 0)
    return fallback;
  const ms = parseDuration(String(raw));
  if (ms === void 0)
    throw new UsageError(`${flag} ${String(raw)}: write a number with a unit, e.g. 500ms, 30s, 15m, 6h`);
  return ms;
}
function combinedRedactor(pipelines) {
  const own = createRedactor();
  const all = [own, ...pipelines.map((p) => p.redactor)];
  return {
    add: (secret) => own.add(secret),
    redact: (text) => all.reduce((out, r) => r.redact(out), text),
    redactValue: (value) => all.reduce((out, r) => r.redactValue(out), value),
    get size() {
      return all.reduce((n, r) => n + r.size, 0);
    }
  };
}

// packages/cli/dist/ops/due-targets.js
var SUCCESS_DEPTH = 100;
async function findTargets(op, options) {
  if (!op.plan.tenants)
    return [await target(op, void 0, op.cadence, options)];
  const tenants = await listTenants(op.pipeline, {
    state: op.state,
    ...options.tenants ? { tenants: options.tenants } : {},
    ...options.logger ? { logger: options.logger } : {},
    ...options.signal ? { signal: options.signal } : {}
  });
  const targets = [];
  for (const tenant of tenants ?? []) {
    const cadence = tenant.frequencyHours !== void 0 ? everyCadence(tenant.frequencyHours * 36e5) : op.cadence;
    targets.push(await target(op, tenant.id, cadence, options));
  }
  return targets;
}
function isScheduled(op) {
  return op.cadence !== void 0 || op.plan.tenants?.frequencyHours !== void 0;
}
async function target(op, tenant, cadence, options) {
  const filter = { pipeline: op.name, tenant: tenant ?? "" };
  const streams = op.plan.streams.map((s) => s.name);
  const isSync = (run) => run.trigger !== "webhook" && streams.every((name) => run.streams.some((s) => s.stream === name));
  const successes = await op.state.listRuns({ ...filter, status: "succeeded", limit: SUCCESS_DEPTH });
  const lastSuccess = successes.find(isSync);
  const lastSuccessAt = lastSuccess ? lastSuccess.finishedAt ?? lastSuccess.startedAt : void 0;
  const recheck = (now) => target(op, tenant, cadence, { ...options, now });
  if (!cadence)
    return { tenant, due: true, dueAt: void 0, cadence: void 0, lastSuccessAt, slot: lastSuccessAt ?? "never", recheck };
  const finished = (run) => Date.parse(run.finishedAt ?? run.startedAt);
  const failures = await op.state.listRuns({ ...filter, status: "failed", limit: 10 });
  const lastFailure = failures.find((run) => run.trigger !== "webhook" && (!lastSuccess || finished(run) > finished(lastSuccess)));
  let dueAt = lastSuccess ? cadence.next(finished(lastSuccess)) : cadence.waitsForFirst ? cadence.next(options.startedAt) : options.now;
  if (dueAt !== void 0 && lastFailure) {
    const failedAt = finished(lastFailure);
    const interval = (cadence.next(failedAt) ?? Infinity) - failedAt;
    dueAt = Math.max(dueAt, failedAt + Math.min(options.retryAfterMs, interval));
  }
  const slot = `${lastSuccessAt ?? "never"}/${lastFailure ? new Date(finished(lastFailure)).toISOString() : "-"}`;
  return { tenant, due: dueAt !== void 0 && dueAt <= options.now, dueAt, cadence: cadence.describe, lastSuccessAt, slot, recheck };
}

export {
  OpsConfigError,
  withMetricLabels,
  openOpsRuntime,
  untilAborted,
  findTargets,
  isScheduled
};
