import type { ConfigIssue, ConnectionCheck, RunResult, StreamResult } from '@syncengine/engine';
import type { CliIo } from './cli-io.js';

/** A problem in a pipeline file, for `--json`: its position as fields and as `file:line:column`. */
export interface JsonIssue {
  file: string;
  line?: number;
  column?: number;
  path?: string;
  message: string;
  /** `file:line:column`, as the human output starts its lines. */
  at: string;
}

/** A configuration issue as `--json` reports it. */
export function jsonIssue(issue: ConfigIssue): JsonIssue {
  return {
    file: issue.file,
    line: issue.line,
    column: issue.column,
    path: issue.path,
    message: issue.message,
    at: `${issue.file}:${issue.line}:${issue.column}`,
  };
}

/** A problem without a position (the file cannot be read, the state store cannot be opened). */
export function jsonProblem(file: string, message: string): JsonIssue {
  return { file, message, at: file };
}

/** One stream of a run, for `--json`: its status, counts and cursors. */
export function jsonStream(result: StreamResult): Record<string, unknown> {
  const {
    stream,
    status,
    recordsRead,
    recordsWritten,
    recordsRejected,
    recordsFiltered,
    inserted,
    updated,
    skipped,
    cursorBefore,
    cursorAfter,
    durationMs,
    error,
    errorClass,
  } = result;
  return {
    stream,
    status,
    records: { read: recordsRead, written: recordsWritten, rejected: recordsRejected, filtered: recordsFiltered },
    inserted,
    updated,
    skipped,
    cursor: { before: cursorBefore ?? null, after: cursorAfter ?? null },
    durationMs,
    recordsPerSecond: recordsPerSecond(recordsRead, durationMs),
    ...(error ? { error } : {}),
    ...(errorClass ? { errorClass } : {}),
  };
}

/** Records read per second of wall time, to one decimal; 0 for a stream that took no measurable time. */
export function recordsPerSecond(records: number, durationMs: number): number {
  return durationMs > 0 ? Math.round((records / durationMs) * 10_000) / 10 : 0;
}

/** A run, for `--json` (a multi-tenant run with one entry per tenant). */
export function jsonRun(result: RunResult): Record<string, unknown> {
  return {
    status: result.status,
    runId: result.runId,
    pipeline: result.pipeline,
    ...(result.tenant ? { tenant: result.tenant } : {}),
    ...(result.selection ? { selection: result.selection } : {}),
    dryRun: result.dryRun,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    streams: result.streams.map(jsonStream),
    ...(result.tenants ? { tenants: result.tenants.map(jsonRun) } : {}),
    errors: result.error ? [{ message: result.error, ...(result.errorClass ? { class: result.errorClass } : {}) }] : [],
  };
}

/** The connections `check` tested, for `--json`. */
export function jsonChecks(checks: readonly ConnectionCheck[]): Record<string, unknown>[] {
  return checks.map((c) => ({ connection: c.connection, type: c.type, ok: c.ok, detail: c.detail, durationMs: c.durationMs }));
}

/** Writes the one JSON document of a `--json` command on stdout, secrets already masked by the caller. */
export function writeJson(io: CliIo, command: string, body: Record<string, unknown>, redact: (text: string) => string = (t) => t): void {
  io.stdout.write(`${redact(JSON.stringify({ command, ...body }, null, 2))}\n`);
}
