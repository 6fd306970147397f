import type { Kysely } from 'kysely';
import type { StateDatabase } from './kysely-state-store.js';
import { guard } from './_store-guard.js';
import type { LockStore } from './state-store.js';

/** Row of `syncengine_locks`. */
export interface LockTable {
  name: string;
  holder: string;
  /** Epoch milliseconds. */
  expires_at: number;
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
          await db
            .insertInto('syncengine_locks')
            .values({ name, holder, expires_at: now + ttlMs })
            .execute();
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
