import {
  parseDuration
} from "./chunk-JSIGFRPI.js";
import {
  startRecording
} from "./chunk-JWXJW6J5.js";
import {
  renderSummary
} from "./chunk-FCXBJHRA.js";
import {
  createCliLogger
} from "./chunk-E5RDEU7U.js";
import {
  historyRetentionFrom
} from "./chunk-TW5FLHKL.js";
import {
  jsonProblem,
  jsonRun,
  loadOrReport,
  parseVars,
  writeJson
} from "./chunk-DALFLWS2.js";
import "./chunk-LYA7H2TX.js";
import {
  BUILTIN_CONNECTORS
} from "./chunk-P3UW47MM.js";
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
import {
  createEngine,
  defaultStatePath
} from "./chunk-4UUC4JN3.js";
import "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
import {
  describeDatabaseUrl,
  parseDatabaseUrl
} from "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import {
  RunLockedError,
  describeError
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-XVXQH47A.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/cli/dist/commands/run-command.js
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";

// packages/cli/dist/output/run-progress.js
var count = (n) => n.toLocaleString("en-US");
function progressLine(p, now) {
  const elapsedMs = Math.max((p.finishedAt ?? now) - p.startedAt, 1);
  const rate = Math.round(p.read * 1e3 / elapsedMs);
  const parts = [
    `${count(p.read)}${p.total !== void 0 ? `/${count(p.total)}` : ""} read`,
    `${count(p.written)} written`,
    `${count(rate)}/s`,
    `${(elapsedMs / 1e3).toFixed(1)}s`
  ];
  if (p.total !== void 0 && p.finishedAt === void 0 && rate > 0 && p.total > p.read)
    parts.push(`~${Math.ceil((p.total - p.read) / rate)}s left`);
  return `${p.stream} ${p.finishedAt === void 0 ? "running" : p.status}: ${parts.join(", ")}`;
}
function createRunProgress(options) {
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 5e3;
  const redrawMs = options.redrawMs ?? 100;
  const streams = /* @__PURE__ */ new Map();
  let drawn = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastPlain = now();
  const clear = () => {
    if (drawn > 0)
      options.out.write(`\x1B[${drawn}A\r\x1B[J`);
    drawn = 0;
  };
  const draw = () => {
    clear();
    const t = now();
    const lines = [...streams.values()].map((p) => progressLine(p, t));
    if (lines.length)
      options.out.write(`${lines.join("\n")}
`);
    drawn = lines.length;
    lastDraw = t;
  };
  const plain = (force) => {
    const t = now();
    if (!force && t - lastPlain < intervalMs)
      return;
    lastPlain = t;
    for (const p of streams.values())
      if (p.finishedAt === void 0)
        options.out.write(`progress ${progressLine(p, t)}
`);
  };
  const tick = () => options.tty ? draw() : plain(false);
  const every = options.every ?? ((fn, ms) => {
    const timer = setInterval(fn, ms);
    timer.unref();
    return () => clearInterval(timer);
  });
  const cancel = every(tick, options.tty ? Math.max(redrawMs, 250) : Math.min(intervalMs, 1e3));
  const of = (stream) => {
    let p = streams.get(stream);
    if (!p) {
      p = { stream, read: 0, written: 0, total: void 0, startedAt: now(), finishedAt: void 0, status: "running" };
      streams.set(stream, p);
    }
    return p;
  };
  return {
    onEvent(event) {
      if (event.type === "stream_started")
        of(event.stream);
      else if (event.type === "page_fetched") {
        const p = of(event.stream);
        p.read += event.records;
        if (event.total !== void 0)
          p.total = event.total;
      } else if (event.type === "batch_written")
        of(event.stream).written += event.records;
      else if (event.type === "stream_finished") {
        const p = of(event.result.stream);
        Object.assign(p, {
          read: event.result.recordsRead,
          written: event.result.recordsWritten,
          finishedAt: now(),
          status: event.result.status
        });
        if (options.tty)
          draw();
        return;
      } else
        return;
      if (options.tty) {
        if (now() - lastDraw >= redrawMs)
          draw();
      } else
        plain(false);
    },
    stderr: {
      write(text) {
        if (!options.tty || drawn === 0)
          return options.out.write(text);
        clear();
        options.out.write(text);
        draw();
        return true;
      }
    },
    stop() {
      cancel();
      if (options.tty)
        draw();
    }
  };
}

// packages/cli/dist/commands/run-command.js
async function runCommand(file, options, io, signal) {
  const vars = parseVars(options.var);
  const limit = parseLimit(options.limit);
  const since = parseSince(options.since);
  const streams = listOption(options.stream);
  const tenants = listOption(options.tenant);
  const strategy = parseStrategy(options.strategy, options.ids);
  const ids = listOption(options.ids);
  const lockTtlMs = parseLockTtl(options.lockTtl);
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const problems = [];
  const invalid = () => {
    if (options.json)
      writeJson(io, "run", { status: "invalid", file, streams: [], errors: problems });
    return 2;
  };
  const loaded = await loadOrReport(engine, file, { vars, env: io.env }, io, problems);
  if (!loaded)
    return invalid();
  const pipeline = loaded;
  let plan;
  try {
    plan = engine.plan(pipeline, { streams });
  } catch (error) {
    io.stderr.write(`error ${describeError(error)}
`);
    problems.push(jsonProblem(file, pipeline.redactor.redact(describeError(error))));
    return invalid();
  }
  const out = options.json ? io.stderr : io.stdout;
  const state = stateOption(options.state ?? io.env.SYNCENGINE_STATE ?? defaultStatePath(pipeline), io.cwd, pipeline.redactor);
  const writeLogs = options.logs ?? (!options.dryRun || options.logDir !== void 0);
  const logDir = writeLogs ? resolve(io.cwd, options.logDir ?? io.env.SYNCENGINE_LOG_DIR ?? resolve(pipeline.baseDir, ".syncengine", "logs")) : void 0;
  const logFormat = options.logFormat ?? "text";
  if (logFormat !== "text" && logFormat !== "json")
    throw new UsageError(`--log-format ${logFormat}: must be text or json`);
  let runId = plan.tenants ? void 0 : randomUUID();
  const progress = logFormat === "text" && !options.dryRun ? createRunProgress({ out: io.stderr, tty: io.isTTY ?? false, ...io.now ? { now: io.now } : {} }) : void 0;
  const { logger, files, close } = createCliLogger({
    io: progress ? { ...io, stderr: progress.stderr } : io,
    redactor: pipeline.redactor,
    debug: options.debug ?? false,
    logDir,
    format: logFormat,
    verbose: options.verbose ?? false,
    context: () => ({ pipeline: pipeline.name, ...runId ? { runId } : {}, streams: plan.streams.map((s) => s.name) })
  });
  logger.debug(`pipeline ${pipeline.name} from ${pipeline.file}; state ${state.describe}; streams ${plan.streams.map((s) => s.name).join(", ")}`);
  if (files)
    logger.debug(`logs: ${files.info}, ${files.debug}`);
  const recording = options.record ? startRecording(resolve(io.cwd, options.record), pipeline, io.env, listOption(options.scrub)) : void 0;
  const onEvent = (event) => {
    progress?.onEvent(event);
    if (event.type === "run_started")
      runId = event.runId;
    if (event.type === "stream_finished") {
      const r = event.result;
      logger.info(`stream ${r.stream} ${r.status}: ${r.recordsRead} read, ${r.recordsWritten} written, ${r.recordsRejected} rejected`);
    }
  };
  try {
    const retention = historyRetentionFrom(io.env);
    const result = await engine.run(pipeline, {
      ...state.option,
      ...retention !== void 0 ? { stateHistoryRetention: retention } : {},
      logger,
      signal,
      dryRun: options.dryRun ?? false,
      limit,
      since,
      streams,
      ...tenants.length ? { tenants } : {},
      ...strategy ? { strategy } : {},
      ...ids.length ? { ids } : {},
      trigger: "cli",
      ...runId ? { runId } : {},
      lock: { wait: options.wait ?? false, ...lockTtlMs !== void 0 ? { ttlMs: lockTtlMs } : {} },
      onEvent,
      output: out
    });
    progress?.stop();
    const summary = pipeline.redactor.redact(renderSummary(result));
    const recordsOnStdout = options.dryRun || plan.streams.some((s) => s.sink.connector.name === "stdout");
    (recordsOnStdout ? io.stderr : out).write(`
${summary}`);
    if (options.json)
      writeJson(io, "run", { file, ...jsonRun(result) }, pipeline.redactor.redact);
    if (result.status === "succeeded")
      logger.info(`run ${result.runId} succeeded`);
    else
      logger.error(`run ${result.runId} ${result.status}: ${result.error ?? "see the stream errors above"}`);
    return result.status === "succeeded" ? 0 : 1;
  } catch (error) {
    const hint = error instanceof RunLockedError ? "; wait for it with --wait, or try again when it is done" : "";
    logger.error(`${pipeline.redactor.redact(describeError(error))}${hint}`);
    if (options.json)
      writeJson(io, "run", { status: "failed", file, streams: [], errors: [jsonProblem(file, describeError(error))] }, pipeline.redactor.redact);
    return 1;
  } finally {
    if (recording)
      logger.info(`recorded ${recording.stop()} HTTP exchanges in ${options.record}`);
    progress?.stop();
    await close();
  }
}
function stateOption(raw, cwd, redactor) {
  let location;
  try {
    location = parseDatabaseUrl(raw, cwd);
  } catch (error) {
    throw new UsageError(`--state: ${describeError(error)}`);
  }
  if (location.dialect === "sqlite")
    return { option: { statePath: location.path }, describe: location.path };
  if (location.password)
    redactor.add(location.password);
  return { option: { stateUrl: raw }, describe: describeDatabaseUrl(raw) };
}
function parseLockTtl(raw) {
  if (raw === void 0)
    return void 0;
  const ms = parseDuration(String(raw));
  if (ms === void 0 || ms < 1e3)
    throw new UsageError(`--lock-ttl ${String(raw)}: write a duration of at least 1s, e.g. 30s, 5m`);
  return ms;
}
function parseLimit(raw) {
  if (raw === void 0)
    return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--limit ${String(raw)}: must be a whole number of at least 1`);
  return n;
}
function parseSince(raw) {
  if (raw === void 0)
    return void 0;
  if (typeof raw === "number")
    return raw;
  const text = String(raw);
  if (/^-?\d+(\.\d+)?$/.test(text))
    return Number(text);
  if (Number.isNaN(Date.parse(text)))
    throw new UsageError(`--since ${text}: must be an ISO 8601 date or time (e.g. 2024-01-31 or 2024-01-31T12:00:00Z) or a number`);
  return text;
}
function parseStrategy(raw, ids) {
  if (raw === void 0) {
    if (ids !== void 0)
      throw new UsageError("--ids needs --strategy ids");
    return void 0;
  }
  const text = String(raw);
  if (text !== "full" && text !== "incremental" && text !== "ids")
    throw new UsageError(`--strategy ${text}: must be one of incremental, full, ids`);
  if (text === "ids" && ids === void 0)
    throw new UsageError("--strategy ids needs --ids 1,2,3");
  return text;
}
function listOption(raw) {
  const list = raw === void 0 ? [] : Array.isArray(raw) ? raw : [raw];
  return list.flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter(Boolean);
}
export {
  runCommand
};
