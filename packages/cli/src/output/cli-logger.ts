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

/**
 * Console output is concise (info and up; debug with `--debug`) and goes to stderr. Two files
 * get every run: `sync_info.log` (info and up) and `sync_debug.log` (everything). Every line on
 * every channel goes through the pipeline's redactor first.
 */
export function createCliLogger(options: { io: CliIo; redactor: Redactor; debug: boolean; logDir: string | undefined }): CliLogger {
  const reporters: ConsolaReporter[] = [consoleReporter(options.io, options.debug ? LEVEL_DEBUG : LEVEL_INFO)];
  const streams: WriteStream[] = [];
  let files: CliLogger['files'];
  if (options.logDir) {
    mkdirSync(options.logDir, { recursive: true });
    files = { info: join(options.logDir, INFO_LOG), debug: join(options.logDir, DEBUG_LOG) };
    const info = createWriteStream(files.info, { flags: 'a' });
    const debug = createWriteStream(files.debug, { flags: 'a' });
    streams.push(info, debug);
    reporters.push(fileReporter(info, LEVEL_INFO), fileReporter(debug, LEVEL_TRACE));
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
