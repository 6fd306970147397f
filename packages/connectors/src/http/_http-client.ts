import { setTimeout as sleep } from 'node:timers/promises';
import type { ConsolaInstance } from 'consola';
import { SourceError, type ErrorClass, type MetricLabels, type MetricsRecorder, type Redactor } from '@syncengine/engine';
import type { HttpAuth } from './auth/http-auth.js';
import { CircuitOpenError, type CircuitBreaker } from './_circuit-breaker.js';
import { errorDetail } from './_error-detail.js';
import { sendOnce } from './_send-once.js';
import type { RateBudget } from './_rate-budget.js';
import { backoffDelay, parseRetryAfter, RETRY_STATUSES, type RetryPolicy } from './_retry.js';
import { shortUrl } from './_url.js';
import { withHttpTransport } from './http-transport.js';

/** One HTTP request, before auth is added. Header names are lower case. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute URL, query string included. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The credential auth added (e.g. the access token), so a 401 renews exactly that one. */
  credential?: string;
  /** Read the body as bytes (`HttpResponse.bytes`), e.g. a gzip file, instead of text. */
  binary?: boolean;
}

/** A response with its body read as text. */
export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: string;
  /** The URL that answered, after redirects. */
  readonly url: string;
  /** The body as bytes, when the request asked for `binary` (then `body` is empty unless the answer is an error). */
  readonly bytes?: Uint8Array;
}

/** What every request of one connection shares. */
export interface HttpClientOptions {
  /** URLs below it are logged relative to it (`GET /items?page=2`). */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly budget: RateBudget;
  readonly breaker: CircuitBreaker | undefined;
  readonly redactor: Redactor;
  /** Receives `syncengine_http_requests_total`, `..._request_duration_seconds` and `..._retries_total`. */
  readonly metrics: MetricsRecorder;
  /** The connection's name, the `connection` label of every metric. */
  readonly connection: string;
  /** `hosts`: requests to these hosts go to these origins instead (messages keep the original URL). */
  readonly hosts?: Readonly<Record<string, string>>;
}

/** Per-call settings. */
export interface SendOptions {
  readonly signal: AbortSignal;
  readonly logger: ConsolaInstance;
  /** Adds credentials, renewing them once after a 401. Token requests themselves go without. */
  readonly auth?: HttpAuth;
  /** Statuses retried besides the usual ones, e.g. 409 for a sink whose target reports concurrent updates. */
  readonly retryAlso?: ReadonlySet<number>;
  /**
   * The request is not idempotent (a create): retry only answers that say it was not processed
   * (408, 425, 429, 503, `retryAlso`), never a timeout, a dropped connection or another 5xx,
   * after which the record may exist already.
   */
  readonly unsafe?: boolean;
}

/** Answers that say the server did not process the request. */
const NOT_PROCESSED: ReadonlySet<number> = new Set([408, 425, 429, 503]);

/** A request the server answered with an error status, after any retries. */
export class HttpStatusError extends SourceError {
  /** The final status. */
  readonly status: number;
  /** The body's error message, as far as one can be read. */
  readonly detail: string;

  constructor(message: string, status: number, detail: string, options?: { cause?: unknown }) {
    super(message, { ...options, errorClass: statusClass(status) });
    this.name = 'HttpStatusError';
    this.status = status;
    this.detail = detail;
  }
}

/** What kind of failure a final HTTP status is. */
export function statusClass(status: number): ErrorClass {
  if (status === 429) return 'rate_limit';
  if (status === 401 || status === 403 || status === 407) return 'authentication';
  if (status === 408) return 'network';
  if (status >= 500) return 'server';
  if (status === 400 || status === 422) return 'validation';
  return 'other';
}

/** Sends requests of one connection through its rate budget, circuit breaker, retries and timeout. */
export interface HttpClient {
  /**
   * Sends a request and resolves with a 2xx or 3xx response. Network errors, timeouts, 408, 425,
   * 429 and 5xx are retried with backoff (honouring `Retry-After`); a 401 renews the credentials
   * once; anything else rejects at once with a `SourceError` naming method, URL, status and the
   * body's message, secrets masked.
   */
  send(request: HttpRequest, options: SendOptions): Promise<HttpResponse>;
}

/** Creates the request executor of one connection. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { retry, budget, breaker, redactor, metrics } = options;
  const labels = (more: MetricLabels): MetricLabels => ({ connection: options.connection, ...more });

  return {
    async send(request, { signal, logger, auth, retryAlso, unsafe }) {
      let renewed = false;
      for (let attempt = 0; ;) {
        const prepared: HttpRequest = { ...request, headers: { ...request.headers } };
        if (auth) await auth.apply(prepared, signal);
        const where = redactor.redact(`${prepared.method} ${prepared.url}`);
        try {
          breaker?.admit();
        } catch (error) {
          if (error instanceof CircuitOpenError) throw new SourceError(`${where}: ${error.message}`, { cause: error, errorClass: 'server' });
          throw error;
        }

        const release = await budget.acquire(signal);
        let response: HttpResponse | undefined;
        let failure: unknown;
        const started = performance.now();
        try {
          response = await withHttpTransport(sendOnce)(redirectHost(prepared, options.hosts), signal, options.timeoutMs);
        } catch (error) {
          if (signal.aborted) throw error;
          failure = error;
        } finally {
          release();
        }

        const status = response?.status;
        const networkProblem = response ? undefined : describeNetworkError(failure);
        const outcome = status !== undefined ? String(status) : networkProblem === 'timed out' ? 'timeout' : 'network_error';
        metrics.increment('syncengine_http_requests_total', labels({ method: prepared.method, status: outcome }));
        metrics.observe(
          'syncengine_http_request_duration_seconds',
          labels({ method: prepared.method }),
          (performance.now() - started) / 1000,
        );
        if (status !== undefined && status < 500) breaker?.success();
        else breaker?.failure();

        if (status === 401 && auth?.renew && !renewed) {
          renewed = true;
          logger.debug(
            redactor.redact(
              `${prepared.method} ${shortUrl(prepared.url, options.baseUrl)}: 401 Unauthorized; renewing the credentials and trying again`,
            ),
          );
          if (await auth.renew(prepared, signal)) continue;
        }
        if (response && status! < 400) return response;

        const problem = response ? `${status} ${response.statusText}` : networkProblem!;
        const detail = response ? errorDetail(response.body) : '';
        const retryable = response ? (unsafe ? NOT_PROCESSED : RETRY_STATUSES).has(status!) || (retryAlso?.has(status!) ?? false) : !unsafe;
        const attempts = attempt + 1;
        const fail = (note = '') => {
          const message = redactor.redact(`${where}: ${problem}${detail ? `: ${detail}` : ''}${note}`);
          const cause = failure ? { cause: failure } : undefined;
          return status === undefined
            ? new SourceError(message, { ...cause, errorClass: 'network' })
            : new HttpStatusError(message, status, redactor.redact(detail), cause);
        };
        if (!retryable) throw fail();
        if (attempt >= retry.retries) throw fail(attempts > 1 ? ` (gave up after ${attempts} attempts)` : '');
        // No point waiting for a retry the open circuit would refuse.
        if (breaker?.openReason) throw fail(` (${breaker.openReason})`);

        const asked = parseRetryAfter(response?.headers.get('retry-after'));
        if (asked !== undefined && asked > retry.maxDelayMs) {
          throw fail(` (the server asks to retry in ${(asked / 1000).toFixed(1)}s, more than retry_max_delay_ms ${retry.maxDelayMs})`);
        }
        const wait = asked ?? backoffDelay(retry, attempt);
        // A shared budget holds this API for every worker, not just this request.
        if (asked !== undefined && status === 429) await budget.pause?.(asked);
        attempt += 1;
        metrics.increment('syncengine_http_retries_total', labels({ reason: outcome }));
        logger.warn(
          redactor.redact(
            `${prepared.method} ${shortUrl(prepared.url, options.baseUrl)}: ${problem} (retry ${attempt}/${retry.retries} in ${(wait / 1000).toFixed(1)}s)`,
          ),
        );
        await sleep(wait, undefined, { signal });
      }
    },
  };
}

/** `timed out`, `ECONNREFUSED`, ...: the innermost useful reason of a failed fetch. */
function describeNetworkError(error: unknown): string {
  let current = error as { name?: string; code?: string; message?: string; cause?: unknown } | undefined;
  let message = current?.message ?? String(error);
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.name === 'TimeoutError') return 'timed out';
    if (typeof current.code === 'string' && current.code) return current.code;
    if (current.message && !/fetch failed|^\[/.test(current.message)) message = current.message;
    current = current.cause as typeof current;
  }
  return message;
}

/**
 * The request sent to the origin `hosts` maps its host to (like curl's `--connect-to`), with the
 * original host and scheme in `X-Forwarded-Host` and `X-Forwarded-Proto`, as a reverse proxy sends them.
 */
function redirectHost(request: HttpRequest, hosts: Readonly<Record<string, string>> | undefined): HttpRequest {
  if (!hosts) return request;
  const url = new URL(request.url);
  const target = hosts[url.host] ?? hosts[url.hostname];
  if (!target) return request;
  const origin = new URL(target);
  const moved = new URL(`${url.pathname}${url.search}`, origin.origin);
  return {
    ...request,
    url: moved.toString(),
    headers: { ...request.headers, 'x-forwarded-host': url.host, 'x-forwarded-proto': url.protocol.replace(/:$/, '') },
  };
}
