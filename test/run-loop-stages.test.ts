/**
 * The run loop's stages against a real HTTP server on loopback: pages are fetched concurrently
 * where the next address is known, reading runs ahead of writing within its bound, and batches
 * commit in source order even when later pages arrive first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, defineConnector, type RunEvent } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';

const PAGE = 20;
const PAGES = 50;
const record = (i: number) => ({ id: i + 1, seq: 1000 + i, name: `item ${i + 1}` });

interface Api {
  url: string;
  /** Offsets in the order the server received them, and `batch N` markers from the run, in one timeline. */
  log: string[];
  maxInFlight: number;
  close(): Promise<void>;
}

/**
 * `GET /items?offset=N&limit=M&since=S` -> `{ data, total }` after `latency(offset)` ms, records with
 * `seq > since`. `fail(offset)` answers 400 for that page.
 */
async function startApi(options: {
  latency: (offset: number) => number;
  fail?: (offset: number) => boolean;
  log?: string[];
}): Promise<Api> {
  const log = options.log ?? [];
  let inFlight = 0;
  const api = { url: '', log, maxInFlight: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const offset = Number(url.searchParams.get('offset'));
    const limit = Number(url.searchParams.get('limit'));
    const since = url.searchParams.get('since');
    log.push(`request ${offset / PAGE + 1}`);
    inFlight += 1;
    api.maxInFlight = Math.max(api.maxInFlight, inFlight);
    const all = Array.from({ length: PAGE * PAGES }, (_, i) => record(i)).filter((r) => since === null || r.seq > Number(since));
    setTimeout(() => {
      inFlight -= 1;
      if (options.fail?.(offset)) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"page is broken"}');
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: all.slice(offset, offset + limit), total: all.length }));
    }, options.latency(offset));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return api;
}

/** A SQLite sink that takes `ms` per batch, to make reading ahead visible. */
const slowSink = (ms: number) =>
  defineConnector<Record<string, never>, never, Record<string, never>>({
    name: 'slow_sink',
    description: 'A sink that takes its time.',
    connectionSchema: { type: 'object', additionalProperties: false, properties: {} },
    sink: { streamSchema: { type: 'object', additionalProperties: false, properties: {} } },
    async connect() {
      return {
        openWriter: async () => ({
          write: async (records) => {
            await new Promise((resolve) => setTimeout(resolve, ms));
            return { inserted: records.length, updated: 0, skipped: 0 };
          },
        }),
      };
    },
  });

const yaml = (url: string, opts: { rateLimit?: string; readAhead?: number; sink?: string } = {}) => `
version: 1
name: stages
defaults: { batch_size: ${PAGE}${opts.readAhead ? `, read_ahead: ${opts.readAhead}` : ''} }
connections:
  api: { type: http, base_url: "${url}", retries: 0${opts.rateLimit ? `, rate_limit: ${opts.rateLimit}` : ''} }
  db: { type: sqlite, path: ./out.db }
  slow: { type: slow_sink }
streams:
  items:
    source:
      connection: api
      path: /items
      records_path: data
      params: { since: "\${cursor}" }
      pagination: { type: offset, offset_param: offset, size_param: limit, size: ${PAGE}, total_path: total }
    incremental: { cursor_field: seq, ordered: true }
    sink: ${opts.sink ?? '{ connection: db, table: items, mode: append, columns: { id: integer, seq: integer, name: text } }'}
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'syncengine-stages-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const engine = createEngine({ connectors: { ...BUILTIN_CONNECTORS, slow_sink: async () => slowSink(120) } });
const rows = () => {
  const db = new Database(join(dir, 'out.db'), { readonly: true });
  try {
    return db.prepare('select id, seq, name from items order by seq').all();
  } finally {
    db.close();
  }
};

it('fetches offset pages concurrently by default, never more than max_concurrent, and the table equals the data', async () => {
  const api = await startApi({ latency: () => 50 });
  try {
    const state = await createSqliteStateStore({ path: join(dir, 'state.db') });
    const first = await engine.run(await engine.parse(yaml(api.url), { file: 'stages.yaml', baseDir: dir }, { env: {} }), { state });
    expect(first.status, first.error).toBe('succeeded');
    expect(api.maxInFlight).toBeGreaterThan(1);
    expect(api.maxInFlight).toBeLessThanOrEqual(4);
    expect(rows()).toEqual(Array.from({ length: PAGE * PAGES }, (_, i) => record(i)));
    await state.close();
  } finally {
    await api.close();
  }
  rmSync(join(dir, 'out.db'));
  const capped = await startApi({ latency: () => 50 });
  try {
    const state = await createSqliteStateStore({ path: join(dir, 'state2.db') });
    const pipeline = await engine.parse(
      yaml(capped.url, { rateLimit: '{ max_concurrent: 2 }', readAhead: 8 }),
      { file: 'stages.yaml', baseDir: dir },
      { env: {} },
    );
    const result = await engine.run(pipeline, { state });
    expect(result.status, result.error).toBe('succeeded');
    expect(capped.maxInFlight).toBe(2);
    expect(rows()).toHaveLength(PAGE * PAGES);
    await state.close();
  } finally {
    await capped.close();
  }
});

it('reads ahead of a slow sink: page N+1 is requested before batch N commits, and never more than read_ahead + 3 pages ahead', async () => {
  const log: string[] = [];
  const api = await startApi({ latency: () => 5, log });
  try {
    const state = await createSqliteStateStore({ path: join(dir, 'state.db') });
    const pipeline = await engine.parse(
      yaml(api.url, { readAhead: 2, sink: '{ connection: slow }' }),
      { file: 'stages.yaml', baseDir: dir },
      { env: {} },
    );
    const onEvent = (event: RunEvent) => {
      if (event.type === 'batch_written') log.push(`batch ${event.batch}`);
    };
    const result = await engine.run(pipeline, { state, onEvent });
    expect(result.status, result.error).toBe('succeeded');
    const requestedBefore = (batch: number) => log.slice(0, log.indexOf(`batch ${batch}`)).filter((e) => e.startsWith('request')).length;
    // Overlap: while batch 1 was written, later pages were already asked for.
    expect(requestedBefore(1)).toBeGreaterThan(1);
    for (let batch = 1; batch <= PAGES; batch++) expect(requestedBefore(batch)).toBeLessThanOrEqual(batch + 2 + 3);
    await state.close();
  } finally {
    await api.close();
  }
});

it('a page that fails while later pages have arrived: the cursor stops at the batch before it, nothing after it commits, and a rerun completes without duplicates', async () => {
  const log: string[] = [];
  // Page 7 is slow and then refused; pages 8-12 answer at once.
  let broken = true;
  const api = await startApi({
    latency: (offset) => (offset === 6 * PAGE ? 400 : 20),
    fail: (offset) => broken && offset === 6 * PAGE,
    log,
  });
  try {
    const state = await createSqliteStateStore({ path: join(dir, 'state.db') });
    const pipeline = await engine.parse(yaml(api.url, { readAhead: 6 }), { file: 'stages.yaml', baseDir: dir }, { env: {} });
    const failed = await engine.run(pipeline, { state });
    expect(failed.status).toBe('failed');
    expect(failed.streams[0]!.error).toContain('400');
    // Pages 8 to 12 were requested (and answered) before page 7's refusal arrived.
    for (let page = 8; page <= 12; page++) expect(log).toContain(`request ${page}`);
    expect(rows()).toEqual(Array.from({ length: 6 * PAGE }, (_, i) => record(i)));
    expect(await state.getCursor({ pipeline: 'stages', stream: 'items' })).toBe(record(6 * PAGE - 1).seq);

    broken = false;
    const rerun = await engine.run(pipeline, { state });
    expect(rerun.status, rerun.error).toBe('succeeded');
    expect(rows()).toEqual(Array.from({ length: PAGE * PAGES }, (_, i) => record(i)));
    await state.close();
  } finally {
    await api.close();
  }
});

it('reads partitions at the same time up to partitions.concurrency, writes their batches one at a time, and keeps a cursor per partition', async () => {
  const api = await startApi({ latency: () => 60 });
  try {
    const state = await createSqliteStateStore({ path: join(dir, 'state.db') });
    const partitioned = yaml(api.url, { readAhead: 1 }).replace(
      '    incremental:',
      '    partitions: { values: [north, south, east, west], concurrency: 4 }\n    incremental:',
    );
    const result = await engine.run(await engine.parse(partitioned, { file: 'stages.yaml', baseDir: dir }, { env: {} }), { state });
    expect(result.status, result.error).toBe('succeeded');
    // One request at a time per partition (read_ahead: 1), four partitions at once.
    expect(api.maxInFlight).toBe(4);
    expect(rows()).toHaveLength(4 * PAGE * PAGES);
    for (const partition of ['north', 'south', 'east', 'west'])
      expect(await state.getCursor({ pipeline: 'stages', stream: 'items', partition })).toBe(record(PAGE * PAGES - 1).seq);
    await state.close();
  } finally {
    await api.close();
  }
});

it('runs independent streams at the same time with stream_concurrency, and a stream still waits for its after list', async () => {
  const log: string[] = [];
  const api = await startApi({ latency: () => 40, log });
  try {
    const state = await createSqliteStateStore({ path: join(dir, 'state.db') });
    const stream = (name: string, after = '') => `
  ${name}:
    read_ahead: 1
    ${after}
    source: { connection: api, path: /items, records_path: data, pagination: { type: offset, offset_param: offset, size_param: limit, size: ${PAGE}, total_path: total } }
    sink: { connection: db, table: ${name}, mode: append, columns: { id: integer, seq: integer, name: text } }`;
    const text = `
version: 1
name: streams
stream_concurrency: 2
defaults: { batch_size: ${PAGE} }
connections:
  api: { type: http, base_url: "${api.url}", retries: 0 }
  db: { type: sqlite, path: ./out.db }
streams:${stream('first')}${stream('second')}${stream('third', 'after: [first]')}
`;
    const events: string[] = [];
    const result = await engine.run(await engine.parse(text, { file: 'streams.yaml', baseDir: dir }, { env: {} }), {
      state,
      onEvent: (e) => {
        if (e.type === 'stream_started') events.push(`start ${e.stream}`);
        if (e.type === 'stream_finished') events.push(`end ${e.result.stream}`);
      },
    });
    expect(result.status, result.error).toBe('succeeded');
    expect(result.streams.map((s) => [s.stream, s.recordsWritten])).toEqual([
      ['first', PAGE * PAGES],
      ['second', PAGE * PAGES],
      ['third', PAGE * PAGES],
    ]);
    // first and second overlap (one request each at a time, two in flight); third starts only after first ended.
    expect(api.maxInFlight).toBe(2);
    expect(events.slice(0, 2).sort()).toEqual(['start first', 'start second']);
    expect(events.indexOf('start third')).toBeGreaterThan(events.indexOf('end first'));
    await state.close();
  } finally {
    await api.close();
  }
});
