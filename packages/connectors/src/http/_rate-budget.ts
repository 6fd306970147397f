import { setTimeout as sleep } from 'node:timers/promises';
import type { SharedRateBudget } from '@syncengine/engine';

/** Settings of a connection's request budget; every limit is optional and they combine. */
export interface RateBudgetOptions {
  /** At least this long between the starts of two requests. */
  readonly intervalMs?: number;
  /** Token bucket refilled at this many requests per second. */
  readonly perSecond?: number;
  /** Token bucket refilled at this many requests per minute. */
  readonly perMinute?: number;
  /** Size of the token buckets. @default 1 */
  readonly burst?: number;
  /** At most this many requests in flight. */
  readonly maxConcurrent?: number;
}

/** Hands out permission to send a request; shared by every stream of a connection. */
export interface RateBudget {
  /** Waits, in arrival order, until a request may start; call the returned function when it has ended. */
  acquire(signal: AbortSignal): Promise<() => void>;
  /** Holds every request of the budget for `ms` (a `Retry-After`); only shared budgets pause other processes too. */
  pause?(ms: number): Promise<void>;
}

/**
 * A budget whose limits are shared with other processes: the local budget queues this process's
 * requests for `max_concurrent` (so they do not all poll the shared one), then the shared one
 * decides when the request starts, and hears when it ended.
 */
export function withSharedBudget(local: RateBudget, shared: SharedRateBudget): RateBudget {
  return {
    async acquire(signal) {
      const release = await local.acquire(signal);
      let done: () => void;
      try {
        done = await shared.acquire(signal);
      } catch (error) {
        release();
        throw error;
      }
      return () => {
        done();
        release();
      };
    },
    pause: (ms) => shared.pause(ms),
  };
}

interface Bucket {
  tokens: number;
  readonly capacity: number;
  /** Tokens per millisecond. */
  readonly rate: number;
  updated: number;
}

/** A budget with no limits: requests start at once. */
const UNLIMITED: RateBudget = { acquire: async () => () => {} };

/**
 * Creates a connection's request budget: a minimum interval, token buckets per second and per
 * minute, and a concurrency cap, served first come, first served.
 */
export function createRateBudget(options: RateBudgetOptions = {}, now: () => number = () => performance.now()): RateBudget {
  const burst = options.burst ?? 1;
  const buckets: Bucket[] = [];
  if (options.perSecond) buckets.push({ tokens: burst, capacity: burst, rate: options.perSecond / 1000, updated: now() });
  if (options.perMinute) buckets.push({ tokens: burst, capacity: burst, rate: options.perMinute / 60_000, updated: now() });
  const interval = options.intervalMs ?? 0;
  const maxConcurrent = options.maxConcurrent ?? Infinity;
  if (!buckets.length && !interval && maxConcurrent === Infinity) return UNLIMITED;

  let inFlight = 0;
  let lastStart = -Infinity;
  /** The head of the queue holds this; later arrivals wait for it, so the order is kept. */
  let queue: Promise<void> = Promise.resolve();
  /** Only the head of the queue ever waits for a free slot: this wakes it. */
  let wake: (() => void) | undefined;

  const waitForSlot = async (signal: AbortSignal) => {
    while (inFlight >= maxConcurrent) {
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          wake = undefined;
          reject(signal.reason);
        };
        wake = () => {
          wake = undefined;
          signal.removeEventListener('abort', onAbort);
          resolve();
        };
        signal.addEventListener('abort', onAbort, { once: true });
      });
    }
  };

  /** Milliseconds until every limit allows one more start. */
  const delay = (): number => {
    const t = now();
    let wait = lastStart + interval - t;
    for (const bucket of buckets) {
      bucket.tokens = Math.min(bucket.capacity, bucket.tokens + (t - bucket.updated) * bucket.rate);
      bucket.updated = t;
      if (bucket.tokens < 1) wait = Math.max(wait, (1 - bucket.tokens) / bucket.rate);
    }
    return wait;
  };

  return {
    acquire(signal) {
      const turn = queue.then(async () => {
        signal.throwIfAborted();
        await waitForSlot(signal);
        for (let wait = delay(); wait > 0; wait = delay()) await sleep(Math.ceil(wait), undefined, { signal });
        for (const bucket of buckets) bucket.tokens -= 1;
        lastStart = now();
        inFlight += 1;
      });
      // The next request waits for this one's turn, whether it was granted or aborted.
      queue = turn.catch(() => {});
      return turn.then(() => {
        let released = false;
        return () => {
          if (released) return;
          released = true;
          inFlight -= 1;
          wake?.();
        };
      });
    },
  };
}
