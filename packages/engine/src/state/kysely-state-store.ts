import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { StateError } from '../errors.js';
import { driverErrorMessage } from './driver-error-message.js';
import { STATE_MIGRATIONS } from './_state-migrations.js';
import { createApiCache } from './_api-cache-store.js';
import { createCrosswalk, type CrosswalkTable } from './_crosswalk-store.js';
import { createCursorInspector, DEFAULT_HISTORY_RETENTION, recordCursorChange, type CursorHistoryTable } from './_cursor-history.js';
import { createLocks, type LockTable } from './_lock-store.js';
import { createQuarantine, type QuarantineTable } from './_quarantine-store.js';
import type {
  CursorChange,
  CursorFence,
  KeyValueStore,
  RunFilter,
  SetCursorOptions,
  RunRecord,
  StateStore,
  StreamKey,
  StreamRunRecord,
} from './state-store.js';

interface CursorTable {
  pipeline: string;
  stream: string;
  tenant: string;
  partition_key: string;
  value: string;
  updated_at: string;
}
interface RunTable {
  id: string;
  pipeline: string;
  tenant: string;
  trigger: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  error: string | null;
}
interface StreamRunTable {
  run_id: string;
  stream: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  records_read: number;
  records_written: number;
  records_rejected: number;
  cursor_before: string | null;
  cursor_after: string | null;
  error: string | null;
}
interface KvTable {
  namespace: string;
  key: string;
  value: string;
  updated_at: string;
}

/** The tables of the state store, for kysely's typing. */
export interface StateDatabase {
  syncengine_cursors: CursorTable;
  syncengine_runs: RunTable;
  syncengine_stream_runs: StreamRunTable;
  syncengine_kv: KvTable;
  syncengine_quarantine: QuarantineTable;
  syncengine_crosswalk: CrosswalkTable;
  syncengine_locks: LockTable;
  syncengine_cursor_history: CursorHistoryTable;
}

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

/** How the store writes "insert or replace" on its dialect. */
export type UpsertStyle = 'on-conflict' | 'on-duplicate-key';

/** Options for a kysely-backed state store. */
export interface KyselyStateStoreOptions {
  /** The upsert syntax of the database. @default 'on-conflict' */
  upsertStyle?: UpsertStyle;
  /** Destroy the kysely instance on close (the store owns it). @default true */
  ownsDatabase?: boolean;
  /** Identity of the database, see `StateStore.identity`. */
  identity?: string;
  /** Database schema (PostgreSQL) that holds the state tables; created when missing. @default the connection's current schema */
  schema?: string;
  /** How many past values each cursor keeps in its history (older ones are dropped). @default 100 */
  historyRetention?: number;
  /** The clock of `updated_at` and history times. @default () => new Date() */
  now?: () => Date;
}

/** The cursor history options every state store takes. */
export type StateHistoryOptions = Pick<KyselyStateStoreOptions, 'historyRetention' | 'now'>;

/** The history options given, without undefined members. */
export function historyOptions(options: StateHistoryOptions): StateHistoryOptions {
  return {
    ...(options.historyRetention !== undefined ? { historyRetention: options.historyRetention } : {}),
    ...(options.now ? { now: options.now } : {}),
  };
}

const provider: MigrationProvider = { getMigrations: async () => STATE_MIGRATIONS };

/**
 * Creates the state tables if needed and brings them to the latest version. Safe to run from
 * several processes at once: kysely's migrator takes a database lock.
 */
export async function migrateStateStore(db: Kysely<StateDatabase>, options: { schema?: string } = {}): Promise<void> {
  const migrator = new Migrator({
    db: options.schema ? db.withSchema(options.schema) : db,
    provider,
    migrationTableName: 'syncengine_migrations',
    migrationLockTableName: 'syncengine_migrations_lock',
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StateError(`could not migrate the state store${failed ? ` (migration ${failed})` : ''}: ${driverErrorMessage(error)}`, {
      cause: error,
    });
  }
}

/** A state store on any kysely database; `createSqliteStateStore` wraps it for files. */
export async function createKyselyStateStore(database: Kysely<StateDatabase>, options: KyselyStateStoreOptions = {}): Promise<StateStore> {
  const { schema } = options;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new StateError(`state store schema ${JSON.stringify(schema)} is not a plain identifier (letters, digits, "_")`);
  }
  await migrateStateStore(database, schema ? { schema } : {});
  const inSchema = (target: Kysely<StateDatabase>) => (schema ? target.withSchema(schema) : target);
  const db = inSchema(database);
  const style = options.upsertStyle ?? 'on-conflict';
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const retention = options.historyRetention ?? DEFAULT_HISTORY_RETENTION;
  if (!Number.isInteger(retention) || retention < 1) {
    throw new StateError(`state store: the cursor history retention must be a whole number of at least 1, not ${retention}`);
  }
  const encode = (value: unknown) => JSON.stringify(value ?? null);
  const decode = (text: string | null): unknown => (text === null ? undefined : JSON.parse(text));
  const keyOf = (key: StreamKey) => ({
    pipeline: key.pipeline,
    stream: key.stream,
    tenant: key.tenant ?? '',
    partition_key: key.partition ?? '',
  });

  const guard = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof StateError) throw error;
      throw new StateError(`state store: could not ${what}: ${driverErrorMessage(error)}`, { cause: error });
    }
  };

  const toRun = (row: RunTable, streams: StreamRunTable[]): RunRecord => ({
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
      recordsRead: Number(s.records_read),
      recordsWritten: Number(s.records_written),
      recordsRejected: Number(s.records_rejected),
      ...(s.cursor_before !== null ? { cursorBefore: decode(s.cursor_before) } : {}),
      ...(s.cursor_after !== null ? { cursorAfter: decode(s.cursor_after) } : {}),
      ...(s.error ? { error: s.error } : {}),
    })),
  });

  /** Refuses a write whose lease lost its lock; the UPDATE holds the lock row until the write's transaction ends. */
  const checkFence = async (target: Kysely<StateDatabase>, fence: CursorFence) => {
    const locks = inSchema(target);
    const updated = await locks
      .updateTable('syncengine_locks')
      .set({ fence: fence.fence })
      .where('name', '=', fence.lock)
      .where('holder', '=', fence.holder)
      .where('fence', '=', fence.fence)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0) return;
    const row = await locks.selectFrom('syncengine_locks').select(['holder', 'fence']).where('name', '=', fence.lock).executeTakeFirst();
    // MySQL may count only changed rows: a row that matched but did not change is still ours.
    if (row && row.holder === fence.holder && Number(row.fence) === fence.fence) return;
    const who = row ? `${row.holder} (fence ${Number(row.fence)})` : 'nobody';
    throw new StateError(
      `state store: cursor not saved: lease lost: lock ${fence.lock} is now held by ${who}, not by ${fence.holder} (fence ${fence.fence}); the batch was not committed`,
    );
  };

  const writeFenced = async (target: Kysely<StateDatabase>, key: StreamKey, value: unknown, options: SetCursorOptions = {}) => {
    const { fence } = options;
    if (!fence) return writeCursor(target, key, value, options);
    if (target.isTransaction) {
      await checkFence(target, fence);
      return writeCursor(target, key, value, options);
    }
    await target.transaction().execute(async (trx) => {
      await checkFence(trx, fence);
      await writeCursor(trx, key, value, options);
    });
  };

  /** Writes a cursor and its history entry in one transaction: the caller's, or a new one. */
  const writeCursor = async (target: Kysely<StateDatabase>, key: StreamKey, value: unknown, change: CursorChange = {}): Promise<void> => {
    if (!target.isTransaction) return target.transaction().execute((trx) => writeCursor(trx, key, value, change));
    const row = { ...keyOf(key), value: encode(value), updated_at: now() };
    const insert = inSchema(target).insertInto('syncengine_cursors').values(row);
    await (
      style === 'on-conflict'
        ? insert.onConflict((oc) =>
            oc.columns(['pipeline', 'stream', 'tenant', 'partition_key']).doUpdateSet({ value: row.value, updated_at: row.updated_at }),
          )
        : insert.onDuplicateKeyUpdate({ value: row.value, updated_at: row.updated_at })
    ).execute();
    await recordCursorChange(inSchema(target), key, row.value, change, row.updated_at, retention);
  };

  const loadStreams = async (ids: string[]) =>
    ids.length ? db.selectFrom('syncengine_stream_runs').selectAll().where('run_id', 'in', ids).orderBy('started_at').execute() : [];

  return {
    getCursor: (key) =>
      guard('read a cursor', async () => {
        const k = keyOf(key);
        const row = await db
          .selectFrom('syncengine_cursors')
          .select('value')
          .where('pipeline', '=', k.pipeline)
          .where('stream', '=', k.stream)
          .where('tenant', '=', k.tenant)
          .where('partition_key', '=', k.partition_key)
          .executeTakeFirst();
        return row ? decode(row.value) : undefined;
      }),
    setCursor: (key, value, options) => guard('save a cursor', () => writeFenced(database, key, value, options)),
    ...(options.identity ? { identity: options.identity } : {}),
    setCursorWith: (other, key, value, options) =>
      guard('save a cursor', () => writeFenced(other as Kysely<StateDatabase>, key, value, options)),
    deleteCursor: (key, change = {}) =>
      guard('delete a cursor', async () => {
        const k = keyOf(key);
        await database.transaction().execute(async (trx) => {
          await inSchema(trx)
            .deleteFrom('syncengine_cursors')
            .where('pipeline', '=', k.pipeline)
            .where('stream', '=', k.stream)
            .where('tenant', '=', k.tenant)
            .where('partition_key', '=', k.partition_key)
            .execute();
          await recordCursorChange(inSchema(trx), key, null, { action: 'reset', ...change }, now(), retention);
        });
      }),
    cursors: createCursorInspector(db, guard),
    startRun: (run) =>
      guard('record a run', async () => {
        await db
          .insertInto('syncengine_runs')
          .values({
            id: run.id,
            pipeline: run.pipeline,
            tenant: run.tenant ?? '',
            trigger: run.trigger,
            status: 'running',
            started_at: run.startedAt,
            finished_at: null,
            error: null,
          })
          .execute();
      }),
    saveStreamRun: (r: StreamRunRecord) =>
      guard('record a stream run', async () => {
        const row: StreamRunTable = {
          run_id: r.runId,
          stream: r.stream,
          status: r.status,
          started_at: r.startedAt,
          finished_at: r.finishedAt ?? null,
          records_read: r.recordsRead,
          records_written: r.recordsWritten,
          records_rejected: r.recordsRejected,
          cursor_before: r.cursorBefore === undefined ? null : encode(r.cursorBefore),
          cursor_after: r.cursorAfter === undefined ? null : encode(r.cursorAfter),
          error: clipStoredError(r.error),
        };
        const { run_id: _r, stream: _s, ...changes } = row;
        const insert = db.insertInto('syncengine_stream_runs').values(row);
        await (
          style === 'on-conflict'
            ? insert.onConflict((oc) => oc.columns(['run_id', 'stream']).doUpdateSet(changes))
            : insert.onDuplicateKeyUpdate(changes)
        ).execute();
      }),
    finishRun: (id, end) =>
      guard('record the end of a run', async () => {
        await db
          .updateTable('syncengine_runs')
          .set({ status: end.status, finished_at: end.finishedAt, error: clipStoredError(end.error) })
          .where('id', '=', id)
          .execute();
      }),
    getRun: (id) =>
      guard('read a run', async () => {
        const row = await db.selectFrom('syncengine_runs').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toRun(row, await loadStreams([id])) : undefined;
      }),
    listRuns: (filter: RunFilter = {}) =>
      guard('list runs', async () => {
        let query = db.selectFrom('syncengine_runs').selectAll();
        if (filter.pipeline) query = query.where('pipeline', '=', filter.pipeline);
        if (filter.tenant !== undefined) query = query.where('tenant', '=', filter.tenant);
        if (filter.status) query = query.where('status', '=', filter.status);
        const rows = await query
          .orderBy('started_at', 'desc')
          .orderBy('id', 'desc')
          .limit(filter.limit ?? 50)
          .execute();
        const streams = await loadStreams(rows.map((r) => r.id));
        return rows.map((row) =>
          toRun(
            row,
            streams.filter((s) => s.run_id === row.id),
          ),
        );
      }),
    kv(namespace: string): KeyValueStore {
      return {
        get: (key) =>
          guard('read a stored value', async () => {
            const row = await db
              .selectFrom('syncengine_kv')
              .select('value')
              .where('namespace', '=', namespace)
              .where('key', '=', key)
              .executeTakeFirst();
            return row?.value;
          }),
        set: (key, value) =>
          guard('store a value', async () => {
            const row = { namespace, key, value, updated_at: now() };
            const insert = db.insertInto('syncengine_kv').values(row);
            await (
              style === 'on-conflict'
                ? insert.onConflict((oc) => oc.columns(['namespace', 'key']).doUpdateSet({ value, updated_at: row.updated_at }))
                : insert.onDuplicateKeyUpdate({ value, updated_at: row.updated_at })
            ).execute();
          }),
        delete: (key) =>
          guard('delete a stored value', async () => {
            await db.deleteFrom('syncengine_kv').where('namespace', '=', namespace).where('key', '=', key).execute();
          }),
      };
    },
    quarantine: createQuarantine(db, style, now),
    crosswalk: (tenant = '') => createCrosswalk(db, style, tenant, now),
    locks: createLocks(db),
    apiCache: (namespace) => createApiCache(database, namespace, inSchema),
    async close() {
      if (options.ownsDatabase ?? true) await database.destroy();
    },
  };
}
