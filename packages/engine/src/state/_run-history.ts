import { StateError } from '../errors.js';
import { chunks, fromJsonText, guard, toJsonText } from './_store-guard.js';
import type { StateDriver } from './state-driver.js';
import type { RunFilter, RunRecord, StateStore, StreamRunRecord } from './state-store.js';
import type { RunRow, StreamRunRow } from './state-tables.js';

/** Longest error text kept in run history; the rest is replaced by a count (a 20,000-id URL made a 118 KB error). */
const MAX_STORED_ERROR_LENGTH = 2000;

/** The error as run history keeps it: at most `MAX_STORED_ERROR_LENGTH` characters, then `… (N more characters)`. */
function clipStoredError(error: string | undefined): string | null {
  if (error === undefined) return null;
  if (error.length <= MAX_STORED_ERROR_LENGTH) return error;
  // Never cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(error[MAX_STORED_ERROR_LENGTH - 1]!) ? MAX_STORED_ERROR_LENGTH - 1 : MAX_STORED_ERROR_LENGTH;
  return `${error.slice(0, end)}… (${error.length - end} more characters)`;
}

/** The run history part of a state store, on a state driver. */
export type RunHistory = Pick<StateStore, 'startRun' | 'saveStreamRun' | 'finishRun' | 'getRun' | 'listRuns'>;

/** Run history on a state driver: a row per run and one per stream of a run. */
export function createRunHistory(driver: StateDriver): RunHistory {
  const loadStreams = async (ids: string[]) => {
    const streams: StreamRunRow[] = [];
    for (const chunk of chunks(ids))
      streams.push(...(await driver.list('stream_runs', { where: { run_id: chunk }, orderBy: [['started_at', 'asc']] })));
    return streams;
  };
  return {
    startRun: (run) =>
      guard('record a run', async () => {
        const row: RunRow = {
          id: run.id,
          pipeline: run.pipeline,
          tenant: run.tenant ?? '',
          trigger: run.trigger,
          status: 'running',
          started_at: run.startedAt,
          finished_at: null,
          error: null,
        };
        if (!(await driver.insert('runs', row))) throw new StateError(`state store: a run with id ${run.id} is recorded already`);
      }),
    saveStreamRun: (r: StreamRunRecord) =>
      guard('record a stream run', () =>
        driver.put('stream_runs', [
          {
            run_id: r.runId,
            stream: r.stream,
            status: r.status,
            started_at: r.startedAt,
            finished_at: r.finishedAt ?? null,
            records_read: r.recordsRead,
            records_written: r.recordsWritten,
            records_rejected: r.recordsRejected,
            cursor_before: r.cursorBefore === undefined ? null : toJsonText(r.cursorBefore),
            cursor_after: r.cursorAfter === undefined ? null : toJsonText(r.cursorAfter),
            error: clipStoredError(r.error),
          },
        ]),
      ),
    finishRun: (id, end) =>
      guard('record the end of a run', async () => {
        await driver.update('runs', { id }, { status: end.status, finished_at: end.finishedAt, error: clipStoredError(end.error) });
      }),
    getRun: (id) =>
      guard('read a run', async () => {
        const [row] = await driver.list('runs', { where: { id }, limit: 1 });
        return row ? toRun(row, await loadStreams([id])) : undefined;
      }),
    listRuns: (filter: RunFilter = {}) =>
      guard('list runs', async () => {
        const rows = await driver.list('runs', {
          where: {
            ...(filter.pipeline ? { pipeline: filter.pipeline } : {}),
            ...(filter.tenant !== undefined ? { tenant: filter.tenant } : {}),
            ...(filter.status ? { status: filter.status } : {}),
          },
          orderBy: [
            ['started_at', 'desc'],
            ['id', 'desc'],
          ],
          limit: filter.limit ?? 50,
        });
        const streams = await loadStreams(rows.map((r) => r.id));
        return rows.map((row) =>
          toRun(
            row,
            streams.filter((s) => s.run_id === row.id),
          ),
        );
      }),
  };
}

function toRun(row: RunRow, streams: StreamRunRow[]): RunRecord {
  return {
    id: row.id,
    pipeline: row.pipeline,
    ...(row.tenant ? { tenant: row.tenant } : {}),
    trigger: row.trigger,
    status: row.status as RunRecord['status'],
    startedAt: row.started_at,
    ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
    ...(row.error ? { error: row.error } : {}),
    streams: streams.map((s) => ({
      runId: s.run_id,
      stream: s.stream,
      status: s.status as RunRecord['status'],
      startedAt: s.started_at,
      ...(s.finished_at ? { finishedAt: s.finished_at } : {}),
      recordsRead: s.records_read,
      recordsWritten: s.records_written,
      recordsRejected: s.records_rejected,
      ...(s.cursor_before !== null ? { cursorBefore: fromJsonText(s.cursor_before) } : {}),
      ...(s.cursor_after !== null ? { cursorAfter: fromJsonText(s.cursor_after) } : {}),
      ...(s.error ? { error: s.error } : {}),
    })),
  };
}
