import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { SharedRateBudget, SharedRateBudgets, SharedRateLimits } from '@syncengine/engine';
import { ACQUIRE_SCRIPT, PAUSE_SCRIPT, RELEASE_SCRIPT, RENEW_SCRIPT } from './_rate-budget-scripts.js';

/** How often a request blocked by requests in flight (`max_concurrent`, or a full window) asks again. */
const POLL_MS = 20;

/** Options of `createRedisRateBudgets`. */
export interface RedisRateBudgetsOptions {
  /** Key prefix in Redis (the queue's). */
  prefix: string;
  /**
   * How long a request counts as in flight unless its process renews it (every third of this): a
   * killed worker's requests stop holding `max_concurrent` slots after about this long. @default 60000
   */
  leaseMs?: number;
}

interface BudgetCommands {
  seAcquire(...args: (string | number)[]): Promise<[number, number, number]>;
  seRelease(...args: (string | number)[]): Promise<number>;
  seRenew(...args: (string | number)[]): Promise<number>;
  sePause(...args: (string | number)[]): Promise<number>;
}

/**
 * Request budgets shared by every worker through Redis: one Lua script per step, timed by Redis's
 * own clock, so no worker's clock or event-loop delay matters.
 *
 * - A request counts against `perSecond` / `perMinute` from the moment it is granted until a
 *   second (a minute) after its response arrived, and a grant needs fewer than the limit counted:
 *   the API, which sees each request somewhere between those two instants, never sees more than
 *   the limit in any second (any minute), whatever the network or the workers' load do.
 * - Grants are also spaced (`1000 / perSecond`, `60000 / perMinute` or `intervalMs` apart, `burst`
 *   of them back to back), so a full budget does not go out in one burst.
 * - `maxConcurrent` is a semaphore of leases: a request in flight holds a slot until it ends, and a
 *   killed worker's slots free when their lease runs out.
 * - `pause(ms)` (a `Retry-After`) holds every request of the key, in every worker.
 */
export function createRedisRateBudgets(redis: Redis, options: RedisRateBudgetsOptions): SharedRateBudgets {
  const commands = defineCommands(redis);
  const leaseMs = options.leaseMs ?? 60_000;
  return {
    budget(key: string, limits: SharedRateLimits): SharedRateBudget {
      const base = `${options.prefix}:budget:${key}`;
      const keys = [`${base}:flight`, `${base}:done`, `${base}:next`, `${base}:paused`];
      const { windows, spacingMs, toleranceMs, keepMs } = planLimits(limits);
      const flying = new Set<string>();
      let renewer: NodeJS.Timeout | undefined;
      const renew = () => {
        if (!flying.size) return;
        void commands.seRenew(...keys, leaseMs, ...flying).catch(() => undefined);
      };
      return {
        async acquire(signal) {
          const id = randomUUID();
          for (;;) {
            signal.throwIfAborted();
            const [granted, wait, busy] = await commands.seAcquire(
              ...keys,
              id,
              leaseMs,
              spacingMs,
              toleranceMs,
              limits.maxConcurrent ?? 0,
              keepMs,
              ...windows.flatMap((w) => [w.limit, w.ms]),
            );
            if (granted) break;
            await sleep(Math.max(wait, busy ? POLL_MS : 1), undefined, { signal });
          }
          flying.add(id);
          if (!renewer) {
            renewer = setInterval(renew, Math.max(100, Math.floor(leaseMs / 3)));
            renewer.unref();
          }
          let released = false;
          return () => {
            if (released) return;
            released = true;
            flying.delete(id);
            if (!flying.size && renewer) {
              clearInterval(renewer);
              renewer = undefined;
            }
            // A release that never arrives (Redis down) frees the slot when the lease runs out.
            void commands.seRelease(...keys, id, keepMs).catch(() => undefined);
          };
        },
        async pause(ms) {
          await commands.sePause(...keys, Math.max(1, Math.ceil(ms)));
        },
      };
    },
  };
}

/** The windows, spacing and retention of a budget's limits. */
export function planLimits(limits: SharedRateLimits): {
  windows: { limit: number; ms: number }[];
  spacingMs: number;
  toleranceMs: number;
  keepMs: number;
} {
  const windows: { limit: number; ms: number }[] = [];
  // `n` per period with `n >= 1` counts whole requests in that period; a fraction (0.5 per second) one request per longer period.
  const window = (n: number, periodMs: number) =>
    windows.push(n >= 1 ? { limit: Math.floor(n), ms: periodMs } : { limit: 1, ms: Math.ceil(periodMs / n) });
  if (limits.perSecond) window(limits.perSecond, 1_000);
  if (limits.perMinute) window(limits.perMinute, 60_000);
  const spacingMs = Math.ceil(
    Math.max(limits.intervalMs ?? 0, limits.perSecond ? 1_000 / limits.perSecond : 0, limits.perMinute ? 60_000 / limits.perMinute : 0),
  );
  return {
    windows,
    spacingMs,
    toleranceMs: spacingMs * Math.max(0, (limits.burst ?? 1) - 1),
    keepMs: Math.max(0, ...windows.map((w) => w.ms)),
  };
}

const defined = new WeakSet<Redis>();

function defineCommands(redis: Redis): BudgetCommands {
  if (!defined.has(redis)) {
    redis.defineCommand('seAcquire', { numberOfKeys: 4, lua: ACQUIRE_SCRIPT });
    redis.defineCommand('seRelease', { numberOfKeys: 4, lua: RELEASE_SCRIPT });
    redis.defineCommand('seRenew', { numberOfKeys: 4, lua: RENEW_SCRIPT });
    redis.defineCommand('sePause', { numberOfKeys: 4, lua: PAUSE_SCRIPT });
    defined.add(redis);
  }
  return redis as unknown as BudgetCommands;
}
