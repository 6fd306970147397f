import { sql, type Kysely } from 'kysely';
import { StateError } from '../errors.js';
import type { StateDatabase, UpsertStyle } from './kysely-state-store.js';
import type { Crosswalk, LockStore, QuarantinedRecord, QuarantineFilter, QuarantineStore } from './state-store.js';

/** Row of `syncengine_quarantine`. */
export interface QuarantineTable {
  id: string;
  pipeline: string;
  stream: string;
  tenant: string;
  run_id: string;
  record_key: string;
  record: string;
  reasons: string;
  status: string;
  created_at: string;
  /** Orders entries as they were rejected (a clock in microseconds plus the position in the batch). */
  seq: number;
  resolved_run_id: string | null;
  resolved_at: string | null;
}

/** Row of `syncengine_locks`. */
export interface LockTable {
  name: string;
  holder: string;
  /** Epoch milliseconds. */
  expires_at: number;
}

/** Row of `syncengine_crosswalk`. */
export interface CrosswalkTable {
  tenant: string;
  kind: string;
  source_id: string;
  target_id: string;
  updated_at: string;
}

const CHUNK = 500;

async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw new StateError(`state store: could not ${what}: ${(error as Error).message}`, { cause: error });
  }
}

/** The quarantine on the state store's tables. */
export function createQuarantine(db: Kysely<StateDatabase>, style: UpsertStyle, now: () => string): QuarantineStore {
  return {
    put: (records) =>
      guard('quarantine records', async () => {
        if (records.length === 0) return;
        const at = now();
        const base = Date.now() * 1000;
        await db.transaction().execute(async (trx) => {
          for (const [i, r] of records.entries()) {
            const row: QuarantineTable = {
              id: r.id,
              pipeline: r.pipeline,
              stream: r.stream,
              tenant: r.tenant ?? '',
              run_id: r.runId,
              record_key: r.recordKey.slice(0, 191),
              // Records may hold values JSON has no form for (BigInt from a database driver): keep them as text.
              record: JSON.stringify(r.record, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
              reasons: JSON.stringify(r.reasons),
              status: 'open',
              created_at: at,
              seq: base + i,
              resolved_run_id: null,
              resolved_at: null,
            };
            const update = { run_id: row.run_id, reasons: row.reasons, record: row.record, status: 'open' };
            const insert = trx.insertInto('syncengine_quarantine').values(row);
            await (style === 'on-conflict' ? insert.onConflict((oc) => oc.column('id').doUpdateSet(update)) : insert.onDuplicateKeyUpdate(update)).execute();
          }
        });
      }),
    list: (filter: QuarantineFilter = {}) =>
      guard('list quarantined records', async () => {
        let query = db.selectFrom('syncengine_quarantine').selectAll();
        if (filter.pipeline) query = query.where('pipeline', '=', filter.pipeline);
        if (filter.stream) query = query.where('stream', '=', filter.stream);
        if (filter.tenant !== undefined) query = query.where('tenant', '=', filter.tenant);
        const status = filter.status ?? 'open';
        if (status !== 'all') query = query.where('status', '=', status);
        if (filter.ids?.length) query = query.where('id', 'in', filter.ids);
        const rows = await query.orderBy('seq').limit(filter.limit ?? 1000).execute();
        return rows.map(
          (row): QuarantinedRecord => ({
            id: row.id,
            pipeline: row.pipeline,
            stream: row.stream,
            ...(row.tenant ? { tenant: row.tenant } : {}),
            runId: row.run_id,
            recordKey: row.record_key,
            record: JSON.parse(row.record) as Record<string, unknown>,
            reasons: JSON.parse(row.reasons) as string[],
            status: row.status as QuarantinedRecord['status'],
            createdAt: row.created_at,
            ...(row.resolved_run_id ? { resolvedRunId: row.resolved_run_id } : {}),
            ...(row.resolved_at ? { resolvedAt: row.resolved_at } : {}),
          }),
        );
      }),
    resolve: (ids, runId) =>
      guard('resolve quarantined records', async () => {
        for (let i = 0; i < ids.length; i += CHUNK) {
          await db
            .updateTable('syncengine_quarantine')
            .set({ status: 'replayed', resolved_run_id: runId, resolved_at: now() })
            .where('id', 'in', ids.slice(i, i + CHUNK))
            .execute();
        }
      }),
  };
}

/** One tenant's crosswalk on the state store's tables. */
export function createCrosswalk(db: Kysely<StateDatabase>, style: UpsertStyle, tenant: string, now: () => string): Crosswalk {
  return {
    lookup: (kind, sourceIds) =>
      guard('read the crosswalk', async () => {
        const found = new Map<string, string>();
        for (let i = 0; i < sourceIds.length; i += CHUNK) {
          const rows = await db
            .selectFrom('syncengine_crosswalk')
            .select(['source_id', 'target_id'])
            .where('tenant', '=', tenant)
            .where('kind', '=', kind)
            .where('source_id', 'in', sourceIds.slice(i, i + CHUNK))
            .execute();
          for (const row of rows) found.set(row.source_id, row.target_id);
        }
        return found;
      }),
    all: (kind) =>
      guard('read the crosswalk', async () => {
        const rows = await db.selectFrom('syncengine_crosswalk').select(['source_id', 'target_id']).where('tenant', '=', tenant).where('kind', '=', kind).execute();
        return new Map(rows.map((r) => [r.source_id, r.target_id]));
      }),
    put: (kind, entries) =>
      guard('write the crosswalk', async () => {
        const at = now();
        const rows = entries.map((e) => ({ tenant, kind, source_id: e.sourceId, target_id: e.targetId, updated_at: at }));
        for (let i = 0; i < rows.length; i += CHUNK) {
          const insert = db.insertInto('syncengine_crosswalk').values(rows.slice(i, i + CHUNK));
          await (style === 'on-conflict'
            ? insert.onConflict((oc) =>
                oc.columns(['tenant', 'kind', 'source_id']).doUpdateSet((eb) => ({ target_id: eb.ref('excluded.target_id'), updated_at: eb.ref('excluded.updated_at') })),
              )
            : insert.onDuplicateKeyUpdate({ target_id: sql`VALUES(target_id)`, updated_at: sql`VALUES(updated_at)` })
          ).execute();
        }
      }),
  };
}

/**
 * Leases on the state store. Taking a lock is one conditional UPDATE (free, expired or ours)
 * and, when no row exists yet, one INSERT whose primary key settles a race between processes.
 */
export function createLocks(db: Kysely<StateDatabase>): LockStore {
  return {
    acquire: (name, holder, ttlMs) =>
      guard('take a lock', async () => {
        const now = Date.now();
        const updated = await db
          .updateTable('syncengine_locks')
          .set({ holder, expires_at: now + ttlMs })
          .where('name', '=', name)
          .where((eb) => eb.or([eb('expires_at', '<', now), eb('holder', '=', holder)]))
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) > 0) return true;
        try {
          await db.insertInto('syncengine_locks').values({ name, holder, expires_at: now + ttlMs }).execute();
          return true;
        } catch {
          // Another process holds it (the row exists and is neither expired nor ours).
          return false;
        }
      }),
    release: (name, holder) =>
      guard('release a lock', async () => {
        await db.deleteFrom('syncengine_locks').where('name', '=', name).where('holder', '=', holder).execute();
      }),
    holder: (name) =>
      guard('read a lock', async () => {
        const row = await db.selectFrom('syncengine_locks').select(['holder', 'expires_at']).where('name', '=', name).executeTakeFirst();
        return row && Number(row.expires_at) >= Date.now() ? row.holder : undefined;
      }),
  };
}
