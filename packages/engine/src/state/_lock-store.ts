import { sql, type Kysely } from 'kysely';
import type { StateDatabase } from './kysely-state-store.js';
import { guard } from './_store-guard.js';
import type { LockStore } from './state-store.js';

/** Row of `syncengine_locks`. */
export interface LockTable {
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

/**
 * Leases on the state store. Taking a lock is one conditional UPDATE (free, expired or ours)
 * and, when no row exists yet, one INSERT whose primary key settles a race between processes.
 * Times come from the caller (`now`), so every process and test agrees on one clock.
 */
export function createLocks(db: Kysely<StateDatabase>): LockStore {
  /** Marks the run of an expired lock `abandoned` (once: the lock then forgets the run). */
  const reap = async (name: string, now: number) => {
    const row = await db.selectFrom('syncengine_locks').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row || Number(row.expires_at) >= now || !row.run_id) return row;
    const lastSeen = new Date(Number(row.renewed_at ?? row.expires_at)).toISOString();
    const error = `abandoned: its process (${row.holder}) stopped renewing lock ${name}; last seen ${lastSeen}`;
    await db
      .updateTable('syncengine_runs')
      .set({ status: 'abandoned', finished_at: lastSeen, error })
      .where('id', '=', row.run_id)
      .where('status', '=', 'running')
      .execute();
    await db
      .updateTable('syncengine_stream_runs')
      .set({ status: 'abandoned', finished_at: lastSeen })
      .where('run_id', '=', row.run_id)
      .where('status', '=', 'running')
      .execute();
    await db
      .updateTable('syncengine_locks')
      .set({ run_id: null })
      .where('name', '=', name)
      .where('run_id', '=', row.run_id)
      .where('expires_at', '=', row.expires_at)
      .execute();
    return row;
  };

  return {
    acquire: (name, holder, ttlMs, options = {}) =>
      guard('take a lock', async () => {
        const now = options.now ?? Date.now();
        const values = { holder, expires_at: now + ttlMs, run_id: options.runId ?? null, renewed_at: now };
        if (options.renew) {
          const renewed = await db
            .updateTable('syncengine_locks')
            .set(values)
            .where('name', '=', name)
            .where('holder', '=', holder)
            .executeTakeFirst();
          return Number(renewed.numUpdatedRows) > 0;
        }
        const existing = await reap(name, now);
        if (existing) {
          const updated = await db
            .updateTable('syncengine_locks')
            // A renewal keeps the fencing number; a takeover raises it, so the old holder's cursor writes are refused.
            // `fence` comes first: MySQL evaluates later assignments against the new `holder`.
            .set({ fence: sql<number>`case when holder = ${holder} then fence else fence + 1 end`, ...values })
            .where('name', '=', name)
            .where((eb) => eb.or([eb('expires_at', '<', now), eb('holder', '=', holder)]))
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) > 0) return true;
        }
        try {
          await db
            .insertInto('syncengine_locks')
            .values({ name, ...values, fence: 1 })
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
    holder: (name, options = {}) =>
      guard('read a lock', async () => {
        const now = options.now ?? Date.now();
        const row = await reap(name, now);
        return row && Number(row.expires_at) >= now ? row.holder : undefined;
      }),
    fence: (name, holder) =>
      guard('read a lock', async () => {
        const row = await db
          .selectFrom('syncengine_locks')
          .select('fence')
          .where('name', '=', name)
          .where('holder', '=', holder)
          .executeTakeFirst();
        return row ? Number(row.fence) : undefined;
      }),
  };
}
