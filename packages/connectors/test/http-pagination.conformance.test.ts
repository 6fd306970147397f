/**
 * The exported pagination kit over every pagination style of the http source: each style's server
 * side is written here as an API would answer, and the kit checks that every record is read once.
 */
import { testPagination, testSource } from '@syncengine/testing';
import type { SyncRecord } from '@syncengine/engine';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { BUILTIN_CONNECTORS } from '../src/index.js';

const SIZE = 3;
const http = BUILTIN_CONNECTORS.http!;
const slice = (records: SyncRecord[], from: number) => records.slice(from, from + SIZE);

testPagination('page', {
  connector: http,
  pageSize: SIZE,
  source: { path: '/items', records_path: 'data', pagination: { type: 'page', size: SIZE } },
  respond: (url, records) => ({ body: { data: slice(records, (Number(url.searchParams.get('page') ?? 1) - 1) * SIZE) } }),
});

testPagination('offset', {
  connector: http,
  pageSize: SIZE,
  source: { path: '/items', records_path: 'items', pagination: { type: 'offset', size_param: 'limit', size: SIZE } },
  respond: (url, records) => ({ body: { items: slice(records, Number(url.searchParams.get('offset') ?? 0)) } }),
});

testPagination('cursor', {
  connector: http,
  pageSize: SIZE,
  source: { path: '/items', records_path: 'data', pagination: { type: 'cursor', token_path: 'next', token_param: 'after' } },
  respond: (url, records) => {
    const from = Number(url.searchParams.get('after') ?? 0);
    const more = from + SIZE < records.length;
    return { body: { data: slice(records, from), ...(more ? { next: String(from + SIZE) } : {}) } };
  },
});

testPagination('next_url', {
  connector: http,
  pageSize: SIZE,
  source: { path: '/items', records_path: 'value', pagination: { type: 'next_url', next_url_path: '@odata.nextLink' } },
  respond: (url, records, baseUrl) => {
    const from = Number(url.searchParams.get('skip') ?? 0);
    const next = from + SIZE < records.length ? { '@odata.nextLink': `${baseUrl}/items?skip=${from + SIZE}` } : {};
    return { body: { value: slice(records, from), ...next } };
  },
});

testPagination('link_header', {
  connector: http,
  pageSize: SIZE,
  source: { path: '/items', pagination: { type: 'link_header' } },
  respond: (url, records, baseUrl) => {
    const from = Number(url.searchParams.get('from') ?? 0);
    const more = from + SIZE < records.length;
    return { body: slice(records, from), ...(more ? { headers: { link: `<${baseUrl}/items?from=${from + SIZE}>; rel="next"` } } : {}) };
  },
});

// The http source as any source: a local API that filters by `since`.
let seeded: SyncRecord[] = [];
let baseUrl = '';
const server = createServer((req, res) => {
  const since = new URL(req.url ?? '/', 'http://x').searchParams.get('since');
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ data: seeded.filter((r) => !since || String(r.updated_at) > since) }));
});
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));

testSource('http', {
  connector: http,
  get connection() {
    return { base_url: baseUrl };
  },
  source: { path: '/items', records_path: 'data' },
  incremental: { source: { path: '/items', records_path: 'data', params: { since: '${cursor}' } } },
  async seed(records) {
    seeded = records;
  },
});
