/** Statuses worth another attempt: the server is busy, rate-limiting, or failed for now. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Retry settings of one connection. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly retries: number;
  /** Delay before the first retry; doubles with each one. */
  readonly delayMs: number;
  /** Longest wait before a retry; a longer `Retry-After` gives up instead. */
  readonly maxDelayMs: number;
}

/**
 * Milliseconds a `Retry-After` header asks for: delay-seconds (fractions allowed, e.g. Shopify's
 * `2.0`) or an HTTP date. Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Exponential backoff with "equal jitter": half the doubled delay, plus a random part of the
 * other half, so clients that failed together do not retry together. Capped at `maxDelayMs`.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, random = Math.random): number {
  const base = Math.min(policy.delayMs * 2 ** retry, policy.maxDelayMs);
  return Math.round(base / 2 + random() * (base / 2));
}
