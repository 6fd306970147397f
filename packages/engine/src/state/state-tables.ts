/**
 * The rows a state driver keeps, table by table. The columns are those of the SQL layout
 * (migrations 0001-0007); values are text, numbers or null: JSON is stored as text, instants as
 * ISO 8601 text, lock times as epoch milliseconds. A `tenant` or `partition_key` of `''` means none.
 */
export interface StateTables {
  cursors: CursorRow;
  cursor_history: CursorHistoryRow;
  runs: RunRow;
  stream_runs: StreamRunRow;
  kv: KvRow;
  quarantine: QuarantineRow;
  crosswalk: CrosswalkRow;
  locks: LockRow;
  api_cache: ApiCacheRow;
  api_cache_records: ApiCacheRecordRow;
}

/** A table name of `StateTables`. */
export type StateTable = keyof StateTables;

/** A row of any state table. */
export type StateRow = StateTables[StateTable];

/** The committed cursor of a stream, tenant and partition. */
export interface CursorRow {
  pipeline: string;
  stream: string;
  tenant: string;
  partition_key: string;
  /** JSON of the value. */
  value: string;
  updated_at: string;
}

/** One change of a cursor; `seq` orders the changes of one cursor. */
export interface CursorHistoryRow {
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

/** One run of a pipeline (of one tenant). */
export interface RunRow {
  id: string;
  pipeline: string;
  tenant: string;
  trigger: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  error: string | null;
}

/** One stream's part of a run. */
export interface StreamRunRow {
  run_id: string;
  stream: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  records_read: number;
  records_written: number;
  records_rejected: number;
  /** JSON of the cursor, or null. */
  cursor_before: string | null;
  cursor_after: string | null;
  error: string | null;
}

/** A value of a key-value namespace. */
export interface KvRow {
  namespace: string;
  key: string;
  value: string;
  updated_at: string;
}

/** A rejected record. */
export interface QuarantineRow {
  id: string;
  pipeline: string;
  stream: string;
  tenant: string;
  run_id: string;
  record_key: string;
  /** JSON of the record. */
  record: string;
  /** JSON list of the reasons. */
  reasons: string;
  status: string;
  created_at: string;
  /** Orders entries as they were rejected (a clock in microseconds plus the position in the batch). */
  seq: number;
  resolved_run_id: string | null;
  resolved_at: string | null;
}

/** A `(tenant, kind, source id) -> target id` mapping. */
export interface CrosswalkRow {
  tenant: string;
  kind: string;
  source_id: string;
  target_id: string;
  updated_at: string;
}

/** A lease. */
export interface LockRow {
  name: string;
  holder: string;
  /** Epoch milliseconds. */
  expires_at: number;
  /** The run the lock covers, if any. */
  run_id: string | null;
  /** When the holder last took or renewed it, epoch milliseconds. */
  renewed_at: number | null;
  /** Fencing number: grows by one each time the lock passes to another holder. */
  fence: number;
}

/** One part of one cached API response (bodies are cut in parts, so MySQL's 64 KB `text` holds any of them). */
export interface ApiCacheRow {
  namespace: string;
  cache_key: string;
  part: number;
  parts: number;
  method: string;
  url: string;
  status: number;
  /** JSON of the kept headers. */
  headers: string;
  body: string;
  /** Epoch milliseconds. */
  stored_at: number;
  expires_at: number;
}

/** A record a cached API response holds, so a webhook naming it drops the response. */
export interface ApiCacheRecordRow {
  namespace: string;
  record_id: string;
  cache_key: string;
}

/** How a driver may lay out a table: its primary key, and the columns that hold numbers. */
export interface StateTableLayout<R> {
  /** The columns that identify a row: `put` replaces the row with the same values in them. */
  readonly key: readonly (keyof R & string)[];
  /** Columns holding numbers (a database may return them as text: read them back with `Number()`). */
  readonly numbers: readonly (keyof R & string)[];
}

/** The primary key and the number columns of every state table. */
export const STATE_TABLES: { readonly [T in StateTable]: StateTableLayout<StateTables[T]> } = {
  cursors: { key: ['pipeline', 'stream', 'tenant', 'partition_key'], numbers: [] },
  cursor_history: { key: ['pipeline', 'stream', 'tenant', 'partition_key', 'seq'], numbers: ['seq'] },
  runs: { key: ['id'], numbers: [] },
  stream_runs: { key: ['run_id', 'stream'], numbers: ['records_read', 'records_written', 'records_rejected'] },
  kv: { key: ['namespace', 'key'], numbers: [] },
  quarantine: { key: ['id'], numbers: ['seq'] },
  crosswalk: { key: ['tenant', 'kind', 'source_id'], numbers: [] },
  locks: { key: ['name'], numbers: ['expires_at', 'renewed_at', 'fence'] },
  api_cache: { key: ['namespace', 'cache_key', 'part'], numbers: ['part', 'parts', 'status', 'stored_at', 'expires_at'] },
  api_cache_records: { key: ['namespace', 'record_id', 'cache_key'], numbers: [] },
};
