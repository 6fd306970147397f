/**
 * A local fake of the Shopify Admin REST API for one or more shops, as the Shopify/Amazon -> per-client
 * tables seed reads it: `GET /admin/api/{version}/{orders,products,customers,inventory_levels}.json`
 * with `X-Shopify-Access-Token`, plus `shop.json` as the connection test.
 *
 * Followed from shared/apis.md (b): the access-token header and its 401 body; records under the plural
 * key; `limit` (default 50, max 250); `updated_at_min` and the other list filters; `status=open` as the
 * orders default; `inventory_levels.json` needing `inventory_item_ids` or `location_ids`; cursor paging
 * through a lowercase `link` header (`<...page_info=...>; rel="next", <...>; rel="previous"`) with an
 * opaque `page_info` that only `limit` and `fields` may accompany; `page=` rejected; money as strings;
 * a leaky bucket per app per shop (40 requests, leaking 2/s) reported in `X-Shopify-Shop-Api-Call-Limit`
 * on every answer, and the 429 with a fractional `Retry-After` (or none, as a fault).
 *
 * Access scopes per shop: without `read_all_orders` orders created more than 60 days ago are left out
 * (apis.md (b)); without a resource's `read_*` scope its endpoints answer 403 with Shopify's merchant-approval message.
 *
 * Choices where apis.md is silent or uncertain: one host per shop: each shop has a listener of its own
 * ({@link ShopifyFake.shopUrl}), and any listener serves the shop a `{handle}.myshopify.com` Host or
 * X-Forwarded-Host names (an http connection's `hosts` option sends it; {@link ShopifyFake.hosts});
 * `link` URLs point at that public host; the main listener without a shop host serves a lone shop only;
 * records are paged in ascending `id` order; the `link` lists `next` before `previous`, as apis.md shows;
 * `Retry-After` is `faults.retryAfterSeconds` (2.0 unless set; `null` leaves it out); a bad `limit` or date
 * gets a 400 and a missing inventory filter a 422 in the `{"errors":{field: ...}}` shape; 503 bodies are
 * `{"errors":"Service Unavailable"}`; a 401 carries no call-limit header (no app to count against).
 *
 * @example
 * ```ts
 * const shopify = await startShopifyFake({ shops: [{ handle: 'acme' }] });
 * const shop = shopify.store.shop('acme');
 * const res = await fetch(`${shopify.shopUrl('acme')}/admin/api/2024-10/orders.json?status=any&limit=250`, {
 *   headers: { 'X-Shopify-Access-Token': shop.accessToken },
 * });
 * // res.headers.get('link') holds the next page; shop.orders holds what a pipeline should have read
 * await shopify.close();
 * ```
 */
import {
  createShopifyShopData,
  shopifyTime,
  type ShopifyCustomer,
  type ShopifyInventoryLevel,
  type ShopifyOrder,
  type ShopifyProduct,
  type ShopifySeedCounts,
  type ShopifyShopData,
} from './_shopify-data.js';
import {
  CUSTOMERS,
  INVENTORY_LEVELS,
  listRecords,
  ORDERS,
  PRODUCTS,
  selectFields,
  validateFilters,
  type ListSpec,
} from './_shopify-lists.js';
import { headerValue } from './_rate-limit.js';
import { startFakeServer, type FakeRequest, type FakeResponse, type FakeRoute, type FakeServer, type Faults } from './fake-server.js';

export type {
  ShopifyCustomer,
  ShopifyInventoryLevel,
  ShopifyLineItem,
  ShopifyLocation,
  ShopifyOrder,
  ShopifyProduct,
  ShopifySeedCounts,
  ShopifyShop,
  ShopifyVariant,
} from './_shopify-data.js';

/** One shop the fake serves. */
export interface ShopifyShopOptions {
  /** The shop's handle, as in `{handle}.myshopify.com`. */
  handle: string;
  /** Its Admin API access token. @default a stable `shpat_...` derived from the handle */
  accessToken?: string;
  /** Seed of its data. @default derived from the handle */
  seed?: number;
  /** How many records it holds. */
  counts?: ShopifySeedCounts;
  /**
   * The access scopes the app was granted on this shop. Without `read_all_orders`, orders created
   * more than 60 days ago are left out of every orders answer; without a resource's `read_*` scope
   * its endpoints answer 403. @default every read scope, `read_all_orders` included
   */
  scopes?: string[];
}

/** Every read scope the fake knows; the default grant. */
export const SHOPIFY_READ_SCOPES = [
  'read_orders',
  'read_all_orders',
  'read_products',
  'read_customers',
  'read_inventory',
  'read_locations',
];
const SIXTY_DAYS_MS = 60 * 86_400_000;

/** Options of {@link startShopifyFake}. */
export interface ShopifyFakeOptions {
  /** The shops. @default one shop, `syncengine-demo` */
  shops?: ShopifyShopOptions[];
  /** Size of the leaky bucket (Standard plans: 40). `0` turns the bucket off. @default 40 */
  bucketSize?: number;
  /** Requests the bucket leaks per second (Standard 2, Advanced 4, Plus 20). @default 2 */
  leakPerSecond?: number;
  /** Port to listen on. @default 0 (any free port) */
  port?: number;
  /** Faults to start with; `retryAfterSeconds` defaults to 2 here, as Shopify sends `Retry-After: 2.0`. */
  faults?: Partial<Faults>;
  /** Clock for the bucket and for `updated_at` of changed records (ms). @default Date.now */
  clock?: () => number;
}

/** What one shop holds, with edits that behave like edits in the Shopify admin (they bump `updated_at`). */
export interface ShopifyShopStore extends ShopifyShopData {
  readonly handle: string;
  readonly accessToken: string;
  /** The granted access scopes (change them to revoke one). */
  scopes: string[];
  /** Merges `patch` into an order and sets its `updated_at` to now (unless the patch sets it). */
  updateOrder(id: number, patch?: Partial<ShopifyOrder>): ShopifyOrder;
  /** Adds an order (a copy of the newest one with new ids, created now) and returns it. */
  addOrder(patch?: Partial<ShopifyOrder>): ShopifyOrder;
  /** Merges `patch` into a product and bumps its `updated_at`. */
  updateProduct(id: number, patch?: Partial<ShopifyProduct>): ShopifyProduct;
  /** Merges `patch` into a customer and bumps its `updated_at`. */
  updateCustomer(id: number, patch?: Partial<ShopifyCustomer>): ShopifyCustomer;
  /** Sets the available stock of an inventory item at a location and bumps its `updated_at`. */
  setInventoryLevel(inventoryItemId: number, locationId: number, available: number): ShopifyInventoryLevel;
}

/** All shops of the fake. */
export interface ShopifyStore {
  readonly shops: ShopifyShopStore[];
  /** The shop with this handle; throws when there is none. */
  shop(handle: string): ShopifyShopStore;
}

/** A running Shopify fake. */
export interface ShopifyFake extends FakeServer {
  readonly store: ShopifyStore;
  /** The shop's own listener, standing in for `https://{handle}.myshopify.com` (append `/admin/api/...`). */
  shopUrl(handle: string): string;
  /** `{handle}.myshopify.com` of every shop and its listener, as an http connection's `hosts` option takes them. */
  readonly hosts: Readonly<Record<string, string>>;
}

const INVALID_TOKEN = '[API] Invalid API key or access token (unrecognized login or wrong password)';
const VERSION = /^(\d{4}-\d{2}|unstable)$/;

/** Starts a fake Shopify Admin REST API on 127.0.0.1. */
export async function startShopifyFake(options: ShopifyFakeOptions = {}): Promise<ShopifyFake> {
  const clock = options.clock ?? Date.now;
  const shops = (options.shops ?? [{ handle: 'syncengine-demo' }]).map((o) => createShopStore(o, clock));
  const bucketSize = options.bucketSize ?? 40;
  const leak = options.leakPerSecond ?? 2;
  const buckets = new Map<string, { level: number; at: number }>();
  let baseUrl = '';
  let requestId = 0;

  /** Answers one admin request: shop and token, bucket, faults, then the handler. */
  const admin =
    (handler: (req: FakeRequest, shop: ShopifyShopStore, publicUrl: string) => FakeResponse, scope?: string): FakeRoute['handle'] =>
    (req) => {
      const token = headerValue(req.headers['x-shopify-access-token']);
      // One host per shop: `{handle}.myshopify.com` in Host (or X-Forwarded-Host, from a proxy or an
      // http connection's `hosts`), else the shop whose own listener was called.
      const host = (headerValue(req.headers['x-forwarded-host']) ?? headerValue(req.headers.host) ?? '').toLowerCase();
      const named = /^([a-z0-9][a-z0-9-]*)\.myshopify\.com(:\d+)?$/.exec(host)?.[1];
      const listener = req.server === undefined ? undefined : shops.find((s) => s.handle === req.server);
      const shop = named !== undefined ? shops.find((s) => s.handle === named) : (listener ?? (shops.length === 1 ? shops[0] : undefined));
      if (!shop) return { status: 404, body: { errors: 'Not Found' } };
      if (shop.accessToken !== token) return { status: 401, body: { errors: INVALID_TOKEN } };
      const proto = headerValue(req.headers['x-forwarded-proto']) ?? 'https';
      const publicUrl = named !== undefined ? `${proto}://${host}` : (listenerUrls.get(shop.handle) ?? baseUrl);
      if (!VERSION.test(req.params.version ?? '')) return { status: 404, body: { errors: 'Not Found' } };
      requestId += 1;
      const common = { 'x-shopify-api-version': req.params.version ?? '', 'x-request-id': `fake-${requestId}` };

      const bucket = buckets.get(shop.handle) ?? { level: 0, at: clock() };
      const now = clock();
      bucket.level = Math.max(0, bucket.level - ((now - bucket.at) / 1000) * leak);
      bucket.at = now;
      buckets.set(shop.handle, bucket);
      const callLimit = (): string => `${Math.min(bucketSize, Math.max(1, Math.floor(bucket.level)))}/${bucketSize}`;
      const tooMany = (): FakeResponse => {
        const headers: Record<string, string> = { ...common, 'x-shopify-shop-api-call-limit': `${bucketSize}/${bucketSize}` };
        const retry = server.faults.retryAfterSeconds;
        if (retry !== null) headers['retry-after'] = Number.isInteger(retry) ? retry.toFixed(1) : String(retry);
        return {
          status: 429,
          headers,
          body: { errors: `Exceeded ${leak} calls per second for api client. Reduce request rates to resume uninterrupted service.` },
        };
      };
      if (bucketSize > 0 && bucket.level + 1 > bucketSize) return tooMany();
      const fault = server.nextFault();
      if (fault === 'rate_limit') return tooMany();
      bucket.level += 1;
      if (fault === 'server_error')
        return {
          status: 503,
          headers: { ...common, 'x-shopify-shop-api-call-limit': callLimit() },
          body: { errors: 'Service Unavailable' },
        };
      const withLimit = (response: FakeResponse): FakeResponse => ({
        ...response,
        headers: { ...common, 'x-shopify-shop-api-call-limit': callLimit(), ...response.headers },
      });
      if (scope && !shop.scopes.includes(scope))
        return withLimit({ status: 403, body: { errors: `[API] This action requires merchant approval for ${scope} scope.` } });
      // Without read_all_orders the API answers as if orders older than 60 days did not exist.
      const view = shop.scopes.includes('read_all_orders')
        ? shop
        : { ...shop, orders: shop.orders.filter((o) => Date.parse(o.created_at) >= clock() - SIXTY_DAYS_MS) };
      return withLimit(handler(req, view, publicUrl));
    };

  const SCOPE: Record<string, string> = {
    orders: 'read_orders',
    products: 'read_products',
    customers: 'read_customers',
    inventory_levels: 'read_inventory',
  };
  const listRoute = (spec: ListSpec): FakeRoute['handle'] =>
    admin(
      (req, shop, publicUrl) => listRecords(spec, req, shop, `${publicUrl}/admin/api/${req.params.version ?? ''}/${spec.key}.json`),
      SCOPE[spec.key],
    );

  const count = (spec: ListSpec): FakeRoute['handle'] =>
    admin((req, shop) => {
      const invalid = validateFilters(req.query);
      if (invalid) return invalid;
      return { body: { count: spec.records(shop).filter((r) => spec.matches(r, req.query)).length } };
    }, SCOPE[spec.key]);

  const one = (spec: ListSpec, singular: string): FakeRoute['handle'] =>
    admin((req, shop) => {
      const id = Number((req.params.id ?? '').replace(/\.json$/, ''));
      const record = spec.records(shop).find((r) => (r as { id?: number }).id === id);
      if (!record) return { status: 404, body: { errors: 'Not Found' } };
      return { body: { [singular]: selectFields(record, req.query.fields) } };
    }, SCOPE[spec.key]);

  const at = (path: string) => `/admin/api/:version/${path}`;
  const routes: FakeRoute[] = [
    {
      method: 'GET',
      path: at('shop.json'),
      handle: admin((req, shop) => ({ body: { shop: selectFields(shop.shop, req.query.fields) } })),
    },
    {
      method: 'GET',
      path: at('locations.json'),
      handle: admin((_req, shop) => ({ body: { locations: shop.locations } }), 'read_locations'),
    },
  ];
  for (const [spec, singular] of [
    [ORDERS, 'order'],
    [PRODUCTS, 'product'],
    [CUSTOMERS, 'customer'],
  ] as const) {
    routes.push(
      { method: 'GET', path: at(`${spec.key}.json`), handle: listRoute(spec) },
      { method: 'GET', path: at(`${spec.key}/count.json`), handle: count(spec) },
      { method: 'GET', path: at(`${spec.key}/:id`), handle: one(spec, singular) },
    );
  }
  routes.push({ method: 'GET', path: at('inventory_levels.json'), handle: listRoute(INVENTORY_LEVELS) });

  const notFound = () => ({ status: 404, body: { errors: 'Not Found' } });
  const requests: FakeServer['requests'] = [];
  const server = await startFakeServer({
    routes,
    port: options.port,
    faults: { retryAfterSeconds: 2, ...options.faults },
    notFound,
    requests,
  });
  // Each shop also has a listener of its own (its "host"); they share the main one's faults and bucket.
  const listeners = await Promise.all(shops.map((shop) => startFakeServer({ routes, notFound, requests, label: shop.handle })));
  const listenerUrls = new Map(shops.map((shop, i) => [shop.handle, listeners[i]!.url]));
  baseUrl = server.url;
  const nextFault = server.nextFault;
  for (const listener of listeners) Object.assign(listener, { nextFault });
  const store: ShopifyStore = {
    shops,
    shop(handle) {
      const shop = shops.find((s) => s.handle === handle);
      if (!shop) throw new Error(`no fake Shopify shop "${handle}"`);
      return shop;
    },
  };
  const closeMain = server.close;
  return Object.assign(server, {
    store,
    shopUrl: (handle: string) => {
      const url = listenerUrls.get(handle);
      if (!url) throw new Error(`no fake Shopify shop "${handle}"`);
      return url;
    },
    hosts: Object.fromEntries(shops.map((shop) => [`${shop.handle}.myshopify.com`, listenerUrls.get(shop.handle)!])),
    close: async () => {
      await Promise.all([closeMain(), ...listeners.map((l) => l.close())]);
    },
  });
}

/** A stable token per handle, so tests and pipelines can be written without reading it back. */
function defaultToken(handle: string): string {
  let hash = 2166136261;
  for (const ch of handle) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `shpat_${hash.toString(16).padStart(8, '0')}${'0'.repeat(24)}`;
}

function createShopStore(options: ShopifyShopOptions, clock: () => number): ShopifyShopStore {
  const seed = options.seed ?? Number.parseInt(defaultToken(options.handle).slice(6, 14), 16);
  const data = createShopifyShopData(options.handle, seed, options.counts);
  const touch = <T extends { updated_at: string }>(record: T | undefined, what: string, patch: Partial<T> = {}): T => {
    if (!record) throw new Error(`no ${what} in fake Shopify shop "${options.handle}"`);
    return Object.assign(record, { updated_at: shopifyTime(clock()) }, patch);
  };
  return {
    ...data,
    handle: options.handle,
    accessToken: options.accessToken ?? defaultToken(options.handle),
    scopes: [...(options.scopes ?? SHOPIFY_READ_SCOPES)],
    updateOrder(id, patch) {
      return touch(
        data.orders.find((o) => o.id === id),
        `order ${id}`,
        patch,
      );
    },
    addOrder(patch = {}) {
      const newest = data.orders[data.orders.length - 1];
      if (!newest) throw new Error('the shop has no order to copy');
      const order = structuredClone(newest);
      const now = shopifyTime(clock());
      const id = Math.max(...data.orders.map((o) => o.id)) + 1_000;
      const number = Math.max(...data.orders.map((o) => o.order_number)) + 1;
      order.line_items.forEach((line, i) =>
        Object.assign(line, { id: id + 100 + i, admin_graphql_api_id: `gid://shopify/LineItem/${id + 100 + i}` }),
      );
      Object.assign(order, {
        id,
        admin_graphql_api_id: `gid://shopify/Order/${id}`,
        name: `#${number}`,
        order_number: number,
        number: number - 1000,
        created_at: now,
        updated_at: now,
        processed_at: now,
        closed_at: null,
        cancelled_at: null,
        cancel_reason: null,
        ...patch,
      });
      data.orders.push(order);
      return order;
    },
    updateProduct(id, patch) {
      return touch(
        data.products.find((p) => p.id === id),
        `product ${id}`,
        patch,
      );
    },
    updateCustomer(id, patch) {
      return touch(
        data.customers.find((c) => c.id === id),
        `customer ${id}`,
        patch,
      );
    },
    setInventoryLevel(inventoryItemId, locationId, available) {
      const level = data.inventoryLevels.find((l) => l.inventory_item_id === inventoryItemId && l.location_id === locationId);
      return touch(level, `inventory level ${inventoryItemId}@${locationId}`, { available });
    },
  };
}
