import type { ErrorClass } from '../errors.js';
import type { RunStatus } from '../state/state-store.js';

/** How a stream reads: from its cursor, from the start, or just given ids. */
export type RunStrategy = 'incremental' | 'full' | 'ids';

/** Outcome of one stream in a run. */
export interface StreamResult {
  /** Stream name. */
  stream: string;
  /** How the stream ended; `skipped` when an abort, a failed `discover`, or a failed stream it runs `after` kept it from running. */
  status: RunStatus | 'skipped';
  /** Records received from the source. */
  recordsRead: number;
  /** Records the sink committed. */
  recordsWritten: number;
  /** Records rejected by a transform (with a reason in the log and events). */
  recordsRejected: number;
  /** Records a filter dropped on purpose. */
  recordsFiltered: number;
  /** Rows the sink created, changed or left alone. */
  inserted: number;
  updated: number;
  skipped: number;
  /** Pages fetched from the source. */
  pages: number;
  /** Batches committed to the sink. */
  batches: number;
  /** Cursor when the stream started. */
  cursorBefore: unknown;
  /** Cursor committed at the end (unchanged after a failure). */
  cursorAfter: unknown;
  /** Wall time in milliseconds. */
  durationMs: number;
  /** One-line error, secrets redacted. */
  error?: string;
  /** What kind of failure `error` is (network, rate_limit, authentication, server, database, validation, config, other). */
  errorClass?: ErrorClass;
}

/** Outcome of a whole run. */
export interface RunResult {
  runId: string;
  pipeline: string;
  /** What started the run (cli, api, schedule, webhook, replay, ...). */
  trigger: string;
  /** The strategy the run asked for; undefined when each stream chose (incremental or its `auto` rules). */
  strategy?: RunStrategy;
  /** The `selections:` entry the run was limited to. */
  selection?: string;
  /** The tenant of one tenant's run. */
  tenant?: string;
  /** For a multi-tenant pipeline: one result per tenant, in the order they were listed. */
  tenants?: RunResult[];
  status: RunStatus;
  /** True for `--dry-run`: nothing was written and no state changed. */
  dryRun: boolean;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  streams: StreamResult[];
  /** One-line error of the first failure, secrets redacted. */
  error?: string;
  /** What kind of failure `error` is. */
  errorClass?: ErrorClass;
}

/** Progress events a run emits, in order. */
export type RunEvent =
  | { type: 'run_started'; runId: string; pipeline: string; streams: string[]; dryRun: boolean }
  | { type: 'stream_started'; runId: string; stream: string; cursor: unknown }
  | {
      type: 'page_fetched';
      runId: string;
      stream: string;
      records: number;
      page: number;
      description?: string;
      /** Records the whole read holds, when the source knows. */
      total?: number;
    }
  | {
      type: 'batch_written';
      runId: string;
      stream: string;
      batch: number;
      records: number;
      inserted: number;
      updated: number;
      skipped: number;
      /** The cursor committed with this batch, when it advanced. */
      cursor?: unknown;
    }
  | { type: 'record_rejected'; runId: string; stream: string; key: string; reason: string }
  | { type: 'stream_finished'; runId: string; result: StreamResult }
  | { type: 'run_finished'; result: RunResult };

/** A stream result with every count at zero. */
export function emptyStreamResult(stream: string, status: StreamResult['status']): StreamResult {
  return {
    stream,
    status,
    recordsRead: 0,
    recordsWritten: 0,
    recordsRejected: 0,
    recordsFiltered: 0,
    inserted: 0,
    updated: 0,
    skipped: 0,
    pages: 0,
    batches: 0,
    cursorBefore: undefined,
    cursorAfter: undefined,
    durationMs: 0,
  };
}
