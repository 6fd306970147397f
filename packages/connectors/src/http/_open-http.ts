import { createHash } from 'node:crypto';
import type { Connection, ConnectorContext } from '@syncengine/engine';
import { createHttpAuth } from './auth/create-http-auth.js';
import { createCircuitBreaker, type CircuitState } from './_circuit-breaker.js';
import { createHttpClient } from './_http-client.js';
import { createRateBudget, withSharedBudget } from './_rate-budget.js';
import { readPages } from './_read-pages.js';
import { createResponseCache } from './_response-cache.js';
import { createHttpWriter } from './_write-records.js';
import type { HttpConnectionConfig, HttpSinkOptions, HttpSourceOptions } from './http-types.generated.js';

/** `syncengine_http_circuit_state`: 0 closed, 1 half-open, 2 open. */
const CIRCUIT_GAUGE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/** Opens a `type: http` connection: its client, rate budget, circuit breaker and auth (the connector's `connect`). */
export async function openHttp(
  config: HttpConnectionConfig,
  ctx: ConnectorContext,
): Promise<Connection<HttpSourceOptions, HttpSinkOptions>> {
  const client = createHttpClient({
    baseUrl: config.base_url,
    timeoutMs: config.timeout === undefined ? config.timeout_ms : durationMs(config.timeout),
    retry: { retries: config.retries, delayMs: config.retry_delay_ms, maxDelayMs: config.retry_max_delay_ms },
    budget: sharedOrOwnBudget(config, ctx),
    breaker: config.circuit_breaker
      ? createCircuitBreaker({
          failures: config.circuit_breaker.failures,
          cooldownMs: config.circuit_breaker.cooldown_ms,
          onChange: (state) => {
            ctx.metrics.set('syncengine_http_circuit_state', { connection: ctx.connectionName }, CIRCUIT_GAUGE[state]);
            if (state === 'open') ctx.logger.warn(`circuit open: requests fail at once for ${config.circuit_breaker!.cooldown_ms} ms`);
          },
        })
      : undefined,
    redactor: ctx.redactor,
    metrics: ctx.metrics,
    connection: ctx.connectionName,
    ...(config.hosts ? { hosts: config.hosts } : {}),
  });
  const auth = createHttpAuth(config.auth, {
    baseUrl: config.base_url,
    client,
    store: ctx.store,
    redactor: ctx.redactor,
    logger: ctx.logger,
    signal: ctx.signal,
  });
  const cache = ctx.responseCache
    ? createResponseCache({ store: ctx.responseCache, metrics: ctx.metrics, connection: ctx.connectionName, redactor: ctx.redactor })
    : undefined;
  return {
    read: (options, readCtx) => readPages(options, readCtx, { config, client, auth, redactor: ctx.redactor, store: ctx.store, cache }),
    async check() {
      if (!auth) return 'no auth to test';
      // Obtaining credentials (a token call, a login) is the auth test; streams then make one real call.
      await auth.apply({ method: 'GET', url: config.base_url, headers: {} }, ctx.signal);
      return `credentials accepted (${config.auth?.type ?? 'none'})`;
    },
    openWriter: async (options, writerCtx) =>
      createHttpWriter(options, writerCtx, { config, client, auth, crosswalk: ctx.crosswalk, signal: ctx.signal }),
  };
}

/**
 * A connection's request budget. With shared budgets (workers on a queue), every limit holds for
 * every process together, keyed by the API's host and a hash of the credentials (never the
 * credentials themselves).
 */
function sharedOrOwnBudget(config: HttpConnectionConfig, ctx: ConnectorContext) {
  const limits = config.rate_limit;
  if (!ctx.rateBudgets || !limits) {
    return createRateBudget({
      intervalMs: limits?.interval_ms,
      perSecond: limits?.requests_per_second,
      perMinute: limits?.requests_per_minute,
      burst: limits?.burst,
      maxConcurrent: limits?.max_concurrent,
    });
  }
  const credential = createHash('sha256')
    .update(JSON.stringify(config.auth ?? null))
    .digest('hex')
    .slice(0, 16);
  const key = `${new URL(config.base_url).host}:${credential}`;
  return withSharedBudget(
    createRateBudget({ maxConcurrent: limits.max_concurrent }),
    ctx.rateBudgets.budget(key, {
      ...(limits.requests_per_second ? { perSecond: limits.requests_per_second } : {}),
      ...(limits.requests_per_minute ? { perMinute: limits.requests_per_minute } : {}),
      ...(limits.interval_ms ? { intervalMs: limits.interval_ms } : {}),
      ...(limits.burst ? { burst: limits.burst } : {}),
      ...(limits.max_concurrent ? { maxConcurrent: limits.max_concurrent } : {}),
    }),
  );
}

/** `30s`, `2m`, `500ms`, `1h` (the schema's pattern) in whole milliseconds, at least 1. */
function durationMs(text: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)$/.exec(text);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match?.[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h'];
  return Math.max(1, Math.round(Number(match?.[1] ?? 0) * unit));
}
