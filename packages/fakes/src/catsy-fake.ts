/**
 * A local fake of Catsy PIM's v3 saved-query export, as the Catsy -> SparkLayer seed reads it:
 * `GET /api/v3/queries/{queryId}/items?limit&offset` with a static `Authorization: Bearer <key>`.
 *
 * What is documented ([V]/[P] in shared/apis.md) and followed here: the static bearer key (no token
 * endpoint, no expiry), `limit`/`offset` paging with records in `items[]`, the 429 on "2 req/s, burst 10",
 * 401 for a bad key and 403 when the key's role lacks attribute access, and `price_trade` arriving as a
 * numeric string.
 *
 * Where apis.md is silent or uncertain, the choice made here is configurable:
 * - the name of the total count (`total`, `totalCount` or `pagination.total_results`): `totalField`, default `total`;
 * - the maximum `limit` (clients use 200–500): `maxLimit`, default 500, and what a larger one gets
 *   (`overLimit`: a 400 by default, or silently clamped);
 * - the default `limit` when none is sent: 100;
 * - error bodies (unknown; clients only log the text): `{ "message": "..." }` JSON; 503 is an HTML page as
 *   a load balancer sends;
 * - whether the 429 carries `Retry-After` (not observed; clients back off exponentially): left out unless
 *   `faults.retryAfterSeconds` is set;
 * - an unknown query id: 404.
 *
 * @example
 * ```ts
 * const catsy = await startCatsyFake({ productCount: 120 });
 * const res = await fetch(`${catsy.url}/api/v3/queries/${catsy.store.queryId}/items?limit=500&offset=0`, {
 *   headers: { authorization: `Bearer ${catsy.store.apiKey}` },
 * });
 * // catsy.store.products holds what the pipeline should have read
 * await catsy.close();
 * ```
 */
import { createSeededRandom, money } from './_seeded-random.js';
import { bearerToken, createTokenBucket, type RateLimiter } from './_rate-limit.js';
import { startFakeServer, type FakeRequest, type FakeResponse, type FakeServer, type Faults } from './fake-server.js';

/** One record of a Catsy saved query: tenant-defined snake_case attributes, prices as strings. */
export interface CatsyProduct {
  /** Catsy's numeric item id. */
  id: number;
  sku: string;
  name: string;
  /** Trade price as Catsy sends it: a numeric string, or an invalid value (`''`, `'N/A'`, negative). */
  price_trade: string;
  /** Retail price, a numeric string. */
  price_retail: string;
  /** 12-digit UPC-A with a valid check digit. */
  upc: string;
  status: 'Active' | 'Inactive' | 'Discontinued';
  brand: string;
  category: string;
  description: string;
  /** Weight in pounds, also a numeric string. */
  weight_lbs: string;
  /** Other tenant-defined attributes. */
  [attribute: string]: unknown;
}

/** Where the total count sits in a page (clients probe all three). */
export type CatsyTotalField = 'total' | 'totalCount' | 'pagination.total_results';

/** Options of {@link startCatsyFake}. */
export interface CatsyFakeOptions {
  /** The API key with full attribute access. @default 'catsy_test_key' */
  apiKey?: string;
  /** Keys that authenticate but whose role lacks attribute access (answered with 403). @default [] */
  keysWithoutAttributeAccess?: string[];
  /** The saved query id served. @default '1001' */
  queryId?: string;
  /** The records; generated from `productCount` and `seed` when left out. */
  products?: CatsyProduct[];
  /** How many records to generate. @default 120 */
  productCount?: number;
  /** Seed of the generated records. @default 1 */
  seed?: number;
  /** Where the total count goes. @default 'total' */
  totalField?: CatsyTotalField;
  /** Largest accepted `limit`. @default 500 */
  maxLimit?: number;
  /** What a `limit` above `maxLimit` gets: a 400, or silently `maxLimit` items. @default 'error' */
  overLimit?: 'error' | 'clamp';
  /** The real rate limit (token bucket); false turns it off. @default { perSecond: 2, burst: 10 } */
  rateLimit?: { perSecond: number; burst: number } | false;
  /** Faults to start with; `retryAfterSeconds` defaults to null (no `Retry-After`) here. */
  faults?: Partial<Faults>;
  port?: number;
}

/** The data a Catsy fake serves; tests mutate it between runs. */
export interface CatsyStore {
  apiKey: string;
  queryId: string;
  /** Records in query order; edit, push or splice to test incremental runs. */
  products: CatsyProduct[];
  /** Keys answered with 403; add one to revoke attribute access mid-run. */
  keysWithoutAttributeAccess: Set<string>;
}

/** A running Catsy fake. */
export interface CatsyFake extends FakeServer {
  readonly store: CatsyStore;
}

const BRANDS = [
  { name: 'Brennan', prefix: 'BRN' },
  { name: 'Parker', prefix: 'PKR' },
  { name: 'Eaton', prefix: 'EAT' },
  { name: 'Gates', prefix: 'GTS' },
] as const;
const SHAPES = [
  'Male Connector',
  'Female Connector',
  'Elbow 90°',
  'Tee',
  'Union',
  'Reducing Bushing',
  'Hex Nipple',
  'Bulkhead Union',
  'Cap',
  'Plug',
] as const;
const SIZES = ['1/8', '1/4', '3/8', '1/2', '3/4', '1'] as const;
const CATEGORIES = ['Hydraulic Adapters', 'Pipe Fittings', 'Tube Fittings', 'Quick Couplings'] as const;

/**
 * Generates `count` realistic Catsy records, the same for the same seed. Every 30th record (from the 8th)
 * has an empty trade price, every 30th (from the 18th) `'N/A'`, every 40th (from the 30th) a negative one.
 */
export function createCatsyProducts(count = 120, seed = 1): CatsyProduct[] {
  const random = createSeededRandom(seed);
  const products: CatsyProduct[] = [];
  for (let i = 0; i < count; i++) {
    const brand = random.pick(BRANDS);
    const shape = random.pick(SHAPES);
    const a = random.pick(SIZES);
    const b = random.pick(SIZES);
    const trade = random.int(150, 25_000) / 100;
    const retail = Math.round(trade * (1.4 + random.next() * 0.4) * 100) / 100;
    let priceTrade = money(trade);
    if (i % 30 === 7) priceTrade = '';
    else if (i % 30 === 17) priceTrade = 'N/A';
    else if (i % 40 === 29) priceTrade = `-${money(trade)}`;
    products.push({
      id: 4_812_231 + i * 7,
      sku: `${brand.prefix}-${String(300 + i).padStart(4, '0')}-${pad2(SIZES.indexOf(a) + 1)}-${pad2(SIZES.indexOf(b) + 1)}`,
      name: `${shape} ${a} x ${b}`,
      price_trade: priceTrade,
      price_retail: priceTrade === 'N/A' ? 'N/A' : money(retail),
      upc: upcA(`0${12_345 + (i % 7)}${String(10_000 + i).padStart(5, '0')}`),
      status: i % 23 === 5 ? 'Discontinued' : i % 17 === 3 ? 'Inactive' : 'Active',
      brand: brand.name,
      category: random.pick(CATEGORIES),
      description: `${brand.name} ${shape.toLowerCase()}, ${a}" x ${b}", zinc-plated steel`,
      weight_lbs: (random.int(5, 900) / 100).toString(),
    });
  }
  return products;
}

/**
 * The trade price a pipeline should send for a record: the numeric value of `price_trade`, or undefined
 * when it is empty, not a number or not positive (the records a pipeline should quarantine).
 */
export function catsyTradePrice(product: Pick<CatsyProduct, 'price_trade'>): number | undefined {
  const text = product.price_trade.trim();
  if (text === '' || !/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return value > 0 ? value : undefined;
}

/** Starts a Catsy v3 fake on 127.0.0.1. */
export async function startCatsyFake(options: CatsyFakeOptions = {}): Promise<CatsyFake> {
  const store: CatsyStore = {
    apiKey: options.apiKey ?? 'catsy_test_key',
    queryId: options.queryId ?? '1001',
    products: options.products ?? createCatsyProducts(options.productCount ?? 120, options.seed ?? 1),
    keysWithoutAttributeAccess: new Set(options.keysWithoutAttributeAccess ?? []),
  };
  const totalField = options.totalField ?? 'total';
  const maxLimit = options.maxLimit ?? 500;
  const rate = options.rateLimit === undefined ? { perSecond: 2, burst: 10 } : options.rateLimit;
  const bucket: RateLimiter | undefined = rate ? createTokenBucket(rate.perSecond, rate.burst) : undefined;

  const tooMany = (): FakeResponse => {
    const seconds = server.faults.retryAfterSeconds;
    return {
      status: 429,
      body: { message: 'Too Many Requests: rate limit is 2 requests per second (burst 10)' },
      headers: seconds === null ? {} : { 'retry-after': String(seconds) },
    };
  };

  const items = (req: FakeRequest): FakeResponse => {
    const token = bearerToken(req.headers.authorization);
    if (token === undefined || (token !== store.apiKey && !store.keysWithoutAttributeAccess.has(token))) {
      return { status: 401, body: { message: 'Unauthorized: invalid or missing API key' } };
    }
    if (store.keysWithoutAttributeAccess.has(token)) {
      return { status: 403, body: { message: 'Forbidden: the API user role has no access to the attributes of this query' } };
    }
    const fault = server.nextFault();
    if (fault === 'server_error') {
      return {
        status: 503,
        text: '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>',
        headers: { 'content-type': 'text/html' },
      };
    }
    if (fault === 'rate_limit' || (bucket && !bucket.take())) return tooMany();
    if (req.params.queryId !== store.queryId) return { status: 404, body: { message: `Query ${req.params.queryId} not found` } };

    const limitText = req.query.limit ?? '100';
    const offsetText = req.query.offset ?? '0';
    if (!/^\d+$/.test(limitText) || Number(limitText) < 1) return { status: 400, body: { message: `Invalid limit: ${limitText}` } };
    if (!/^\d+$/.test(offsetText)) return { status: 400, body: { message: `Invalid offset: ${offsetText}` } };
    let limit = Number(limitText);
    if (limit > maxLimit) {
      if (options.overLimit !== 'clamp') return { status: 400, body: { message: `limit must be at most ${maxLimit}` } };
      limit = maxLimit;
    }
    const offset = Number(offsetText);
    const page = store.products.slice(offset, offset + limit);
    const total = store.products.length;
    const body: Record<string, unknown> = { items: page };
    if (totalField === 'pagination.total_results') body.pagination = { total_results: total };
    else body[totalField] = total;
    return { body };
  };

  const server = await startFakeServer({
    routes: [{ method: 'GET', path: '/api/v3/queries/:queryId/items', handle: items }],
    faults: { retryAfterSeconds: null, ...options.faults },
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return Object.assign(server, { store });
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Appends the UPC-A check digit to 11 digits. */
function upcA(eleven: string): string {
  const digits = [...eleven].map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 3 : 1), 0);
  return `${eleven}${(10 - (sum % 10)) % 10}`;
}
