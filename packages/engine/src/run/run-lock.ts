import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { AbortedError, describeError, RunLockedError } from '../errors.js';
import type { CursorFence, LockStore, SetCursorOptions, StateStore, StreamKey } from '../state/state-store.js';

/** How long a run lock lasts unless renewed: a dead holder's lock frees after this. */
export const DEFAULT_LOCK_TTL_MS = 60_000;

/** This process's name on locks unless told otherwise: `<host>:<pid>:<random>`. */
export const PROCESS_LOCK_HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** How a run takes the locks of its streams. */
export interface RunLockOptions {
  /** The name on the locks, shown to whoever finds them taken. @default `<host>:<pid>:<random>` of this process */
  holder?: string;
  /** How long a lock lasts unless renewed; it is renewed every third of that while the run lasts. @default 60000 */
  ttlMs?: number;
  /** When another holder has a lock: wait for it instead of failing with `RunLockedError`. @default false */
  wait?: boolean;
  /** While waiting, how often to try again. @default 1000 */
  retryMs?: number;
}

/** Locks held for a run, renewed until released. */
export interface RunLease {
  /** The holder named on the locks. */
  readonly holder: string;
  /** The locks held. */
  readonly names: readonly string[];
  /** The fencing number of each lock, when the lock store has them: cursor writes of the run check them. */
  readonly fences?: ReadonlyMap<string, number>;
  /** Stops renewing and frees the locks (those still ours). */
  release(): Promise<void>;
}

/** A lock a run needs and who has it. */
export interface RunLockBusy {
  readonly name: string;
  readonly holder: string;
  /** Says which stream runs elsewhere and who runs it. */
  readonly message: string;
}

/** Options for `takeRunLocks`. */
export interface TakeRunLocksOptions {
  pipeline: string;
  /** The tenant id; undefined for a single-tenant pipeline. */
  tenant?: string;
  /** The streams the run writes: one lock each. */
  streams: readonly string[];
  /** Lock one partition of the streams instead (a partition another run handed out): `runLockName(..., partition)`. */
  partition?: string;
  holder: string;
  /** @default 60000 */
  ttlMs?: number;
  /** The run the locks cover: marked `abandoned` should the lease expire while it still says `running`. */
  runId?: string;
  /** The clock, ms since the epoch. @default Date.now */
  now?: () => number;
  /** Called once if a renewal fails: the locks may have passed to another process, so the run should stop. */
  onLost?: (reason: string) => void;
}

/**
 * The lock of one stream of a pipeline and tenant: `run:<pipeline>:<tenant or ->:<stream>`; of one
 * partition of it (a partition run in another process), `...:<stream>#<partition>` (a long key hashed).
 */
export function runLockName(pipeline: string, tenant: string | undefined, stream: string, partition?: string): string {
  const base = `run:${pipeline}:${tenant ?? '-'}:${stream}`;
  if (partition === undefined) return base;
  return `${base}#${partition.length <= 64 ? partition : `sha256:${createHash('sha256').update(partition).digest('hex').slice(0, 32)}`}`;
}

/**
 * Takes the locks of every stream of a run, all or none (in name order, so two runs never hold
 * parts of each other's set), and renews them every third of the TTL until released. A process
 * that dies leaves locks that expire within the TTL. Resolves with who holds a lock when one is taken.
 */
export async function takeRunLocks(locks: LockStore, options: TakeRunLocksOptions): Promise<RunLease | RunLockBusy> {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? DEFAULT_LOCK_TTL_MS;
  const { holder } = options;
  const names = [...new Set(options.streams)]
    .sort()
    .map((stream) => runLockName(options.pipeline, options.tenant, stream, options.partition));
  const acquire = (name: string, renew = false) =>
    locks.acquire(name, holder, ttlMs, { now: now(), ...(options.runId ? { runId: options.runId } : {}), ...(renew ? { renew } : {}) });
  const taken: string[] = [];
  for (const name of names) {
    if (await acquire(name)) {
      taken.push(name);
      continue;
    }
    for (const own of taken) await locks.release(own, holder);
    const other = (await locks.holder(name, { now: now() })) ?? 'another process';
    const stream = name.slice(runLockName(options.pipeline, options.tenant, '').length).replace(/#.*$/, '');
    const part = options.partition === undefined ? '' : `partition ${options.partition} of `;
    const what = `${part}stream ${stream} of ${options.pipeline}${options.tenant === undefined ? '' : ` (tenant ${options.tenant})`}`;
    return { name, holder: other, message: `${what} is already running: lock ${name} is held by ${other}` };
  }

  const fences = new Map<string, number>();
  if (locks.fence) {
    for (const name of names) {
      const fence = await locks.fence(name, holder);
      if (fence !== undefined) fences.set(name, fence);
    }
  }

  let lost = false;
  const lose = (reason: string) => {
    if (lost) return;
    lost = true;
    options.onLost?.(reason);
  };
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = (async () => {
        for (const name of names) {
          try {
            if (!(await acquire(name, true))) lose(`lock ${name} expired and was taken by another holder`);
          } catch (error) {
            lose(`lock ${name} could not be renewed: ${describeError(error)}`);
          }
        }
      })();
    },
    Math.max(1, Math.floor(ttlMs / 3)),
  );
  timer.unref();
  return {
    holder,
    names,
    fences,
    async release() {
      clearInterval(timer);
      await renewing;
      // Deletes each lock only while it is still ours.
      for (const name of names) await locks.release(name, holder);
    },
  };
}

/** Whether `takeRunLocks` found a lock taken. */
export function isBusy(result: RunLease | RunLockBusy): result is RunLockBusy {
  return !('release' in result);
}

/**
 * Takes a run's locks as `options.lock` says: fails with `RunLockedError` naming the holder when
 * one is taken, or waits (`wait: true`), calling `onWait` when the holder changes, until it is free
 * or `signal` aborts.
 */
export async function acquireRunLocks(
  locks: LockStore,
  options: Omit<TakeRunLocksOptions, 'holder' | 'ttlMs'> & {
    lock?: RunLockOptions;
    signal?: AbortSignal;
    onWait?: (busy: RunLockBusy) => void;
  },
): Promise<RunLease> {
  const { lock = {}, signal, onWait, ...take } = options;
  let last: string | undefined;
  for (;;) {
    if (signal?.aborted) throw new AbortedError('the run was aborted while it waited for its lock');
    const result = await takeRunLocks(locks, {
      ...take,
      holder: lock.holder ?? PROCESS_LOCK_HOLDER,
      ...(lock.ttlMs !== undefined ? { ttlMs: lock.ttlMs } : {}),
    });
    if (!isBusy(result)) return result;
    if (!lock.wait) throw new RunLockedError(result.message, result.name, result.holder);
    if (result.holder !== last) onWait?.(result);
    last = result.holder;
    await sleep(lock.retryMs ?? 1_000, signal);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * The state store as a run under `lease` uses it: every cursor write carries the lease's fencing
 * number, so a process that lost its lock (a stalled or paused worker) cannot move a cursor or
 * commit a batch whose cursor the sink writes in its transaction.
 */
export function fencedState(state: StateStore, lease: RunLease): StateStore {
  if (!lease.fences?.size) return state;
  const fenceOf = (key: StreamKey): { fence?: CursorFence } => {
    // A partition run holds the partition's own lock; a stream's run, the stream's.
    const own = key.partition !== undefined ? runLockName(key.pipeline, key.tenant, key.stream, key.partition) : undefined;
    const lock = own !== undefined && lease.fences!.has(own) ? own : runLockName(key.pipeline, key.tenant, key.stream);
    const fence = lease.fences!.get(lock);
    return fence === undefined ? {} : { fence: { lock, holder: lease.holder, fence } };
  };
  return new Proxy(state, {
    get(target, property) {
      if (property === 'setCursor')
        return (key: StreamKey, value: unknown, options?: SetCursorOptions) =>
          target.setCursor(key, value, { ...options, ...fenceOf(key) });
      if (property === 'setCursorWith' && target.setCursorWith) {
        return (db: Parameters<NonNullable<StateStore['setCursorWith']>>[0], key: StreamKey, value: unknown, options?: SetCursorOptions) =>
          target.setCursorWith!(db, key, value, { ...options, ...fenceOf(key) });
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
