/**
 * The list endpoints of the Shopify fake: per-resource filters, and cursor paging through the `link`
 * header with an opaque `page_info` that carries the first request's filters.
 */
import type { ShopifyCustomer, ShopifyInventoryLevel, ShopifyOrder, ShopifyProduct, ShopifyShopData } from './_shopify-data.js';
import type { FakeRequest, FakeResponse } from './fake-server.js';

const PAGE_INFO_PARAMS = new Set(['page_info', 'limit', 'fields']);

/** How one list endpoint reads, filters and orders its records. */
export interface ListSpec {
  /** The plural key, also the path (`orders` -> `orders.json`, `{"orders":[...]}`). */
  key: string;
  records(shop: ShopifyShopData): object[];
  /** The ascending paging key. */
  sortKey(record: object): number[];
  matches(record: object, query: Record<string, string>): boolean;
  /** A 4xx when the filters are not enough (inventory levels). */
  require?(query: Record<string, string>): FakeResponse | undefined;
}

const list = (value: string | undefined): string[] | undefined =>
  value === undefined || value === '' ? undefined : value.split(',').map((v) => v.trim());
const time = (value: unknown): number => Date.parse(String(value));

/** The filters every resource with `id`, `created_at` and `updated_at` takes. */
function commonMatch(record: Record<string, unknown>, q: Record<string, string>): boolean {
  const ids = list(q.ids);
  if (ids && !ids.includes(String(record.id))) return false;
  if (q.since_id !== undefined && !(Number(record.id) > Number(q.since_id))) return false;
  for (const field of ['created_at', 'updated_at', 'processed_at']) {
    if (q[`${field}_min`] !== undefined && !(time(record[field]) >= time(q[`${field}_min`]))) return false;
    if (q[`${field}_max`] !== undefined && !(time(record[field]) <= time(q[`${field}_max`]))) return false;
  }
  return true;
}

const byId = (record: object): number[] => [(record as { id: number }).id];

export const ORDERS: ListSpec = {
  key: 'orders',
  records: (shop) => shop.orders,
  sortKey: byId,
  matches(record, q) {
    const order = record as ShopifyOrder;
    if (!commonMatch(order, q)) return false;
    const status = q.status ?? 'open';
    if (status === 'open' && (order.closed_at !== null || order.cancelled_at !== null)) return false;
    if (status === 'closed' && order.closed_at === null) return false;
    if (status === 'cancelled' && order.cancelled_at === null) return false;
    const financial = q.financial_status ?? 'any';
    if (financial !== 'any' && !list(financial)?.includes(order.financial_status)) return false;
    const fulfillment = q.fulfillment_status ?? 'any';
    const fulfilled = order.fulfillment_status;
    if (fulfillment === 'shipped' && fulfilled !== 'fulfilled') return false;
    if (fulfillment === 'partial' && fulfilled !== 'partial') return false;
    if ((fulfillment === 'unshipped' || fulfillment === 'unfulfilled') && fulfilled === 'fulfilled') return false;
    if (fulfillment === 'unshipped' && fulfilled !== null) return false;
    if (q.name !== undefined && order.name !== q.name && order.name !== `#${q.name}`) return false;
    return true;
  },
};

export const PRODUCTS: ListSpec = {
  key: 'products',
  records: (shop) => shop.products,
  sortKey: byId,
  matches(record, q) {
    const product = record as ShopifyProduct;
    if (!commonMatch(product, q)) return false;
    if (q.title !== undefined && !product.title.toLowerCase().includes(q.title.toLowerCase())) return false;
    if (q.vendor !== undefined && product.vendor !== q.vendor) return false;
    if (q.product_type !== undefined && product.product_type !== q.product_type) return false;
    if (q.handle !== undefined && !list(q.handle)?.includes(String(product.handle))) return false;
    if (q.status !== undefined && !list(q.status)?.includes(product.status)) return false;
    return true;
  },
};

export const CUSTOMERS: ListSpec = {
  key: 'customers',
  records: (shop) => shop.customers,
  sortKey: byId,
  matches: (record, q) => commonMatch(record as ShopifyCustomer, q),
};

export const INVENTORY_LEVELS: ListSpec = {
  key: 'inventory_levels',
  records: (shop) => shop.inventoryLevels,
  sortKey: (record) => [(record as ShopifyInventoryLevel).inventory_item_id, (record as ShopifyInventoryLevel).location_id],
  matches(record, q) {
    const level = record as ShopifyInventoryLevel;
    const items = list(q.inventory_item_ids);
    const locations = list(q.location_ids);
    if (items && !items.includes(String(level.inventory_item_id))) return false;
    if (locations && !locations.includes(String(level.location_id))) return false;
    if (q.updated_at_min !== undefined && !(time(level.updated_at) >= time(q.updated_at_min))) return false;
    return true;
  },
  require(q) {
    if (list(q.inventory_item_ids) || list(q.location_ids)) return undefined;
    return { status: 422, body: { errors: { base: ['inventory_item_ids or location_ids must be present'] } } };
  },
};

/** The page_info state: the first request's filters plus where the page ended. */
interface PageInfo {
  resource: string;
  direction: 'next' | 'prev';
  last_value: number[];
  filters: Record<string, string>;
}

/** 400s for `page=` and for a `*_min`/`*_max` filter that is not a date. */
export function validateFilters(query: Record<string, string>): FakeResponse | undefined {
  if (query.page !== undefined) return { status: 400, body: { errors: { page: 'page cannot be passed.' } } };
  for (const [name, value] of Object.entries(query)) {
    if (/_(min|max)$/.test(name) && Number.isNaN(Date.parse(value)))
      return { status: 400, body: { errors: { [name]: `${name} is not a valid date` } } };
  }
  return undefined;
}

/** One page of a list endpoint, with the `link` header to the next and previous pages. */
export function listRecords(spec: ListSpec, req: FakeRequest, shop: ShopifyShopData, selfUrl: string): FakeResponse {
  const query = req.query;
  const invalid = validateFilters(query);
  if (invalid) return invalid;
  const limit = query.limit === undefined ? 50 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 250)
    return { status: 400, body: { errors: { limit: 'limit must be an integer between 1 and 250' } } };

  let cursor: PageInfo | undefined;
  let filters: Record<string, string>;
  if (query.page_info !== undefined) {
    const extra = Object.keys(query).find((name) => !PAGE_INFO_PARAMS.has(name));
    if (extra) {
      return {
        status: 400,
        body: {
          errors: {
            [extra]: `${extra} cannot be passed when page_info is present. See https://shopify.dev/api/usage/pagination-rest for more information.`,
          },
        },
      };
    }
    cursor = decodePageInfo(query.page_info);
    if (!cursor || cursor.resource !== spec.key) return { status: 400, body: { errors: { page_info: 'Invalid value.' } } };
    filters = cursor.filters;
  } else {
    const required = spec.require?.(query);
    if (required) return required;
    filters = Object.fromEntries(Object.entries(query).filter(([name]) => !PAGE_INFO_PARAMS.has(name)));
  }

  const all = spec
    .records(shop)
    .filter((r) => spec.matches(r, filters))
    .sort((a, b) => compareKeys(spec.sortKey(a), spec.sortKey(b)));
  let page: object[];
  if (cursor?.direction === 'prev') {
    const before = all.filter((r) => compareKeys(spec.sortKey(r), cursor.last_value) < 0);
    page = before.slice(Math.max(0, before.length - limit));
  } else {
    const after = cursor ? all.filter((r) => compareKeys(spec.sortKey(r), cursor.last_value) > 0) : all;
    page = after.slice(0, limit);
  }

  const links: string[] = [];
  const first = page[0];
  const last = page[page.length - 1];
  const link = (direction: PageInfo['direction'], record: object, rel: string): string => {
    const info = encodePageInfo({ resource: spec.key, direction, last_value: spec.sortKey(record), filters });
    const fields = query.fields === undefined ? '' : `&fields=${encodeURIComponent(query.fields)}`;
    return `<${selfUrl}?limit=${limit}${fields}&page_info=${info}>; rel="${rel}"`;
  };
  if (last && all.some((r) => compareKeys(spec.sortKey(r), spec.sortKey(last)) > 0)) links.push(link('next', last, 'next'));
  if (cursor && first && all.some((r) => compareKeys(spec.sortKey(r), spec.sortKey(first)) < 0))
    links.push(link('prev', first, 'previous'));
  return {
    body: { [spec.key]: page.map((r) => selectFields(r, query.fields)) },
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function encodePageInfo(info: PageInfo): string {
  return Buffer.from(JSON.stringify(info)).toString('base64url');
}

function decodePageInfo(value: string): PageInfo | undefined {
  try {
    const info = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<PageInfo>;
    if (typeof info.resource !== 'string' || !Array.isArray(info.last_value) || typeof info.filters !== 'object' || info.filters === null)
      return undefined;
    if (info.direction !== 'next' && info.direction !== 'prev') return undefined;
    return info as PageInfo;
  } catch {
    return undefined;
  }
}

/** Keeps only the top-level `fields` of a record (all when none are given). */
export function selectFields(record: object, fields: string | undefined): object {
  const names = list(fields);
  if (!names) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => names.includes(key)));
}
