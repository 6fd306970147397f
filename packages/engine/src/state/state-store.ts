import type { Kysely } from 'kysely';
import type { ApiCacheStore } from './api-cache-store.js';

/** Identifies one cursor: a stream of a pipeline, optionally per tenant and partition. */
export interface StreamKey {
  pipeline: string;
  stream: string;
  /** Tenant id for multi-tenant pipelines; empty for single-tenant ones. */
  tenant?: string;
  /** Partition value (e.g. a parent id) for partitioned streams; empty otherwise. */
  partition?: string;
}

/**
 * How a run or a stream of a run ended. `abandoned` is only found in run history: the process of a
 * `running` run died (its lock lease expired), so nobody will finish it.
 */
export type RunStatus = 'running' | 'succeeded' | 'failed' | 'aborted' | 'abandoned';

/** What started a run. */
export type RunTrigger = 'cli' | 'api' | 'schedule' | 'webhook' | (string & {});

/** One stream's part of a run, as kept in run history. */
export interface StreamRunRecord {
  runId: string;
  stream: string;
  status: RunStatus;
  startedAt: string;
  finishedAt?: string;
  recordsRead: number;
  recordsWritten: number;
  recordsRejected: number;
  /** Cursor when the stream started. */
  cursorBefore?: unknown;
  /** Cursor committed when the stream ended. */
  cursorAfter?: unknown;
  /** One-line error summary, secrets redacted. */
  error?: string;
}

/** One run of a pipeline, as kept in run history. */
export interface RunRecord {
  id: string;
  pipeline: string;
  tenant?: string;
  trigger: RunTrigger;
  status: RunStatus;
  startedAt: string;
  finishedAt?: string;
  /** One-line error summary, secrets redacted. */
  error?: string;
  streams: StreamRunRecord[];
}

/** Filters for listing run history; all optional. */
export interface RunFilter {
  pipeline?: string;
  tenant?: string;
  status?: RunStatus;
  /** Newest first; at most this many. @default 50 */
  limit?: number;
}

/** A small durable key-value namespace (tokens, connector bookkeeping). */
export interface KeyValueStore {
  /** The stored value, or undefined. */
  get(key: string): Promise<string | undefined>;
  /** Stores a value, replacing any previous one. */
  set(key: string, value: string): Promise<void>;
  /** Removes a value; no error when it is absent. */
  delete(key: string): Promise<void>;
}

/** Whether a quarantined record still waits for a fix. */
export type QuarantineStatus = 'open' | 'replayed';

/** A record that did not reach the sink, with why. */
export interface QuarantinedRecord {
  id: string;
  pipeline: string;
  stream: string;
  tenant?: string;
  /** The run that rejected it (the last one, after a failed replay). */
  runId: string;
  /** The record's key (`primary_key` values) or its position. */
  recordKey: string;
  /** The record as the source gave it, so a replay runs it through the (fixed) transforms again. */
  record: Record<string, unknown>;
  /** Every reason, in plain words. */
  reasons: string[];
  status: QuarantineStatus;
  createdAt: string;
  /** The replay run that wrote it. */
  resolvedRunId?: string;
  resolvedAt?: string;
}

/** Filters for listing quarantined records; all optional. */
export interface QuarantineFilter {
  pipeline?: string;
  stream?: string;
  tenant?: string;
  /** @default 'open' */
  status?: QuarantineStatus | 'all';
  ids?: string[];
  /** Oldest first; at most this many. @default 1000 */
  limit?: number;
}

/** The dead-letter store of rejected records. */
export interface QuarantineStore {
  /** Stores rejected records (new ids), or updates the reasons of records rejected again (same id). */
  put(records: readonly Omit<QuarantinedRecord, 'status' | 'createdAt'>[]): Promise<void>;
  /** Records matching the filter, oldest first. */
  list(filter?: QuarantineFilter): Promise<QuarantinedRecord[]>;
  /** Marks records as written by a replay. */
  resolve(ids: readonly string[], runId: string): Promise<void>;
}

/** `(kind, source id) -> target id` mappings, e.g. the id an integration environment gave a copied item. */
export interface Crosswalk {
  /** Target ids of the given source ids that have one. */
  lookup(kind: string, sourceIds: readonly string[]): Promise<Map<string, string>>;
  /** Every mapping of a kind. */
  all(kind: string): Promise<Map<string, string>>;
  /** Records mappings, replacing earlier ones for the same source id. */
  put(kind: string, entries: readonly { sourceId: string; targetId: string }[]): Promise<void>;
}

/** Options of `LockStore.acquire`. */
export interface AcquireLockOptions {
  /** The current time, epoch milliseconds. @default Date.now() */
  now?: number;
  /** The run the lock covers: should the lease ever expire, that run is marked `abandoned`. */
  runId?: string;
  /**
   * Only extend a lock `holder` still has: never take a free one. A renewal that finds its lock
   * gone (taken over, then released) fails instead of taking it back under its old fencing number.
   */
  renew?: boolean;
}

/** Leases that keep two processes from running the same stream of a pipeline and tenant at once. */
export interface LockStore {
  /**
   * Takes the lock for `holder` for `ttlMs`, when it is free, expired (its holder died) or
   * already held by `holder` (then the lease is extended). Returns whether `holder` has it now.
   * Taking an expired lock first marks the run it covered `abandoned`.
   */
  acquire(name: string, holder: string, ttlMs: number, options?: AcquireLockOptions): Promise<boolean>;
  /** Releases the lock if `holder` has it. */
  release(name: string, holder: string): Promise<void>;
  /**
   * Who holds a lock that has not expired at `now` (@default Date.now()), if anyone. Reading an
   * expired lock marks the run it covered `abandoned`.
   */
  holder(name: string, options?: { now?: number }): Promise<string | undefined>;
  /** The fencing number of a lock `holder` has (it grows each time the lock passes to another holder), or undefined. */
  fence?(name: string, holder: string): Promise<number | undefined>;
}

/** A lease a cursor write must still hold: its lock, holder and fencing number. */
export interface CursorFence {
  /** The lock's name, e.g. `run:<pipeline>:<tenant or ->:<stream>`. */
  readonly lock: string;
  readonly holder: string;
  /** The fencing number the holder got when it took the lock. */
  readonly fence: number;
}

/** Options of a cursor write. */
export interface SetCursorOptions extends CursorChange {
  /** Refuse the write (a `StateError`, nothing saved) unless this lease still holds its lock with this fencing number. */
  fence?: CursorFence;
}

/** Who changed a cursor and why, kept in the cursor history. */
export interface CursorChange {
  /** The run that committed the cursor. */
  runId?: string;
  /** Who made the change: `run:<trigger>`, `cli:<user>`, `api:<who>`, `page:<who>`. @default 'unknown' */
  actor?: string;
  /** What kind of change it is. @default 'commit' with a runId, else 'set' */
  action?: CursorAction;
  /** A short note, e.g. the run id or time a rollback went back to. */
  note?: string;
}

/** How a cursor came to have its value. */
export type CursorAction = 'commit' | 'set' | 'reset' | 'rollback';

/** One entry of the cursor history: a value a cursor had, from when, and who set it. */
export interface CursorHistoryEntry extends Required<Pick<StreamKey, 'pipeline' | 'stream'>> {
  tenant?: string;
  partition?: string;
  /** Orders the entries of one cursor, higher is newer. */
  seq: number;
  /** The value the cursor got; undefined when it was reset. */
  value: unknown;
  action: CursorAction;
  actor: string;
  runId?: string;
  note?: string;
  /** When the change was committed (ISO 8601). */
  at: string;
}

/** A cursor as stored now. */
export interface StoredCursor extends Required<Pick<StreamKey, 'pipeline' | 'stream'>> {
  tenant?: string;
  partition?: string;
  value: unknown;
  updatedAt: string;
}

/** Which cursors to list; `tenant` and `partition` match exactly when given (`''` for none). */
export interface CursorFilter {
  pipeline: string;
  stream?: string;
  tenant?: string;
  partition?: string;
  /** Newest first; at most this many. @default 100 */
  limit?: number;
}

/** Reading the stored cursors and their history. */
export interface CursorInspector {
  /** The cursors stored now, by stream, tenant and partition. */
  list(filter: CursorFilter): Promise<StoredCursor[]>;
  /** Past values of cursors, newest first; each cursor keeps at most the store's `historyRetention` entries. */
  history(filter: CursorFilter): Promise<CursorHistoryEntry[]>;
}

/**
 * Where syncengine keeps what must survive a run: cursors, run history and connector values.
 * Each method is atomic. The engine builds it on a `StateDriver` (`createStateStore(url)` or
 * `createStateStore(driver)`): a new backend implements the driver, not this interface.
 */
export interface StateStore {
  /** The committed cursor of a stream, or undefined when none is stored. */
  getCursor(key: StreamKey): Promise<unknown>;
  /** Commits a stream's cursor and records the change in the cursor history; with `options.fence`, only while that lease still holds its lock. */
  setCursor(key: StreamKey, value: unknown, options?: SetCursorOptions): Promise<void>;
  /** Forgets a stream's cursor, so the next run reads from the start (recorded in the history as a reset). */
  deleteCursor(key: StreamKey, change?: CursorChange): Promise<void>;
  /** Records that a run started. */
  startRun(run: Omit<RunRecord, 'streams' | 'status' | 'finishedAt' | 'error'>): Promise<void>;
  /** Records (or replaces) one stream's result within a run. */
  saveStreamRun(record: StreamRunRecord): Promise<void>;
  /** Records how a run ended. */
  finishRun(id: string, end: { status: RunStatus; finishedAt: string; error?: string }): Promise<void>;
  /** One run with its streams, or undefined. */
  getRun(id: string): Promise<RunRecord | undefined>;
  /** Runs, newest first. */
  listRuns(filter?: RunFilter): Promise<RunRecord[]>;
  /** A key-value namespace, e.g. `connection:<pipeline>:<name>`. */
  kv(namespace: string): KeyValueStore;
  /** The quarantine of rejected records. */
  readonly quarantine: QuarantineStore;
  /** The ID crosswalk of a tenant (`''` for single-tenant pipelines). */
  crosswalk(tenant?: string): Crosswalk;
  /** Run locks with expiry, shared by every process using this store. */
  readonly locks: LockStore;
  /** Releases the store's connections. */
  close(): Promise<void>;
  /**
   * Identity of the database the store lives in (`sqlite:/abs/path.db`, `postgres://host:5432/db`,
   * `mysql://host:3306/db`), so a SQL sink in the same database can commit a batch and its cursor together.
   */
  readonly identity?: string;
  /** Saves a cursor (and its history entry) through another kysely instance or transaction on the same database. */
  setCursorWith?(db: Kysely<any>, key: StreamKey, value: unknown, options?: SetCursorOptions): Promise<void>;
  /** The stored cursors and their history, where the store keeps one. */
  readonly cursors?: CursorInspector;
  /** The API response cache of a namespace (`connection:<pipeline>:<name>`), where the store keeps one. */
  apiCache?(namespace: string): ApiCacheStore;
}
