import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createConsola, type ConsolaInstance, type ConsolaReporter, type LogObject } from 'consola';
import { createRedactingReporter, type Redactor } from '@syncengine/engine';
import type { CliIo } from './cli-io.js';

/** Names of the two log files, after the convention of the scripts syncengine replaces. */
export const INFO_LOG = 'sync_info.log';
export const DEBUG_LOG = 'sync_debug.log';

const LEVEL_INFO = 3;
const LEVEL_DEBUG = 4;
const LEVEL_TRACE = 5;

/** A CLI logger and the log files it writes. */
export interface CliLogger {
  logger: ConsolaInstance;
  /** Paths of the info and debug log files, when files are written. */
  files: { info: string; debug: string } | undefined;
  /** Flushes and closes the log files. */
  close(): Promise<void>;
}

/** How log lines are written: text for people, or one JSON object per line for log shippers. */
export type LogFormat = 'text' | 'json';

/** What JSON log lines carry besides the message: the run, and the pipeline's streams (to find the stream in a tag). */
export interface LogContext {
  pipeline?: string;
  runId?: string;
  streams?: readonly string[];
}

/** Options of `createCliLogger`. */
export interface CliLoggerOptions {
  io: CliIo;
  redactor: Redactor;
  debug: boolean;
  logDir: string | undefined;
  /** @default 'text' */
  format?: LogFormat;
  /** Per-batch lines on the console (they are always in the log files). @default true */
  verbose?: boolean;
  /** Read for every JSON line, so the run id can arrive once the run started. */
  context?: () => LogContext;
}

/** An engine line about one batch: shown on the console only with `--verbose` (the live progress counts them). */
const BATCH_LINE = /^batch \d+(:| written:)/;

/**
 * Console output is concise (info and up; debug with `--debug`) and goes to stderr. Two files
 * get every run: `sync_info.log` (info and up) and `sync_debug.log` (everything). Every line on
 * every channel goes through the pipeline's redactor first.
 */
export function createCliLogger(options: CliLoggerOptions): CliLogger {
  const json = options.format === 'json';
  const context = options.context ?? (() => ({}));
  const verbose = options.verbose ?? true;
  const level = options.debug ? LEVEL_DEBUG : LEVEL_INFO;
  const toConsole = json ? jsonReporter((line) => options.io.stderr.write(line), level, context) : consoleReporter(options.io, level);
  const reporters: ConsolaReporter[] = [
    { log: (logObj, ctx) => (verbose || options.debug || !BATCH_LINE.test(text(logObj)) ? toConsole.log(logObj, ctx) : undefined) },
  ];
  const streams: WriteStream[] = [];
  let files: CliLogger['files'];
  if (options.logDir) {
    mkdirSync(options.logDir, { recursive: true });
    files = { info: join(options.logDir, INFO_LOG), debug: join(options.logDir, DEBUG_LOG) };
    const info = createWriteStream(files.info, { flags: 'a' });
    const debug = createWriteStream(files.debug, { flags: 'a' });
    streams.push(info, debug);
    reporters.push(
      json ? jsonReporter((line) => info.write(line), LEVEL_INFO, context) : fileReporter(info, LEVEL_INFO),
      json ? jsonReporter((line) => debug.write(line), LEVEL_TRACE, context) : fileReporter(debug, LEVEL_TRACE),
    );
  }
  const logger = createConsola({
    level: LEVEL_TRACE,
    reporters: reporters.map((r) => createRedactingReporter(r, options.redactor)),
  });
  return {
    logger,
    files,
    close: async () => {
      await Promise.all(streams.map((s) => new Promise<void>((resolve) => s.end(resolve))));
    },
  };
}

function text(logObj: LogObject): string {
  const parts = logObj.args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a)));
  return [logObj.message, ...parts].filter((p) => p !== undefined && p !== '').join(' ');
}

const LABELS: Record<string, string> = {
  fatal: 'ERROR',
  error: 'ERROR',
  warn: 'WARN',
  log: 'INFO',
  info: 'INFO',
  success: 'INFO',
  ready: 'INFO',
  start: 'INFO',
  box: 'INFO',
  debug: 'DEBUG',
  trace: 'TRACE',
  verbose: 'TRACE',
};

function consoleReporter(io: CliIo, maxLevel: number): ConsolaReporter {
  const paint = (code: number, s: string) => (io.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return {
    log(logObj) {
      if (logObj.level > maxLevel) return;
      const label = LABELS[logObj.type] ?? 'INFO';
      const prefix =
        label === 'ERROR'
          ? paint(31, 'error')
          : label === 'WARN'
            ? paint(33, 'warn ')
            : label === 'DEBUG' || label === 'TRACE'
              ? paint(90, 'debug')
              : paint(36, 'info ');
      const tag = logObj.tag ? paint(90, `[${logObj.tag}] `) : '';
      io.stderr.write(`${prefix} ${tag}${text(logObj)}\n`);
    },
  };
}

function fileReporter(stream: WriteStream, maxLevel: number): ConsolaReporter {
  return {
    log(logObj) {
      if (logObj.level > maxLevel) return;
      const label = (LABELS[logObj.type] ?? 'INFO').padEnd(5);
      const tag = logObj.tag ? `[${logObj.tag}] ` : '';
      stream.write(`${logObj.date.toISOString()} ${label} ${tag}${text(logObj)}\n`);
    },
  };
}

/** One JSON object per line: time, level, message, and the run, pipeline, tenant and stream it is about. */
function jsonReporter(write: (line: string) => unknown, maxLevel: number, context: () => LogContext): ConsolaReporter {
  return {
    log(logObj) {
      if (logObj.level > maxLevel) return;
      const { pipeline, runId, streams = [] } = context();
      // Engine tags read `pipeline[:tenant][:stream][:source:x]`.
      const parts = (logObj.tag ?? '').split(':').filter(Boolean);
      const rest = pipeline !== undefined && parts[0] === pipeline ? parts.slice(1) : parts;
      const streamAt = rest.findIndex((p) => streams.includes(p));
      const tenant =
        streamAt > 0 ? rest[0] : streamAt === -1 && rest.length && !/^(source|sink|discover)$/.test(rest[0]!) ? rest[0] : undefined;
      write(
        `${JSON.stringify({
          time: logObj.date.toISOString(),
          level: (LABELS[logObj.type] ?? 'INFO').toLowerCase(),
          message: text(logObj),
          ...(runId !== undefined ? { run_id: runId } : {}),
          ...(pipeline !== undefined ? { pipeline } : {}),
          ...(streamAt >= 0 ? { stream: rest[streamAt] } : {}),
          ...(tenant !== undefined ? { tenant } : {}),
          ...(logObj.tag ? { tag: logObj.tag } : {}),
        })}\n`,
      );
    },
  };
}
