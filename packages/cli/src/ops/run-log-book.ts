import type { RunEvent } from '@syncengine/engine';
import type { QueuedRun, RunObserver } from './run-queue.js';

/** One line of a run's log, as the ops page and `GET /runs/:id/logs` show it. */
export interface RunLogLine {
  at: string;
  level: 'info' | 'warn' | 'error';
  message: string;
}

/** A run's log lines, the last `perRun` of them, and how many earlier ones were dropped. */
export interface RunLog {
  lines: RunLogLine[];
  dropped: number;
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

/** Keeps the log lines of recent runs in memory, bounded, from the run queue's events. */
export interface RunLogBook extends RunObserver {
  /** The log of a run this process ran, or undefined. */
  get(runId: string): RunLog | undefined;
}

/**
 * Creates a log book to pass to the run queue as an observer: each run gets a line when it is
 * queued, starts and ends, and per stream, batch and rejected record.
 */
export function createRunLogBook(options: RunLogBookOptions = {}): RunLogBook {
  const perRun = options.perRun ?? 1000;
  const maxRuns = options.runs ?? 200;
  const now = options.now ?? Date.now;
  const redact = options.redact ?? ((text: string) => text);
  const logs = new Map<string, RunLog>();

  const add = (runId: string, level: RunLogLine['level'], message: string) => {
    let log = logs.get(runId);
    if (!log) {
      log = { lines: [], dropped: 0 };
      logs.set(runId, log);
      for (const old of logs.keys()) {
        if (logs.size <= maxRuns) break;
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
    onRun(run: QueuedRun) {
      const what = `${run.trigger}${run.strategy ? `, ${run.strategy}` : ''}${run.streams ? `, streams ${run.streams.join(', ')}` : ''}`;
      if (run.status === 'queued') add(run.runId, 'info', `queued (${what})${run.tenant !== undefined ? ` for tenant ${run.tenant}` : ''}`);
      else if (run.status === 'running') add(run.runId, 'info', 'started');
      else
        add(
          run.runId,
          run.status === 'succeeded' || run.status === 'skipped' ? 'info' : 'error',
          `${run.status}${run.error ? `: ${run.error}` : ''}`,
        );
    },
    onEvent(run: QueuedRun, event: RunEvent) {
      const line = describeEvent(event);
      if (line) add(run.runId, line[0], line[1]);
    },
  };
}

function describeEvent(event: RunEvent): [RunLogLine['level'], string] | undefined {
  switch (event.type) {
    case 'stream_started':
      return ['info', `stream ${event.stream} started from cursor ${JSON.stringify(event.cursor ?? null)}`];
    case 'batch_written':
      return [
        'info',
        `stream ${event.stream} batch ${event.batch}: ${event.records} written (${event.inserted} inserted, ${event.updated} updated, ${event.skipped} unchanged)${event.cursor !== undefined ? `, cursor ${JSON.stringify(event.cursor)}` : ''}`,
      ];
    case 'record_rejected':
      return ['warn', `stream ${event.stream} record ${event.key} rejected: ${event.reason}`];
    case 'stream_finished': {
      const r = event.result;
      return [
        r.status === 'succeeded' ? 'info' : 'error',
        `stream ${r.stream} ${r.status}: ${r.recordsRead} read, ${r.recordsWritten} written, ${r.recordsRejected} rejected${r.error ? `: ${r.error}` : ''}`,
      ];
    }
    default:
      return undefined;
  }
}
