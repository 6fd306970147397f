/**
 * A fake of the seed APIs' REST patterns on a real local HTTP server (port 0): every auth style
 * (static keys, basic, OAuth2 client credentials as form or JSON, refresh tokens with rotation,
 * login sessions) and every pagination style (page, offset, body token, next URL, Link header,
 * OData), plus injectable faults. It records every request, token calls included, and how many
 * were in flight at once.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the server received. */
export interface FakeRequest {
  method: string;
  /** Path and query exactly as sent, e.g. `/catsy/items?offset=0&limit=10`. */
  url: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() at arrival. */
  at: number;
}

/** A response served instead of the normal one, for the next `times` matching requests. */
export interface Fault {
  /** Requests whose path starts with this. */
  path: string;
  status?: number;
  headers?: Record<string, string>;
  /** Raw body text; JSON-encoded when not a string. */
  body?: unknown;
  /** Answer after this many ms (a timeout test). */
  delayMs?: number;
  /** How many matching requests get it. @default 1 */
  times?: number;
  /** Let this many matching requests through first. @default 0 */
  after?: number;
  /** Also invalidate every token issued so far, as a server that revoked them would. */
  revokeTokens?: boolean;
}

/** Secrets the fake accepts. */
export const CREDENTIALS = {
  catsyKey: 'catsy-key-0001',
  shopifyToken: 'shpat_fake_0001',
  ploomesKey: 'ploomes-user-key-0001',
  basicUser: 'sync-user',
  basicPassword: 'basic-pass-0001',
  queryKey: 'query-key-0001',
  stClientId: 'st-client',
  stClientSecret: 'st-secret-0001',
  stAppKey: 'st-app-key-0001',
  sparkClientId: 'spark-client',
  sparkClientSecret: 'spark-secret-0001',
  sparkSiteId: 'site-0001',
  lwaClientId: 'amzn1.application-oa2-client.fake',
  lwaClientSecret: 'lwa-secret-0001',
  lwaRefreshToken: 'Atzr|refresh-0001',
  bitcramUser: 'bitcram-user',
  bitcramPassword: 'bitcram-pass-0001',
} as const;

/** A record of the fake's data sets. */
export type FakeItem = { id: number; name: string; updated_at: string };

/** `n` records whose `updated_at` grows by one hour from 2024-05-01T00:00:00Z. */
export function fakeItems(n: number): FakeItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: `item ${i + 1}`,
    updated_at: new Date(Date.UTC(2024, 4, 1, i)).toISOString().replace('.000', ''),
  }));
}

export type FakeRestServer = Awaited<ReturnType<typeof startFakeRestServer>>;

export async function startFakeRestServer(options: { items?: number } = {}) {
  const items = fakeItems(options.items ?? 23);
  const requests: FakeRequest[] = [];
  const faults: Fault[] = [];
  /** Access and session tokens issued, with their expiry (performance.now() ms). */
  const issued = new Map<string, { family: string; expiresAt: number }>();
  let tokenCounter = 0;
  let inFlight = 0;
  const settings = {
    /** `expires_in` of OAuth2 tokens (seconds, fractions allowed). */
    tokenLifetimeS: 3600,
    /** Answer refresh_token grants with a new refresh token, and forget the old one. */
    rotateRefreshToken: false,
    /** Every data response waits this long (ms). */
    delayMs: 0,
    /** `hasMore`/Link/token/next-URL styles repeat their last page forever. */
    repeatLastPage: false,
  };
  let validRefreshToken: string = CREDENTIALS.lwaRefreshToken;
  const stats = { maxInFlight: 0 };

  const issue = (family: string): string => {
    const token = `${family}-token-${++tokenCounter}`;
    issued.set(token, { family, expiresAt: performance.now() + settings.tokenLifetimeS * 1000 });
    return token;
  };
  const validToken = (token: string | undefined, family: string) => {
    const entry = token ? issued.get(token) : undefined;
    return entry !== undefined && entry.family === family && performance.now() < entry.expiresAt;
  };
  const bearer = (req: FakeRequest) => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];

  /** One route per fake API; returns false when the path is not its. */
  const route = (req: FakeRequest, res: ServerResponse, base: string): boolean => {
    const { path, query } = req;

    // Catsy v3 saved-query export: static bearer key, limit/offset, records in `items`.
    if (path === '/catsy/api/v3/queries/42/items') {
      if (req.headers.authorization !== `Bearer ${CREDENTIALS.catsyKey}`) return json(res, 401, { message: 'bad API key' });
      const offset = Number(query.offset ?? 0);
      return json(res, 200, { items: items.slice(offset, offset + Number(query.limit ?? 500)), total: items.length });
    }
    // Catsy v4 filter: POST with a JSON body, page/resultsPerPage, total in pagination.total_results.
    if (path === '/catsy/v4/products/filter' && req.method === 'POST') {
      if (req.headers.authorization !== `Bearer ${CREDENTIALS.catsyKey}`) return json(res, 401, { message: 'bad API key' });
      const filter = JSON.parse(req.body || '{}') as { filters?: { attributeKey: string; value: string }[] };
      const wanted = filter.filters?.[0]?.value ?? '';
      const matching = items.filter((i) => i.name.includes(wanted));
      const size = Number(query.resultsPerPage);
      const page = Number(query.page);
      return json(res, 200, { products: matching.slice((page - 1) * size, page * size), pagination: { total_results: matching.length } });
    }
    // SparkLayer: JSON-only token endpoint scoped by Site-Id.
    if (path === '/sparklayer/api/auth/token') {
      if (!String(req.headers['content-type']).startsWith('application/json'))
        return json(res, 415, { title: 'Unsupported Media Type', detail: 'send JSON' });
      if (req.headers['site-id'] !== CREDENTIALS.sparkSiteId) return json(res, 400, { title: 'Bad Request', detail: 'missing Site-Id' });
      const body = JSON.parse(req.body) as Record<string, string>;
      if (
        body.grant_type !== 'client_credentials' ||
        body.client_id !== CREDENTIALS.sparkClientId ||
        body.client_secret !== CREDENTIALS.sparkClientSecret
      ) {
        return json(res, 401, { title: 'Unauthorized', detail: 'invalid client' });
      }
      return json(res, 200, { access_token: issue('spark'), token_type: 'Bearer', expires_in: settings.tokenLifetimeS });
    }
    // SparkLayer v2 price lists: page/page_size, pagination.total_pages.
    if (path === '/sparklayer/api/v2/price-lists') {
      if (!validToken(bearer(req), 'spark') || req.headers['site-id'] !== CREDENTIALS.sparkSiteId)
        return json(res, 401, { title: 'Unauthorized', status: 401 });
      const size = Number(query.page_size);
      const page = Number(query.page);
      const totalPages = Math.ceil(items.length / size);
      return json(res, 200, {
        data: items.slice((page - 1) * size, page * size),
        pagination: { total: items.length, per_page: size, current_page: page, total_pages: totalPages },
      });
    }
    // Shopify: access-token header, Link header with page_info; a page_info request may carry only limit.
    if (path === '/shopify/admin/api/2024-10/orders.json') {
      if (req.headers['x-shopify-access-token'] !== CREDENTIALS.shopifyToken)
        return json(res, 401, { errors: '[API] Invalid API key or access token' });
      const limit = Number(query.limit ?? 50);
      let start = 0;
      let source = items;
      if (query.page_info) {
        const extra = Object.keys(query).filter((k) => k !== 'page_info' && k !== 'limit');
        if (extra.length)
          return json(res, 400, { errors: { page_info: [`only limit may be sent with page_info, got ${extra.join(', ')}`] } });
        const state = JSON.parse(Buffer.from(query.page_info, 'base64url').toString()) as { start: number; min?: string };
        start = state.start;
        if (state.min) source = items.filter((i) => i.updated_at >= state.min!);
      } else if (query.updated_at_min) {
        source = items.filter((i) => i.updated_at >= query.updated_at_min!);
      }
      if (settings.repeatLastPage && start >= source.length) start = Math.max(0, source.length - limit);
      const page = source.slice(start, start + limit);
      const links: string[] = [];
      const min =
        query.updated_at_min ??
        (query.page_info ? (JSON.parse(Buffer.from(query.page_info, 'base64url').toString()) as { min?: string }).min : undefined);
      const info = (s: number) => Buffer.from(JSON.stringify({ start: s, ...(min ? { min } : {}) })).toString('base64url');
      const link = (s: number, rel: string) => `<${base}${path}?limit=${limit}&page_info=${info(s)}>; rel="${rel}"`;
      if (start > 0) links.push(link(Math.max(0, start - limit), 'previous'));
      if (start + limit < source.length || settings.repeatLastPage)
        links.push(link(settings.repeatLastPage ? start : start + limit, 'next'));
      return json(res, 200, { orders: page }, links.length ? { link: links.join(', ') } : {});
    }
    // Amazon LWA: form-encoded refresh_token grant, optionally rotating the refresh token.
    if (path === '/lwa/auth/o2/token') {
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded')
        return json(res, 400, { error: 'invalid_request', error_description: 'form body expected' });
      const form = Object.fromEntries(new URLSearchParams(req.body));
      if (form.client_id !== CREDENTIALS.lwaClientId || form.client_secret !== CREDENTIALS.lwaClientSecret)
        return json(res, 401, { error: 'invalid_client' });
      if (form.grant_type !== 'refresh_token' || form.refresh_token !== validRefreshToken)
        return json(res, 400, { error: 'invalid_grant', error_description: 'The request has an invalid grant parameter : refresh_token' });
      const answer: Record<string, unknown> = { access_token: issue('lwa'), token_type: 'bearer', expires_in: settings.tokenLifetimeS };
      if (settings.rotateRefreshToken) {
        validRefreshToken = `Atzr|refresh-${++tokenCounter}`;
        answer.refresh_token = validRefreshToken;
      }
      return json(res, 200, answer);
    }
    // SP-API getOrders: x-amz-access-token, payload.Orders and payload.NextToken.
    if (path === '/sp/orders/v0/orders') {
      if (!validToken(req.headers['x-amz-access-token'] as string | undefined, 'lwa')) {
        return json(res, 403, { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.' }] });
      }
      if (!query.MarketplaceIds) return json(res, 400, { errors: [{ code: 'InvalidInput', message: 'MarketplaceIds is required' }] });
      const after = query.LastUpdatedAfter;
      const source = after ? items.filter((i) => i.updated_at > after) : items;
      const start = query.NextToken ? Number(query.NextToken.replace('tok-', '')) : 0;
      const size = Number(query.MaxResultsPerPage ?? 100);
      const more = start + size < source.length;
      const nextToken = settings.repeatLastPage ? `tok-${start}` : more ? `tok-${start + size}` : undefined;
      return json(res, 200, { payload: { Orders: source.slice(start, start + size), ...(nextToken ? { NextToken: nextToken } : {}) } });
    }
    // SP-API catalog: items at the top, pagination.nextToken sent back as pageToken.
    if (path === '/sp/catalog/2022-04-01/items') {
      if (!validToken(req.headers['x-amz-access-token'] as string | undefined, 'lwa'))
        return json(res, 403, { errors: [{ code: 'Unauthorized', message: 'denied' }] });
      const start = query.pageToken ? Number(query.pageToken.replace('c-', '')) : 0;
      const size = Number(query.pageSize);
      return json(res, 200, {
        items: items.slice(start, start + size),
        ...(start + size < items.length ? { pagination: { nextToken: `c-${start + size}` } } : {}),
      });
    }
    // ServiceTitan: form client_credentials token.
    if (path === '/st/connect/token') {
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return json(res, 400, { error: 'invalid_request' });
      const form = Object.fromEntries(new URLSearchParams(req.body));
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const [id, secret] = basic
        ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent)
        : [form.client_id, form.client_secret];
      if (form.grant_type !== 'client_credentials' || id !== CREDENTIALS.stClientId || secret !== CREDENTIALS.stClientSecret)
        return json(res, 400, { error: 'invalid_client' });
      return json(res, 200, { access_token: issue('st'), token_type: 'Bearer', expires_in: settings.tokenLifetimeS });
    }
    if (path.startsWith('/st/')) {
      if (!validToken(bearer(req), 'st')) return json(res, 401, '');
      if (req.headers['st-app-key'] !== CREDENTIALS.stAppKey) return json(res, 403, { title: 'App key missing' });
      // Pricebook materials: page/pageSize/hasMore, modifiedOnOrAfter.
      if (path === '/st/pricebook/v2/tenant/7/materials') {
        const since = query.modifiedOnOrAfter;
        const source = since ? items.filter((i) => i.updated_at >= since) : items;
        const page = Number(query.page);
        const size = Number(query.pageSize);
        const data =
          settings.repeatLastPage && (page - 1) * size >= source.length
            ? source.slice(-size)
            : source.slice((page - 1) * size, page * size);
        return json(res, 200, {
          page,
          pageSize: size,
          hasMore: settings.repeatLastPage || page * size < source.length,
          totalCount: null,
          data,
        });
      }
      // Export: `from` is a date (the first record modified then or later) or a continuation token; continueFrom and hasMore.
      if (path === '/st/jpm/v2/tenant/7/export/jobs') {
        const from = query.from ?? '';
        const found = items.findIndex((i) => i.updated_at >= from);
        const start = from.startsWith('ct-') ? Number(from.slice(3)) : from ? (found === -1 ? items.length : found) : 0;
        const data = items.slice(start, start + 10);
        return json(res, 200, { data, hasMore: start + 10 < items.length, continueFrom: `ct-${start + data.length}` });
      }
    }
    // Bitcram: JSON username/password login, then Bearer; lists in `items`.
    if (path === '/bitcram/api/auth/') {
      const body = JSON.parse(req.body || '{}') as Record<string, string>;
      if (body.username !== CREDENTIALS.bitcramUser || body.password !== CREDENTIALS.bitcramPassword)
        return json(res, 401, { message: 'wrong username or password' });
      return json(res, 200, { token: issue('bitcram') });
    }
    if (path === '/bitcram/api/cost_list_items/index') {
      if (!validToken(bearer(req), 'bitcram')) return json(res, 401, { message: 'token expired' });
      return json(res, 200, { items: items.map((i) => ({ product_id: String(i.id), cost: i.id * 10 })) });
    }
    // Ploomes: User-Key, OData $top/$skip/$filter on a zone-less LastUpdateDate; optional nextLink.
    if (path === '/ploomes/Products' || path === '/ploomes/Contacts') {
      if (req.headers['user-key'] !== CREDENTIALS.ploomesKey)
        return json(res, 401, { error: { code: 'Unauthorized', message: 'invalid User-Key' } });
      const top = Math.min(Number(query.$top ?? 300), 300);
      const skip = Number(query.$skip ?? 0);
      const filter = /^LastUpdateDate gt (\S+)$/.exec(query.$filter ?? '');
      if (query.$filter && !filter)
        return json(res, 400, { error: { code: 'BadFilter', message: `cannot parse $filter ${query.$filter}` } });
      const rows = items.map((i) => ({ Id: i.id, Name: i.name, LastUpdateDate: toSaoPaulo(i.updated_at) }));
      const source = filter ? rows.filter((r) => r.LastUpdateDate > filter[1]!) : rows;
      const value = source.slice(skip, skip + top);
      const next =
        path === '/ploomes/Contacts' && skip + top < source.length
          ? { '@odata.nextLink': `${base}${path}?$top=${top}&$skip=${skip + top}` }
          : {};
      return json(res, 200, { '@odata.context': `${base}/ploomes/$metadata#${path.slice(9)}`, value, ...next });
    }
    // Basic auth; the body itself is the array.
    if (path === '/basic/items') {
      const expected = `Basic ${Buffer.from(`${CREDENTIALS.basicUser}:${CREDENTIALS.basicPassword}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return json(res, 401, { message: 'bad credentials' });
      return json(res, 200, items.slice(0, 3));
    }
    // API key in the query string.
    if (path === '/keyq/items') {
      if (query.api_key !== CREDENTIALS.queryKey) return json(res, 401, { message: 'bad key' });
      return json(res, 200, { data: items.slice(0, 2) });
    }
    // JSON lines and CSV exports.
    if (path === '/export/items.jsonl') {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.end(
        `${items
          .slice(0, 3)
          .map((i) => JSON.stringify(i))
          .join('\n')}\n`,
      );
      return true;
    }
    if (path === '/export/items.csv') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(`\uFEFFid;name;note\r\n1;item 1;"semi; colon"\r\n2;item 2;"line\nbreak"\r\n3;item 3;"say ""hi"""\r\n`);
      return true;
    }
    return false;
  };

  const server = createServer((incoming: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://localhost');
      const req: FakeRequest = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString(),
        at: performance.now(),
      };
      requests.push(req);
      inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
      res.on('close', () => (inFlight -= 1));
      const base = `http://${incoming.headers.host}`;
      const fault = faults.find((f) => req.path.startsWith(f.path) && (f.after ?? 0) <= 0);
      for (const f of faults) if (f !== fault && req.path.startsWith(f.path) && (f.after ?? 0) > 0) f.after! -= 1;
      if (fault && (fault.times = (fault.times ?? 1) - 1) <= 0) faults.splice(faults.indexOf(fault), 1);
      const serve = () => {
        if (fault) {
          if (fault.revokeTokens) issued.clear();
          const text = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body ?? { message: 'fault' });
          res.writeHead(fault.status ?? 500, { 'content-type': 'application/json', ...fault.headers });
          res.end(text);
          return;
        }
        if (!route(req, res, base)) json(res, 404, { message: `no route ${req.path}` });
      };
      const delay = fault?.delayMs ?? (isTokenPath(req.path) ? 0 : settings.delayMs);
      if (delay > 0) setTimeout(serve, delay);
      else serve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    items,
    requests,
    settings,
    stats,
    /** Requests to token and login endpoints. */
    tokenCalls: () => requests.filter((r) => isTokenPath(r.path)),
    /** Requests to data endpoints, as `METHOD /path?query` exactly as sent. */
    dataCalls: () => requests.filter((r) => !isTokenPath(r.path)).map((r) => `${r.method} ${r.url}`),
    /** Serves `fault` instead of the normal response to the next matching requests. */
    fail(fault: Fault) {
      faults.push({ ...fault });
    },
    /** The refresh token the LWA fake accepts from now on. */
    setRefreshToken(token: string) {
      validRefreshToken = token;
    },
    /** Invalidates every token issued so far (the API answers 401 until a new one is fetched). */
    revokeTokens() {
      issued.clear();
    },
    /** Forgets the requests seen and any faults not served yet. */
    reset() {
      requests.length = 0;
      faults.length = 0;
      stats.maxInFlight = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function isTokenPath(path: string): boolean {
  return /\/(token|auth)\/?$/.test(path);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
  return true;
}

/** Ploomes-style zone-less local time (Sao Paulo, UTC-3 all year since 2019). */
function toSaoPaulo(iso: string): string {
  return new Date(Date.parse(iso) - 3 * 3600_000).toISOString().slice(0, 19);
}
