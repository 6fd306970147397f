import type { RunEvent } from '@syncengine/engine';
import type { QueuedRun, RunObserver } from './run-queue.js';

/** How severe a log line is; a filter on a level keeps it and the more severe ones. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const SEVERITY: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** One line of a run's log, as the ops page and `GET /runs/:id/logs` show it. */
export interface RunLogLine {
  at: string;
  level: LogLevel;
  message: string;
  /** The stream the line is about, when it is about one. */
  stream?: string;
}

/** A run's log lines, the last `perRun` of them, and how many earlier ones were dropped. */
export interface RunLog {
  pipeline: string;
  lines: RunLogLine[];
  dropped: number;
}

/** Which lines to return: at least this `level`, of this `stream`, between `since` and `until`, the newest `limit`. */
export interface LogFilter {
  level?: LogLevel;
  stream?: string;
  /** ISO 8601 instants, inclusive. */
  since?: string;
  until?: string;
  /** At most this many lines (the newest). */
  limit?: number;
}

/** Options of `createRunLogBook`. */
export interface RunLogBookOptions {
  /** Lines kept per run (the newest). @default 1000 */
  perRun?: number;
  /** Runs kept (the newest). @default 200 */
  runs?: number;
  /** The clock, ms since the epoch. @default Date.now */
  now?: () => number;
  /** Masks secrets in a line. @default identity */
  redact?: (text: string) => string;
}

/** Keeps the log lines of recent runs in memory, bounded, from the run queue's events and its runs' own log lines. */
export interface RunLogBook extends RunObserver {
  /** The log of a run this process ran, or undefined; with a filter, only the lines that pass it. */
  get(runId: string, filter?: LogFilter): RunLog | undefined;
  /** The lines of a pipeline's recent runs that pass the filter, oldest first, each with its run id. */
  lines(pipeline: string, filter?: LogFilter): (RunLogLine & { runId: string })[];
}

/**
 * Creates a log book to pass to the run queue as an observer: each run gets a line when it is
 * queued, starts and ends, per stream, batch and rejected record, and every info, warning and
 * error line the engine and its connectors log while it runs (retries, an open circuit, ...).
 */
export function createRunLogBook(options: RunLogBookOptions = {}): RunLogBook {
  const perRun = options.perRun ?? 1000;
  const maxRuns = options.runs ?? 200;
  const now = options.now ?? Date.now;
  const redact = options.redact ?? ((text: string) => text);
  const logs = new Map<string, RunLog>();

  const add = (run: QueuedRun, level: LogLevel, message: string, stream?: string) => {
    let log = logs.get(run.runId);
    if (!log) {
      log = { pipeline: run.pipeline, lines: [], dropped: 0 };
      logs.set(run.runId, log);
      for (const old of logs.keys()) {
        if (logs.size <= maxRuns) break;
        logs.delete(old);
      }
    }
    log.lines.push({ at: new Date(now()).toISOString(), level, message: redact(message), ...(stream ? { stream } : {}) });
    if (log.lines.length > perRun) {
      log.lines.shift();
      log.dropped++;
    }
  };

  return {
    get(runId, filter) {
      const log = logs.get(runId);
      if (!log || !filter) return log;
      return { ...log, lines: pick(log.lines, filter) };
    },
    lines(pipeline, filter = {}) {
      const all = [...logs.entries()]
        .filter(([, log]) => log.pipeline === pipeline)
        .flatMap(([runId, log]) => log.lines.map((line) => ({ ...line, runId })));
      all.sort((a, b) => a.at.localeCompare(b.at));
      return pick(all, filter);
    },
    onRun(run: QueuedRun) {
      const what = `${run.trigger}${run.strategy ? `, ${run.strategy}` : ''}${run.selection ? `, selection ${run.selection}` : ''}${run.streams ? `, streams ${run.streams.join(', ')}` : ''}`;
      if (run.status === 'queued') add(run, 'info', `queued (${what})${run.tenant !== undefined ? ` for tenant ${run.tenant}` : ''}`);
      else if (run.status === 'running') add(run, 'info', 'started');
      else add(run, run.status === 'succeeded' || run.status === 'skipped' ? 'info' : 'error', `${run.status}${run.error ? `: ${run.error}` : ''}`);
    },
    onEvent(run: QueuedRun, event: RunEvent) {
      const line = describeEvent(event);
      if (line) add(run, line[0], line[1], line[2]);
    },
    onLog(run, line) {
      // Batch lines repeat what the batch events already said.
      if (line.level === 'info' && /^batch \d+(:| written:)/.test(line.message)) return;
      add(run, line.level, line.message, line.stream);
    },
  };
}

/** The lines that pass a filter, the newest `limit` of them. */
function pick<T extends RunLogLine>(lines: readonly T[], filter: LogFilter): T[] {
  const min = filter.level ? SEVERITY[filter.level] : 0;
  const kept = lines.filter(
    (l) =>
      SEVERITY[l.level] >= min &&
      (filter.stream === undefined || l.stream === filter.stream) &&
      (filter.since === undefined || Date.parse(l.at) >= Date.parse(filter.since)) &&
      (filter.until === undefined || Date.parse(l.at) <= Date.parse(filter.until)),
  );
  return filter.limit !== undefined && kept.length > filter.limit ? kept.slice(-filter.limit) : kept;
}

function describeEvent(event: RunEvent): [LogLevel, string, string] | undefined {
  switch (event.type) {
    case 'stream_started':
      return ['info', `stream ${event.stream} started from cursor ${JSON.stringify(event.cursor ?? null)}`, event.stream];
    case 'batch_written':
      return [
        'info',
        `stream ${event.stream} batch ${event.batch}: ${event.records} written (${event.inserted} inserted, ${event.updated} updated, ${event.skipped} unchanged)${event.cursor !== undefined ? `, cursor ${JSON.stringify(event.cursor)}` : ''}`,
        event.stream,
      ];
    case 'record_rejected':
      return ['warn', `stream ${event.stream} record ${event.key} rejected: ${event.reason}`, event.stream];
    case 'stream_finished': {
      const r = event.result;
      return [
        r.status === 'succeeded' ? 'info' : 'error',
        `stream ${r.stream} ${r.status}: ${r.recordsRead} read, ${r.recordsWritten} written, ${r.recordsRejected} rejected${r.error ? `: ${r.error}${r.errorClass ? ` (${r.errorClass})` : ''}` : ''}`,
        r.stream,
      ];
    }
    default:
      return undefined;
  }
}
