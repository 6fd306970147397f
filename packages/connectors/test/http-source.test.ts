import { afterEach, describe, expect, it } from 'vitest';
import type { SyncRecord } from '@syncengine/engine';
import { json, startTestServer } from './_test-server.js';
import { runYaml } from './_run.js';

const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, updated: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z` }));

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});

async function server(route: Parameters<typeof startTestServer>[0]) {
  const s = await startTestServer(route);
  closers.push(s.close);
  return s;
}

const pipeline = (url: string, auth: string, source: string, extra = '') => `
version: 1
name: http_test
connections:
  api:
    type: http
    base_url: ${url}
    retries: 0
${auth}
  out: { type: stdout }
streams:
  items:
    source:
      connection: api
${source}
${extra}
    sink: { connection: out }
`;

const written = (output: string): SyncRecord[] =>
  output
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { record: SyncRecord }).record);

describe('http source', () => {
  it('pages by page number with a page-size parameter until a short page, sending the bearer token', async () => {
    const all = items(23);
    const s = await server((req, res) => {
      if (req.headers.authorization !== 'Bearer t0k3n-value') return json(res, 401, { message: 'no' });
      const page = Number(req.query.page);
      const size = Number(req.query.per_page);
      json(res, 200, { data: all.slice((page - 1) * size, page * size) });
    });
    const { result, output } = await runYaml(
      pipeline(
        s.url,
        '    auth: { type: bearer, token: "${env.API_TOKEN}" }',
        '      path: /items\n      records_path: data\n      pagination: { type: page, size_param: per_page, size: 10 }',
      ),
      { env: { API_TOKEN: 't0k3n-value' }, dryRun: true },
    );
    expect(result.status).toBe('succeeded');
    expect(written(output)).toEqual(all);
    expect(s.requests.map((r) => r.query)).toEqual([
      { page: '1', per_page: '10' },
      { page: '2', per_page: '10' },
      { page: '3', per_page: '10' },
    ]);
  });

  it('pages by offset and stops on an empty page', async () => {
    const all = items(20);
    const s = await server((req, res) =>
      json(res, 200, all.slice(Number(req.query.offset), Number(req.query.offset) + Number(req.query.limit))),
    );
    const { output } = await runYaml(
      pipeline(s.url, '', '      path: /items\n      pagination: { type: offset, size_param: limit, size: 10, stop_when: [empty_page] }'),
      { dryRun: true },
    );
    expect(written(output)).toEqual(all);
    expect(s.requests.map((r) => r.query.offset)).toEqual(['0', '10', '20']);
  });

  it('stops on a has-more flag or a total count', async () => {
    const all = items(15);
    const s = await server((req, res) => {
      const page = Number(req.query.page);
      json(res, 200, { items: all.slice((page - 1) * 10, page * 10), hasMore: page * 10 < all.length, total: all.length });
    });
    const hasMore = await runYaml(
      pipeline(
        s.url,
        '',
        '      path: /items\n      records_path: items\n      pagination: { type: page, size: 10, stop_when: [has_more], has_more_path: hasMore }',
      ),
      { dryRun: true },
    );
    expect(written(hasMore.output)).toEqual(all);
    const total = await runYaml(
      pipeline(
        s.url,
        '',
        '      path: /items\n      records_path: items\n      pagination: { type: page, size: 5, stop_when: [total], total_path: total }',
      ),
      { dryRun: true },
    );
    expect(written(total.output)).toEqual(all);
    expect(s.requests).toHaveLength(2 + 2);
  });

  it('sends an API key in a header or a query parameter', async () => {
    const s = await server((req, res) => json(res, 200, [{ header: req.headers['user-key'] ?? null, query: req.query.api_key ?? null }]));
    const header = await runYaml(pipeline(s.url, '    auth: { type: api_key, header: User-Key, key: "${env.KEY}" }', '      path: /x'), {
      env: { KEY: 'k-123456' },
      dryRun: true,
    });
    expect(written(header.output)).toEqual([{ header: '***', query: null }]);
    expect(s.requests[0]!.headers['user-key']).toBe('k-123456');
    await runYaml(pipeline(s.url, '    auth: { type: api_key, query_param: api_key, key: "${env.KEY}" }', '      path: /x'), {
      env: { KEY: 'k-123456' },
      dryRun: true,
    });
    expect(s.requests[1]!.query.api_key).toBe('k-123456');
    expect(s.requests[1]!.headers['user-key']).toBeUndefined();
  });

  it('fills the since parameter from the stored cursor, and leaves it out on the first run', async () => {
    const all = items(5);
    const s = await server((req, res) =>
      json(
        res,
        200,
        all.filter((i) => !req.query.since || i.updated > req.query.since),
      ),
    );
    const yaml = pipeline(
      s.url,
      '',
      '      path: /items\n      params: { since: "${cursor}", fixed: 1 }',
      '    incremental: { cursor_field: updated }',
    );
    const first = await runYaml(yaml);
    expect(s.requests[0]!.query).toEqual({ fixed: '1' });
    expect(first.result.streams[0]!.cursorAfter).toBe('2026-01-05T00:00:00Z');
    await runYaml(yaml, { state: first.state });
    expect(s.requests[1]!.query).toEqual({ since: '2026-01-05T00:00:00Z', fixed: '1' });
  });

  it('fails fast on a 4xx with method, URL, status and the body message, secrets masked', async () => {
    const s = await server((_req, res) => json(res, 404, { message: 'Item list not found' }));
    const { result } = await runYaml(
      pipeline(s.url, '    auth: { type: api_key, query_param: key, key: "${env.KEY}" }', '      path: /items'),
      { env: { KEY: 'sekrit-key' } },
    );
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(`[source:api] GET ${s.url}/items?key=***: 404 Not Found: Item list not found`);
  });

  it('reports a response that is not JSON, and a records path that is not a list', async () => {
    const s = await server((req, res) => {
      if (req.path === '/html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html><body>Bad gateway</body></html>');
      }
      json(res, 200, { data: { not: 'a list' } });
    });
    const html = await runYaml(pipeline(s.url, '', '      path: /html'));
    expect(html.result.streams[0]!.error).toMatch(/GET .*\/html/);
    const object = await runYaml(pipeline(s.url, '', '      path: /obj\n      records_path: data'));
    expect(object.result.streams[0]!.error).toBe('[source:api] GET /obj: expected a list of records at "data", got object');
  });

  it('retries a 503 and then succeeds', async () => {
    let calls = 0;
    const s = await server((_req, res) => (++calls < 3 ? json(res, 503, { message: 'busy' }) : json(res, 200, [{ id: 1 }])));
    const yaml = pipeline(s.url, '', '      path: /items').replace('retries: 0', 'retries: 3\n    retry_delay_ms: 10');
    const { result, output } = await runYaml(yaml, { dryRun: true });
    expect(result.status).toBe('succeeded');
    expect(written(output)).toEqual([{ id: 1 }]);
    expect(s.requests).toHaveLength(3);
  });

  it('times out a slow response with a clear error', async () => {
    const s = await server((_req, res) => {
      setTimeout(() => json(res, 200, []), 2000);
    });
    const yaml = pipeline(s.url, '', '      path: /slow').replace('retries: 0', 'retries: 0\n    timeout_ms: 100');
    const { result } = await runYaml(yaml);
    expect(result.streams[0]!.error).toBe(`[source:api] GET ${s.url}/slow: timed out`);
  });

  it('fails a server that never stops paging at max_pages; with on_guard: warn it succeeds', async () => {
    const s = await server((_req, res) => json(res, 200, [{ id: 1 }, { id: 2 }]));
    const source = (extra: string) => `      path: /loop\n      pagination: { type: page, size: 2, max_pages: 4${extra} }`;
    const failed = await runYaml(pipeline(s.url, '', source('')), { dryRun: true });
    expect(failed.result.status).toBe('failed');
    expect(failed.result.streams[0]!.error).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/loop\?page=4: max_pages=4 reached/);
    expect(s.requests).toHaveLength(4);

    const warned = await runYaml(pipeline(s.url, '', source(', on_guard: warn')), { dryRun: true });
    expect(warned.result.status).toBe('succeeded');
    expect(s.requests).toHaveLength(8);
    expect(warned.result.streams[0]!.recordsRead).toBe(8);
  });
});
