import type { Kysely } from 'kysely';
import type { StateDatabase } from './kysely-state-store.js';
import type { CursorChange, CursorFilter, CursorHistoryEntry, CursorInspector, StoredCursor, StreamKey } from './state-store.js';

/** Row of `syncengine_cursor_history`. */
export interface CursorHistoryTable {
  pipeline: string;
  stream: string;
  tenant: string;
  partition_key: string;
  seq: number;
  /** JSON of the value; null for a reset. */
  value: string | null;
  action: string;
  actor: string;
  run_id: string | null;
  note: string | null;
  at: string;
}

/** How many entries each cursor keeps when the store is not told otherwise. */
export const DEFAULT_HISTORY_RETENTION = 100;

type Row = { pipeline: string; stream: string; tenant: string; partition_key: string };

/** The key columns of a stream key. */
export function cursorKeyOf(key: StreamKey): Row {
  return { pipeline: key.pipeline, stream: key.stream, tenant: key.tenant ?? '', partition_key: key.partition ?? '' };
}

/**
 * Appends one history entry for a cursor change and drops the entries past `retention`, through
 * `db` (the caller's transaction, so the entry commits with the cursor or not at all).
 */
export async function recordCursorChange(
  db: Kysely<StateDatabase>,
  key: StreamKey,
  value: string | null,
  change: CursorChange,
  at: string,
  retention: number,
): Promise<void> {
  const k = cursorKeyOf(key);
  const last = await db
    .selectFrom('syncengine_cursor_history')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('pipeline', '=', k.pipeline)
    .where('stream', '=', k.stream)
    .where('tenant', '=', k.tenant)
    .where('partition_key', '=', k.partition_key)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto('syncengine_cursor_history')
    .values({
      ...k,
      seq,
      value,
      action: change.action ?? (value === null ? 'reset' : change.runId ? 'commit' : 'set'),
      actor: (change.actor ?? 'unknown').slice(0, 191),
      run_id: change.runId ?? null,
      note: change.note?.slice(0, 400) ?? null,
      at,
    })
    .execute();
  if (seq > retention) {
    await db
      .deleteFrom('syncengine_cursor_history')
      .where('pipeline', '=', k.pipeline)
      .where('stream', '=', k.stream)
      .where('tenant', '=', k.tenant)
      .where('partition_key', '=', k.partition_key)
      .where('seq', '<=', seq - retention)
      .execute();
  }
}

/** Lists the stored cursors and their history. */
export function createCursorInspector(
  db: Kysely<StateDatabase>,
  guard: <T>(what: string, fn: () => Promise<T>) => Promise<T>,
): CursorInspector {
  const decode = (text: string | null): unknown => (text === null ? undefined : JSON.parse(text));
  const keyFields = (row: Row) => ({
    pipeline: row.pipeline,
    stream: row.stream,
    ...(row.tenant ? { tenant: row.tenant } : {}),
    ...(row.partition_key ? { partition: row.partition_key } : {}),
  });
  return {
    list: (filter: CursorFilter) =>
      guard('list cursors', async () => {
        let query = db.selectFrom('syncengine_cursors').selectAll().where('pipeline', '=', filter.pipeline);
        if (filter.stream !== undefined) query = query.where('stream', '=', filter.stream);
        if (filter.tenant !== undefined) query = query.where('tenant', '=', filter.tenant);
        if (filter.partition !== undefined) query = query.where('partition_key', '=', filter.partition);
        const rows = await query
          .orderBy('stream')
          .orderBy('tenant')
          .orderBy('partition_key')
          .limit(filter.limit ?? 1000)
          .execute();
        return rows.map((r): StoredCursor => ({ ...keyFields(r), value: decode(r.value), updatedAt: r.updated_at }));
      }),
    history: (filter: CursorFilter) =>
      guard('read the cursor history', async () => {
        let query = db.selectFrom('syncengine_cursor_history').selectAll().where('pipeline', '=', filter.pipeline);
        if (filter.stream !== undefined) query = query.where('stream', '=', filter.stream);
        if (filter.tenant !== undefined) query = query.where('tenant', '=', filter.tenant);
        if (filter.partition !== undefined) query = query.where('partition_key', '=', filter.partition);
        const rows = await query
          .orderBy('at', 'desc')
          .orderBy('seq', 'desc')
          .limit(filter.limit ?? 100)
          .execute();
        return rows.map((r): CursorHistoryEntry => ({
          ...keyFields(r),
          seq: Number(r.seq),
          value: decode(r.value),
          action: r.action as CursorHistoryEntry['action'],
          actor: r.actor,
          ...(r.run_id ? { runId: r.run_id } : {}),
          ...(r.note ? { note: r.note } : {}),
          at: r.at,
        }));
      }),
  };
}
