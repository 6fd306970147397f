import { StateError } from '../errors.js';
import { guard } from './_store-guard.js';
import type { StateDriver, StateRowAccess } from './state-driver.js';
import type { CursorFence, LockStore } from './state-store.js';
import type { LockRow } from './state-tables.js';

/**
 * Leases on any state driver. Taking a lock reads its row, then either inserts it (the key settles a
 * race between processes) or updates it as one compare-and-set on the row as read: extended for its
 * own holder, or taken over once expired with a higher fencing number. Times come from the caller
 * (`now`), so every process and test agrees on one clock.
 */
export function createLocks(driver: StateDriver): LockStore {
  const read = async (name: string): Promise<LockRow | undefined> => (await driver.list('locks', { where: { name }, limit: 1 }))[0];

  /** Marks the run of an expired lock `abandoned` (once: the lock then forgets the run). */
  const reap = async (name: string, now: number) => {
    const row = await read(name);
    if (!row || row.expires_at >= now || !row.run_id) return row;
    const lastSeen = new Date(row.renewed_at ?? row.expires_at).toISOString();
    const error = `abandoned: its process (${row.holder}) stopped renewing lock ${name}; last seen ${lastSeen}`;
    await driver.update('runs', { id: row.run_id, status: 'running' }, { status: 'abandoned', finished_at: lastSeen, error });
    await driver.update('stream_runs', { run_id: row.run_id, status: 'running' }, { status: 'abandoned', finished_at: lastSeen });
    await driver.update('locks', { name, run_id: row.run_id, expires_at: row.expires_at }, { run_id: null });
    return row;
  };

  return {
    acquire: (name, holder, ttlMs, options = {}) =>
      guard('take a lock', async () => {
        const now = options.now ?? Date.now();
        const values = { holder, expires_at: now + ttlMs, run_id: options.runId ?? null, renewed_at: now };
        // A renewal keeps the fencing number, and never takes a lock that is no longer its holder's.
        if (options.renew) return (await driver.update('locks', { name, holder }, values)) > 0;
        const existing = await reap(name, now);
        if (existing && existing.holder !== holder) {
          if (existing.expires_at >= now) return false;
          // A takeover raises the fencing number, so the old holder's cursor writes are refused.
          const taken = { name, holder: existing.holder, fence: existing.fence, expires_at: existing.expires_at };
          return (await driver.update('locks', taken, { ...values, fence: existing.fence + 1 })) > 0;
        }
        if (existing && (await driver.update('locks', { name, holder }, values)) > 0) return true;
        return driver.insert('locks', { name, ...values, fence: 1 });
      }),
    release: (name, holder) =>
      guard('release a lock', async () => {
        await driver.delete('locks', { name, holder });
      }),
    holder: (name, options = {}) =>
      guard('read a lock', async () => {
        const now = options.now ?? Date.now();
        const row = await reap(name, now);
        return row && row.expires_at >= now ? row.holder : undefined;
      }),
    fence: (name, holder) =>
      guard('read a lock', async () => {
        const row = await read(name);
        return row?.holder === holder ? row.fence : undefined;
      }),
  };
}

/**
 * Refuses a cursor write whose lease lost its lock. Runs in the write's transaction: the update
 * keeps the lock row as it is until the transaction ends, so no takeover slips in between.
 */
export async function checkFence(rows: StateRowAccess, fence: CursorFence): Promise<void> {
  const held = await rows.update('locks', { name: fence.lock, holder: fence.holder, fence: fence.fence }, { fence: fence.fence });
  if (held > 0) return;
  const [row] = await rows.list('locks', { where: { name: fence.lock }, limit: 1 });
  const who = row ? `${row.holder} (fence ${row.fence})` : 'nobody';
  throw new StateError(
    `state store: cursor not saved: lease lost: lock ${fence.lock} is now held by ${who}, not by ${fence.holder} (fence ${fence.fence}); the batch was not committed`,
  );
}
