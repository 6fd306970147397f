/**
 * The HTTP source's conformance suite: every auth and pagination style the seed APIs use, each
 * run against the fake REST server, asserting the exact records read, the exact requests made
 * (URLs as sent and the auth headers) and the token calls.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SyncRecord } from '@syncengine/engine';
import { CREDENTIALS as C, startFakeRestServer, type FakeItem, type FakeRequest, type FakeRestServer } from './_http-fake-rest-server.js';
import { dryRun, httpPipeline } from './_http-harness.js';

let api: FakeRestServer;
beforeAll(async () => {
  api = await startFakeRestServer();
});
afterAll(() => api.close());
beforeEach(() => api.reset());

/** One style: the connection and source YAML, and everything the server must have seen. */
interface Style {
  name: string;
  connection: (url: string) => string;
  source: string;
  stream?: string;
  /** `--since` for the run. */
  since?: string;
  records: (items: FakeItem[]) => SyncRecord[];
  /** Data requests as sent (`GET /path?query`); strings match exactly, regexes match the whole URL. */
  calls: (string | RegExp)[];
  /** Headers every data request must carry. */
  headers: Record<string, string | RegExp>;
  /** Token and login calls: path, content type, decoded body, chosen headers. */
  tokenCalls?: { path: string; contentType: string; body: Record<string, string>; headers?: Record<string, string> }[];
}

const bearerToken = (family: string) => new RegExp(`^Bearer ${family}-token-\\d+$`);
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const ploomes = (items: FakeItem[]) =>
  items.map((i) => ({
    Id: i.id,
    Name: i.name,
    LastUpdateDate: new Date(Date.parse(i.updated_at) - 3 * 3600_000).toISOString().slice(0, 19),
  }));

const STYLES: Style[] = [
  {
    name: 'Catsy v3: static bearer key, limit/offset, records in items, stop on a short page',
    connection: (url) => `base_url: ${url}/catsy\nauth: { type: bearer, token: ${C.catsyKey} }`,
    source: 'path: /api/v3/queries/42/items\nrecords_path: items\npagination: { type: offset, size_param: limit, size: 10 }',
    records: (items) => items,
    calls: [
      'GET /catsy/api/v3/queries/42/items?offset=0&limit=10',
      'GET /catsy/api/v3/queries/42/items?offset=10&limit=10',
      'GET /catsy/api/v3/queries/42/items?offset=20&limit=10',
    ],
    headers: { authorization: `Bearer ${C.catsyKey}`, accept: 'application/json' },
  },
  {
    name: 'Catsy v4: POST with a JSON body, page/resultsPerPage, stop at pagination.total_results',
    connection: (url) => `base_url: ${url}/catsy\nauth: { type: bearer, token: ${C.catsyKey} }`,
    source: `path: /v4/products/filter
method: POST
body: { filters: [{ attributeKey: name, operator: contains, value: "item 1" }] }
records_path: products
pagination: { type: page, size_param: resultsPerPage, size: 5, stop_when: [total], total_path: pagination.total_results }`,
    records: (items) => items.filter((i) => i.name.includes('item 1')),
    calls: [
      'POST /catsy/v4/products/filter?page=1&resultsPerPage=5',
      'POST /catsy/v4/products/filter?page=2&resultsPerPage=5',
      'POST /catsy/v4/products/filter?page=3&resultsPerPage=5',
    ],
    headers: { authorization: `Bearer ${C.catsyKey}`, 'content-type': 'application/json' },
  },
  {
    name: 'SparkLayer: OAuth2 client credentials as JSON with Site-Id, page/page_size until total_pages',
    connection: (url) => `base_url: ${url}/sparklayer
headers: { Site-Id: ${C.sparkSiteId} }
auth:
  type: oauth2_client_credentials
  token_url: /api/auth/token
  body_format: json
  client_id: ${C.sparkClientId}
  client_secret: ${C.sparkClientSecret}
  token_headers: { Site-Id: ${C.sparkSiteId} }`,
    source:
      'path: /api/v2/price-lists\nrecords_path: data\npagination: { type: page, size_param: page_size, size: 10, stop_when: [total], total_pages_path: pagination.total_pages }',
    records: (items) => items,
    calls: [
      'GET /sparklayer/api/v2/price-lists?page=1&page_size=10',
      'GET /sparklayer/api/v2/price-lists?page=2&page_size=10',
      'GET /sparklayer/api/v2/price-lists?page=3&page_size=10',
    ],
    headers: { authorization: bearerToken('spark'), 'site-id': C.sparkSiteId },
    tokenCalls: [
      {
        path: '/sparklayer/api/auth/token',
        contentType: 'application/json',
        body: { grant_type: 'client_credentials', client_id: C.sparkClientId, client_secret: C.sparkClientSecret },
        headers: { 'site-id': C.sparkSiteId },
      },
    ],
  },
  {
    name: 'Shopify: access-token header, Link header page_info (only limit sent with it), since with lookback',
    connection: (url) =>
      `base_url: ${url}/shopify/admin/api/2024-10\nauth: { type: api_key, header: X-Shopify-Access-Token, key: ${C.shopifyToken} }`,
    source: `path: /orders.json
params: { limit: 5, status: any }
records_path: orders
pagination: { type: link_header }
since: { param: updated_at_min, format: iso, lookback_s: 3600 }`,
    stream: 'incremental: { cursor_field: updated_at }',
    since: '2024-05-01T12:00:00Z',
    records: (items) => items.filter((i) => i.updated_at >= '2024-05-01T11:00:00Z'),
    calls: [
      'GET /shopify/admin/api/2024-10/orders.json?limit=5&status=any&updated_at_min=2024-05-01T11:00:00Z',
      /^GET \/shopify\/admin\/api\/2024-10\/orders\.json\?limit=5&page_info=[\w-]+$/,
      /^GET \/shopify\/admin\/api\/2024-10\/orders\.json\?limit=5&page_info=[\w-]+$/,
    ],
    headers: { 'x-shopify-access-token': C.shopifyToken },
  },
  {
    name: 'SP-API orders: LWA refresh token (form) sent as x-amz-access-token, payload.NextToken',
    connection: (url) => `base_url: ${url}/sp
auth:
  type: oauth2_refresh_token
  token_url: ${url}/lwa/auth/o2/token
  client_id: ${C.lwaClientId}
  client_secret: ${C.lwaClientSecret}
  refresh_token: "${C.lwaRefreshToken}"
  header: x-amz-access-token
  prefix: ""`,
    source: `path: /orders/v0/orders
params: { MarketplaceIds: ATVPDKIKX0DER, MaxResultsPerPage: 10 }
records_path: payload.Orders
pagination: { type: cursor, token_path: payload.NextToken, token_param: NextToken }`,
    records: (items) => items,
    calls: [
      'GET /sp/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&MaxResultsPerPage=10',
      'GET /sp/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&MaxResultsPerPage=10&NextToken=tok-10',
      'GET /sp/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&MaxResultsPerPage=10&NextToken=tok-20',
    ],
    headers: { 'x-amz-access-token': /^lwa-token-\d+$/ },
    tokenCalls: [
      {
        path: '/lwa/auth/o2/token',
        contentType: 'application/x-www-form-urlencoded',
        body: { grant_type: 'refresh_token', refresh_token: C.lwaRefreshToken, client_id: C.lwaClientId, client_secret: C.lwaClientSecret },
      },
    ],
  },
  {
    name: 'SP-API catalog: records at the top, pagination.nextToken sent back as pageToken',
    connection: (url) => `base_url: ${url}/sp
auth: { type: oauth2_refresh_token, token_url: ${url}/lwa/auth/o2/token, client_id: ${C.lwaClientId}, client_secret: ${C.lwaClientSecret}, refresh_token: "${C.lwaRefreshToken}", header: x-amz-access-token, prefix: "" }`,
    source:
      'path: /catalog/2022-04-01/items\nrecords_path: items\npagination: { type: cursor, token_path: pagination.nextToken, token_param: pageToken, size_param: pageSize, size: 20 }',
    records: (items) => items,
    calls: ['GET /sp/catalog/2022-04-01/items?pageSize=20', 'GET /sp/catalog/2022-04-01/items?pageSize=20&pageToken=c-20'],
    headers: { 'x-amz-access-token': /^lwa-token-\d+$/ },
    tokenCalls: [
      {
        path: '/lwa/auth/o2/token',
        contentType: 'application/x-www-form-urlencoded',
        body: { grant_type: 'refresh_token', refresh_token: C.lwaRefreshToken, client_id: C.lwaClientId, client_secret: C.lwaClientSecret },
      },
    ],
  },
  {
    name: 'ServiceTitan: client credentials (form) + ST-App-Key, page/pageSize until hasMore is false',
    connection: (url) => `base_url: ${url}/st
headers: { ST-App-Key: ${C.stAppKey} }
auth: { type: oauth2_client_credentials, token_url: /connect/token, client_id: ${C.stClientId}, client_secret: ${C.stClientSecret} }`,
    source:
      'path: /pricebook/v2/tenant/7/materials\nrecords_path: data\npagination: { type: page, size_param: pageSize, size: 10, stop_when: [has_more], has_more_path: hasMore }',
    records: (items) => items,
    calls: [
      'GET /st/pricebook/v2/tenant/7/materials?page=1&pageSize=10',
      'GET /st/pricebook/v2/tenant/7/materials?page=2&pageSize=10',
      'GET /st/pricebook/v2/tenant/7/materials?page=3&pageSize=10',
    ],
    headers: { authorization: bearerToken('st'), 'st-app-key': C.stAppKey },
    tokenCalls: [
      {
        path: '/st/connect/token',
        contentType: 'application/x-www-form-urlencoded',
        body: { grant_type: 'client_credentials', client_id: C.stClientId, client_secret: C.stClientSecret },
      },
    ],
  },
  {
    name: 'ServiceTitan export: since as `from`, then continueFrom passed back as `from` until hasMore is false',
    connection: (url) => `base_url: ${url}/st
headers: { ST-App-Key: ${C.stAppKey} }
auth: { type: oauth2_client_credentials, token_url: /connect/token, client_auth: basic, client_id: ${C.stClientId}, client_secret: ${C.stClientSecret} }`,
    source: `path: /jpm/v2/tenant/7/export/jobs
records_path: data
pagination: { type: cursor, token_path: continueFrom, token_param: from, stop_when: [has_more], has_more_path: hasMore }
since: { param: from, format: iso }`,
    stream: 'incremental: { cursor_field: updated_at }',
    since: '2024-05-01T03:00:00Z',
    records: (items) => items.slice(3),
    calls: ['GET /st/jpm/v2/tenant/7/export/jobs?from=2024-05-01T03:00:00Z', 'GET /st/jpm/v2/tenant/7/export/jobs?from=ct-13'],
    headers: { authorization: bearerToken('st'), 'st-app-key': C.stAppKey },
    tokenCalls: [
      {
        path: '/st/connect/token',
        contentType: 'application/x-www-form-urlencoded',
        body: { grant_type: 'client_credentials' },
        headers: { authorization: basic(C.stClientId, C.stClientSecret) },
      },
    ],
  },
  {
    name: 'Bitcram: JSON login session with a lifetime, records in items, one request',
    connection: (url) => `base_url: ${url}/bitcram
auth: { type: session, login_url: /api/auth/, username: ${C.bitcramUser}, password: ${C.bitcramPassword}, token_lifetime_s: 432000 }`,
    source: 'path: /api/cost_list_items/index\nrecords_path: items',
    records: (items) => items.map((i) => ({ product_id: String(i.id), cost: i.id * 10 })),
    calls: ['GET /bitcram/api/cost_list_items/index'],
    headers: { authorization: bearerToken('bitcram') },
    tokenCalls: [
      { path: '/bitcram/api/auth/', contentType: 'application/json', body: { username: C.bitcramUser, password: C.bitcramPassword } },
    ],
  },
  {
    name: 'Ploomes: User-Key, OData $skip/$top, since as a $filter on a zone-less local time',
    connection: (url) => `base_url: ${url}/ploomes\nauth: { type: api_key, header: User-Key, key: ${C.ploomesKey} }`,
    source: `path: /Products
params: { $orderby: Id }
records_path: value
pagination: { type: offset, offset_param: $skip, size_param: $top, size: 5 }
since: { param: $filter, value: "LastUpdateDate gt \${cursor}", format: "%Y-%m-%dT%H:%M:%S", timezone: America/Sao_Paulo }`,
    stream: 'incremental: { cursor_field: LastUpdateDate }',
    since: '2024-05-01T13:00:00Z',
    records: (items) => ploomes(items).filter((r) => r.LastUpdateDate > '2024-05-01T10:00:00'),
    calls: [
      'GET /ploomes/Products?$orderby=Id&$filter=LastUpdateDate%20gt%202024-05-01T10:00:00&$skip=0&$top=5',
      'GET /ploomes/Products?$orderby=Id&$filter=LastUpdateDate%20gt%202024-05-01T10:00:00&$skip=5&$top=5',
    ],
    headers: { 'user-key': C.ploomesKey },
  },
  {
    name: 'OData: follows @odata.nextLink as it is',
    connection: (url) => `base_url: ${url}/ploomes\nauth: { type: api_key, header: User-Key, key: ${C.ploomesKey} }`,
    source: 'path: /Contacts\nparams: { $top: 10 }\nrecords_path: value\npagination: { type: next_url, next_url_path: "@odata.nextLink" }',
    records: ploomes,
    calls: ['GET /ploomes/Contacts?$top=10', 'GET /ploomes/Contacts?$top=10&$skip=10', 'GET /ploomes/Contacts?$top=10&$skip=20'],
    headers: { 'user-key': C.ploomesKey },
  },
  {
    name: 'basic auth, the body itself is the list',
    connection: (url) => `base_url: ${url}\nauth: { type: basic, username: ${C.basicUser}, password: ${C.basicPassword} }`,
    source: 'path: /basic/items',
    records: (items) => items.slice(0, 3),
    calls: ['GET /basic/items'],
    headers: { authorization: basic(C.basicUser, C.basicPassword) },
  },
  {
    name: 'API key in a query parameter',
    connection: (url) => `base_url: ${url}\nauth: { type: api_key, query_param: api_key, key: ${C.queryKey} }`,
    source: 'path: /keyq/items\nrecords_path: data',
    records: (items) => items.slice(0, 2),
    calls: [`GET /keyq/items?api_key=${C.queryKey}`],
    headers: {},
  },
  {
    name: 'JSON lines response',
    connection: (url) => `base_url: ${url}`,
    source: 'path: /export/items.jsonl\nformat: jsonl',
    records: (items) => items.slice(0, 3),
    calls: ['GET /export/items.jsonl'],
    headers: { accept: /application\/x-ndjson/ },
  },
  {
    name: 'CSV response with a BOM, a custom delimiter, quotes and a line break in a field',
    connection: (url) => `base_url: ${url}`,
    source: 'path: /export/items.csv\nformat: csv\ncsv_delimiter: ";"',
    records: () => [
      { id: '1', name: 'item 1', note: 'semi; colon' },
      { id: '2', name: 'item 2', note: 'line\nbreak' },
      { id: '3', name: 'item 3', note: 'say "hi"' },
    ],
    calls: ['GET /export/items.csv'],
    headers: { accept: /text\/csv/ },
  },
];

describe('http source conformance', () => {
  it.each(STYLES.map((s) => [s.name, s] as const))('%s', async (_name, style) => {
    const yaml = httpPipeline(style.connection(api.url), style.source, style.stream);
    const { result, records } = await dryRun(yaml, style.since ? { since: style.since } : {});
    expect(result.streams[0]!.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(records).toEqual(style.records(api.items));

    const dataRequests = api.requests.filter((r) => !api.tokenCalls().includes(r));
    expect(api.dataCalls()).toEqual(style.calls.map((c) => (typeof c === 'string' ? c : expect.stringMatching(c))));
    const wanted = Object.fromEntries(
      Object.entries(style.headers).map(([k, v]) => [k, typeof v === 'string' ? v : expect.stringMatching(v)]),
    );
    for (const request of dataRequests) expect(request.headers).toMatchObject(wanted);

    expect(api.tokenCalls().map(describeTokenCall)).toEqual(
      (style.tokenCalls ?? []).map((call) => ({ ...call, headers: expect.objectContaining(call.headers ?? {}) })),
    );
  });

  it('covers every auth and pagination style', () => {
    const yaml = STYLES.map((s) => `${s.connection('http://x')}\n${s.source}`).join('\n');
    for (const auth of ['bearer', 'api_key', 'basic', 'oauth2_client_credentials', 'oauth2_refresh_token', 'session'])
      expect(yaml).toContain(`type: ${auth}`);
    for (const pagination of ['page', 'offset', 'cursor', 'next_url', 'link_header']) expect(yaml).toContain(`type: ${pagination}`);
  });
});

function describeTokenCall(request: FakeRequest) {
  const contentType = String(request.headers['content-type']);
  const body =
    contentType === 'application/json'
      ? (JSON.parse(request.body) as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(request.body));
  return { path: request.path, contentType, body, headers: request.headers };
}
