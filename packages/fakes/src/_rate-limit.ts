/** Rate limiters the fakes use to answer like their real APIs when a client goes too fast. */
export interface RateLimiter {
  /** Takes one request from the budget; false when the request is over the limit. */
  take(): boolean;
  /** Seconds until the next request would pass (0 when one would pass now). */
  waitSeconds(): number;
}

/** A token bucket: `burst` requests at once, refilled at `perSecond` (Catsy's "2 req/s, burst 10"). */
export function createTokenBucket(perSecond: number, burst: number, now: () => number = Date.now): RateLimiter {
  let tokens = burst;
  let last = now();
  const refill = (): void => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
  };
  return {
    take() {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    waitSeconds() {
      refill();
      return tokens >= 1 ? 0 : (1 - tokens) / perSecond;
    },
  };
}

/** A sliding window: at most `limit` requests in any `windowSeconds` (Ploomes' 120 per minute). */
export function createSlidingWindow(limit: number, windowSeconds: number, now: () => number = Date.now): RateLimiter {
  const seen: number[] = [];
  const prune = (t: number): void => {
    while (seen.length > 0 && (seen[0] ?? 0) <= t - windowSeconds * 1000) seen.shift();
  };
  return {
    take() {
      const t = now();
      prune(t);
      if (seen.length >= limit) return false;
      seen.push(t);
      return true;
    },
    waitSeconds() {
      const t = now();
      prune(t);
      if (seen.length < limit) return 0;
      return Math.max(0, ((seen[0] ?? t) + windowSeconds * 1000 - t) / 1000);
    },
  };
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)$/i.exec(value?.trim() ?? '');
  return match?.[1];
}

/** The first value of a request header (Node gives arrays for repeated headers). */
export function headerValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}
