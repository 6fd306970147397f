/**
 * A local fake of SparkLayer's pricing API, the sink of the Catsy -> SparkLayer seed.
 *
 * Documented ([V] in shared/apis.md, from docs.sparklayer.io) and followed here:
 * - `POST /api/auth/token` with a `Site-Id` header and a JSON body
 *   `{grant_type: "client_credentials", client_id, client_secret}`, answering `access_token` and
 *   `expires_in` (3600); no refresh token; tokens are scoped to one Site ID;
 * - every call sends `Authorization: Bearer` and `Site-Id`;
 * - `PATCH /api/v1/price-lists/{slug}/pricing` with a JSON array `[{sku, pricing: [{quantity, price}]}]`:
 *   each sent SKU's breaks are replaced, others untouched; 404 for an unknown list, 400 for validation
 *   errors as an array of `{line, field, message}`, a retryable 409 on a concurrent update;
 * - `PATCH /api/v1/batch-update-pricing` (entries carry `price_list_slug`),
 *   `GET /api/v1/price-lists/{slug}/pricing` (204 when empty) and `GET /api/v2/price-lists`
 *   (`page`/`page_size` ≤ 250, `{data, pagination: {total, per_page, current_page, total_pages}}`);
 * - other errors as RFC 7807 `{title, status, detail, errors?: [{code, message, property}]}`; 429 with `Retry-After`.
 *
 * Where apis.md is silent or uncertain (configurable where it matters):
 * - the PATCH success status (public clients accept 200, 201, 204): `pricingSuccessStatus`, default 204,
 *   always with an empty body;
 * - how a form-encoded token request is rejected ("doesn't accept a form-encoded body", no status given):
 *   400 problem details naming the missing JSON fields; a missing `Site-Id` is also a 400;
 * - an expired or unknown token: 401 with no body (the docs say some errors have none) and
 *   `WWW-Authenticate: Bearer error="invalid_token"`; bad client credentials: 401 problem details;
 * - `token_type: "Bearer"` in the token answer;
 * - the body limit behind the seed's "batches prevent payload-too-large errors": 413 problem details above
 *   `maxBatchItems` (default 1000) items or `maxBodyBytes` (default 1 MiB);
 * - CSV bodies (`text/csv`) are documented but their columns are not: this fake answers 415;
 * - a PATCH with any invalid line changes nothing (all or nothing);
 * - `price` must be a JSON number ≥ 0 (a numeric string such as Catsy's `"12.50"` is a 400);
 * - the shape of `GET .../pricing` rows: `{sku, quantity, price, ...}` one per break;
 * - no numeric rate limit is published, so 429s come only from `faults`.
 *
 * @example
 * ```ts
 * const spark = await startSparkLayerFake();
 * // run the pipeline against spark.url, then:
 * expect(spark.store.pricesFor('wholesale').get('BRN-0304-04-02')).toBe(12.5);
 * expect(spark.store.batches.filter((b) => b.status < 300).map((b) => b.size)).toEqual([500, 500, 120]);
 * ```
 */
import { bearerToken, headerValue } from './_rate-limit.js';
import { createTokenIssuer, startFakeServer, type FakeRequest, type FakeResponse, type FakeServer, type Faults } from './fake-server.js';

/** One quantity break. */
export interface SparkLayerPriceBreak {
  quantity: number;
  price: number;
  /** Other fields sent with the break (`unit_of_measure`, `tax_type`, ...), stored as received. */
  [field: string]: unknown;
}

/** The prices of one SKU on one price list, as last received. */
export interface SparkLayerSkuPricing {
  sku: string;
  pricing: SparkLayerPriceBreak[];
  display_tax_rate?: number;
}

/** A price list. */
export interface SparkLayerPriceList {
  slug: string;
  name: string;
  /** ISO 4217. */
  currency_code: string;
  source: string;
  tax_inclusive_display: boolean;
}

/** One PATCH the fake received, for asserting batch sizes and pacing. */
export interface SparkLayerBatch {
  /** The list slug of a per-list PATCH; null for `batch-update-pricing`. */
  priceList: string | null;
  /** Entries in the body (0 when it was not a JSON array). */
  size: number;
  /** Body size in bytes. */
  bytes: number;
  /** When it arrived (ms since epoch). */
  at: number;
  /** The status the fake answered. */
  status: number;
}

/** Options of {@link startSparkLayerFake}. */
export interface SparkLayerFakeOptions {
  /** @default 'site_test' */
  siteId?: string;
  /** @default 'sl_client_id' */
  clientId?: string;
  /** @default 'sl_client_secret' */
  clientSecret?: string;
  /** The price lists that exist. @default one list, `wholesale` (USD) */
  priceLists?: Array<Partial<SparkLayerPriceList> & { slug: string }>;
  /** Largest accepted PATCH in entries (413 above); null for no limit. @default 1000 */
  maxBatchItems?: number | null;
  /** Largest accepted PATCH body in bytes (413 above); null for no limit. @default 1048576 */
  maxBodyBytes?: number | null;
  /** Status of a successful PATCH. @default 204 */
  pricingSuccessStatus?: 200 | 201 | 204;
  /** Faults to start with (`tokenTtlSeconds` sets `expires_in`; `retryAfterSeconds` defaults to 1). */
  faults?: Partial<Faults>;
  port?: number;
}

/** What a SparkLayer fake holds. */
export interface SparkLayerStore {
  siteId: string;
  clientId: string;
  clientSecret: string;
  priceLists: Map<string, SparkLayerPriceList>;
  /** Prices per list slug, then per SKU, as last received. */
  pricing: Map<string, Map<string, SparkLayerSkuPricing>>;
  /** Every PATCH received after authentication, in order. */
  batches: SparkLayerBatch[];
  /** Answer the next n PATCHes with 409 (a concurrent update). */
  conflictBurst: number;
  maxBatchItems: number | null;
  maxBodyBytes: number | null;
  /** How many tokens were issued. */
  readonly tokensIssued: number;
  /** Quantity-1 price per SKU on a list, for comparing with the source. */
  pricesFor(slug: string): Map<string, number>;
}

/** A running SparkLayer fake. */
export interface SparkLayerFake extends FakeServer {
  readonly store: SparkLayerStore;
}

interface ValidationError {
  line: number;
  field: string;
  message: string;
}

const problem = (
  status: number,
  title: string,
  detail: string,
  errors?: Array<{ code: string; message: string; property: string }>,
): FakeResponse => ({
  status,
  body: { title, status, detail, ...(errors ? { errors } : {}) },
  headers: { 'content-type': 'application/problem+json' },
});

/** Starts a SparkLayer fake on 127.0.0.1. */
export async function startSparkLayerFake(options: SparkLayerFakeOptions = {}): Promise<SparkLayerFake> {
  const lists = options.priceLists ?? [{ slug: 'wholesale', name: 'Wholesale', currency_code: 'USD' }];
  const priceLists = new Map<string, SparkLayerPriceList>(
    lists.map((l) => [l.slug, { name: l.slug, currency_code: 'USD', source: 'custom', tax_inclusive_display: false, ...l }]),
  );
  const pricing = new Map<string, Map<string, SparkLayerSkuPricing>>();
  const tokenSites = new Map<string, string>();
  const successStatus = options.pricingSuccessStatus ?? 204;

  const store: SparkLayerStore = {
    siteId: options.siteId ?? 'site_test',
    clientId: options.clientId ?? 'sl_client_id',
    clientSecret: options.clientSecret ?? 'sl_client_secret',
    priceLists,
    pricing,
    batches: [],
    conflictBurst: 0,
    maxBatchItems: options.maxBatchItems === undefined ? 1000 : options.maxBatchItems,
    maxBodyBytes: options.maxBodyBytes === undefined ? 1_048_576 : options.maxBodyBytes,
    get tokensIssued() {
      return tokens.count;
    },
    pricesFor(slug) {
      const out = new Map<string, number>();
      for (const [sku, entry] of pricing.get(slug) ?? []) {
        const one = entry.pricing.find((b) => b.quantity === 1);
        if (one) out.set(sku, one.price);
      }
      return out;
    },
  };

  const tokens = createTokenIssuer('sl', () => server.faults);

  const issueToken = (req: FakeRequest): FakeResponse => {
    const site = headerValue(req.headers['site-id']);
    if (!site)
      return problem(400, 'Bad Request', 'The Site-Id header is required.', [
        { code: 'required', message: 'Site-Id header is missing', property: 'Site-Id' },
      ]);
    const contentType = headerValue(req.headers['content-type']) ?? '';
    const body = req.json;
    if (!/^application\/json\b/i.test(contentType) || typeof body !== 'object' || body === null || Array.isArray(body)) {
      return problem(
        400,
        'Bad Request',
        'The request body must be JSON (Content-Type: application/json); form-encoded bodies are not accepted.',
        [
          { code: 'required', message: 'grant_type is required', property: 'grant_type' },
          { code: 'required', message: 'client_id is required', property: 'client_id' },
          { code: 'required', message: 'client_secret is required', property: 'client_secret' },
        ],
      );
    }
    const { grant_type: grantType, client_id: clientId, client_secret: clientSecret } = body as Record<string, unknown>;
    if (grantType !== 'client_credentials') {
      return problem(400, 'Bad Request', 'grant_type must be client_credentials.', [
        { code: 'unsupported_grant_type', message: 'grant_type must be client_credentials', property: 'grant_type' },
      ]);
    }
    if (site !== store.siteId || clientId !== store.clientId || clientSecret !== store.clientSecret) {
      return problem(401, 'Unauthorized', 'Invalid client credentials for this Site ID.');
    }
    const { token, expiresIn } = tokens.issue();
    tokenSites.set(token, site);
    return { body: { access_token: token, token_type: 'Bearer', expires_in: expiresIn } };
  };

  /** Checks token and Site-Id, then the server faults; undefined when the request may proceed. */
  const guard = (req: FakeRequest): FakeResponse | undefined => {
    const token = bearerToken(req.headers.authorization);
    const site = headerValue(req.headers['site-id']);
    if (!token || !tokens.valid(token)) return { status: 401, text: '', headers: { 'www-authenticate': 'Bearer error="invalid_token"' } };
    if (!site)
      return problem(400, 'Bad Request', 'The Site-Id header is required.', [
        { code: 'required', message: 'Site-Id header is missing', property: 'Site-Id' },
      ]);
    if (tokenSites.get(token) !== site) return { status: 401, text: '', headers: { 'www-authenticate': 'Bearer error="invalid_token"' } };
    const fault = server.nextFault();
    if (fault === 'server_error') return problem(503, 'Service Unavailable', 'The service is temporarily unavailable.');
    if (fault === 'rate_limit') {
      const seconds = server.faults.retryAfterSeconds;
      const res = problem(429, 'Too Many Requests', 'Rate limit exceeded.');
      if (seconds !== null) res.headers = { ...res.headers, 'retry-after': String(seconds) };
      return res;
    }
    return undefined;
  };

  const patch = (req: FakeRequest, slug: string | null): FakeResponse => {
    const denied = guard(req);
    if (denied) return denied;
    const bytes = Buffer.byteLength(req.body, 'utf8');
    const size = Array.isArray(req.json) ? req.json.length : 0;
    const answer = (res: FakeResponse): FakeResponse => {
      store.batches.push({ priceList: slug, size, bytes, at: Date.now(), status: res.status ?? 200 });
      return res;
    };
    if (store.conflictBurst > 0) {
      store.conflictBurst -= 1;
      return answer(problem(409, 'Conflict', 'Another pricing update is running for this site; retry the request.'));
    }
    if (store.maxBodyBytes !== null && bytes > store.maxBodyBytes) {
      return answer(problem(413, 'Payload Too Large', `The request body is ${bytes} bytes; the limit is ${store.maxBodyBytes}.`));
    }
    if (store.maxBatchItems !== null && size > store.maxBatchItems) {
      return answer(problem(413, 'Payload Too Large', `The request has ${size} entries; the limit is ${store.maxBatchItems}.`));
    }
    if (slug !== null && !priceLists.has(slug)) return answer(problem(404, 'Not Found', `Price list "${slug}" does not exist.`));
    const contentType = headerValue(req.headers['content-type']) ?? '';
    if (!/^application\/json\b/i.test(contentType)) {
      return answer(problem(415, 'Unsupported Media Type', `This fake accepts application/json only (got "${contentType}").`));
    }
    if (!Array.isArray(req.json))
      return answer({ status: 400, body: [{ line: 0, field: 'body', message: 'The body must be a JSON array.' }] });

    const errors: ValidationError[] = [];
    const accepted: Array<{ slug: string; entry: SparkLayerSkuPricing }> = [];
    req.json.forEach((raw: unknown, index) => {
      const line = index + 1;
      const before = errors.length;
      const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      if (typeof entry.sku !== 'string' || entry.sku.trim() === '') errors.push({ line, field: 'sku', message: 'sku is required' });
      let target = slug;
      if (slug === null) {
        const named = entry.price_list_slug;
        if (typeof named !== 'string' || named === '')
          errors.push({ line, field: 'price_list_slug', message: 'price_list_slug is required' });
        else target = named;
      }
      const breaks = entry.pricing;
      if (!Array.isArray(breaks) || breaks.length === 0)
        errors.push({ line, field: 'pricing', message: 'pricing must be a non-empty array' });
      else {
        breaks.forEach((b: unknown, i) => {
          const item = (typeof b === 'object' && b !== null ? b : {}) as Record<string, unknown>;
          if (typeof item.quantity !== 'number' || !Number.isInteger(item.quantity) || item.quantity < 1) {
            errors.push({ line, field: `pricing[${i}].quantity`, message: 'quantity must be an integer of at least 1' });
          }
          if (typeof item.price !== 'number' || !Number.isFinite(item.price) || item.price < 0) {
            errors.push({ line, field: `pricing[${i}].price`, message: 'price must be a number of at least 0' });
          }
        });
      }
      if (errors.length === before && target !== null) {
        const value: SparkLayerSkuPricing = {
          sku: entry.sku as string,
          pricing: (breaks as SparkLayerPriceBreak[]).map((b) => ({ ...b })),
        };
        if (typeof entry.display_tax_rate === 'number') value.display_tax_rate = entry.display_tax_rate;
        accepted.push({ slug: target, entry: value });
      }
    });
    if (errors.length > 0) return answer({ status: 400, body: errors });
    const missing = accepted.find((a) => !priceLists.has(a.slug));
    if (missing) return answer(problem(404, 'Not Found', `Price list "${missing.slug}" does not exist.`));
    for (const { slug: target, entry } of accepted) {
      let list = pricing.get(target);
      if (!list) pricing.set(target, (list = new Map()));
      list.set(entry.sku, entry);
    }
    return answer({ status: successStatus, text: '' });
  };

  const readPricing = (req: FakeRequest): FakeResponse => {
    const denied = guard(req);
    if (denied) return denied;
    const slug = req.params.slug ?? '';
    if (!priceLists.has(slug)) return problem(404, 'Not Found', `Price list "${slug}" does not exist.`);
    const rows = [...(pricing.get(slug)?.values() ?? [])].flatMap((entry) =>
      entry.pricing.map((b) => ({
        sku: entry.sku,
        ...b,
        ...(entry.display_tax_rate === undefined ? {} : { display_tax_rate: entry.display_tax_rate }),
      })),
    );
    return rows.length === 0 ? { status: 204, text: '' } : { body: rows };
  };

  const listPriceLists = (req: FakeRequest): FakeResponse => {
    const denied = guard(req);
    if (denied) return denied;
    const page = Number(req.query.page ?? '1');
    const perPage = Number(req.query.page_size ?? '100');
    if (!Number.isInteger(page) || page < 1)
      return problem(400, 'Bad Request', 'page must be a positive integer.', [
        { code: 'invalid', message: 'page must be a positive integer', property: 'page' },
      ]);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 250) {
      return problem(400, 'Bad Request', 'page_size must be between 1 and 250.', [
        { code: 'invalid', message: 'page_size must be between 1 and 250', property: 'page_size' },
      ]);
    }
    const all = [...priceLists.values()];
    return {
      body: {
        data: all.slice((page - 1) * perPage, page * perPage),
        pagination: { total: all.length, per_page: perPage, current_page: page, total_pages: Math.max(1, Math.ceil(all.length / perPage)) },
      },
    };
  };

  const server = await startFakeServer({
    routes: [
      { method: 'POST', path: '/api/auth/token', handle: issueToken },
      { method: 'PATCH', path: '/api/v1/price-lists/:slug/pricing', handle: (req) => patch(req, req.params.slug ?? '') },
      { method: 'PATCH', path: '/api/v1/batch-update-pricing', handle: (req) => patch(req, null) },
      { method: 'GET', path: '/api/v1/price-lists/:slug/pricing', handle: readPricing },
      { method: 'GET', path: '/api/v2/price-lists', handle: listPriceLists },
    ],
    notFound: () => problem(404, 'Not Found', 'No route matches this request.'),
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return Object.assign(server, { store });
}
