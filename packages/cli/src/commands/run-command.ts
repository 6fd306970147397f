import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import {
  createEngine,
  defaultStatePath,
  describeDatabaseUrl,
  describeError,
  parseDatabaseUrl,
  RunLockedError,
  type PipelinePlan,
  type Redactor,
  type RunEvent,
} from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import type { CliIo } from '../output/cli-io.js';
import { createCliLogger } from '../output/cli-logger.js';
import { jsonProblem, jsonRun, writeJson, type JsonIssue } from '../output/json-result.js';
import { renderSummary } from '../output/render-summary.js';
import { createRunProgress } from '../output/run-progress.js';
import { parseDuration } from '../ops/parse-duration.js';
import { startRecording } from '../testing/http-recorder.js';
import { loadOrReport } from './load-or-report.js';
import { historyRetentionFrom } from './_pipeline-state.js';
import { parseVars } from './parse-vars.js';
import { UsageError } from './usage-error.js';

/** Options of `syncengine run`, as cac parses them. */
export interface RunCommandOptions {
  stream?: string | string[];
  dryRun?: boolean;
  limit?: string | number;
  since?: string;
  var?: string | string[];
  state?: string;
  debug?: boolean;
  logDir?: string;
  logs?: boolean;
  strategy?: string;
  ids?: string | number | (string | number)[];
  /** A `selections:` entry to limit the run to. */
  select?: string;
  tenant?: string | string[];
  /** Wait for a run lock another process holds instead of exiting 1. */
  wait?: boolean;
  /** How long a run lock lasts unless renewed, e.g. `60s`. */
  lockTtl?: string;
  /** Save every HTTP exchange of the run as fixtures in this directory. */
  record?: string;
  /** With `record`: fields whose values are scrubbed besides the defaults. */
  scrub?: string | string[];
  /** Print one JSON result on stdout (status, per-stream counts, cursors, errors); records and the summary go to stderr. */
  json?: boolean;
  /** Per-batch lines on the console too. */
  verbose?: boolean;
  /** `text` (default) or `json` lines on stderr and in the log files. */
  logFormat?: string;
}

/** `syncengine run <pipeline>`: returns the exit code (0 ok, 1 run failed, 2 invalid pipeline or usage). */
export async function runCommand(file: string, options: RunCommandOptions, io: CliIo, signal?: AbortSignal): Promise<number> {
  const vars = parseVars(options.var);
  const limit = parseLimit(options.limit);
  const since = parseSince(options.since);
  const streams = listOption(options.stream);
  const tenants = listOption(options.tenant);
  const strategy = parseStrategy(options.strategy, options.ids);
  const ids = listOption(options.ids);
  const lockTtlMs = parseLockTtl(options.lockTtl);
  const selection = parseSelect(options.select, strategy);

  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const problems: JsonIssue[] = [];
  const invalid = () => {
    if (options.json) writeJson(io, 'run', { status: 'invalid', file, streams: [], errors: problems });
    return 2;
  };
  const loaded = await loadOrReport(engine, file, { vars, env: io.env }, io, problems);
  if (!loaded) return invalid();
  const pipeline = loaded;
  let plan;
  try {
    const chosen = selection === undefined ? undefined : selectedStreams(engine.plan(pipeline), selection, pipeline.name);
    plan = engine.plan(pipeline, { streams: streams.length ? streams : chosen });
  } catch (error) {
    io.stderr.write(`error ${describeError(error)}\n`);
    problems.push(jsonProblem(file, pipeline.redactor.redact(describeError(error))));
    return invalid();
  }
  // With --json, stdout holds the one result: records and the summary go to stderr.
  const out = options.json ? io.stderr : io.stdout;

  const state = stateOption(options.state ?? io.env.SYNCENGINE_STATE ?? defaultStatePath(pipeline), io.cwd, pipeline.redactor);
  // A dry run promises to write nothing: its log files only when asked for (--logs or --log-dir).
  const writeLogs = options.logs ?? (!options.dryRun || options.logDir !== undefined);
  const logDir = writeLogs
    ? resolve(io.cwd, options.logDir ?? io.env.SYNCENGINE_LOG_DIR ?? resolve(pipeline.baseDir, '.syncengine', 'logs'))
    : undefined;
  const logFormat = options.logFormat ?? 'text';
  if (logFormat !== 'text' && logFormat !== 'json') throw new UsageError(`--log-format ${logFormat}: must be text or json`);
  // A single run's id is chosen here, so every line carries it; a multi-tenant run gets one per tenant (from its events).
  let runId: string | undefined = plan.tenants ? undefined : randomUUID();
  // Live progress on stderr, unless log lines there are JSON (a shipper reads them) or records are printed there.
  const progress =
    logFormat === 'text' && !options.dryRun
      ? createRunProgress({ out: io.stderr, tty: io.isTTY ?? false, ...(io.now ? { now: io.now } : {}) })
      : undefined;
  const { logger, files, close } = createCliLogger({
    io: progress ? { ...io, stderr: progress.stderr } : io,
    redactor: pipeline.redactor,
    debug: options.debug ?? false,
    logDir,
    format: logFormat,
    verbose: options.verbose ?? false,
    context: () => ({ pipeline: pipeline.name, ...(runId ? { runId } : {}), streams: plan.streams.map((s) => s.name) }),
  });
  logger.debug(
    `pipeline ${pipeline.name} from ${pipeline.file}; state ${state.describe}; streams ${plan.streams.map((s) => s.name).join(', ')}`,
  );
  if (files) logger.debug(`logs: ${files.info}, ${files.debug}`);

  const recording = options.record
    ? startRecording(resolve(io.cwd, options.record), pipeline, io.env, listOption(options.scrub))
    : undefined;
  const onEvent = (event: RunEvent) => {
    progress?.onEvent(event);
    if (event.type === 'run_started') runId = event.runId;
    if (event.type === 'stream_finished') {
      const r = event.result;
      logger.info(`stream ${r.stream} ${r.status}: ${r.recordsRead} read, ${r.recordsWritten} written, ${r.recordsRejected} rejected`);
    }
  };
  try {
    const retention = historyRetentionFrom(io.env);
    const result = await engine.run(pipeline, {
      ...state.option,
      ...(retention !== undefined ? { stateHistoryRetention: retention } : {}),
      logger,
      signal,
      dryRun: options.dryRun ?? false,
      limit,
      since,
      streams,
      ...(tenants.length ? { tenants } : {}),
      ...(strategy ? { strategy } : {}),
      ...(ids.length ? { ids } : {}),
      ...(selection !== undefined ? { selection } : {}),
      trigger: 'cli',
      ...(runId ? { runId } : {}),
      lock: { wait: options.wait ?? false, ...(lockTtlMs !== undefined ? { ttlMs: lockTtlMs } : {}) },
      onEvent,
      output: out,
    });
    progress?.stop();
    const summary = pipeline.redactor.redact(renderSummary(result));
    // Records own stdout when they are printed there (a dry run or a stdout sink): the summary goes to stderr.
    const recordsOnStdout = options.dryRun || plan.streams.some((s) => s.sink.connector.name === 'stdout');
    (recordsOnStdout ? io.stderr : out).write(`\n${summary}`);
    if (options.json) writeJson(io, 'run', { file, ...jsonRun(result) }, pipeline.redactor.redact);
    if (result.status === 'succeeded') logger.info(`run ${result.runId} succeeded`);
    else logger.error(`run ${result.runId} ${result.status}: ${result.error ?? 'see the stream errors above'}`);
    return result.status === 'succeeded' ? 0 : 1;
  } catch (error) {
    const hint = error instanceof RunLockedError ? '; wait for it with --wait, or try again when it is done' : '';
    logger.error(`${pipeline.redactor.redact(describeError(error))}${hint}`);
    if (options.json)
      writeJson(
        io,
        'run',
        { status: 'failed', file, streams: [], errors: [jsonProblem(file, describeError(error))] },
        pipeline.redactor.redact,
      );
    return 1;
  } finally {
    if (recording) logger.info(`recorded ${recording.stop()} HTTP exchanges in ${options.record}`);
    progress?.stop();
    await close();
  }
}

/** `--state` / SYNCENGINE_STATE: a SQLite file (relative to the working directory) or a database URL. */
function stateOption(
  raw: string,
  cwd: string,
  redactor: Redactor,
): { option: { statePath: string } | { stateUrl: string }; describe: string } {
  let location;
  try {
    location = parseDatabaseUrl(raw, cwd);
  } catch (error) {
    throw new UsageError(`--state: ${describeError(error)}`);
  }
  if (location.dialect === 'sqlite') return { option: { statePath: location.path }, describe: location.path };
  if (location.password) redactor.add(location.password);
  return { option: { stateUrl: raw }, describe: describeDatabaseUrl(raw) };
}

function parseLockTtl(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const ms = parseDuration(String(raw));
  if (ms === undefined || ms < 1_000) throw new UsageError(`--lock-ttl ${String(raw)}: write a duration of at least 1s, e.g. 30s, 5m`);
  return ms;
}

/** `--limit n`: at most n records per stream; `--limit 0` means no limit (as the seed scripts' `--limit 0`). */
function parseLimit(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw === '' || !Number.isInteger(n) || n < 0) throw new UsageError(`--limit ${String(raw)}: must be a whole number (0 for no limit)`);
  return n === 0 ? undefined : n;
}

function parseSince(raw: unknown): string | number | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'number') return raw;
  const text = String(raw);
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (Number.isNaN(Date.parse(text)))
    throw new UsageError(`--since ${text}: must be an ISO 8601 date or time (e.g. 2024-01-31 or 2024-01-31T12:00:00Z) or a number`);
  return text;
}

/** The streams a selection runs; an unknown selection is an error naming the ones there are. */
function selectedStreams(full: PipelinePlan, name: string, pipeline: string): string[] {
  const selection = full.selections[name];
  if (selection) return Object.keys(selection.streams);
  const known = Object.keys(full.selections);
  throw new UsageError(`--select ${name}: ${pipeline} has ${known.length ? `these selections: ${known.join(', ')}` : 'no selections: block'}`);
}

function parseSelect(raw: unknown, strategy: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !raw.trim()) throw new UsageError('--select needs the name of a selection');
  if (strategy) throw new UsageError(`--select reads what the selection chooses in full: leave out --strategy ${strategy}`);
  return raw.trim();
}

function parseStrategy(raw: unknown, ids: unknown): 'full' | 'incremental' | 'ids' | undefined {
  if (raw === undefined) {
    if (ids !== undefined) throw new UsageError('--ids needs --strategy ids');
    return undefined;
  }
  const text = String(raw);
  if (text !== 'full' && text !== 'incremental' && text !== 'ids')
    throw new UsageError(`--strategy ${text}: must be one of incremental, full, ids`);
  if (text === 'ids' && ids === undefined) throw new UsageError('--strategy ids needs --ids 1,2,3');
  return text;
}

/** A repeatable, comma-separable option as a list. */
function listOption(raw: unknown): string[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list
    .flatMap((s) => String(s).split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}
