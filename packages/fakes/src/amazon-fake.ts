/**
 * A local fake of Amazon's Selling Partner API and its Login with Amazon token endpoint, as the
 * Shopify/Amazon -> per-client tables seed reads them: orders (getOrders, getOrder, getOrderItems),
 * FBA inventory summaries and Catalog Items 2022-04-01, for one or more sellers of one app, plus
 * getMarketplaceParticipations (`/sellers/v1/marketplaceParticipations`), the usual connection test.
 *
 * Followed from shared/apis.md (c): `POST /auth/o2/token` taking only form bodies, `grant_type=refresh_token`
 * with `client_id`/`client_secret`, `expires_in` 3600 and the `invalid_grant` body; `x-amz-access-token` on
 * calls and 403 "Access to requested resource is denied." for a missing, bad or expired token; `MarketplaceIds`
 * required and exactly one of `CreatedAfter`/`LastUpdatedAfter`; `XBefore` at least 2 minutes in the past;
 * `MaxResultsPerPage` 1-100; records in `payload.Orders` and `payload.NextToken`, which is used instead of the
 * other criteria; `payload.inventorySummaries` with `pagination.nextToken` (send `startDateTime` again with it);
 * unwrapped Catalog results with `pagination.nextToken` passed back as `pageToken`; per-operation token-bucket
 * usage plans; the 429 `QuotaExceeded` body with no `Retry-After` and no rate header; `x-amzn-RateLimit-Limit`
 * only on 2xx/400/404; `x-amzn-RequestId` everywhere.
 *
 * Reports API 2021-06-30 (developer-docs "Reports API"): createReport (202 `{reportId}`), getReport with
 * `processingStatus` IN_QUEUE, IN_PROGRESS, then DONE (with `reportDocumentId`), CANCELLED (no data) or FATAL,
 * getReportDocument (`url`, `compressionAlgorithm: GZIP`), the document a gzipped tab-separated
 * GET_MERCHANT_LISTINGS_ALL_DATA file (FBA `AMAZON_NA` and merchant-fulfilled `DEFAULT` listings) at a
 * pre-signed URL of a storage host, valid 5 minutes; usage plans createReport 0.0167/15, getReport 2/15,
 * getReportDocument 0.0167/15.
 *
 * Hosts: LWA ({@link AmazonFake.lwaUrl}), each region's SP-API ({@link AmazonFake.regionUrl}) and the report
 * storage each listen on their own port; a seller's token works only on its own region's host (403 elsewhere).
 *
 * Choices where apis.md is silent or uncertain: a JSON token request gets
 * 400 `invalid_request` and wrong client credentials 401 `invalid_client`; `MarketplaceIds` is still required
 * with `NextToken` (the model marks it required); the tokens are standard base64 (with `+` and `/`), so a client
 * that does not URL-encode them gets 400 `InvalidInput`; orders page in ascending `LastUpdateDate`
 * (`PurchaseDate` for `CreatedAfter`) order; updates younger than `ordersLagSeconds` are not returned yet;
 * canceled orders have no `OrderTotal`; FBA pages hold 50 summaries and the last page has no `pagination`;
 * a marketplace the seller does not sell in is a 400 `InvalidInput`; a 503 has code `ServiceUnavailable`;
 * the 2-year (orders) and 18-month (FBA) look-back limits are not enforced, so the fixed 2024 seed stays readable.
 * getMarketplaceParticipations follows the sellers API v1 model (not covered by apis.md): `{"payload": [{marketplace, participation}]}`
 * for each marketplace of the seller, usage plan 0.016 rps, burst 15.
 *
 * @example
 * ```ts
 * const amazon = await startAmazonFake();
 * const seller = amazon.store.sellers[0]!;
 * const token = await fetch(`${amazon.lwaUrl}/auth/o2/token`, {
 *   method: 'POST',
 *   body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: seller.refreshToken,
 *     client_id: amazon.store.clientId, client_secret: amazon.store.clientSecret }),
 * }).then((r) => r.json());
 * const orders = await fetch(`${amazon.url}/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=2024-01-01T00:00:00Z`, {
 *   headers: { 'x-amz-access-token': token.access_token },
 * });
 * await amazon.close();
 * ```
 */
import {
  amazonTime,
  createAmazonCatalog,
  createAmazonSellerData,
  US_MARKETPLACE,
  type AmazonCatalogItem,
  type AmazonInventorySummary,
  type AmazonOrder,
  type AmazonSellerData,
} from './_amazon-data.js';
import { createLwa } from './_amazon-lwa.js';
import { createListings, createReports, type AmazonListing, type ReportTimings } from './_amazon-reports.js';
import { getInventorySummaries, getOrders, quotaExceeded, searchCatalogItems, spErrors } from './_amazon-operations.js';
import { createTokenBucket, headerValue, type RateLimiter } from './_rate-limit.js';
import { startFakeServer, type FakeRequest, type FakeResponse, type FakeRoute, type FakeServer, type Faults } from './fake-server.js';

export type { AmazonCatalogItem, AmazonInventorySummary, AmazonMoney, AmazonOrder, AmazonOrderItem } from './_amazon-data.js';
export type { AmazonListing, AmazonReport, ReportStatus, ReportTimings } from './_amazon-reports.js';
export { LISTING_COLUMNS } from './_amazon-reports.js';

/** SP-API regions, each on its own host. */
export type AmazonRegion = 'na' | 'eu' | 'fe';
const REGIONS: readonly AmazonRegion[] = ['na', 'eu', 'fe'];

/** The SP-API operations the fake serves, each with its own usage plan. */
export type AmazonOperation =
  | 'getOrders'
  | 'getOrder'
  | 'getOrderItems'
  | 'getInventorySummaries'
  | 'searchCatalogItems'
  | 'getMarketplaceParticipations'
  | 'createReport'
  | 'getReport'
  | 'getReportDocument';

/** A token-bucket usage plan: `rate` requests per second, `burst` at once. */
export interface AmazonUsagePlan {
  rate: number;
  burst: number;
}

/** The default usage plans (developer-docs "Usage Plans and Rate Limits"). */
export const AMAZON_USAGE_PLANS: Readonly<Record<AmazonOperation, AmazonUsagePlan>> = {
  getOrders: { rate: 0.0167, burst: 20 },
  getOrder: { rate: 0.5, burst: 30 },
  getOrderItems: { rate: 0.5, burst: 30 },
  getInventorySummaries: { rate: 2, burst: 2 },
  searchCatalogItems: { rate: 2, burst: 2 },
  getMarketplaceParticipations: { rate: 0.016, burst: 15 },
  createReport: { rate: 0.0167, burst: 15 },
  getReport: { rate: 2, burst: 15 },
  getReportDocument: { rate: 0.0167, burst: 15 },
};

/** One seller who authorised the app. */
export interface AmazonSellerOptions {
  sellerId: string;
  /** Its LWA refresh token. @default `Atzr|IwEBI<sellerId>` */
  refreshToken?: string;
  /** Marketplaces it sells in. @default ['ATVPDKIKX0DER'] */
  marketplaceIds?: string[];
  /** Seed of its orders and inventory. @default derived from the seller id */
  seed?: number;
  /** @default 40 */
  orders?: number;
  /** How many catalog items it lists (and stocks in FBA). @default 30 */
  skus?: number;
  /** Listings it fulfils itself (merchant-fulfilled, not in FBA inventory). @default 3 */
  mfnSkus?: number;
  /** The region it was authorised in: its tokens work only on that region's host. @default 'na' */
  region?: AmazonRegion;
}

/** Options of {@link startAmazonFake}. */
export interface AmazonFakeOptions {
  /** The app's LWA client id. @default 'amzn1.application-oa2-client.fake0000000000000000000000000000' */
  clientId?: string;
  /** The app's LWA client secret. @default 'amzn1.oa2-cs.v1.fakesecret' */
  clientSecret?: string;
  /** @default one seller, `A2SYNCENGINE01` */
  sellers?: AmazonSellerOptions[];
  /** Return a new refresh token on every refresh and invalidate the old one. @default false */
  rotateRefreshToken?: boolean;
  /** Usage plans per operation; `false` turns rate limiting off. @default AMAZON_USAGE_PLANS */
  usagePlans?: false | Partial<Record<AmazonOperation, AmazonUsagePlan>>;
  /** Order changes younger than this are not returned yet (SP-API lags ~2 min). @default 120 */
  ordersLagSeconds?: number;
  /** Summaries per FBA inventory page. @default 50 */
  inventoryPageSize?: number;
  /** Items in the catalog shared by all sellers. @default 40 */
  catalogSize?: number;
  /** @default 0 (any free port) */
  port?: number;
  /** Faults to start with (`retryAfterSeconds` is ignored: SP-API never sends `Retry-After`). */
  faults?: Partial<Faults>;
  /** How long reports stay IN_QUEUE and IN_PROGRESS, on `clock`. @default { queuedSeconds: 2, processingSeconds: 3 } */
  reportTimings?: Partial<ReportTimings>;
  /** Report documents are gzipped (`compressionAlgorithm: GZIP`). @default true */
  compressReports?: boolean;
  /** Clock for the bucket, the 2-minute rules and changed records (ms). @default Date.now */
  clock?: () => number;
}

/** What one seller holds, with edits that bump `LastUpdateDate`/`lastUpdatedTime`. */
export interface AmazonSellerStore extends AmazonSellerData {
  readonly sellerId: string;
  readonly marketplaceIds: string[];
  readonly region: AmazonRegion;
  /** Its listings as GET_MERCHANT_LISTINGS_ALL_DATA reports them: FBA ones (`AMAZON_NA`) and merchant-fulfilled ones (`DEFAULT`). */
  readonly listings: AmazonListing[];
  /** The seller's current refresh token (changes on each refresh when rotation is on). */
  refreshToken: string;
  /** Merges `patch` into an order and sets `LastUpdateDate` to `at` (default: now minus the lag and a minute). */
  updateOrder(amazonOrderId: string, patch?: Partial<AmazonOrder>, at?: number): AmazonOrder;
  /** Merges `patch` into an FBA summary and bumps its `lastUpdatedTime`. */
  updateInventory(sellerSku: string, patch?: Partial<AmazonInventorySummary>, at?: number): AmazonInventorySummary;
}

/** Everything the fake holds. */
export interface AmazonStore {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly sellers: AmazonSellerStore[];
  readonly catalog: AmazonCatalogItem[];
  /** The seller with this id; throws when there is none. */
  seller(sellerId: string): AmazonSellerStore;
  /** Requested reports; `failNext('FATAL')` makes the next one fail. */
  readonly reports: ReturnType<typeof createReports>;
}

/** A running SP-API fake: LWA, each region and the report storage on hosts of their own. */
export interface AmazonFake extends FakeServer {
  readonly store: AmazonStore;
  /** Login with Amazon (`POST /auth/o2/token`), standing in for `https://api.amazon.com`. */
  readonly lwaUrl: string;
  /** The SP-API host of a region, standing in for `https://sellingpartnerapi-<region>.amazon.com`; `url` is NA's. */
  regionUrl(region: AmazonRegion): string;
  /** The storage host that serves report documents at pre-signed URLs. */
  readonly documentsUrl: string;
  /** The real hosts and the fake's URLs that stand in for them, as an http connection's `hosts` option takes them. */
  readonly hosts: Readonly<Record<string, string>>;
}

/** Starts a fake SP-API (with LWA) on 127.0.0.1. */
export async function startAmazonFake(options: AmazonFakeOptions = {}): Promise<AmazonFake> {
  const clock = options.clock ?? Date.now;
  const lagMs = (options.ordersLagSeconds ?? 120) * 1000;
  const clientId = options.clientId ?? 'amzn1.application-oa2-client.fake0000000000000000000000000000';
  const clientSecret = options.clientSecret ?? 'amzn1.oa2-cs.v1.fakesecret';
  const catalog = createAmazonCatalog(7_001, options.catalogSize ?? 40);
  const sellers = (options.sellers ?? [{ sellerId: 'A2SYNCENGINE01' }]).map((o) => createSellerStore(o, catalog, clock, lagMs));
  let documentsUrl = '';
  const reports = createReports({
    clock,
    timings: { queuedSeconds: 2, processingSeconds: 3, ...options.reportTimings },
    compress: options.compressReports ?? true,
    documentsUrl: () => documentsUrl,
    listingsOf: (sellerId) => sellers.find((s) => s.sellerId === sellerId)?.listings ?? [],
  });
  const plans = options.usagePlans === false ? undefined : { ...AMAZON_USAGE_PLANS, ...options.usagePlans };
  const buckets = new Map<string, RateLimiter>();
  const lwa = createLwa({ clientId, clientSecret, sellers, rotate: options.rotateRefreshToken ?? false, faults: () => server.faults });
  let requestId = 0;

  /** Token check, usage plan, faults, then the operation; adds the headers SP-API sends. */
  const sp =
    (operation: AmazonOperation, handler: (req: FakeRequest, seller: AmazonSellerStore) => FakeResponse): FakeRoute['handle'] =>
    (req) => {
      const region = (req.server ?? 'na') as AmazonRegion;
      requestId += 1;
      const headers: Record<string, string> = {
        'x-amzn-RequestId': `fa4e${String(requestId).padStart(4, '0')}-0000-4000-8000-000000000000`,
      };
      const access = lwa.check(headerValue(req.headers['x-amz-access-token']));
      const found = access.ok ? sellers.find((s) => s.sellerId === access.sellerId) : undefined;
      // A seller's authorisation holds in its own region only.
      const seller = found?.region === region ? found : undefined;
      if (!seller) {
        const details = access.ok ? (found ? `The seller is not authorised in region ${region}.` : '') : access.details;
        return {
          status: 403,
          headers: { ...headers, 'x-amzn-ErrorType': 'AccessDeniedException' },
          body: spErrors('Unauthorized', 'Access to requested resource is denied.', details),
        };
      }
      const plan = plans?.[operation];
      if (plan) {
        const key = `${seller.sellerId}:${operation}`;
        const bucket = buckets.get(key) ?? createTokenBucket(plan.rate, plan.burst, clock);
        buckets.set(key, bucket);
        if (!bucket.take()) return quotaExceeded(headers);
      }
      const fault = server.nextFault();
      if (fault === 'rate_limit') return quotaExceeded(headers);
      if (fault === 'server_error')
        return { status: 503, headers, body: spErrors('ServiceUnavailable', 'Service temporarily unavailable. Please try again.') };
      const response = handler(req, seller);
      const status = response.status ?? 200;
      if (plan && (status < 300 || status === 400 || status === 404)) headers['x-amzn-RateLimit-Limit'] = String(plan.rate);
      return { ...response, headers: { ...headers, ...response.headers } };
    };

  const routes: FakeRoute[] = [
    {
      method: 'POST',
      path: '/reports/2021-06-30/reports',
      handle: sp('createReport', (req, seller) => reports.create(req, seller.sellerId, seller.marketplaceIds)),
    },
    {
      method: 'GET',
      path: '/reports/2021-06-30/reports/:reportId',
      handle: sp('getReport', (req, seller) => reports.get(req.params.reportId ?? '', seller.sellerId)),
    },
    {
      method: 'GET',
      path: '/reports/2021-06-30/documents/:documentId',
      handle: sp('getReportDocument', (req, seller) => reports.document(req.params.documentId ?? '', seller.sellerId)),
    },
    { method: 'GET', path: '/orders/v0/orders', handle: sp('getOrders', (req, seller) => getOrders(req, seller, clock, lagMs)) },
    {
      method: 'GET',
      path: '/orders/v0/orders/:orderId',
      handle: sp('getOrder', (req, seller) => {
        const order = seller.orders.find((o) => o.AmazonOrderId === req.params.orderId);
        return order
          ? { body: { payload: order } }
          : { status: 404, body: spErrors('NotFound', `Order ${req.params.orderId ?? ''} not found.`) };
      }),
    },
    {
      method: 'GET',
      path: '/orders/v0/orders/:orderId/orderItems',
      handle: sp('getOrderItems', (req, seller) => {
        const items = seller.orderItems.get(req.params.orderId ?? '');
        return items
          ? { body: { payload: { AmazonOrderId: req.params.orderId, OrderItems: items } } }
          : { status: 404, body: spErrors('NotFound', `Order ${req.params.orderId ?? ''} not found.`) };
      }),
    },
    {
      method: 'GET',
      path: '/fba/inventory/v1/summaries',
      handle: sp('getInventorySummaries', (req, seller) => getInventorySummaries(req, seller, options.inventoryPageSize ?? 50)),
    },
    {
      method: 'GET',
      path: '/catalog/2022-04-01/items',
      handle: sp('searchCatalogItems', (req, seller) => searchCatalogItems(req, seller, catalog, sellers)),
    },
    {
      method: 'GET',
      path: '/sellers/v1/marketplaceParticipations',
      handle: sp('getMarketplaceParticipations', (_req, seller) => ({ body: { payload: seller.marketplaceIds.map(participation) } })),
    },
  ];

  const requests: FakeServer['requests'] = [];
  const notFound = () => ({ status: 404, body: spErrors('NotFound', 'Resource not found.') });
  // NA is the fake's main server: its faults and fault counter serve every region.
  const server = await startFakeServer({ routes, port: options.port, faults: options.faults, notFound, requests, label: 'na' });
  const others = await Promise.all([
    ...REGIONS.filter((r) => r !== 'na').map((label) => startFakeServer({ routes, notFound, requests, label })),
    startFakeServer({ routes: [{ method: 'POST', path: '/auth/o2/token', handle: (req) => lwa.handle(req) }], requests, label: 'lwa' }),
    startFakeServer({
      routes: [{ method: 'GET', path: '/:document', handle: (req) => reports.download(req) }],
      requests,
      label: 'documents',
    }),
  ]);
  const [eu, fe, lwaServer, documents] = others as [FakeServer, FakeServer, FakeServer, FakeServer];
  documentsUrl = documents.url;
  const regionUrls: Record<AmazonRegion, string> = { na: server.url, eu: eu.url, fe: fe.url };
  const store: AmazonStore = {
    clientId,
    clientSecret,
    sellers,
    catalog,
    seller(sellerId) {
      const seller = sellers.find((s) => s.sellerId === sellerId);
      if (!seller) throw new Error(`no fake Amazon seller "${sellerId}"`);
      return seller;
    },
    reports,
  };
  const closeMain = server.close;
  return Object.assign(server, {
    store,
    lwaUrl: lwaServer.url,
    regionUrl: (region: AmazonRegion) => regionUrls[region],
    documentsUrl: documents.url,
    hosts: {
      'api.amazon.com': lwaServer.url,
      ...Object.fromEntries(REGIONS.map((r) => [`sellingpartnerapi-${r}.amazon.com`, regionUrls[r]])),
    },
    close: async () => {
      await Promise.all([closeMain(), ...others.map((o) => o.close())]);
    },
  });
}

/** Marketplaces the fake knows by id (developer-docs "Marketplace IDs"); others get a generic entry. */
const MARKETPLACES: Readonly<
  Record<string, { countryCode: string; name: string; defaultCurrencyCode: string; defaultLanguageCode: string; domainName: string }>
> = {
  ATVPDKIKX0DER: {
    countryCode: 'US',
    name: 'Amazon.com',
    defaultCurrencyCode: 'USD',
    defaultLanguageCode: 'en_US',
    domainName: 'www.amazon.com',
  },
  A2EUQ1WTGCTBG2: {
    countryCode: 'CA',
    name: 'Amazon.ca',
    defaultCurrencyCode: 'CAD',
    defaultLanguageCode: 'en_CA',
    domainName: 'www.amazon.ca',
  },
  A1PA6795UKMFR9: {
    countryCode: 'DE',
    name: 'Amazon.de',
    defaultCurrencyCode: 'EUR',
    defaultLanguageCode: 'de_DE',
    domainName: 'www.amazon.de',
  },
  A1F83G8C2ARO7P: {
    countryCode: 'GB',
    name: 'Amazon.co.uk',
    defaultCurrencyCode: 'GBP',
    defaultLanguageCode: 'en_GB',
    domainName: 'www.amazon.co.uk',
  },
};

/** One entry of getMarketplaceParticipations' `payload` (sellers API v1 `MarketplaceParticipation`). */
function participation(marketplaceId: string) {
  const known = MARKETPLACES[marketplaceId] ?? {
    countryCode: 'US',
    name: marketplaceId,
    defaultCurrencyCode: 'USD',
    defaultLanguageCode: 'en_US',
    domainName: 'www.amazon.com',
  };
  return { marketplace: { id: marketplaceId, ...known }, participation: { isParticipating: true, hasSuspendedListings: false } };
}

function sellerSeed(sellerId: string): number {
  let hash = 2166136261;
  for (const ch of sellerId) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

function createSellerStore(
  options: AmazonSellerOptions,
  catalog: AmazonCatalogItem[],
  clock: () => number,
  lagMs: number,
): AmazonSellerStore {
  const marketplaceIds = options.marketplaceIds ?? [US_MARKETPLACE];
  const seed = options.seed ?? sellerSeed(options.sellerId);
  const data = createAmazonSellerData(seed, catalog, {
    orders: options.orders,
    skus: options.skus,
    marketplaceId: marketplaceIds[0],
    skuPrefix: options.sellerId.slice(-3),
  });
  // A change is stamped far enough in the past to be visible at once despite the SP-API lag.
  const visibleNow = (): number => clock() - lagMs - 60_000;
  return {
    ...data,
    sellerId: options.sellerId,
    marketplaceIds,
    region: options.region ?? 'na',
    listings: createListings(seed, data.inventory, catalog, options.mfnSkus ?? 3, options.sellerId.slice(-3)),
    refreshToken: options.refreshToken ?? `Atzr|IwEBI${options.sellerId}`,
    updateOrder(amazonOrderId, patch = {}, at = visibleNow()) {
      const order = data.orders.find((o) => o.AmazonOrderId === amazonOrderId);
      if (!order) throw new Error(`no order ${amazonOrderId} for fake Amazon seller ${options.sellerId}`);
      return Object.assign(order, { LastUpdateDate: amazonTime(at) }, patch);
    },
    updateInventory(sellerSku, patch = {}, at = clock()) {
      const summary = data.inventory.find((s) => s.sellerSku === sellerSku);
      if (!summary) throw new Error(`no FBA summary ${sellerSku} for fake Amazon seller ${options.sellerId}`);
      return Object.assign(summary, { lastUpdatedTime: amazonTime(at) }, patch);
    },
  };
}
