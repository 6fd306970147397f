import { createHash } from 'node:crypto';
import type { ConsolaInstance } from 'consola';
import { describeError, getPath, compilePath, type ApiCacheStore, type MetricsRecorder, type Redactor } from '@syncengine/engine';
import type { HttpRequest, HttpResponse } from './_http-client.js';

/** A stream's `response_cache` option. */
export interface ResponseCacheOptions {
  /** How long an answer stays fresh, e.g. `10m`. */
  readonly ttl: string;
  /** Dot path of the id in each record, so the answers holding a changed record can be dropped. */
  readonly record_id?: string;
}

/** What the cache of one connection needs. */
export interface ResponseCacheDeps {
  readonly store: ApiCacheStore;
  readonly metrics: MetricsRecorder;
  readonly connection: string;
  readonly redactor: Redactor;
  /** The clock of freshness, epoch milliseconds. @default Date.now */
  readonly now?: () => number;
}

/** Headers never kept with a cached answer. */
const DROPPED_HEADERS = new Set(['set-cookie', 'authorization', 'www-authenticate']);

/** `30s`, `10m`, `1h`, `1d`, `500ms` in milliseconds. */
export function ttlMs(text: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d)$/.exec(text);
  if (!match) throw new Error(`response_cache.ttl: not a duration: ${text} (write e.g. 30s, 10m, 1h)`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
}

/** The key of a request: a hash of method, URL (query parameters included) and body. */
export function cacheKey(request: Pick<HttpRequest, 'method' | 'url' | 'body'>): string {
  return createHash('sha256').update(`${request.method} ${request.url}\n${request.body ?? ''}`).digest('hex');
}

/** The response cache of one connection: reads and stores answers; a store that fails is a miss, never a failed run. */
export interface ResponseCache {
  /**
   * The cached answer of a request stored less than `ttl` (the stream's, now) ago and not expired,
   * or undefined; counts a hit or a miss (unless `signal` aborted meanwhile).
   */
  lookup(request: HttpRequest, options: ResponseCacheOptions, logger: ConsolaInstance, signal?: AbortSignal): Promise<HttpResponse | undefined>;
  /** Keeps a 2xx answer for `options.ttl`, with the ids of `records`. */
  store(request: HttpRequest, response: HttpResponse, records: readonly unknown[], options: ResponseCacheOptions, logger: ConsolaInstance): Promise<void>;
}

/** Creates the response cache of a connection over its state store's `ApiCacheStore`. */
export function createResponseCache(deps: ResponseCacheDeps): ResponseCache {
  const now = deps.now ?? Date.now;
  const labels = { connection: deps.connection };
  let purged = false;
  let warned = false;
  const warn = (logger: ConsolaInstance, what: string, error: unknown) => {
    if (warned) return;
    warned = true;
    logger.warn(`response cache: could not ${what}, reading the API instead: ${deps.redactor.redact(describeError(error))}`);
  };
  return {
    async lookup(request, options, logger, signal) {
      let hit;
      const at = now();
      try {
        hit = await deps.store.get(cacheKey(request), at);
        // An answer stored under a longer ttl than the stream has now is as old as the ttl allows, no older.
        if (hit && hit.storedAt + ttlMs(options.ttl) <= at) hit = undefined;
      } catch (error) {
        warn(logger, 'read a cached answer', error);
      }
      if (signal?.aborted) return undefined;
      deps.metrics.increment(hit ? 'syncengine_http_cache_hits_total' : 'syncengine_http_cache_misses_total', labels);
      if (!hit) return undefined;
      return {
        status: hit.status,
        statusText: 'OK (cached)',
        headers: new Headers(hit.headers as Record<string, string>),
        body: hit.body,
        url: request.url,
      };
    },
    async store(request, response, records, options, logger) {
      if (response.status < 200 || response.status >= 300) return;
      const at = now();
      const path = options.record_id ? compilePath(options.record_id) : undefined;
      const ids = path
        ? records.flatMap((r) => {
            const id = r && typeof r === 'object' ? getPath(r as Record<string, unknown>, path) : undefined;
            return id === undefined || id === null ? [] : [String(id)];
          })
        : [];
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!DROPPED_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
      });
      try {
        if (!purged) {
          purged = true;
          await deps.store.purge(at);
        }
        await deps.store.put(cacheKey(request), {
          method: request.method,
          url: deps.redactor.redact(request.url),
          status: response.status,
          headers,
          body: response.body,
          storedAt: at,
          expiresAt: at + ttlMs(options.ttl),
          recordIds: ids,
        });
      } catch (error) {
        warn(logger, 'store an answer', error);
      }
    },
  };
}
