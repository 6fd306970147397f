import { setTimeout as sleep } from 'node:timers/promises';
import {
  compilePath,
  getPath,
  type StreamWriter,
  type SyncRecord,
  type WriteResult,
  type WriterContext,
  type Crosswalk,
} from '@syncengine/engine';
import type { HttpAuth } from './auth/http-auth.js';
import { HttpStatusError, type HttpClient, type HttpRequest } from './_http-client.js';
import { joinUrl, shortUrl, withQuery } from './_url.js';
import type { HttpConnectionConfig, HttpSinkOptions } from './http-types.generated.js';

const CONFLICT = new Set([409]);

/** What the writer shares with its connection. */
export interface WriteDeps {
  config: HttpConnectionConfig;
  client: HttpClient;
  auth: HttpAuth | undefined;
  crosswalk: Crosswalk;
  signal: AbortSignal;
}

/**
 * Sends a stream's records to an API: in batches (split on `max_body_bytes` or a 413), or one
 * request per record with the created id captured into the crosswalk. A batch that fails rejects
 * `write`, so the engine keeps the cursor; a 4xx for one record in record mode refuses only it.
 */
export function createHttpWriter(options: HttpSinkOptions, ctx: WriterContext, deps: WriteDeps): StreamWriter {
  const exclude = new Set(options.exclude ?? []);
  const retryAlso = options.retry_conflicts ? CONFLICT : undefined;
  let sentBefore = false;

  const pause = async () => {
    if (sentBefore && options.delay_ms > 0) await sleep(options.delay_ms, undefined, { signal: deps.signal });
    sentBefore = true;
  };

  const bodyRecord = (record: SyncRecord): SyncRecord => {
    if (exclude.size === 0) return record;
    const out: SyncRecord = {};
    for (const [k, v] of Object.entries(record)) if (!exclude.has(k)) out[k] = v;
    return out;
  };

  const request = (method: HttpRequest['method'], path: string, body: unknown, scopes: Record<string, unknown>): HttpRequest => {
    const params = (ctx.render(options.params ?? {}, scopes) ?? {}) as Record<string, unknown>;
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) query[k] = String(v);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'content-type': 'application/json',
      ...lowerKeys(deps.config.headers),
    };
    for (const [k, v] of Object.entries((ctx.render(options.headers ?? {}, scopes) ?? {}) as Record<string, unknown>))
      headers[k.toLowerCase()] = String(v);
    const url = withQuery(joinUrl(deps.config.base_url, path), query);
    return { method, url, headers, ...(method === 'DELETE' && body === undefined ? {} : { body: JSON.stringify(body) }) };
  };

  // A POST creates: retrying it after a timeout could create the record twice.
  const send = (req: HttpRequest) =>
    deps.client.send(req, {
      signal: deps.signal,
      logger: ctx.logger,
      ...(deps.auth ? { auth: deps.auth } : {}),
      ...(retryAlso ? { retryAlso } : {}),
      ...(req.method === 'POST' ? { unsafe: true } : {}),
    });

  const counted = (n: number): WriteResult =>
    options.method === 'POST' ? { inserted: n, updated: 0, skipped: 0 } : { inserted: 0, updated: n, skipped: 0 };

  /** Sends one batch, splitting it in halves while it is too large; returns the indexes of single records refused with 413. */
  const sendBatch = async (
    records: readonly SyncRecord[],
    offset: number,
    refused: { index: number; reasons: string[] }[],
  ): Promise<void> => {
    const body = ctx.render(options.body ?? '${records}', { records: records.map(bodyRecord) });
    const text = JSON.stringify(body);
    if (options.max_body_bytes !== undefined && Buffer.byteLength(text) > options.max_body_bytes && records.length > 1) {
      const half = Math.ceil(records.length / 2);
      await sendBatch(records.slice(0, half), offset, refused);
      await sendBatch(records.slice(half), offset + half, refused);
      return;
    }
    const req = request(options.method, String(ctx.render(options.path)), body, {});
    await pause();
    try {
      await send(req);
      ctx.logger.info(`${options.method} ${shortUrl(req.url, deps.config.base_url)}: ${records.length} records sent`);
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 413) {
        if (records.length === 1) {
          refused.push({ index: offset, reasons: [`413 Payload Too Large${error.detail ? `: ${error.detail}` : ''} even alone`] });
          return;
        }
        ctx.logger.warn(
          `${options.method} ${shortUrl(req.url, deps.config.base_url)}: 413 for ${records.length} records; splitting the batch in halves`,
        );
        const half = Math.ceil(records.length / 2);
        await sendBatch(records.slice(0, half), offset, refused);
        await sendBatch(records.slice(half), offset + half, refused);
        return;
      }
      ctx.logger.error(`${options.method} ${shortUrl(req.url, deps.config.base_url)}: ${records.length} records failed`);
      throw error;
    }
  };

  const writeBatches = async (records: readonly SyncRecord[]): Promise<WriteResult> => {
    const refused: { index: number; reasons: string[] }[] = [];
    for (let i = 0; i < records.length; i += options.batch_size) await sendBatch(records.slice(i, i + options.batch_size), i, refused);
    return { ...counted(records.length - refused.length), ...(refused.length ? { rejected: refused } : {}) };
  };

  const writeEach = async (records: readonly SyncRecord[]): Promise<WriteResult> => {
    const cw = options.crosswalk;
    const sourcePath = cw ? compilePath(cw.source_id) : undefined;
    const targetPath = cw ? compilePath(cw.target_id) : undefined;
    const sourceIds = sourcePath ? records.map((r) => getPath(r, sourcePath)) : [];
    // One crosswalk query per batch, not per record.
    const known = cw
      ? await deps.crosswalk.lookup(cw.kind, sourceIds.filter((v) => v !== undefined && v !== null).map(String))
      : new Map<string, string>();
    const created: { sourceId: string; targetId: string }[] = [];
    const refused: { index: number; reasons: string[] }[] = [];
    const result: WriteResult = { inserted: 0, updated: 0, skipped: 0 };

    for (const [index, record] of records.entries()) {
      const sourceId = sourceIds[index] === undefined || sourceIds[index] === null ? undefined : String(sourceIds[index]);
      const targetId = sourceId === undefined ? undefined : known.get(sourceId);
      let method = options.method;
      let path = options.path;
      if (targetId !== undefined) {
        if (cw!.existing === 'skip' || !cw!.update) {
          result.skipped += 1;
          continue;
        }
        method = cw!.update.method;
        path = cw!.update.path;
      }
      const scopes = { record, target_id: targetId ?? null };
      const body =
        method === 'DELETE' && options.body === undefined
          ? undefined
          : ctx.render(options.body ?? '${record}', { ...scopes, record: bodyRecord(record) });
      const req = request(method, String(ctx.render(path, scopes)), body, scopes);
      await pause();
      try {
        const response = await send(req);
        if (targetId !== undefined) result.updated += 1;
        else if (method === 'POST') result.inserted += 1;
        else result.updated += 1;
        if (cw && sourceId !== undefined && targetId === undefined) {
          const parsed = parseBody(response.body);
          const newId = getPath(parsed, targetPath!);
          if (newId === undefined || newId === null) {
            throw new HttpStatusError(
              `${method} ${shortUrl(req.url, deps.config.base_url)}: the response has no "${cw.target_id}" to record in the crosswalk`,
              response.status,
              '',
            );
          }
          created.push({ sourceId, targetId: String(newId) });
        }
      } catch (error) {
        const status = error instanceof HttpStatusError ? error.status : undefined;
        // Only answers about this record quarantine it; auth, throttling and timeouts are the target's state, not the record's.
        if (
          status !== undefined &&
          status >= 400 &&
          status < 500 &&
          ![401, 403, 408, 425, 429].includes(status) &&
          options.on_record_error === 'quarantine'
        ) {
          refused.push({ index, reasons: [(error as Error).message] });
          continue;
        }
        // Keep what was created before the failure: those targets exist now.
        if (cw && created.length) await deps.crosswalk.put(cw.kind, created);
        throw error;
      }
    }
    if (cw && created.length) await deps.crosswalk.put(cw.kind, created);
    ctx.logger.info(
      `${options.method} ${options.path}: ${records.length - result.skipped - refused.length} sent, ${result.skipped} already copied, ${refused.length} refused`,
    );
    return { ...result, ...(refused.length ? { rejected: refused } : {}) };
  };

  return { shareable: true, write: (records) => (options.mode === 'record' ? writeEach(records) : writeBatches(records)) };
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function lowerKeys(headers: Record<string, string | number | boolean> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = String(v);
  return out;
}
