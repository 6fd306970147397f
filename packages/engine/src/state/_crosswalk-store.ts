import { chunks, guard } from './_store-guard.js';
import type { StateDriver } from './state-driver.js';
import type { Crosswalk } from './state-store.js';

/** One tenant's crosswalk on a state driver. */
export function createCrosswalk(driver: StateDriver, tenant: string, now: () => string): Crosswalk {
  return {
    lookup: (kind, sourceIds) =>
      guard('read the crosswalk', async () => {
        const found = new Map<string, string>();
        for (const chunk of chunks(sourceIds)) {
          for (const row of await driver.list('crosswalk', { where: { tenant, kind, source_id: chunk } }))
            found.set(row.source_id, row.target_id);
        }
        return found;
      }),
    all: (kind) =>
      guard('read the crosswalk', async () => {
        const rows = await driver.list('crosswalk', { where: { tenant, kind } });
        return new Map(rows.map((r) => [r.source_id, r.target_id]));
      }),
    put: (kind, entries) =>
      guard('write the crosswalk', async () => {
        const at = now();
        // The last mapping of a source id wins, also within one call.
        const rows = new Map(
          entries.map((e) => [e.sourceId, { tenant, kind, source_id: e.sourceId, target_id: e.targetId, updated_at: at }]),
        );
        await driver.put('crosswalk', [...rows.values()]);
      }),
  };
}
