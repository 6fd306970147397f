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
 * Choices where apis.md is silent or uncertain: shops are told apart by their token on `/admin/api/...`,
 * or by a `/shops/{handle}` prefix ({@link ShopifyFake.shopUrl}) standing in for `{shop}.myshopify.com`;
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
}

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
  /** The base URL standing in for `https://{handle}.myshopify.com` (append `/admin/api/...`). */
  shopUrl(handle: string): string;
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
    (handler: (req: FakeRequest, shop: ShopifyShopStore, prefix: string) => FakeResponse): FakeRoute['handle'] =>
    (req) => {
      const token = headerValue(req.headers['x-shopify-access-token']);
      const prefix = req.params.shop === undefined ? '' : `/shops/${req.params.shop}`;
      const shop =
        req.params.shop === undefined ? shops.find((s) => s.accessToken === token) : shops.find((s) => s.handle === req.params.shop);
      if (req.params.shop !== undefined && !shop) return { status: 404, body: { errors: 'Not Found' } };
      if (!shop || shop.accessToken !== token) return { status: 401, body: { errors: INVALID_TOKEN } };
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
      const response = handler(req, shop, prefix);
      return { ...response, headers: { ...common, 'x-shopify-shop-api-call-limit': callLimit(), ...response.headers } };
    };

  const listRoute = (spec: ListSpec): FakeRoute['handle'] =>
    admin((req, shop, prefix) =>
      listRecords(spec, req, shop, `${baseUrl}${prefix}/admin/api/${req.params.version ?? ''}/${spec.key}.json`),
    );

  const count = (spec: ListSpec): FakeRoute['handle'] =>
    admin((req, shop) => {
      const invalid = validateFilters(req.query);
      if (invalid) return invalid;
      return { body: { count: spec.records(shop).filter((r) => spec.matches(r, req.query)).length } };
    });

  const one = (spec: ListSpec, singular: string): FakeRoute['handle'] =>
    admin((req, shop) => {
      const id = Number((req.params.id ?? '').replace(/\.json$/, ''));
      const record = spec.records(shop).find((r) => (r as { id?: number }).id === id);
      if (!record) return { status: 404, body: { errors: 'Not Found' } };
      return { body: { [singular]: selectFields(record, req.query.fields) } };
    });

  const routes: FakeRoute[] = [];
  for (const prefix of ['', '/shops/:shop']) {
    const at = (path: string) => `${prefix}/admin/api/:version/${path}`;
    routes.push(
      {
        method: 'GET',
        path: at('shop.json'),
        handle: admin((req, shop) => ({ body: { shop: selectFields(shop.shop, req.query.fields) } })),
      },
      { method: 'GET', path: at('locations.json'), handle: admin((_req, shop) => ({ body: { locations: shop.locations } })) },
    );
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
  }

  const server = await startFakeServer({
    routes,
    port: options.port,
    faults: { retryAfterSeconds: 2, ...options.faults },
    notFound: () => ({ status: 404, body: { errors: 'Not Found' } }),
  });
  baseUrl = server.url;
  const store: ShopifyStore = {
    shops,
    shop(handle) {
      const shop = shops.find((s) => s.handle === handle);
      if (!shop) throw new Error(`no fake Shopify shop "${handle}"`);
      return shop;
    },
  };
  return Object.assign(server, { store, shopUrl: (handle: string) => `${server.url}/shops/${handle}` });
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
