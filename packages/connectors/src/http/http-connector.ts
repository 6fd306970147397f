import { FetchError, ofetch, type $Fetch } from 'ofetch';
import { compilePath, defineConnector, getPath, SourceError, type ReadContext, type Redactor, type SourcePage } from '@syncengine/engine';
import { fetchWithRetry } from './_fetch-with-retry.js';
import { HTTP_CONNECTION_SCHEMA, HTTP_SOURCE_SCHEMA } from './http-schema.js';
import type { HttpConnectionConfig, HttpSourceOptions } from './http-types.generated.js';

export type { HttpConnectionConfig, HttpSourceOptions };


/** Reads JSON REST APIs: paths, query parameters, auth, pagination and a `${cursor}` since parameter. */
export default defineConnector<HttpConnectionConfig, HttpSourceOptions>({
  name: 'http',
  description: 'A JSON REST API over HTTP(S).',
  connectionSchema: HTTP_CONNECTION_SCHEMA,
  source: { streamSchema: HTTP_SOURCE_SCHEMA },
  async connect(config, ctx) {
    const headers: Record<string, string> = { accept: 'application/json', ...stringify(config.headers) };
    if (config.auth?.type === 'bearer') headers.authorization = `Bearer ${config.auth.token}`;
    if (config.auth?.type === 'api_key' && !config.auth.query_param) headers[config.auth.header.toLowerCase()] = config.auth.key;
    const client = ofetch.create({ baseURL: config.base_url, headers });
    return {
      read: (options, readCtx) => readPages(client, config, options, readCtx, ctx.redactor),
    };
  },
});

async function* readPages(
  client: $Fetch,
  config: HttpConnectionConfig,
  options: HttpSourceOptions,
  ctx: ReadContext,
  redactor: Redactor,
): AsyncGenerator<SourcePage> {
  const pagination = options.pagination ?? { type: 'none', stop_when: [], max_pages: 1, size: 0, page_param: 'page', start_page: 1, offset_param: 'offset' };
  const baseQuery = renderQuery(ctx.render(options.params ?? {}) as Record<string, unknown>);
  if (config.auth?.type === 'api_key' && config.auth.query_param) baseQuery[config.auth.query_param] = config.auth.key;
  const headers = stringify(options.headers);
  let page = pagination.start_page;
  let offset = 0;
  let received = 0;

  for (let n = 1; ; n++) {
    if (n > pagination.max_pages) {
      ctx.logger.warn(`stopped after max_pages=${pagination.max_pages} pages of ${options.path}; raise pagination.max_pages if the API really has more`);
      return;
    }
    const query = { ...baseQuery };
    if (pagination.type === 'page') query[pagination.page_param] = String(page);
    if (pagination.type === 'offset') query[pagination.offset_param] = String(offset);
    if (pagination.type !== 'none' && pagination.size_param) query[pagination.size_param] = String(pagination.size);
    const description = redactor.redact(`GET ${options.path}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`);

    let body: unknown;
    try {
      body = await fetchWithRetry(
        client,
        options.path,
        { method: 'GET', query, headers, signal: ctx.signal, responseType: 'json' },
        { retries: config.retries, delayMs: config.retry_delay_ms, timeoutMs: config.timeout_ms },
        { logger: ctx.logger, describe: description },
      );
      ctx.logger.debug(`${description}: ok`);
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      throw new SourceError(redactor.redact(describeFetchError(error, config.base_url, description)), { cause: error });
    }
    const records = options.records_path ? readPath(body, options.records_path) : body;
    if (!Array.isArray(records)) {
      const where = options.records_path ? `at "${options.records_path}"` : 'as the response body';
      throw new SourceError(`${description}: expected a list of records ${where}, got ${records === undefined ? 'nothing' : typeof records}`);
    }
    yield { records: records as Record<string, unknown>[], description };
    received += records.length;

    if (pagination.type === 'none') return;
    if (shouldStop(pagination, records.length, received, body)) return;
    if (ctx.limit !== undefined && received >= ctx.limit) return;
    page += 1;
    offset += records.length;
  }
}

function shouldStop(pagination: NonNullable<HttpSourceOptions['pagination']>, count: number, received: number, body: unknown): boolean {
  for (const rule of pagination.stop_when) {
    if (rule === 'empty_page' && count === 0) return true;
    if (rule === 'short_page' && count < pagination.size) return true;
    if (rule === 'has_more' && pagination.has_more_path && !readPath(body, pagination.has_more_path)) return true;
    if (rule === 'total' && pagination.total_path) {
      const total = Number(readPath(body, pagination.total_path));
      if (Number.isFinite(total) && received >= total) return true;
    }
  }
  return count === 0;
}

function renderQuery(params: Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    query[key] = value instanceof Date ? value.toISOString() : String(value);
  }
  return query;
}

function stringify(headers: Record<string, string | number | boolean> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = String(v);
  return out;
}

function describeFetchError(error: unknown, baseUrl: string, description: string): string {
  const where = `${description.replace(/^GET /, `GET ${baseUrl.replace(/\/$/, '')}`)}`;
  if (error instanceof FetchError) {
    if (error.response) {
      const data = error.data as { message?: unknown; error?: unknown; errors?: unknown } | string | undefined;
      const detail =
        typeof data === 'string'
          ? data.slice(0, 200)
          : data && typeof data === 'object'
            ? String((data.message ?? data.error ?? JSON.stringify(data.errors ?? data)) as string).slice(0, 200)
            : '';
      return `${where}: ${error.response.status} ${error.response.statusText}${detail ? `: ${detail}` : ''}`;
    }
    const cause = error.cause as { name?: string; message?: string; code?: string } | undefined;
    if (cause?.name === 'TimeoutError') return `${where}: timed out`;
    if (cause instanceof SyntaxError) return `${where}: the response is not valid JSON (${cause.message.slice(0, 80)})`;
    return `${where}: ${cause?.code ?? cause?.message ?? error.message}`;
  }
  return `${where}: ${(error as Error).message ?? String(error)}`;
}

function readPath(value: unknown, path: string): unknown {
  return getPath(value, compilePath(path));
}
