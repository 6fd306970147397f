import { sql, type Kysely } from 'kysely';
import type { StateDatabase, UpsertStyle } from './kysely-state-store.js';
import { guard } from './_store-guard.js';
import type { Crosswalk } from './state-store.js';

const CHUNK = 500;

/** Row of `syncengine_crosswalk`. */
export interface CrosswalkTable {
  tenant: string;
  kind: string;
  source_id: string;
  target_id: string;
  updated_at: string;
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
        const rows = await db
          .selectFrom('syncengine_crosswalk')
          .select(['source_id', 'target_id'])
          .where('tenant', '=', tenant)
          .where('kind', '=', kind)
          .execute();
        return new Map(rows.map((r) => [r.source_id, r.target_id]));
      }),
    put: (kind, entries) =>
      guard('write the crosswalk', async () => {
        const at = now();
        const rows = entries.map((e) => ({ tenant, kind, source_id: e.sourceId, target_id: e.targetId, updated_at: at }));
        for (let i = 0; i < rows.length; i += CHUNK) {
          const insert = db.insertInto('syncengine_crosswalk').values(rows.slice(i, i + CHUNK));
          await (
            style === 'on-conflict'
              ? insert.onConflict((oc) =>
                  oc
                    .columns(['tenant', 'kind', 'source_id'])
                    .doUpdateSet((eb) => ({ target_id: eb.ref('excluded.target_id'), updated_at: eb.ref('excluded.updated_at') })),
                )
              : insert.onDuplicateKeyUpdate({ target_id: sql`VALUES(target_id)`, updated_at: sql`VALUES(updated_at)` })
          ).execute();
        }
      }),
  };
}
