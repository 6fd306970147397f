import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { SharedRateBudget, SharedRateBudgets, SharedRateLimits } from '@syncengine/engine';

/**
 * Request budgets shared by every worker through Redis (rate-limiter-flexible's atomic counters).
 * A limit of `n` per second is split into windows aligned to the clock: with `n = 10`, one request
 * per 100 ms window, so no second of the clock sees more than `n` starts (a request sent at the
 * very end of a window may arrive in the next: at most one more). Per minute likewise, in windows of
 * at least a second. A `Retry-After` blocks the key for every worker.
 */
export function createRedisRateBudgets(redis: Redis, prefix: string): SharedRateBudgets {
  const limiters = new Map<string, RateLimiterRedis>();
  const limiter = (points: number, duration: number) => {
    const id = `${points}/${duration}`;
    let found = limiters.get(id);
    if (!found) {
      found = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:rate`, points, duration, useRedisPackage: false });
      limiters.set(id, found);
    }
    return found;
  };
  const pauses = limiter(1, 1);
  return {
    budget(key: string, limits: SharedRateLimits): SharedRateBudget {
      const windows = [
        ...(limits.perSecond ? [split(limits.perSecond, 1_000, 10)] : []),
        ...(limits.perMinute ? [split(limits.perMinute, 60_000, 60)] : []),
      ];
      const pauseKey = `${key}:paused`;
      return {
        async acquire(signal) {
          for (;;) {
            signal.throwIfAborted();
            const paused = await pauses.get(pauseKey);
            if (paused && paused.consumedPoints > 1 && paused.msBeforeNext > 0) {
              await sleep(paused.msBeforeNext, undefined, { signal });
              continue;
            }
            let wait = 0;
            let late = false;
            for (const w of windows) {
              const slot = Math.floor(Date.now() / w.ms);
              try {
                await limiter(w.points, Math.max(1, Math.ceil(w.ms / 1_000))).consume(`${key}:${w.ms}:${slot}`);
                // A busy process that reads the grant after its window ended would send in another window: ask again.
                if (Date.now() >= (slot + 1) * w.ms) late = true;
              } catch (error) {
                if (!(error instanceof RateLimiterRes)) throw error;
                wait = Math.max(wait, (slot + 1) * w.ms - Date.now());
              }
            }
            // A window was full: try again when it ends (points taken in the other windows are spent: the budget errs on the safe side).
            if (wait <= 0 && !late) return;
            if (wait > 0) await sleep(wait, undefined, { signal });
          }
        },
        async pause(ms) {
          await pauses.block(pauseKey, Math.max(1, Math.ceil(ms / 1_000)));
        },
      };
    },
  };
}

/** `n` per `periodMs` as windows aligned to the clock: the most windows (up to `most`) that divide `n` evenly. */
function split(n: number, periodMs: number, most: number): { points: number; ms: number } {
  let windows = 1;
  for (let k = Math.min(most, Math.floor(n)); k >= 1; k--) {
    if (Math.floor(n) % k === 0) {
      windows = k;
      break;
    }
  }
  return { points: Math.max(1, Math.floor(n / windows)), ms: periodMs / windows };
}
