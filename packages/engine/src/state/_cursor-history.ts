import { StateError } from '../errors.js';
import { fromJsonText, guard } from './_store-guard.js';
import type { RowWhere, StateRowAccess } from './state-driver.js';
import type { CursorChange, CursorFilter, CursorHistoryEntry, CursorInspector, StoredCursor, StreamKey } from './state-store.js';
import type { CursorHistoryRow, CursorRow } from './state-tables.js';

/** How many entries each cursor keeps when the store is not told otherwise. */
export const DEFAULT_HISTORY_RETENTION = 100;

type CursorKey = Pick<CursorRow, 'pipeline' | 'stream' | 'tenant' | 'partition_key'>;

/** The key columns of a stream key. */
export function cursorKeyOf(key: StreamKey): CursorKey {
  return { pipeline: key.pipeline, stream: key.stream, tenant: key.tenant ?? '', partition_key: key.partition ?? '' };
}

/**
 * Appends one history entry for a cursor change and drops the entries past `retention`, through
 * `rows` (the cursor write's transaction, so the entry commits with the cursor or not at all).
 */
export async function recordCursorChange(
  rows: StateRowAccess,
  key: StreamKey,
  value: string | null,
  change: CursorChange,
  at: string,
  retention: number,
): Promise<void> {
  const k = cursorKeyOf(key);
  const [last] = await rows.list('cursor_history', { where: k, orderBy: [['seq', 'desc']], limit: 1 });
  const seq = (last?.seq ?? 0) + 1;
  const added = await rows.insert('cursor_history', {
    ...k,
    seq,
    value,
    action: change.action ?? (value === null ? 'reset' : change.runId ? 'commit' : 'set'),
    actor: (change.actor ?? 'unknown').slice(0, 191),
    run_id: change.runId ?? null,
    note: change.note?.slice(0, 400) ?? null,
    at,
  });
  if (!added)
    throw new StateError(`state store: the cursor of ${key.pipeline}/${key.stream} was changed by another writer at the same time`);
  if (seq > retention) await rows.delete('cursor_history', { ...k, seq: { atMost: seq - retention } });
}

/** The columns a cursor filter tests. */
function filterWhere(filter: CursorFilter): RowWhere<CursorKey> {
  return {
    pipeline: filter.pipeline,
    ...(filter.stream !== undefined ? { stream: filter.stream } : {}),
    ...(filter.tenant !== undefined ? { tenant: filter.tenant } : {}),
    ...(filter.partition !== undefined ? { partition_key: filter.partition } : {}),
  };
}

const keyFields = (row: CursorKey) => ({
  pipeline: row.pipeline,
  stream: row.stream,
  ...(row.tenant ? { tenant: row.tenant } : {}),
  ...(row.partition_key ? { partition: row.partition_key } : {}),
});

/** Lists the stored cursors and their history. */
export function createCursorInspector(rows: StateRowAccess): CursorInspector {
  return {
    list: (filter: CursorFilter) =>
      guard('list cursors', async () => {
        const found = await rows.list('cursors', {
          where: filterWhere(filter),
          orderBy: [
            ['stream', 'asc'],
            ['tenant', 'asc'],
            ['partition_key', 'asc'],
          ],
          limit: filter.limit ?? 1000,
        });
        return found.map((r): StoredCursor => ({ ...keyFields(r), value: fromJsonText(r.value), updatedAt: r.updated_at }));
      }),
    history: (filter: CursorFilter) =>
      guard('read the cursor history', async () => {
        const found = await rows.list('cursor_history', {
          where: filterWhere(filter),
          orderBy: [
            ['at', 'desc'],
            ['seq', 'desc'],
          ],
          limit: filter.limit ?? 100,
        });
        return found.map(toHistoryEntry);
      }),
  };
}

function toHistoryEntry(r: CursorHistoryRow): CursorHistoryEntry {
  return {
    ...keyFields(r),
    seq: r.seq,
    value: fromJsonText(r.value),
    action: r.action as CursorHistoryEntry['action'],
    actor: r.actor,
    ...(r.run_id ? { runId: r.run_id } : {}),
    ...(r.note ? { note: r.note } : {}),
    at: r.at,
  };
}
