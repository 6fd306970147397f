import { chunks, guard } from './_store-guard.js';
import type { RowWhere, StateDriver } from './state-driver.js';
import type { QuarantinedRecord, QuarantineFilter, QuarantineStore } from './state-store.js';
import type { QuarantineRow } from './state-tables.js';

/** The quarantine on a state driver. */
export function createQuarantine(driver: StateDriver, now: () => string): QuarantineStore {
  return {
    put: (records) =>
      guard('quarantine records', async () => {
        if (records.length === 0) return;
        const at = now();
        const base = Date.now() * 1000;
        await driver.transaction(async (rows) => {
          let position = 0;
          for (const chunk of chunks(records)) {
            const stored = new Map((await rows.list('quarantine', { where: { id: chunk.map((r) => r.id) } })).map((row) => [row.id, row]));
            for (const r of chunk) {
              // Records may hold values JSON has no form for (BigInt from a database driver): keep them as text.
              const record = JSON.stringify(r.record, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
              const rejected = { run_id: r.runId, reasons: JSON.stringify(r.reasons), record, status: 'open' };
              const old = stored.get(r.id);
              // Rejected again (by an earlier run, or earlier in this batch): the entry keeps its place and key.
              stored.set(
                r.id,
                old
                  ? { ...old, ...rejected }
                  : {
                      id: r.id,
                      pipeline: r.pipeline,
                      stream: r.stream,
                      tenant: r.tenant ?? '',
                      record_key: r.recordKey.slice(0, 191),
                      ...rejected,
                      created_at: at,
                      seq: base + position,
                      resolved_run_id: null,
                      resolved_at: null,
                    },
              );
              position++;
            }
            await rows.put('quarantine', [...stored.values()]);
          }
        });
      }),
    list: (filter: QuarantineFilter = {}) =>
      guard('list quarantined records', async () => {
        const status = filter.status ?? 'open';
        const where: RowWhere<QuarantineRow> = {
          ...(filter.pipeline ? { pipeline: filter.pipeline } : {}),
          ...(filter.stream ? { stream: filter.stream } : {}),
          ...(filter.tenant !== undefined ? { tenant: filter.tenant } : {}),
          ...(status !== 'all' ? { status } : {}),
          ...(filter.ids?.length ? { id: filter.ids } : {}),
        };
        const found = await driver.list('quarantine', { where, orderBy: [['seq', 'asc']], limit: filter.limit ?? 1000 });
        return found.map(toQuarantined);
      }),
    resolve: (ids, runId) =>
      guard('resolve quarantined records', async () => {
        for (const chunk of chunks(ids)) {
          await driver.update('quarantine', { id: chunk }, { status: 'replayed', resolved_run_id: runId, resolved_at: now() });
        }
      }),
  };
}

function toQuarantined(row: QuarantineRow): QuarantinedRecord {
  return {
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
  };
}
