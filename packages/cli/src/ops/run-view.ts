import type { RunRecord, RunResult } from '@syncengine/engine';
import type { QueuedRun } from './run-queue.js';

/** A run as the control plane shows it. */
export interface RunView {
  id: string;
  pipeline: string;
  tenant?: string;
  trigger: string;
  /** `queued` until it starts; then as in run history. */
  status: string;
  strategy?: string;
  /** The `selections:` entry the run was limited to, while the queue knows the run. */
  selection?: string;
  /** The stream filter of the run, when it had one. */
  only?: readonly string[];
  ids?: readonly (string | number)[];
  queuedAt?: string;
  startedAt?: string;
  finishedAt?: string;
  durationMs?: number;
  /** Records over every stream. */
  records: { read: number; written: number; rejected: number };
  streams: { stream: string; status: string; read: number; written: number; rejected: number; error?: string; errorClass?: string }[];
  /** Who holds the lock a queued run waits for. */
  waitingFor?: string;
  error?: string;
  /** What kind of failure `error` is (network, rate_limit, authentication, server, database, validation, config, other). */
  errorClass?: string;
}

/** A run from run history, with what the queue adds (strategy, ids) while it knows the run. */
export function viewRun(record: RunRecord | undefined, queued: QueuedRun | undefined): RunView | undefined {
  if (!record && !queued) return undefined;
  const streams = record
    ? record.streams.map((s) => ({
        stream: s.stream,
        status: s.status,
        read: s.recordsRead,
        written: s.recordsWritten,
        rejected: s.recordsRejected,
        ...(s.error ? { error: s.error } : {}),
      }))
    : fromResult(queued?.result);
  const startedAt = record?.startedAt ?? queued?.startedAt;
  const finishedAt = record?.finishedAt ?? queued?.finishedAt;
  const error = record?.error ?? queued?.error;
  const tenant = record?.tenant || queued?.tenant;
  return {
    id: (record?.id ?? queued?.runId)!,
    pipeline: (record?.pipeline ?? queued?.pipeline)!,
    ...(tenant ? { tenant } : {}),
    trigger: String(record?.trigger ?? queued?.trigger),
    // History is the truth once the run has a row; a run that failed before it had one shows the queue's status.
    status: record?.status ?? queued!.status,
    ...(queued?.strategy ? { strategy: queued.strategy } : {}),
    ...(queued?.selection !== undefined ? { selection: queued.selection } : {}),
    ...(queued?.streams ? { only: queued.streams } : {}),
    ...(queued?.ids ? { ids: queued.ids } : {}),
    ...(queued ? { queuedAt: queued.queuedAt } : {}),
    ...(startedAt ? { startedAt } : {}),
    ...(finishedAt ? { finishedAt } : {}),
    ...(startedAt && finishedAt ? { durationMs: Date.parse(finishedAt) - Date.parse(startedAt) } : {}),
    records: {
      read: streams.reduce((n, s) => n + s.read, 0),
      written: streams.reduce((n, s) => n + s.written, 0),
      rejected: streams.reduce((n, s) => n + s.rejected, 0),
    },
    streams,
    ...(queued?.status === 'queued' && queued.waitingFor ? { waitingFor: queued.waitingFor } : {}),
    ...(error ? { error } : {}),
    ...(error && errorClassOf(queued?.result) ? { errorClass: errorClassOf(queued?.result)! } : {}),
  };
}

/** The class of a finished run's failure, from the engine's result (run history keeps none). */
function errorClassOf(result: RunResult | undefined): string | undefined {
  return result?.errorClass ?? result?.tenants?.find((t) => t.errorClass)?.errorClass;
}

function fromResult(result: RunResult | undefined): RunView['streams'] {
  const own = result?.tenants?.[0] ?? result;
  return (own?.streams ?? []).map((s) => ({
    stream: s.stream,
    status: s.status,
    read: s.recordsRead,
    written: s.recordsWritten,
    rejected: s.recordsRejected,
    ...(s.error ? { error: s.error } : {}),
    ...(s.errorClass ? { errorClass: s.errorClass } : {}),
  }));
}

/** The status of a batch of tenant runs: queued or running while any is, then the worst outcome. */
export function batchStatus(runs: readonly RunView[]): string {
  if (runs.some((r) => r.status === 'running')) return 'running';
  if (runs.some((r) => r.status === 'queued')) return runs.every((r) => r.status === 'queued') ? 'queued' : 'running';
  if (runs.some((r) => r.status === 'failed')) return 'failed';
  if (runs.some((r) => r.status === 'abandoned')) return 'abandoned';
  if (runs.some((r) => r.status === 'aborted')) return 'aborted';
  return 'succeeded';
}
