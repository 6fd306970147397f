/**
 * Tokens, retries, loop guards, timeouts, bad responses, the rate budget and the circuit breaker of
 * the HTTP source, against the fake REST server. Delays are milliseconds: the suite stays fast.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStateStore } from '@syncengine/engine';
import { CREDENTIALS as C, startFakeRestServer, type FakeRestServer } from './_http-fake-rest-server.js';
import { connectApi, dryRun, httpPipeline } from './_http-harness.js';

let api: FakeRestServer;
beforeAll(async () => {
  api = await startFakeRestServer();
});
afterAll(() => api.close());
beforeEach(() => {
  api.reset();
  Object.assign(api.settings, { tokenLifetimeS: 3600, rotateRefreshToken: false, delayMs: 0, repeatLastPage: false });
  api.setRefreshToken(C.lwaRefreshToken);
});

const serviceTitan = (extra = '') => `base_url: ${api.url}/st
headers: { ST-App-Key: ${C.stAppKey} }
retries: 2
retry_delay_ms: 5
auth: { type: oauth2_client_credentials, token_url: /connect/token, client_id: ${C.stClientId}, client_secret: ${C.stClientSecret}${extra} }`;
const materials = (size = 10, extra = '') =>
  `path: /pricebook/v2/tenant/7/materials\nrecords_path: data\npagination: { type: page, size_param: pageSize, size: ${size}, stop_when: [has_more], has_more_path: hasMore${extra} }`;
/** The Catsy connection: 3 retries 20 ms apart unless `settings` (YAML `key: value` lines) say otherwise. */
const catsy = (settings = '') => {
  const lines = new Map([
    ['retries', '3'],
    ['retry_delay_ms', '20'],
  ]);
  for (const line of settings.split('\n').filter(Boolean))
    lines.set(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
  return [`base_url: ${api.url}/catsy`, `auth: { type: bearer, token: ${C.catsyKey} }`, ...[...lines].map(([k, v]) => `${k}: ${v}`)].join(
    '\n',
  );
};
const catsyItems = (size = 10) =>
  `path: /api/v3/queries/42/items\nrecords_path: items\npagination: { type: offset, size_param: limit, size: ${size} }`;
const CATSY_PATH = '/catsy/api/v3/queries/42/items';

describe('tokens', () => {
  it('renews a token shortly before it expires mid-run, so no request fails and no record is lost', async () => {
    // 1 s tokens renewed 0.5 s early: a request sent just before a renewal has 500 ms to arrive, even
    // on a loaded machine. Twelve pages of 100 ms outlive two tokens.
    Object.assign(api.settings, { tokenLifetimeS: 1, delayMs: 100 });
    const { result, records } = await dryRun(httpPipeline(serviceTitan(), materials(2)));
    expect(result.status).toBe('succeeded');
    expect(records).toEqual(api.items);
    // One request per page: none was answered 401 and sent again.
    expect(api.dataCalls()).toHaveLength(12);
    expect(api.tokenCalls().length).toBeGreaterThanOrEqual(3);
  });

  it('on a 401 fetches a new token once and sends the request again', async () => {
    api.fail({ path: '/st/pricebook', status: 401, body: '', after: 1, revokeTokens: true });
    const { result, records, logs } = await dryRun(httpPipeline(serviceTitan(), materials()));
    expect(result.status).toBe('succeeded');
    expect(records).toEqual(api.items);
    expect(api.dataCalls()).toEqual([
      'GET /st/pricebook/v2/tenant/7/materials?page=1&pageSize=10',
      'GET /st/pricebook/v2/tenant/7/materials?page=2&pageSize=10',
      'GET /st/pricebook/v2/tenant/7/materials?page=2&pageSize=10',
      'GET /st/pricebook/v2/tenant/7/materials?page=3&pageSize=10',
    ]);
    expect(api.tokenCalls()).toHaveLength(2);
    expect(logs.some((l) => String(l.args[0]).includes('401 Unauthorized; renewing the credentials'))).toBe(true);
  });

  it('gives up after one renewal when the API still answers 401', async () => {
    api.fail({ path: '/st/pricebook', status: 401, body: { title: 'token rejected' }, times: 2 });
    const { result } = await dryRun(httpPipeline(serviceTitan(), materials()));
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}/st/pricebook/v2/tenant/7/materials?page=1&pageSize=10: 401 Unauthorized: token rejected`,
    );
    expect(api.tokenCalls()).toHaveLength(2);
  });

  it('fetches one token for many concurrent requests, and renews it once when they all get 401', async () => {
    const connection = await connectApi(httpPipeline(serviceTitan(), materials()));
    const reads = await Promise.all(Array.from({ length: 5 }, () => connection.read('items')));
    for (const records of reads) expect(records).toEqual(api.items);
    expect(api.tokenCalls()).toHaveLength(1);

    api.revokeTokens();
    const again = await Promise.all(Array.from({ length: 5 }, () => connection.read('items')));
    for (const records of again) expect(records).toEqual(api.items);
    expect(api.tokenCalls()).toHaveLength(2);
  });

  it('keeps a rotated refresh token in the state store and uses it on the next run', async () => {
    api.settings.rotateRefreshToken = true;
    const state = await createSqliteStateStore({ path: ':memory:' });
    const connection = (refreshToken: string) => `base_url: ${api.url}/sp
auth: { type: oauth2_refresh_token, token_url: ${api.url}/lwa/auth/o2/token, client_id: ${C.lwaClientId}, client_secret: ${C.lwaClientSecret}, refresh_token: "${refreshToken}", header: x-amz-access-token, prefix: "" }`;
    const source = 'path: /orders/v0/orders\nparams: { MarketplaceIds: X, MaxResultsPerPage: 50 }\nrecords_path: payload.Orders';
    const refreshTokens = () => api.tokenCalls().map((r) => new URLSearchParams(r.body).get('refresh_token'));

    const first = await dryRun(httpPipeline(connection(C.lwaRefreshToken), source), { state });
    expect(first.records).toEqual(api.items);
    const second = await dryRun(httpPipeline(connection(C.lwaRefreshToken), source), { state });
    expect(second.records).toEqual(api.items);
    const [original, rotated] = refreshTokens();
    expect(original).toBe(C.lwaRefreshToken);
    expect(rotated).toMatch(/^Atzr\|refresh-\d+$/);
    // The original token is no longer valid at the server: the second run could only work with the rotated one.
    expect(second.result.status).toBe('succeeded');
    expect(JSON.stringify([...first.logs, ...second.logs])).not.toContain(rotated);

    // A newly configured refresh token (after re-authorising) wins over the stored one.
    api.settings.rotateRefreshToken = false;
    api.setRefreshToken('Atzr|reauthorised-0001');
    const third = await dryRun(httpPipeline(connection('Atzr|reauthorised-0001'), source), { state });
    expect(third.result.status).toBe('succeeded');
    expect(refreshTokens().at(-1)).toBe('Atzr|reauthorised-0001');
  });

  it('reports a failed token request with the endpoint and the OAuth2 error, and no secret', async () => {
    const yaml = httpPipeline(serviceTitan().replace(C.stClientSecret, 'wrong-secret-0001'), materials());
    const { result } = await dryRun(yaml);
    expect(result.streams[0]!.error).toBe(
      `[source:api] cannot get an access token: POST ${api.url}/st/connect/token: 400 Bad Request: invalid_client`,
    );
    expect(api.dataCalls()).toEqual([]);
  });

  it('reports a login that fails', async () => {
    const yaml = httpPipeline(
      `base_url: ${api.url}/bitcram\nauth: { type: session, login_url: /api/auth/, username: ${C.bitcramUser}, password: not-the-password }`,
      'path: /api/cost_list_items/index\nrecords_path: items',
    );
    const { result } = await dryRun(yaml);
    expect(result.streams[0]!.error).toBe(
      `[source:api] cannot get a session token: POST ${api.url}/bitcram/api/auth/: 401 Unauthorized: wrong username or password`,
    );
  });
});

describe('retries', () => {
  it('honours a fractional Retry-After on a 429', async () => {
    api.fail({ path: CATSY_PATH, status: 429, headers: { 'retry-after': '0.2' }, body: { errors: 'Exceeded 2 calls per second' } });
    const started = performance.now();
    const { result, records, warnings } = await dryRun(httpPipeline(catsy(), catsyItems()));
    expect(result.status).toBe('succeeded');
    expect(records).toEqual(api.items);
    expect(api.requests[1]!.at - api.requests[0]!.at).toBeGreaterThanOrEqual(195);
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    expect(warnings).toEqual(['GET /api/v3/queries/42/items?offset=0&limit=10: 429 Too Many Requests (retry 1/3 in 0.2s)']);
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    api.fail({ path: CATSY_PATH, status: 429, headers: { 'retry-after': new Date(Date.now() - 1000).toUTCString() } });
    const { result } = await dryRun(httpPipeline(catsy(), catsyItems()));
    expect(result.status).toBe('succeeded');
    expect(api.dataCalls()).toHaveLength(4);
  });

  it('still backs off on a 429 without Retry-After (like SP-API and Ploomes)', async () => {
    api.fail({
      path: CATSY_PATH,
      status: 429,
      body: { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota' }] },
      times: 2,
    });
    const { result, records, warnings } = await dryRun(httpPipeline(catsy(), catsyItems()));
    expect(result.status).toBe('succeeded');
    expect(records).toEqual(api.items);
    // retry_delay_ms 20 doubling, with jitter: at least 10 ms, then at least 20 ms.
    expect(api.requests[1]!.at - api.requests[0]!.at).toBeGreaterThanOrEqual(9);
    expect(api.requests[2]!.at - api.requests[1]!.at).toBeGreaterThanOrEqual(19);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/: 429 Too Many Requests \(retry 2\/3 in 0\.0s\)$/);
  });

  it('fails when Retry-After asks for longer than retry_max_delay_ms', async () => {
    api.fail({ path: CATSY_PATH, status: 429, headers: { 'retry-after': '120' } });
    const { result } = await dryRun(httpPipeline(catsy(), catsyItems()));
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}${CATSY_PATH}?offset=0&limit=10: 429 Too Many Requests: fault (the server asks to retry in 120.0s, more than retry_max_delay_ms 60000)`,
    );
    expect(api.dataCalls()).toHaveLength(1);
  });

  it('rides out a burst of 503s, and gives up after the last retry of a longer one', async () => {
    api.fail({ path: CATSY_PATH, status: 503, body: { message: 'busy' }, times: 3 });
    const ok = await dryRun(httpPipeline(catsy('retry_delay_ms: 2'), catsyItems()));
    expect(ok.result.status).toBe('succeeded');
    expect(ok.records).toEqual(api.items);
    expect(api.dataCalls()).toHaveLength(3 + 3);

    api.reset();
    api.fail({ path: CATSY_PATH, status: 503, body: { message: 'busy' }, times: 4 });
    const failed = await dryRun(httpPipeline(catsy('retry_delay_ms: 2'), catsyItems()));
    expect(failed.result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}${CATSY_PATH}?offset=0&limit=10: 503 Service Unavailable: busy (gave up after 4 attempts)`,
    );
  });

  it("fails fast on a non-retryable 4xx, with the body's message", async () => {
    api.fail({
      path: CATSY_PATH,
      status: 400,
      body: { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'limit must be at most 500' },
    });
    const { result } = await dryRun(httpPipeline(catsy(), catsyItems()));
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}${CATSY_PATH}?offset=0&limit=10: 400 Bad Request: limit must be at most 500`,
    );
    expect(api.dataCalls()).toHaveLength(1);
  });

  it('times out a slow response, and retries it', async () => {
    api.fail({ path: CATSY_PATH, delayMs: 400, body: { items: [] } });
    const failed = await dryRun(httpPipeline(catsy('timeout_ms: 50\nretries: 0'), catsyItems()));
    expect(failed.result.streams[0]!.error).toBe(`[source:api] GET ${api.url}${CATSY_PATH}?offset=0&limit=10: timed out`);

    // The same limit as a duration (`timeout` wins over `timeout_ms`).
    api.fail({ path: CATSY_PATH, delayMs: 400, body: { items: [] } });
    const duration = await dryRun(httpPipeline(catsy('timeout: 50ms\ntimeout_ms: 60000\nretries: 0'), catsyItems()));
    expect(duration.result.streams[0]!.error).toBe(`[source:api] GET ${api.url}${CATSY_PATH}?offset=0&limit=10: timed out`);

    api.fail({ path: CATSY_PATH, delayMs: 400, body: { items: [] } });
    const retried = await dryRun(httpPipeline(catsy('timeout_ms: 50'), catsyItems()));
    expect(retried.result.status).toBe('succeeded');
    expect(retried.records).toEqual(api.items);
  });
});

describe('bad responses', () => {
  it('reports truncated JSON clearly', async () => {
    api.fail({ path: CATSY_PATH, status: 200, body: '{"items": [{"id": 1}, {"id": 2' });
    const { result } = await dryRun(httpPipeline(catsy(), catsyItems()));
    expect(result.streams[0]!.error).toMatch(
      new RegExp(
        `^\\[source:api\\] GET ${api.url}${CATSY_PATH}\\?offset=0&limit=10: the response is not valid JSON \\(.+\\); got application/json, 30 bytes starting "\\{\\\\"items\\\\": \\[\\{\\\\"id\\\\": 1\\}`,
      ),
    );
  });

  it('reports an HTML page where JSON was expected', async () => {
    api.fail({
      path: CATSY_PATH,
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<html><body><h1>Maintenance</h1></body></html>',
    });
    const { result } = await dryRun(httpPipeline(catsy(), catsyItems()));
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}${CATSY_PATH}?offset=0&limit=10: expected JSON, got text/html, 46 bytes starting "<html><body><h1>Maintenance</h1></body></html>"`,
    );
  });

  it("reports a proxy's HTML error page by its text", async () => {
    api.fail({
      path: CATSY_PATH,
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    });
    const { result } = await dryRun(httpPipeline(catsy('retries: 0'), catsyItems()));
    expect(result.streams[0]!.error).toBe(`[source:api] GET ${api.url}${CATSY_PATH}?offset=0&limit=10: 502 Bad Gateway: 502 Bad Gateway`);
  });

  it('refuses to send the credentials to a next-page URL on another host', async () => {
    api.fail({
      path: '/ploomes/Contacts',
      status: 200,
      body: { value: [{ Id: 1 }], '@odata.nextLink': 'https://elsewhere.example/Contacts?$skip=1' },
    });
    const yaml = httpPipeline(
      `base_url: ${api.url}/ploomes\nauth: { type: api_key, header: User-Key, key: ${C.ploomesKey} }`,
      'path: /Contacts\nrecords_path: value\npagination: { type: next_url, next_url_path: "@odata.nextLink" }',
    );
    const { result } = await dryRun(yaml);
    expect(result.streams[0]!.error).toBe(
      `[source:api] refusing to follow the next-page URL https://elsewhere.example/Contacts?$skip=1: it is not on ${api.url}, and the connection's credentials must not go elsewhere`,
    );
  });
});

describe('loop guards', () => {
  const spOrders = (extra = '') =>
    httpPipeline(
      `base_url: ${api.url}/sp\nauth: { type: oauth2_refresh_token, token_url: ${api.url}/lwa/auth/o2/token, client_id: ${C.lwaClientId}, client_secret: ${C.lwaClientSecret}, refresh_token: "${C.lwaRefreshToken}", header: x-amz-access-token, prefix: "" }`,
      `path: /orders/v0/orders\nparams: { MarketplaceIds: X, MaxResultsPerPage: 10 }\nrecords_path: payload.Orders\npagination: { type: cursor, token_path: payload.NextToken, token_param: NextToken${extra} }`,
    );

  it('fails the stream when the server sends the same next-page token again', async () => {
    api.settings.repeatLastPage = true;
    const { result, warnings } = await dryRun(spOrders());
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}/sp/orders/v0/orders?MarketplaceIds=X&MaxResultsPerPage=10&NextToken=tok-0: the next-page token "tok-0" came a second time; the read stops before the API said it was done (pagination.on_guard: warn accepts that with a warning)`,
    );
    expect(api.dataCalls()).toEqual([
      'GET /sp/orders/v0/orders?MarketplaceIds=X&MaxResultsPerPage=10',
      'GET /sp/orders/v0/orders?MarketplaceIds=X&MaxResultsPerPage=10&NextToken=tok-0',
    ]);
    expect(warnings).toEqual([]);
  });

  it('with on_guard: warn, stops at a repeated token with a warning and succeeds', async () => {
    api.settings.repeatLastPage = true;
    const { result, warnings } = await dryRun(spOrders(', on_guard: warn'));
    expect(result.status).toBe('succeeded');
    expect(api.dataCalls()).toHaveLength(2);
    expect(warnings).toEqual(['items: the read stopped early (/orders/v0/orders: the next-page token "tok-0" came a second time)']);
  });

  it('fails the stream when a Link header points at a page already read', async () => {
    api.settings.repeatLastPage = true;
    const yaml = httpPipeline(
      `base_url: ${api.url}/shopify/admin/api/2024-10\nauth: { type: api_key, header: X-Shopify-Access-Token, key: ${C.shopifyToken} }`,
      'path: /orders.json\nparams: { limit: 10 }\nrecords_path: orders\npagination: { type: link_header }',
    );
    const { result } = await dryRun(yaml);
    expect(result.status).toBe('failed');
    expect(api.dataCalls()).toHaveLength(2);
    expect(result.streams[0]!.error).toMatch(
      /^\[source:api\] GET http:\/\/.+page_info=\w+: the server sent http:\/\/.+page_info=\w+ as the Link rel="next" URL again; the read stops before the API said it was done/,
    );
  });

  it('fails a server that repeats its last page forever at max_pages, naming the request', async () => {
    api.settings.repeatLastPage = true;
    const { result } = await dryRun(httpPipeline(serviceTitan(), materials(10, ', max_pages: 5')));
    expect(result.status).toBe('failed');
    expect(result.streams[0]!.error).toBe(
      `[source:api] GET ${api.url}/st/pricebook/v2/tenant/7/materials?page=5&pageSize=10: max_pages=5 reached; raise pagination.max_pages if the API really has more; the read stops before the API said it was done (pagination.on_guard: warn accepts that with a warning)`,
    );
    expect(api.dataCalls()).toHaveLength(5);
    expect(result.streams[0]!.recordsRead).toBe(23 + 10 + 10);
  });

  it('with on_guard: warn, stops a server that repeats its last page forever at max_pages, with a warning', async () => {
    api.settings.repeatLastPage = true;
    const { result, records, warnings } = await dryRun(httpPipeline(serviceTitan(), materials(10, ', max_pages: 5, on_guard: warn')));
    expect(result.status).toBe('succeeded');
    expect(api.dataCalls()).toHaveLength(5);
    expect(records).toHaveLength(23 + 10 + 10);
    expect(warnings).toEqual([
      'items: the read stopped early (/pricebook/v2/tenant/7/materials: max_pages=5 reached; raise pagination.max_pages if the API really has more)',
    ]);
  });

  it('stops after --limit records without fetching further pages', async () => {
    const { result, records } = await dryRun(httpPipeline(catsy(), catsyItems(5)), { limit: 7 });
    expect(result.status).toBe('succeeded');
    expect(records).toEqual(api.items.slice(0, 7));
    expect(api.dataCalls()).toHaveLength(2);
  });

  it('asks for pages of --limit records when that is below the page size (check asks for one)', async () => {
    for (const limit of [1, 3]) {
      api.reset();
      const { result, records } = await dryRun(httpPipeline(catsy(), catsyItems(10)), { limit });
      expect(result.status).toBe('succeeded');
      expect(records).toEqual(api.items.slice(0, limit));
      expect(api.dataCalls()).toEqual([`GET ${CATSY_PATH}?offset=0&limit=${limit}`]);
    }
  });
});

describe('rate budget', () => {
  it('spaces requests by interval_ms: N requests take at least (N-1) intervals', async () => {
    const { result } = await dryRun(httpPipeline(catsy('rate_limit: { interval_ms: 400 }'), catsyItems(10)));
    expect(result.status).toBe('succeeded');
    const times = api.requests.map((r) => r.at);
    expect(times).toHaveLength(3);
    // The client starts requests at least 400 ms apart. The server sees their arrival, which a loaded
    // machine (or the first request opening the connection) can move by tens of milliseconds: 200 ms
    // of room, while unpaced requests arrive a few milliseconds apart.
    expect(result.streams[0]!.durationMs).toBeGreaterThanOrEqual(2 * 400 - 2);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(400 - 200);
  });

  it('keeps requests_per_second as a token bucket', async () => {
    const started = performance.now();
    await dryRun(httpPipeline(catsy('rate_limit: { requests_per_second: 10 }'), catsyItems(4)));
    expect(api.requests).toHaveLength(6);
    expect(performance.now() - started).toBeGreaterThanOrEqual(5 * 100);

    // With a burst of 3, the first three go without waiting (spaced, they would take 1000 ms), then
    // one every 500 ms. 200 ms of room either way for a loaded machine.
    api.reset();
    await dryRun(httpPipeline(catsy('rate_limit: { requests_per_second: 2, burst: 3 }'), catsyItems(5)));
    const times = api.requests.map((r) => r.at);
    expect(times).toHaveLength(5);
    expect(times[2]! - times[0]!).toBeLessThan(1000 - 200);
    expect(times[4]! - times[0]!).toBeGreaterThanOrEqual(2 * 500 - 200);
  });

  it('shares the budget between the streams of a connection', async () => {
    const yaml = `version: 1
name: shared_budget
connections:
  api:
    type: http
    base_url: ${api.url}
    auth: { type: basic, username: ${C.basicUser}, password: ${C.basicPassword} }
    rate_limit: { interval_ms: 400 }
  out: { type: stdout }
streams:
  first: { source: { connection: api, path: /basic/items }, sink: { connection: out } }
  second: { source: { connection: api, path: /basic/items }, sink: { connection: out } }
`;
    const { result } = await dryRun(yaml);
    expect(result.status).toBe('succeeded');
    // 400 ms apart at the client; 200 ms of room for the arrival times a loaded machine shifts.
    expect(api.requests[1]!.at - api.requests[0]!.at).toBeGreaterThanOrEqual(400 - 200);
  });

  it('never has more than max_concurrent requests in flight', async () => {
    api.settings.delayMs = 20;
    const capped = await connectApi(httpPipeline(catsy('rate_limit: { max_concurrent: 2 }'), catsyItems()));
    const reads = await Promise.all(Array.from({ length: 6 }, () => capped.read('items')));
    for (const records of reads) expect(records).toEqual(api.items);
    expect(api.requests).toHaveLength(18);
    expect(api.stats.maxInFlight).toBe(2);

    // Without the cap the same reads overlap more: the cap is what held them back.
    api.reset();
    const free = await connectApi(httpPipeline(catsy(), catsyItems()));
    await Promise.all(Array.from({ length: 6 }, () => free.read('items')));
    expect(api.stats.maxInFlight).toBeGreaterThan(2);
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive failures, fails fast during the cool-down, then lets a trial through', async () => {
    const samples: string[] = [];
    const metrics = {
      increment: (name: string, labels: Record<string, string>) => samples.push(`${name} ${JSON.stringify(labels)}`),
      observe: () => {},
      set: (name: string, labels: Record<string, string>, value: number) => samples.push(`${name} ${JSON.stringify(labels)} ${value}`),
    };
    const connection = await connectApi(
      httpPipeline(catsy('retries: 1\nretry_delay_ms: 1\ncircuit_breaker: { failures: 3, cooldown_ms: 600 }'), catsyItems()),
      { metrics },
    );
    api.fail({ path: CATSY_PATH, status: 503, times: 3 });
    await expect(connection.read('items')).rejects.toThrow(/503 Service Unavailable: fault \(gave up after 2 attempts\)$/);
    // The third failure in a row opens the circuit: no retry is scheduled.
    await expect(connection.read('items')).rejects.toThrow(/503 Service Unavailable: fault \(circuit open after 3 consecutive failures\)$/);
    await expect(connection.read('items')).rejects.toThrow(
      new RegExp(
        `^GET ${api.url}${CATSY_PATH}\\?offset=0&limit=10: circuit open after 3 consecutive failures: failing fast for another 0\\.\\ds$`,
      ),
    );
    // Two attempts of the first read, one of the second, none of the third: the open circuit sent nothing.
    // (The cool-down is long enough for the third read to come well inside it on a loaded machine.)
    expect(api.dataCalls()).toHaveLength(3);

    await new Promise((resolve) => setTimeout(resolve, 650));
    expect(await connection.read('items')).toEqual(api.items);
    expect(await connection.read('items')).toEqual(api.items);

    // What a metrics endpoint sees: each attempt, the retry, and the circuit's way open, half-open and closed again.
    const labels = '{"connection":"api","method":"GET","status":"503"}';
    expect(samples.slice(0, 7)).toEqual([
      `syncengine_http_requests_total ${labels}`,
      'syncengine_http_retries_total {"connection":"api","reason":"503"}',
      `syncengine_http_requests_total ${labels}`,
      `syncengine_http_requests_total ${labels}`,
      'syncengine_http_circuit_state {"connection":"api"} 2',
      'syncengine_http_circuit_state {"connection":"api"} 1',
      'syncengine_http_requests_total {"connection":"api","method":"GET","status":"200"}',
    ]);
    expect(samples[7]).toBe('syncengine_http_circuit_state {"connection":"api"} 0');
  });

  it('reopens when the trial request fails', async () => {
    // The cool-down leaves the last read hundreds of milliseconds to come inside it, even on a loaded machine.
    const connection = await connectApi(
      httpPipeline(catsy('retries: 0\ncircuit_breaker: { failures: 1, cooldown_ms: 400 }'), catsyItems()),
    );
    api.fail({ path: CATSY_PATH, status: 500, times: 2 });
    await expect(connection.read('items')).rejects.toThrow(/500 Internal Server Error/);
    await new Promise((resolve) => setTimeout(resolve, 450));
    await expect(connection.read('items')).rejects.toThrow(/500 Internal Server Error/);
    await expect(connection.read('items')).rejects.toThrow(/circuit open after 2 consecutive failures/);
    expect(api.dataCalls()).toHaveLength(2);
  });
});
