/**
 * Local stand-ins for the four APIs of the gallery, used only to record the fixtures
 * (`examples/gallery/record-gallery.ts`). Each answers under the public origin the pipeline names,
 * passed in the `x-public-origin` header, so that links and next-page URLs in the recordings are
 * the real API's.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The credentials the recordings were made with; a test checks none of them reached a fixture. */
export const GALLERY_SECRETS = {
  STRIPE_SECRET_KEY: 'sk_test_51GalleryStripeKey0000',
  GITHUB_TOKEN: 'ghp_GalleryGithubToken000000000000000',
  DYNAMICS_CLIENT_SECRET: 'dyn~GalleryClientSecret.000',
  SPAPI_CLIENT_SECRET: 'amzn1.oa2-cs.v1.gallerysecret000',
  SPAPI_REFRESH_TOKEN: 'Atzr|GalleryRefreshToken000',
} as const;

/** Tokens the token endpoints hand out. */
const ISSUED = { dynamics: 'eyJ0eXAiOiJKV1QiLCJhbGciOi.galleryDynamicsAccess', spapi: 'Atza|GalleryAccessToken000' };

/** Buyer e-mails of the NextToken API: scrubbed from the fixtures by `--scrub BuyerEmail`. */
export const BUYER_EMAILS = Array.from({ length: 11 }, (_, i) => `buyer${i + 1}@marketplace.example`);

const day = (i: number, hour = 9) => new Date(Date.UTC(2024, 2, 1 + i, hour, 30, 0)).toISOString().replace('.000Z', 'Z');
type Reply = { status?: number; headers?: Record<string, string>; body: unknown };
type Handler = (url: URL, req: IncomingMessage, body: string, origin: string) => Reply;

const unauthorized: Reply = { status: 401, body: { error: { message: 'Invalid credentials' } } };

const stripe: Handler = (url, req) => {
  if (req.headers.authorization !== `Bearer ${GALLERY_SECRETS.STRIPE_SECRET_KEY}`) return unauthorized;
  const all = Array.from({ length: 12 }, (_, i) => ({
    id: `cus_Q${String(101 + i)}GaL`,
    object: 'customer',
    email: `customer${i + 1}@example.com`,
    name: `Customer ${i + 1}`,
    created: 1_709_280_000 + i * 86_400,
    currency: i % 2 ? 'eur' : 'usd',
    delinquent: i % 5 === 0,
    metadata: { plan: i % 3 ? 'pro' : 'free' },
  }));
  const limit = Number(url.searchParams.get('limit') ?? 10);
  const after = url.searchParams.get('starting_after');
  const from = after ? all.findIndex((c) => c.id === after) + 1 : 0;
  const data = all.slice(from, from + limit);
  return { body: { object: 'list', url: '/v1/customers', has_more: from + limit < all.length, data } };
};

const github: Handler = (url, req, _body, origin) => {
  if (req.headers.authorization !== `Bearer ${GALLERY_SECRETS.GITHUB_TOKEN}`) return unauthorized;
  const all = Array.from({ length: 13 }, (_, i) => ({
    id: 2_100_000_000 + i,
    number: 40 + i,
    title: `Widget bug ${i + 1}`,
    state: i % 4 === 0 ? 'closed' : 'open',
    user: { login: i % 2 ? 'octocat' : 'hubot', id: i % 2 ? 583231 : 480938 },
    labels: i % 3 === 0 ? [{ id: 1, name: 'bug' }] : [],
    comments: i % 5,
    created_at: day(i, 8),
    updated_at: day(i, 17),
  }));
  const size = Number(url.searchParams.get('per_page') ?? 30);
  const page = Number(url.searchParams.get('page') ?? 1);
  const next = new URL(`${origin}${url.pathname}${url.search}`);
  next.searchParams.set('page', String(page + 1));
  const last = Math.ceil(all.length / size);
  const headers: Record<string, string> = { 'x-ratelimit-remaining': '4990' };
  if (page < last) {
    const lastUrl = new URL(next);
    lastUrl.searchParams.set('page', String(last));
    headers.link = `<${next.href}>; rel="next", <${lastUrl.href}>; rel="last"`;
  }
  return { headers, body: all.slice((page - 1) * size, page * size) };
};

const microsoftLogin: Handler = (_url, _req, body) => {
  const form = new URLSearchParams(body);
  if (form.get('client_secret') !== GALLERY_SECRETS.DYNAMICS_CLIENT_SECRET) return { status: 401, body: { error: 'invalid_client' } };
  return { body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: ISSUED.dynamics } };
};

const dynamics: Handler = (url, req, _body, origin) => {
  if (req.headers.authorization !== `Bearer ${ISSUED.dynamics}`) return unauthorized;
  const all = Array.from({ length: 11 }, (_, i) => ({
    '@odata.etag': `W/"${3_400_000 + i}"`,
    accountid: `6f1c${String(i).padStart(4, '0')}-9a3b-ee11-be6d-000d3a4b${String(i).padStart(4, '0')}`,
    name: `Contoso Branch ${i + 1}`,
    revenue: 125000 + i * 1500.5,
    statecode: i === 7 ? 1 : 0,
    modifiedon: day(i, 11),
  }));
  const size = Number(/odata\.maxpagesize=(\d+)/.exec(String(req.headers.prefer ?? ''))?.[1] ?? 5000);
  const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
  const page = all.slice(skip, skip + size);
  const next = new URL(`${origin}${url.pathname}`);
  for (const key of ['$select', '$orderby', '$filter'])
    if (url.searchParams.has(key)) next.searchParams.set(key, url.searchParams.get(key)!);
  next.searchParams.set('$skiptoken', String(skip + size));
  return {
    body: {
      '@odata.context': `${origin}/api/data/v9.2/$metadata#accounts(accountid,name,revenue,statecode,modifiedon)`,
      value: page,
      ...(skip + size < all.length ? { '@odata.nextLink': next.href } : {}),
    },
  };
};

const amazonLogin: Handler = (_url, _req, body) => {
  const form = new URLSearchParams(body);
  if (
    form.get('refresh_token') !== GALLERY_SECRETS.SPAPI_REFRESH_TOKEN ||
    form.get('client_secret') !== GALLERY_SECRETS.SPAPI_CLIENT_SECRET
  )
    return { status: 400, body: { error: 'invalid_grant' } };
  return {
    body: { access_token: ISSUED.spapi, refresh_token: GALLERY_SECRETS.SPAPI_REFRESH_TOKEN, token_type: 'bearer', expires_in: 3600 },
  };
};

const spapi: Handler = (url, req) => {
  if (req.headers['x-amz-access-token'] !== ISSUED.spapi) return { status: 403, body: { errors: [{ code: 'Unauthorized' }] } };
  if (!url.searchParams.get('MarketplaceIds'))
    return { status: 400, body: { errors: [{ code: 'InvalidInput', message: 'MarketplaceIds is required' }] } };
  const all = BUYER_EMAILS.map((email, i) => ({
    AmazonOrderId: `305-${String(1_000_001 + i)}-${String(7_000_000 + i * 13)}`,
    PurchaseDate: day(i, 6),
    LastUpdateDate: day(i, 14),
    OrderStatus: i % 4 === 0 ? 'Shipped' : 'Unshipped',
    OrderTotal: { CurrencyCode: 'EUR', Amount: (19.99 + i).toFixed(2) },
    NumberOfItemsShipped: i % 4 === 0 ? 1 : 0,
    BuyerInfo: { BuyerEmail: email },
  }));
  const size = Number(url.searchParams.get('MaxResultsPerPage') ?? 100);
  const token = url.searchParams.get('NextToken');
  const from = token ? Number(Buffer.from(token, 'base64').toString().split(':')[1]) : 0;
  const next = from + size < all.length ? Buffer.from(`orders:${from + size}`).toString('base64') : undefined;
  return {
    body: {
      payload: { Orders: all.slice(from, from + size), ...(next ? { NextToken: next } : {}), LastUpdatedBefore: '2024-04-01T00:00:00Z' },
    },
  };
};

const HOSTS: Record<string, Record<string, Handler>> = {
  'api.stripe.com': { 'GET /v1/customers': stripe },
  'api.github.com': { 'GET /repos/acme/widgets/issues': github },
  'login.microsoftonline.com': { 'POST /contoso.onmicrosoft.com/oauth2/v2.0/token': microsoftLogin },
  'contoso.api.crm4.dynamics.com': { 'GET /api/data/v9.2/accounts': dynamics },
  'api.amazon.com': { 'POST /auth/o2/token': amazonLogin },
  'sellingpartnerapi-eu.amazon.com': { 'GET /orders/v0/orders': spapi },
};

/** The public hosts the gallery APIs answer for. */
export const GALLERY_HOSTS = Object.keys(HOSTS);

/** Starts one local server for every gallery API; `x-public-origin` picks the API. */
export async function startGalleryApis(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const origin = String(req.headers['x-public-origin'] ?? '');
      const url = new URL(req.url ?? '/', origin || 'http://localhost');
      const handler = HOSTS[url.host]?.[`${req.method} ${url.pathname}`];
      const reply: Reply = handler ? handler(url, req, body, origin) : { status: 404, body: { message: 'Not Found' } };
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
