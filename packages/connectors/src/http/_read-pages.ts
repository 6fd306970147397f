import { numberAt } from './pagination/_stop-rules.js';
import { SourceError, type KeyValueStore, type ReadContext, type Redactor, type SourcePage, type SyncRecord } from '@syncengine/engine';
import type { HttpAuth } from './auth/http-auth.js';
import { createPaginator } from './pagination/create-paginator.js';
import type { PageRequest, PaginationOptions } from './pagination/paginator.js';
import { decodeBody, DecodeError } from './_decode.js';
import { splitIds } from './_ids-split.js';
import type { HttpClient, HttpRequest } from './_http-client.js';
import { readPath, writePath } from './_json-path.js';
import { ttlMs, type ResponseCache } from './_response-cache.js';
import { sinceValue } from './_since.js';
import { joinUrl, sameOrigin, shortUrl, withQuery } from './_url.js';
import { readReport } from './_read-report.js';
import type { HttpConnectionConfig, HttpSourceOptions } from './http-types.generated.js';

/** What one read needs from its connection. */
export interface ReadDeps {
  readonly config: HttpConnectionConfig;
  readonly client: HttpClient;
  readonly auth: HttpAuth | undefined;
  readonly redactor: Redactor;
  /** The connection's durable values (a report id while its report is polled). */
  readonly store?: KeyValueStore;
  /** The connection's response cache, used by streams that declare `response_cache`. */
  readonly cache?: ResponseCache | undefined;
}

const ACCEPT: Record<HttpSourceOptions['format'], string> = {
  json: 'application/json',
  jsonl: 'application/x-ndjson, application/jsonl, application/json;q=0.9, */*;q=0.5',
  csv: 'text/csv, */*;q=0.5',
  tsv: 'text/tab-separated-values, text/plain;q=0.9, */*;q=0.5',
};

/**
 * Reads one stream: renders the request from the options (runtime references such as `${cursor}`
 * and `${parent.id}` resolved through `ctx.render`), writes the `since` value, then fetches
 * page after page until the paginator or the record limit says stop. An `ids` run whose options
 * take all ids at once is split into several such reads (`ids_split`).
 */
export async function* readPages(options: HttpSourceOptions, ctx: ReadContext, deps: ReadDeps): AsyncGenerator<SourcePage> {
  if (options.report) {
    if (!deps.store) throw new SourceError('report: this connection has no state store to keep the report id in');
    yield* readReport(options, ctx, { ...deps, store: deps.store });
    return;
  }
  const groups = splitIds(options, ctx.render('${ids}'), {
    maxIds: options.ids_split.max_ids,
    maxUrlLength: options.ids_split.max_url_length,
    urlLength: (group) => firstUrl(group, ctx, deps.config).length,
  });
  if (!groups) {
    yield* readRequest(options, ctx, deps, ctx.limit);
    return;
  }
  if (groups.length > 1)
    ctx.logger.debug(
      `${groups.length} requests for the ids (ids_split: ${options.ids_split.max_ids} ids, ${options.ids_split.max_url_length} URL characters at most)`,
    );
  let received = 0;
  for (const group of groups) {
    const limit = ctx.limit === undefined ? undefined : ctx.limit - received;
    if (limit !== undefined && limit <= 0) return;
    received += yield* readRequest(group, ctx, deps, limit);
  }
}

/** The request a stream's options describe, before pagination adds its parameters (for a report: the create request). */
export function prepareRequest(options: HttpSourceOptions, ctx: ReadContext, config: HttpConnectionConfig) {
  const path = String(ctx.render(options.path) ?? '');
  const params = textMap(ctx.render(options.params ?? {}));
  const headers: Record<string, string> = {
    accept: ACCEPT[options.format],
    'user-agent': 'syncengine',
    ...lowerCase(textMap(config.headers ?? {})),
  };
  Object.assign(headers, lowerCase(textMap(ctx.render(options.headers ?? {}))));
  const body = options.method === 'POST' ? structuredClone(ctx.render(options.body ?? {})) : undefined;
  if (options.since) {
    const value = sinceValue(options.since, ctx);
    if (value !== undefined && options.since.in === 'query') params[options.since.param] = text(value);
    if (value !== undefined && options.since.in === 'body') {
      if (!body || typeof body !== 'object' || Array.isArray(body))
        throw new SourceError('since.in: body needs method: POST and a body that is a map');
      writePath(body as Record<string, unknown>, options.since.param, value);
    }
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  return { path, params, headers, body, streamUrl: joinUrl(config.base_url, path) };
}

/** The URL of the first request of a read. */
function firstUrl(options: HttpSourceOptions, ctx: ReadContext, config: HttpConnectionConfig): string {
  const { params, streamUrl } = prepareRequest(options, ctx, config);
  return withQuery(streamUrl, { ...params, ...createPaginator(options.pagination).first().params });
}

/**
 * A record limit below the page size (`check` asks for one record, `run --limit n` for n) asks the
 * API for pages of that many records, when the pagination sends a size parameter.
 */
function withinLimit(pagination: PaginationOptions | undefined, limit: number | undefined): PaginationOptions | undefined {
  if (!pagination || limit === undefined || !('size_param' in pagination) || !pagination.size_param) return pagination;
  return 'size' in pagination && pagination.size > limit ? { ...pagination, size: limit } : pagination;
}

/** Reads the pages of one request; returns the number of records received. */
async function* readRequest(
  options: HttpSourceOptions,
  ctx: ReadContext,
  deps: ReadDeps,
  limit: number | undefined,
): AsyncGenerator<SourcePage, number> {
  const { config, client, auth, redactor } = deps;
  const paginator = createPaginator(withinLimit(options.pagination, limit));
  const pagination = options.pagination && 'max_pages' in options.pagination ? options.pagination : undefined;
  const maxPages = pagination?.max_pages ?? 1;
  const { path, params, headers, body, streamUrl } = prepareRequest(options, ctx, config);

  const urlOf = (next: PageRequest) => {
    if (next.url && !sameOrigin(next.url, config.base_url)) {
      throw new SourceError(
        redactor.redact(
          `refusing to follow the next-page URL ${next.url}: it is not on ${new URL(config.base_url).origin}, and the connection's credentials must not go elsewhere`,
        ),
      );
    }
    const base = next.onlyParams ? Object.fromEntries(Object.entries(params).filter(([k]) => next.onlyParams!.includes(k))) : params;
    return next.url ?? withQuery(streamUrl, { ...base, ...next.params });
  };
  // `ttl: 0s` turns the cache off: nothing read, nothing stored.
  const cache = options.response_cache && ttlMs(options.response_cache.ttl) > 0 ? deps.cache : undefined;
  // Look-ups run one after another, so the requests they let through reach the rate budget in page order.
  let lookups: Promise<unknown> = Promise.resolve();
  const fetchPage = async (url: string, signal: AbortSignal) => {
    const request: HttpRequest = { method: options.method, url, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) };
    // A fresh cached answer sends nothing and spends no rate budget.
    let cached: Awaited<ReturnType<NonNullable<typeof cache>['lookup']>>;
    if (cache) {
      const lookup = lookups.then(() => (signal.aborted ? undefined : cache.lookup(request, options.response_cache!, ctx.logger, signal)));
      lookups = lookup.catch(() => undefined);
      cached = await lookup;
      // A cached short page before this one ended the read meanwhile: nothing is sent.
      signal.throwIfAborted();
    }
    const response = cached ?? (await client.send(request, { signal, logger: ctx.logger, ...(auth ? { auth } : {}) }));
    let decoded;
    try {
      decoded = decodeBody(response, options.format, options.csv_delimiter);
    } catch (error) {
      if (error instanceof DecodeError)
        throw new SourceError(redactor.redact(`${options.method} ${url}: ${error.message}`), { cause: error, errorClass: 'validation' });
      throw error;
    }
    const records = recordsOf(decoded, options.records_path);
    if (cache && !cached) await cache.store(request, response, records, options.response_cache!, ctx.logger);
    return { response, decoded, cached: cached !== undefined, count: records.length };
  };
  // Pages whose address is known before the last response (offset and page styles with a total, or
  // `speculate`) are requested up to `readAhead` at once; they are read in order, and used only if
  // `next()` asks for them. A short page ends a speculative read: the requests after it are cancelled at once.
  const size = pagination && 'size' in pagination ? pagination.size : undefined;
  const speculative = pagination && 'speculate' in pagination && pagination.speculate === true && size !== undefined;
  const window = createPageWindow(
    limit === undefined ? Math.min(ctx.readAhead ?? 1, maxPages) : 1,
    ctx.signal,
    fetchPage,
    speculative ? (page) => page.count < size! : undefined,
  );

  let next: PageRequest = paginator.first();
  let received = 0;
  const repeats =
    pagination && 'stop_when' in pagination && pagination.stop_when.includes('repeated_page') ? createRepeatCheck() : undefined;
  try {
    let current = window.start(urlOf(next));
    for (let number = 1; ; number++) {
      for (let k = window.ahead + 1; window.hasRoom(); k++) {
        const request = paginator.peek?.(k);
        if (!request) break;
        window.prefetch(urlOf(request));
      }
      const url = current.url;
      const description = redactor.redact(`${options.method} ${shortUrl(url, config.base_url)}`);
      const { response, decoded, cached } = await current.result;
      const records = decoded.records ?? (options.records_path ? readPath(decoded.body, options.records_path) : decoded.body);
      if (!Array.isArray(records)) {
        const where = options.records_path ? `at "${options.records_path}"` : 'as the response body';
        throw new SourceError(`${description}: expected a list of records ${where}, got ${describeValue(records)}`);
      }
      ctx.logger.debug(`${description}: ${records.length} records${cached ? ' (from the response cache)' : ''}`);
      if (repeats?.(number, records)) {
        ctx.logger.debug(`last page of ${path}: page ${number} repeats page ${number - 1} (the API ignores the page parameter)`);
        return received;
      }
      const total =
        pagination && 'total_path' in pagination && pagination.total_path ? numberAt(decoded.body, pagination.total_path) : undefined;
      yield { records: records as SyncRecord[], description, ...(total !== undefined ? { total } : {}) };
      received += records.length;

      if (limit !== undefined && received >= limit) return received;
      const step = paginator.next({ number, records, body: decoded.body, headers: response.headers, url: response.url, received });
      /** A read that ends before the API said it was done: fails, or with `on_guard: warn` succeeds with a warning. */
      const guard = (reason: string) => {
        if (pagination?.on_guard === 'warn') {
          // The engine warns and keeps an unordered cursor.
          ctx.incomplete(redactor.redact(`${path}: ${reason}`));
          return;
        }
        throw new SourceError(
          redactor.redact(
            `${options.method} ${url}: ${reason}; the read stops before the API said it was done (pagination.on_guard: warn accepts that with a warning)`,
          ),
        );
      };
      if ('fail' in step) throw new SourceError(redactor.redact(`${options.method} ${url}: ${step.fail}`));
      if ('stop' in step) {
        if (step.guard) guard(step.stop);
        else ctx.logger.debug(`last page of ${path}: ${step.stop}`);
        return received;
      }
      if (number >= maxPages) {
        guard(`max_pages=${maxPages} reached; raise pagination.max_pages if the API really has more`);
        return received;
      }
      next = step.request;
      current = window.take(urlOf(next));
    }
  } finally {
    window.cancel();
  }
}

/** A page being fetched: its URL and the decoded response to come. */
interface PageFetch<T> {
  readonly url: string;
  readonly result: Promise<T>;
}

/**
 * The requests of one read that are in flight: the page being read and up to `size - 1` pages
 * requested ahead, in request order. A prefetched page is used only when the paginator asks for
 * the same URL next; otherwise every prefetched request is cancelled and the asked-for one starts.
 * The connection's rate budget and `max_concurrent` still decide when each request really starts.
 */
function createPageWindow<T>(
  size: number,
  signal: AbortSignal,
  fetch: (url: string, signal: AbortSignal) => Promise<T>,
  /** True for a page after which there is nothing: the requests launched after it are cancelled when it arrives. */
  endsRead?: (page: T) => boolean,
) {
  const ahead: (PageFetch<T> & { cancel(): void })[] = [];
  /** Set once a page that ends the read arrived: nothing more is requested ahead. */
  let ended = false;
  const launch = (url: string) => {
    const controller = new AbortController();
    const forward = () => controller.abort(signal.reason);
    signal.addEventListener('abort', forward, { once: true });
    const result = fetch(url, controller.signal).finally(() => signal.removeEventListener('abort', forward));
    const entry = { url, result, cancel: () => controller.abort(new Error('page not needed')) };
    // A prefetched page nobody reads must not surface as an unhandled rejection.
    result.then(
      (page) => {
        if (!endsRead?.(page)) return;
        ended = true;
        const at = ahead.indexOf(entry);
        for (const later of ahead.splice(at + 1)) later.cancel();
      },
      () => undefined,
    );
    return entry;
  };
  const cancelAhead = () => {
    for (const page of ahead.splice(0)) page.cancel();
  };
  return {
    /** Pages requested ahead of the current one. */
    get ahead() {
      return ahead.length;
    },
    hasRoom: () => !ended && ahead.length < size - 1,
    start: (url: string): PageFetch<T> => launch(url),
    prefetch(url: string) {
      ahead.push(launch(url));
    },
    /** The fetch of `url`, the next page: the first prefetched one when it is that page, else a new request. */
    take(url: string): PageFetch<T> {
      const first = ahead[0];
      if (first && first.url === url) return ahead.shift()!;
      cancelAhead();
      return launch(url);
    },
    cancel: cancelAhead,
  };
}

/** The records of a decoded answer, as the read will find them (none when they are not a list). */
function recordsOf(decoded: { body: unknown; records?: readonly unknown[] }, recordsPath: string | undefined): readonly unknown[] {
  const records = decoded.records ?? (recordsPath ? readPath(decoded.body, recordsPath) : decoded.body);
  return Array.isArray(records) ? records : [];
}

/** Query parameters and headers as text; a value that rendered to nothing (no cursor yet) is left out. */
function textMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    if (v !== undefined && v !== null) out[key] = text(v);
  }
  return out;
}

function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function lowerCase(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * `stop_when: repeated_page`: whether a page holds what the page before it held. Compared by the
 * count and the first and last records, so the check stays cheap on big pages; an empty page never
 * repeats (the empty-page rule ends those).
 */
function createRepeatCheck(): (number: number, records: readonly unknown[]) => boolean {
  let previous: string | undefined;
  return (number, records) => {
    const print = records.length ? `${records.length}:${JSON.stringify(records[0])}:${JSON.stringify(records.at(-1))}` : undefined;
    const same = number > 1 && print !== undefined && print === previous;
    previous = print;
    return same;
  };
}
