import {
  createRedactingReporter
} from "./chunk-LYI5B7ID.js";

// packages/cli/dist/output/cli-logger.js
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createConsola } from "consola";
var INFO_LOG = "sync_info.log";
var DEBUG_LOG = "sync_debug.log";
var LEVEL_INFO = 3;
var LEVEL_DEBUG = 4;
var LEVEL_TRACE = 5;
var BATCH_LINE = /^batch \d+(:| written:)/;
function createCliLogger(options) {
  const json = options.format === "json";
  const context = options.context ?? (() => ({}));
  const verbose = options.verbose ?? true;
  const level = options.debug ? LEVEL_DEBUG : LEVEL_INFO;
  const toConsole = json ? jsonReporter((line) => options.io.stderr.write(line), level, context) : consoleReporter(options.io, level);
  const reporters = [
    { log: (logObj, ctx) => verbose || options.debug || !BATCH_LINE.test(text(logObj)) ? toConsole.log(logObj, ctx) : void 0 }
  ];
  const streams = [];
  let files;
  if (options.logDir) {
    mkdirSync(options.logDir, { recursive: true });
    files = { info: join(options.logDir, INFO_LOG), debug: join(options.logDir, DEBUG_LOG) };
    const info = createWriteStream(files.info, { flags: "a" });
    const debug = createWriteStream(files.debug, { flags: "a" });
    streams.push(info, debug);
    reporters.push(json ? jsonReporter((line) => info.write(line), LEVEL_INFO, context) : fileReporter(info, LEVEL_INFO), json ? jsonReporter((line) => debug.write(line), LEVEL_TRACE, context) : fileReporter(debug, LEVEL_TRACE));
  }
  const logger = createConsola({
    level: LEVEL_TRACE,
    reporters: reporters.map((r) => createRedactingReporter(r, options.redactor))
  });
  return {
    logger,
    files,
    close: async () => {
      await Promise.all(streams.map((s) => new Promise((resolve) => s.end(resolve))));
    }
  };
}
function text(logObj) {
  const parts = logObj.args.map((a) => typeof a === "string" ? a : a instanceof Error ? a.message : JSON.stringify(a));
  return [logObj.message, ...parts].filter((p) => p !== void 0 && p !== "").join(" ");
}
var LABELS = {
  fatal: "ERROR",
  error: "ERROR",
  warn: "WARN",
  log: "INFO",
  info: "INFO",
  success: "INFO",
  ready: "INFO",
  start: "INFO",
  box: "INFO",
  debug: "DEBUG",
  trace: "TRACE",
  verbose: "TRACE"
};
function consoleReporter(io, maxLevel) {
  const paint = (code, s) => io.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  return {
    log(logObj) {
      if (logObj.level > maxLevel)
        return;
      const label = LABELS[logObj.type] ?? "INFO";
      const prefix = label === "ERROR" ? paint(31, "error") : label === "WARN" ? paint(33, "warn ") : label === "DEBUG" || label === "TRACE" ? paint(90, "debug") : paint(36, "info ");
      const tag = logObj.tag ? paint(90, `[${logObj.tag}] `) : "";
      io.stderr.write(`${prefix} ${tag}${text(logObj)}
`);
    }
  };
}
function fileReporter(stream, maxLevel) {
  return {
    log(logObj) {
      if (logObj.level > maxLevel)
        return;
      const label = (LABELS[logObj.type] ?? "INFO").padEnd(5);
      const tag = logObj.tag ? `[${logObj.tag}] ` : "";
      stream.write(`${logObj.date.toISOString()} ${label} ${tag}${text(logObj)}
`);
    }
  };
}
function jsonReporter(write, maxLevel, context) {
  return {
    log(logObj) {
      if (logObj.level > maxLevel)
        return;
      const { pipeline, runId, streams = [] } = context();
      const parts = (logObj.tag ?? "").split(":").filter(Boolean);
      const rest = pipeline !== void 0 && parts[0] === pipeline ? parts.slice(1) : parts;
      const streamAt = rest.findIndex((p) => streams.includes(p));
      const tenant = streamAt > 0 ? rest[0] : streamAt === -1 && rest.length && !/^(source|sink|discover)$/.test(rest[0]) ? rest[0] : void 0;
      write(`${JSON.stringify({
        time: logObj.date.toISOString(),
        level: (LABELS[logObj.type] ?? "INFO").toLowerCase(),
        message: text(logObj),
        ...runId !== void 0 ? { run_id: runId } : {},
        ...pipeline !== void 0 ? { pipeline } : {},
        ...streamAt >= 0 ? { stream: rest[streamAt] } : {},
        ...tenant !== void 0 ? { tenant } : {},
        ...logObj.tag ? { tag: logObj.tag } : {}
      })}
`);
    }
  };
}

export {
  createCliLogger
};
