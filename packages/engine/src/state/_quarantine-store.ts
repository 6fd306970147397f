import type { Kysely } from 'kysely';
import type { StateDatabase, UpsertStyle } from './kysely-state-store.js';
import { guard } from './_store-guard.js';
import type { QuarantinedRecord, QuarantineFilter, QuarantineStore } from './state-store.js';

const CHUNK = 500;

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
            await (
              style === 'on-conflict' ? insert.onConflict((oc) => oc.column('id').doUpdateSet(update)) : insert.onDuplicateKeyUpdate(update)
            ).execute();
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
        const rows = await query
          .orderBy('seq')
          .limit(filter.limit ?? 1000)
          .execute();
        return rows.map((row): QuarantinedRecord => ({
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
        }));
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
