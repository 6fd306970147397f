import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The paging styles the local APIs below speak. */
export const PAGING_STYLES = ['link_header', 'next_url', 'has_more', 'next_token', 'page_total', 'offset_total', 'odata'] as const;
export type PagingStyle = (typeof PAGING_STYLES)[number];

/** One record of the local APIs; the OData one names its fields `Id`, `Name`, `LastUpdateDate`. */
export interface ApiRecord {
  id: number;
  name: string;
  email: string;
  active: boolean;
  price: number;
  updated_at: string;
}

/** 23 records at fixed instants: pages of 5 end with a short page. */
export const RECORDS: ApiRecord[] = Array.from({ length: 23 }, (_, i) => ({
  id: 1001 + i,
  name: `Item ${i + 1}`,
  email: `user${i + 1}@example.com`,
  active: i % 3 !== 0,
  price: 10 + i / 4,
  updated_at: new Date(Date.UTC(2024, 0, 1 + i, 12, 0, 0)).toISOString(),
}));

const SIZE = 5;

/** A running local API, its first-page URL and the requests it received. */
export interface PagingApi {
  readonly url: string;
  readonly origin: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/** The first-page URL a user would pass to `init --url` for each style. */
const FIRST: Record<PagingStyle, string> = {
  link_header: '/repos/acme/widgets/issues?per_page=5',
  next_url: '/api/items/',
  has_more: '/v1/customers?limit=5',
  next_token: '/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER',
  page_total: '/api/v2/products?page=1&per_page=5',
  offset_total: '/api/v3/items?offset=0&limit=5',
  odata: '/odata/Products',
};

type Answer = { status?: number; headers?: Record<string, string>; body: unknown };

function answer(style: PagingStyle, url: URL, origin: string): Answer {
  const q = url.searchParams;
  const slice = (from: number, size = SIZE) => RECORDS.slice(from, from + size);
  switch (style) {
    case 'link_header': {
      const page = Number(q.get('page') ?? 1);
      const size = Number(q.get('per_page') ?? 30);
      const headers: Record<string, string> = {};
      if (page * size < RECORDS.length)
        headers.link = `<${origin}/repos/acme/widgets/issues?per_page=${size}&page=${page + 1}>; rel="next", <${origin}/repos/acme/widgets/issues?per_page=${size}&page=5>; rel="last"`;
      return { headers, body: slice((page - 1) * size, size) };
    }
    case 'next_url': {
      const from = Number(q.get('offset') ?? 0);
      const next = from + SIZE < RECORDS.length ? `${origin}/api/items/?offset=${from + SIZE}` : null;
      return { body: { count: RECORDS.length, next, previous: null, results: slice(from) } };
    }
    case 'has_more': {
      const size = Number(q.get('limit') ?? 10);
      const after = q.get('starting_after');
      const from = after ? RECORDS.findIndex((r) => String(r.id) === after) + 1 : 0;
      const data = slice(from, size);
      return { body: { object: 'list', url: '/v1/customers', has_more: from + size < RECORDS.length, data } };
    }
    case 'next_token': {
      if (q.get('MarketplaceIds') !== 'ATVPDKIKX0DER')
        return { status: 400, body: { errors: [{ message: 'MarketplaceIds is required' }] } };
      const from = q.get('NextToken') ? Number(Buffer.from(q.get('NextToken')!, 'base64url').toString()) : 0;
      const token = from + SIZE < RECORDS.length ? Buffer.from(String(from + SIZE)).toString('base64url') : undefined;
      return { body: { payload: { Orders: slice(from), ...(token ? { NextToken: token } : {}) } } };
    }
    case 'page_total': {
      const page = Number(q.get('page') ?? 1);
      const size = Number(q.get('per_page') ?? 20);
      return { body: { data: slice((page - 1) * size, size), meta: { total: RECORDS.length, page, per_page: size } } };
    }
    case 'offset_total': {
      const offset = Number(q.get('offset') ?? 0);
      const limit = Number(q.get('limit') ?? 20);
      return { body: { items: slice(offset, limit), total: RECORDS.length, offset, limit } };
    }
    case 'odata': {
      const skip = Number(q.get('$skip') ?? 0);
      const value = slice(skip).map((r) => ({ Id: r.id, Name: r.name, Email: r.email, Active: r.active, LastUpdateDate: r.updated_at }));
      const next = skip + SIZE < RECORDS.length ? { '@odata.nextLink': `${origin}/odata/Products?$skip=${skip + SIZE}` } : {};
      return { body: { '@odata.context': `${origin}/odata/$metadata#Products`, value, ...next } };
    }
  }
}

/** Starts a local API of one paging style on 127.0.0.1 that requires `authorization: Bearer <token>` (or `?api_key=<token>`). */
export async function startPagingApi(style: PagingStyle, token: string): Promise<PagingApi> {
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req: IncomingMessage, res) => {
    requests.push(`${req.method} ${req.url}`);
    const key = new URL(req.url ?? '/', 'http://x').searchParams.get('api_key');
    if (req.headers.authorization !== `Bearer ${token}` && key !== token) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthorized"}');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    const expected = new URL(FIRST[style], origin).pathname;
    if (url.pathname !== expected) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const { status = 200, headers = {}, body } = answer(style, url, origin);
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${FIRST[style]}`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
