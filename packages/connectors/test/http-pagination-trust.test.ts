/**
 * Pagination never ends early in silence: a server that caps pages below the requested `size` is
 * read to the end in every style, tokens can come from the last record ("after id" APIs), and a
 * response that says there is more when the next request cannot be built fails the stream, which
 * keeps its cursor. Against a real HTTP server on loopback that serves at most 100 records a page.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStateStore } from '@syncengine/engine';
import { dryRun, httpPipeline } from './_http-harness.js';
import { runYaml } from './_run.js';
import { json, startTestServer } from './_test-server.js';

/** The server's own page-size cap. */
const CAP = 100;
const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1 }));

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer((req, res) => {
    const { query } = req;
    const all = records(Number(query.n ?? 250));
    const size = (asked: string | undefined) => Math.min(Number(asked ?? 50), CAP);
    if (req.path === '/keyset') {
      // Stripe-like: `starting_after` is the id of the last record already read.
      const after = Number(query.starting_after ?? 0);
      const rest = all.filter((r) => r.id > after);
      const data = rest.slice(0, size(query.limit));
      return json(res, 200, { data, ...(query.flag === '0' ? {} : { has_more: rest.length > data.length }) });
    }
    if (req.path === '/pages') {
      const per = size(query.per_page);
      const page = Number(query.page);
      const items = all.slice((page - 1) * per, page * per);
      return json(res, 200, { items, ...(query.flag === '1' ? { hasMore: page * per < all.length } : {}) });
    }
    if (req.path === '/offset') {
      const offset = Number(query.offset);
      return json(res, 200, { items: all.slice(offset, offset + size(query.limit)) });
    }
    if (req.path === '/liar') return json(res, 200, { items: [], hasMore: true });
    // An API that pages nothing: every `page` answers the whole list (what Bitcram was seen to do).
    if (req.path === '/everything') return json(res, 200, { items: all });
    if (req.path === '/nolink') return json(res, 200, { value: all.slice(0, 10), total: 25 });
    return json(res, 404, { message: 'no route' });
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

const calls = () => api.requests.map((r) => `${r.path}?${new URLSearchParams(r.query).toString()}`);
const pipeline = (source: string, stream = '') => httpPipeline(`base_url: ${api.url}\nretries: 0`, source, stream);

describe('a server that caps pages below size is read to the end', () => {
  it('page: a short first page is not trusted; paging ends at a page shorter than an earlier one', async () => {
    const { result, records: read } = await dryRun(
      pipeline('path: /pages\nrecords_path: items\npagination: { type: page, size_param: per_page, size: 200 }'),
    );
    expect(result.status).toBe('succeeded');
    expect(read).toEqual(records(250));
    expect(calls()).toEqual(['/pages?page=1&per_page=200', '/pages?page=2&per_page=200', '/pages?page=3&per_page=200']);
  });

  it('offset: reads every capped page until one is shorter than an earlier one', async () => {
    const { result, records: read } = await dryRun(
      pipeline('path: /offset\nrecords_path: items\npagination: { type: offset, size_param: limit, size: 200 }'),
    );
    expect(result.status).toBe('succeeded');
    expect(read).toEqual(records(250));
    expect(calls()).toEqual(['/offset?offset=0&limit=200', '/offset?offset=100&limit=200', '/offset?offset=200&limit=200']);
  });

  it('cursor from the last record with stop_when [short_page]: reads every capped page', async () => {
    const { result, records: read } = await dryRun(
      pipeline(
        'path: /keyset\nparams: { flag: 0 }\nrecords_path: data\npagination: { type: cursor, token_from: last_record, token_param: starting_after, size_param: limit, size: 200, stop_when: [short_page] }',
      ),
    );
    expect(result.status).toBe('succeeded');
    expect(read).toEqual(records(250));
    expect(calls()).toEqual([
      '/keyset?flag=0&limit=200',
      '/keyset?flag=0&limit=200&starting_after=100',
      '/keyset?flag=0&limit=200&starting_after=200',
    ]);
  });

  it('a has-more flag that is true keeps short pages from ending the read', async () => {
    const { result, records: read } = await dryRun(
      pipeline(
        'path: /pages\nparams: { flag: 1 }\nrecords_path: items\npagination: { type: page, size_param: per_page, size: 200, has_more_path: hasMore }',
      ),
    );
    expect(result.status).toBe('succeeded');
    expect(read).toEqual(records(250));
    expect(calls()).toHaveLength(3);
  });

  it('a short first page is followed by one more request, and the empty answer ends the read', async () => {
    const { result, records: read } = await dryRun(
      pipeline('path: /pages\nparams: { n: 30 }\nrecords_path: items\npagination: { type: page, size_param: per_page, size: 100 }'),
    );
    expect(result.status).toBe('succeeded');
    expect(read).toEqual(records(30));
    expect(calls()).toEqual(['/pages?n=30&page=1&per_page=100', '/pages?n=30&page=2&per_page=100']);
  });

  it('size_honoured: true trusts a short first page, for servers that refuse a larger size instead of capping it', async () => {
    const { result, records: read } = await dryRun(
      pipeline(
        'path: /pages\nparams: { n: 30 }\nrecords_path: items\npagination: { type: page, size_param: per_page, size: 100, size_honoured: true }',
      ),
    );
    expect(result.status).toBe('succeeded');
    expect(read).toEqual(records(30));
    expect(calls()).toEqual(['/pages?n=30&page=1&per_page=100']);
  });
});

describe('cursor token_from: last_record', () => {
  it("sends the last record's id as starting_after until has_more is false", async () => {
    const { result, records: read } = await dryRun(
      pipeline(
        'path: /keyset\nrecords_path: data\npagination: { type: cursor, token_from: last_record, token_field: id, token_param: starting_after, size_param: limit, size: 200, stop_when: [has_more], has_more_path: has_more }',
      ),
    );
    expect(result.status).toBe('succeeded');
    expect(read).toEqual(records(250));
    expect(calls()).toEqual(['/keyset?limit=200', '/keyset?limit=200&starting_after=100', '/keyset?limit=200&starting_after=200']);
  });

  it('without a stop rule, reads until an empty page', async () => {
    const { result, records: read } = await dryRun(
      pipeline(
        'path: /keyset\nparams: { flag: 0 }\nrecords_path: data\npagination: { type: cursor, token_from: last_record, token_param: starting_after }',
      ),
    );
    expect(result.status).toBe('succeeded');
    expect(read).toEqual(records(250));
    expect(calls()).toEqual([
      '/keyset?flag=0',
      '/keyset?flag=0&starting_after=50',
      '/keyset?flag=0&starting_after=100',
      '/keyset?flag=0&starting_after=150',
      '/keyset?flag=0&starting_after=200',
      '/keyset?flag=0&starting_after=250',
    ]);
  });

  it('fails a record without the token field, naming the request', async () => {
    const { result } = await dryRun(
      pipeline(
        'path: /keyset\nrecords_path: data\npagination: { type: cursor, token_from: last_record, token_field: key, token_param: starting_after }',
      ),
    );
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}/keyset: the last record has no key (null) to ask for the next page with`,
    );
  });

  it('is rejected at load time without token_path when the token comes from the body', async () => {
    await expect(dryRun(pipeline('path: /keyset\npagination: { type: cursor, token_param: starting_after }'))).rejects.toThrow(
      /streams\.items\.source\.pagination.*token_path/,
    );
  });
});

describe('the response says there is more, but the read cannot go on', () => {
  it("fails when has_more is true and the token path finds nothing; the stream's cursor stays", async () => {
    // The report of issue #10: `token_path: data.199.id` with size 200 against a server that caps pages at 100.
    const state = await createSqliteStateStore({ path: ':memory:' });
    const key = { pipeline: 'http_conformance', stream: 'items' };
    await state.setCursor(key, 7);
    const { result } = await runYaml(
      pipeline(
        'path: /keyset\nrecords_path: data\npagination: { type: cursor, token_path: data.199.id, token_param: starting_after, size_param: limit, size: 200 }',
        'incremental: { cursor_field: id }',
      ),
      { state },
    );
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}/keyset?limit=200: the response says there is more (has_more is true), but has no next-page token at data.199.id`,
    );
    expect(calls()).toEqual(['/keyset?limit=200']);
    expect(await state.getCursor(key)).toBe(7);
  });

  it('fails on an empty page whose hasMore is true', async () => {
    const { result } = await dryRun(pipeline('path: /liar\nrecords_path: items\npagination: { type: page }'));
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}/liar?page=1: the page is empty, but the response says there is more (hasMore is true)`,
    );
  });

  it('fails when the total is not reached and there is no next link', async () => {
    const { result } = await dryRun(
      pipeline('path: /nolink\nrecords_path: value\npagination: { type: next_url, next_url_path: next, total_path: total }'),
    );
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}/nolink: the response says there is more (total is 25, 10 records received), but has no next-page URL at next`,
    );
  });
});

describe('stop_when: repeated_page', () => {
  it('an API that ignores the page parameter is read once: the repeated page is dropped, whatever the list size', async () => {
    for (const n of [30, 250]) {
      api.requests.length = 0;
      const { result, records: read } = await dryRun(
        pipeline(
          `path: /everything\nparams: { n: ${n} }\nrecords_path: items\npagination: { type: page, stop_when: [short_page, empty_page, repeated_page] }`,
        ),
      );
      expect(result.status).toBe('succeeded');
      expect(read).toEqual(records(n));
      expect(calls()).toEqual([`/everything?n=${n}&page=1`, `/everything?n=${n}&page=2`]);
    }
  });

  it('an API that pages is read to the end as before; without the rule, an API that ignores pages trips the loop guard', async () => {
    const paged = await dryRun(
      pipeline(
        'path: /pages\nrecords_path: items\npagination: { type: page, size_param: per_page, size: 100, stop_when: [short_page, empty_page, repeated_page] }',
      ),
    );
    expect(paged.records).toEqual(records(250));
    const looping = await dryRun(pipeline('path: /everything\nrecords_path: items\npagination: { type: page, max_pages: 4 }'));
    expect(looping.result.streams[0]!.error).toMatch(/max_pages=4 reached/);
  });
});
