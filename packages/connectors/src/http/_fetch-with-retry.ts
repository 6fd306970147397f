import { setTimeout as sleep } from 'node:timers/promises';
import { FetchError, type $Fetch, type FetchOptions } from 'ofetch';
import type { ConsolaInstance } from 'consola';

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Retry settings of one connection. */
export interface RetryPolicy {
  retries: number;
  delayMs: number;
  timeoutMs: number;
  /** Longest single wait, also for a server's Retry-After. @default 60000 */
  maxDelayMs?: number;
}

/**
 * One request with a fresh timeout per attempt, retried on network errors, timeouts, 408, 425,
 * 429 and 5xx with exponential backoff (honouring `Retry-After` in seconds). Other statuses fail at once.
 */
export async function fetchWithRetry(
  client: $Fetch,
  path: string,
  options: FetchOptions<'json'> & { signal: AbortSignal },
  policy: RetryPolicy,
  log: { logger: ConsolaInstance; describe: string },
): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const signal = AbortSignal.any([options.signal, AbortSignal.timeout(policy.timeoutMs)]);
    try {
      return await client(path, { ...options, signal, retry: 0 });
    } catch (error) {
      if (options.signal.aborted) throw error;
      const status = error instanceof FetchError ? error.response?.status : undefined;
      const retryable = status === undefined ? isNetworkOrTimeout(error) : RETRY_STATUS.has(status);
      if (!retryable || attempt >= policy.retries) throw error;
      const retryAfter = Number(error instanceof FetchError ? error.response?.headers.get('retry-after') : undefined);
      const backoff = policy.delayMs * 2 ** attempt;
      const wait = Math.min(Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : backoff, policy.maxDelayMs ?? 60_000);
      log.logger.warn(`${log.describe}: ${status ?? describeCause(error)} (retry ${attempt + 1}/${policy.retries} in ${(wait / 1000).toFixed(1)}s)`);
      await sleep(wait, undefined, { signal: options.signal });
    }
  }
}

function isNetworkOrTimeout(error: unknown): boolean {
  if (!(error instanceof FetchError)) return false;
  // A body that is not JSON is a bad response, not a passing fault.
  return !(error.cause instanceof SyntaxError);
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { name?: string; code?: string; message?: string } }).cause;
  if (cause?.name === 'TimeoutError') return 'timed out';
  return cause?.code ?? cause?.message ?? 'network error';
}
