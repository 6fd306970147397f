import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGunzip } from 'node:zlib';
import { parse as parseCsvStream } from 'csv-parse';
import { renderRuntime, SourceError, type KeyValueStore, type ReadContext, type SourcePage, type SyncRecord } from '@syncengine/engine';
import { decodeBody, tsvLineParser } from './_decode.js';
import type { HttpResponse } from './_http-client.js';
import { readPath } from './_json-path.js';
import { prepareRequest, type ReadDeps } from './_read-pages.js';
import { parseRetryAfter } from './_retry.js';
import { joinUrl, sameOrigin, shortUrl, withQuery } from './_url.js';
import type { HttpSourceOptions } from './http-types.generated.js';

type ReportOptions = NonNullable<HttpSourceOptions['report']>;

/** What the state store keeps of a report until its document was read. */
interface StoredReport {
  id: string;
  requestedAt: number;
  /** When its document was read to the end, and by which run (kept for `reuse_in_run`). */
  readAt?: number;
  runId?: string;
}

/**
 * A report id in the state store, by request (the store is the connection's, per pipeline and
 * tenant): the same request of a later run resumes it, and of another stream in the run reuses it.
 */
function reportKey(method: string, url: string, body: unknown): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([method, url, body ?? null]))
    .digest('hex')
    .slice(0, 20);
  return `report:${digest}`;
}

/**
 * Reads one asynchronous report: requests it (or resumes the one a stopped run requested), polls its
 * status, fetches the document's URL, downloads it and yields its records in pages. The report id is
 * kept in the connection's store from the moment it exists until its document has been read.
 */
export async function* readReport(
  options: HttpSourceOptions,
  ctx: ReadContext,
  deps: ReadDeps & { store: KeyValueStore },
): AsyncGenerator<SourcePage> {
  const report = options.report!;
  const { config, client, auth, redactor, store } = deps;
  const create = prepareRequest(options, ctx, config);
  const createUrl = withQuery(create.streamUrl, create.params);
  const key = reportKey(options.method, createUrl, create.body);
  const send = (method: 'GET' | 'POST', url: string, extra: { body?: string; binary?: boolean; withAuth?: boolean } = {}) => {
    const { withAuth = true, ...request } = extra;
    const headers = { ...create.headers };
    if (request.body === undefined) delete headers['content-type'];
    return client.send(
      { method, url, headers, ...request },
      { signal: ctx.signal, logger: ctx.logger, ...(auth && withAuth ? { auth } : {}) },
    );
  };
  const json = (response: HttpResponse, what: string): unknown => {
    try {
      return decodeBody(response, 'json').body;
    } catch (error) {
      throw new SourceError(redactor.redact(`${what}: ${(error as Error).message}`));
    }
  };
  const requestReport = async (): Promise<StoredReport> => {
    const body = json(
      await send(options.method, createUrl, create.body === undefined ? {} : { body: JSON.stringify(create.body) }),
      `${options.method} ${shortUrl(createUrl, config.base_url)}`,
    );
    const id = readPath(body, report.id_path);
    if (id === undefined || id === null || id === '')
      throw new SourceError(
        redactor.redact(`${options.method} ${shortUrl(createUrl, config.base_url)}: no report id at "${report.id_path}"`),
      );
    const stored = { id: String(id), requestedAt: Date.now() };
    await store.set(key, JSON.stringify(stored));
    ctx.logger.info(`report ${stored.id} requested; polling its status`);
    return stored;
  };

  const runId = String(ctx.render('${run.id}') ?? '');
  let current = await resumable(store, key, report.resume_within_ms, report.reuse_in_run ? runId : undefined);
  if (current?.readAt) ctx.logger.info(`reusing report ${current.id}, read ${new Date(current.readAt).toISOString()}`);
  else if (current)
    ctx.logger.info(`resuming report ${current.id}, requested ${new Date(current.requestedAt).toISOString()} by an earlier run`);
  else current = await requestReport();

  let status: Record<string, unknown>;
  try {
    status = await pollUntilDone(report, current, { ctx, deps, send, json, key });
  } catch (error) {
    // A resumed report the API no longer knows: ask for a new one, once.
    if (!(error instanceof ReportGoneError)) throw error;
    ctx.logger.warn(`report ${current.id} is gone (${error.message}); requesting a new one`);
    current = await requestReport();
    status = await pollUntilDone(report, current, { ctx, deps, send, json, key });
  }
  const state = String(readPath(status, report.status.status_path));
  if (!report.status.done.includes(state)) {
    await store.delete(key);
    ctx.logger.info(`report ${current.id} ended ${state}: nothing to read`);
    return;
  }

  const scope = { report: { ...status, id: current.id } };
  let located: unknown = status;
  if (report.document) {
    const docUrl = joinUrl(config.base_url, String(renderRuntime(ctx.render(escapeReport(report.document.path)), scope)));
    located = json(await send('GET', docUrl), `GET ${shortUrl(docUrl, config.base_url)}`);
  }
  const rawUrl = readPath(located, report.url_path);
  if (typeof rawUrl !== 'string' || !rawUrl) throw new SourceError(`report ${current.id}: no download URL at "${report.url_path}"`);
  const url = /^https?:\/\//i.test(rawUrl) ? rawUrl : joinUrl(config.base_url, rawUrl);
  const compression = report.compression_path ? readPath(located, report.compression_path) : undefined;
  const gzip = typeof compression === 'string' && /^gzip$/i.test(compression);
  // A pre-signed storage URL is a credential of its own: the connection's auth is never sent there.
  const download = await send('GET', url, { binary: true, withAuth: sameOrigin(url, config.base_url) });
  const description = `report ${current.id} (${shortUrl(url, config.base_url).replace(/\?.*$/, '')}${gzip ? ', gzip' : ''})`;
  ctx.logger.debug(redactor.redact(`${description}: ${download.bytes?.length ?? 0} bytes`));
  let count = 0;
  for await (const records of decodeDocument(download.bytes ?? new Uint8Array(), gzip, options, report.page_size)) {
    count += records.length;
    yield { records, description };
  }
  if (report.reuse_in_run && runId) await store.set(key, JSON.stringify({ ...current, readAt: Date.now(), runId }));
  else await store.delete(key);
  ctx.logger.info(`report ${current.id}: ${count} records`);
}

/** The report a stopped run left in the store, when it is recent enough to resume. */
async function resumable(
  store: KeyValueStore,
  key: string,
  withinMs: number,
  runId: string | undefined,
): Promise<StoredReport | undefined> {
  const raw = await store.get(key);
  if (!raw) return undefined;
  try {
    const stored = JSON.parse(raw) as StoredReport;
    // A report already read is reused only by the run that read it; one being polled is resumed by any later run.
    const fresh = stored.readAt !== undefined ? runId !== undefined && stored.runId === runId : Date.now() - stored.requestedAt < withinMs;
    if (typeof stored.id === 'string' && fresh) return stored;
  } catch {
    // unreadable: request a new one
  }
  await store.delete(key);
  return undefined;
}

/** A status request answered 404: the report expired or never existed. */
class ReportGoneError extends Error {}

/** `${report.` escaped, so the engine's render leaves it for the report scope. */
const escapeReport = (text: string) => text.replace(/(^|[^$])\$\{report\./g, (_match, before: string) => `${before}$\${report.`);

interface PollDeps {
  ctx: ReadContext;
  deps: ReadDeps & { store: KeyValueStore };
  send: (method: 'GET', url: string) => Promise<HttpResponse>;
  json: (response: HttpResponse, what: string) => unknown;
  /** The report's key in the store. */
  key: string;
}

/** Polls the status until it is one of done, empty or failed (failed throws); waits double up to the maximum, or follow `Retry-After`. */
async function pollUntilDone(report: ReportOptions, current: StoredReport, poll: PollDeps): Promise<Record<string, unknown>> {
  const { ctx, deps, send, json } = poll;
  const spec = report.status;
  const url = joinUrl(deps.config.base_url, String(renderRuntime(ctx.render(escapeReport(spec.path)), { report: { id: current.id } })));
  let wait = spec.interval_ms;
  for (let attempt = 1; ; attempt++) {
    let response: HttpResponse;
    try {
      response = await send('GET', url);
    } catch (error) {
      if ((error as { status?: number }).status === 404) throw new ReportGoneError(deps.redactor.redact((error as Error).message));
      throw error;
    }
    const body = json(response, `GET ${shortUrl(url, deps.config.base_url)}`) as Record<string, unknown>;
    const state = String(readPath(body, spec.status_path) ?? '');
    if (spec.done.includes(state) || spec.empty?.includes(state)) return body;
    if (spec.failed?.includes(state)) {
      // The stored id is dropped, so the next run asks for a new report.
      await deps.store.delete(poll.key);
      throw new SourceError(deps.redactor.redact(`report ${current.id} ended ${state}`));
    }
    if (Date.now() - current.requestedAt > spec.timeout_ms)
      throw new SourceError(
        `report ${current.id} is still ${state || 'unknown'} ${Math.round((Date.now() - current.requestedAt) / 1000)}s after it was requested (status.timeout_ms ${spec.timeout_ms}); a later run resumes it`,
      );
    const asked = parseRetryAfter(response.headers.get('retry-after'));
    const delay = Math.min(asked ?? wait, spec.max_interval_ms);
    ctx.logger.debug(`report ${current.id}: ${state} (poll ${attempt}); next poll in ${(delay / 1000).toFixed(1)}s`);
    await sleep(delay, undefined, { signal: ctx.signal });
    wait = Math.min(wait * 2, spec.max_interval_ms);
  }
}

/** Decodes a document's bytes (gunzipped first when asked) into pages of records, a line at a time for line formats. */
async function* decodeDocument(
  bytes: Uint8Array,
  gzip: boolean,
  options: HttpSourceOptions,
  pageSize: number,
): AsyncGenerator<SyncRecord[]> {
  const input = Readable.from([Buffer.from(bytes)]);
  const stream = gzip ? input.pipe(createGunzip()) : input;
  if (options.format === 'json') {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const body = JSON.parse(
      Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    ) as unknown;
    const records = options.records_path ? readPath(body, options.records_path) : body;
    if (!Array.isArray(records))
      throw new SourceError(`the report document holds no list of records${options.records_path ? ` at "${options.records_path}"` : ''}`);
    for (let i = 0; i < records.length; i += pageSize) yield records.slice(i, i + pageSize) as SyncRecord[];
    return;
  }
  let page: SyncRecord[] = [];
  if (options.format === 'csv') {
    const parser = stream.pipe(parseCsvStream({ columns: true, bom: true, skip_empty_lines: true, delimiter: options.csv_delimiter }));
    for await (const record of parser) {
      page.push(record as SyncRecord);
      if (page.length >= pageSize) yield page.splice(0);
    }
  } else {
    const parseTsv = tsvLineParser();
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      let record: SyncRecord | undefined;
      if (options.format === 'tsv') record = parseTsv(line);
      else if (line.trim()) record = JSON.parse(line) as SyncRecord;
      if (!record) continue;
      page.push(record);
      if (page.length >= pageSize) yield page.splice(0);
    }
  }
  if (page.length) yield page;
}
