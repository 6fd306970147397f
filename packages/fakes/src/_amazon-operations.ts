/**
 * The SP-API operations of the Amazon fake: getOrders (`payload.NextToken`), FBA inventory summaries
 * (`pagination.nextToken`) and Catalog Items search (`pagination.nextToken` -> `pageToken`), with SP-API's
 * error bodies.
 */
import { amazonTime, type AmazonCatalogItem, type AmazonInventorySummary, type AmazonOrder } from './_amazon-data.js';
import type { AmazonSellerStore } from './amazon-fake.js';
import type { FakeRequest, FakeResponse } from './fake-server.js';

const INCLUDED_DATA = new Set([
  'summaries',
  'attributes',
  'dimensions',
  'identifiers',
  'images',
  'productTypes',
  'relationships',
  'salesRanks',
  'vendorDetails',
]);
const IDENTIFIER_TYPES = new Set(['ASIN', 'EAN', 'GTIN', 'ISBN', 'JAN', 'MINSAN', 'SKU', 'UPC']);

/** SP-API's error body: `{"errors":[{"code","message","details"}]}`. */
export function spErrors(
  code: string,
  message: string,
  details = '',
): { errors: Array<{ code: string; message: string; details: string }> } {
  return { errors: [{ code, message, details }] };
}

const invalid = (message: string): FakeResponse => ({ status: 400, body: spErrors('InvalidInput', message) });

/** 429 exactly as SP-API sends it: no `Retry-After`, no rate header. */
export function quotaExceeded(headers: Record<string, string>): FakeResponse {
  return { status: 429, headers, body: spErrors('QuotaExceeded', 'You exceeded your quota for the requested resource.') };
}

/**
 * Encodes a paging token as standard base64 behind two bytes that always encode to `+/`, so a
 * token put in a URL without encoding (`+` read as a space) no longer decodes.
 */
function encodeToken(state: object): string {
  return Buffer.concat([Buffer.from([0xfb, 0xff]), Buffer.from(JSON.stringify(state))]).toString('base64');
}

function decodeToken<T>(token: string): T | undefined {
  const bytes = Buffer.from(token, 'base64');
  if (bytes.toString('base64') !== token || bytes[0] !== 0xfb || bytes[1] !== 0xff) return undefined;
  try {
    return JSON.parse(bytes.subarray(2).toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

const csv = (value: string | undefined): string[] | undefined =>
  value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : undefined;

/** The criteria of a getOrders query, carried in its NextToken. */
interface OrdersQuery {
  marketplaceIds: string[];
  field: 'LastUpdateDate' | 'PurchaseDate';
  after: number;
  before: number;
  statuses?: string[];
  channels?: string[];
  ids?: string[];
  sellerOrderId?: string;
  size: number;
  /** The last order returned: its date (ms) and id. */
  position?: [number, string];
}

/** getOrders: `payload.Orders` paged by `payload.NextToken`, which replaces the other criteria. */
export function getOrders(req: FakeRequest, seller: AmazonSellerStore, clock: () => number, lagMs: number): FakeResponse {
  const q = req.query;
  const marketplaceIds = csv(q.MarketplaceIds);
  if (!marketplaceIds) return invalid('Missing required parameter: MarketplaceIds.');
  if (marketplaceIds.length > 50) return invalid('MarketplaceIds accepts at most 50 values.');
  const foreign = marketplaceIds.find((m) => !seller.marketplaceIds.includes(m));
  if (foreign) return invalid(`Invalid MarketplaceIds: ${foreign}.`);

  let query: OrdersQuery;
  if (q.NextToken !== undefined) {
    const decoded = decodeToken<OrdersQuery>(q.NextToken);
    if (!decoded || typeof decoded.after !== 'number' || !Array.isArray(decoded.position)) return invalid('Invalid NextToken.');
    query = decoded;
  } else {
    if (q.CreatedAfter !== undefined && q.LastUpdatedAfter !== undefined)
      return invalid('CreatedAfter and LastUpdatedAfter cannot both be specified.');
    if (q.CreatedAfter === undefined && q.LastUpdatedAfter === undefined)
      return invalid('Either CreatedAfter or LastUpdatedAfter must be specified.');
    const byCreation = q.CreatedAfter !== undefined;
    const [afterName, beforeName] = byCreation ? ['CreatedAfter', 'CreatedBefore'] : ['LastUpdatedAfter', 'LastUpdatedBefore'];
    const after = Date.parse(q[afterName] ?? '');
    if (Number.isNaN(after)) return invalid(`Invalid ${afterName}: ${q[afterName] ?? ''}. It must be in ISO 8601 format.`);
    const latest = clock() - 120_000;
    let before = clock() - lagMs;
    if (q[beforeName] !== undefined) {
      const given = Date.parse(q[beforeName] ?? '');
      if (Number.isNaN(given)) return invalid(`Invalid ${beforeName}: ${q[beforeName] ?? ''}. It must be in ISO 8601 format.`);
      if (given > latest) return invalid(`${beforeName} must be no later than two minutes before the time of the request.`);
      before = Math.min(before, given);
    }
    if (after > before) return invalid(`${afterName} must be earlier than ${beforeName}.`);
    const size = q.MaxResultsPerPage === undefined ? 100 : Number(q.MaxResultsPerPage);
    if (!Number.isInteger(size) || size < 1 || size > 100) return invalid('MaxResultsPerPage must be between 1 and 100.');
    const ids = csv(q.AmazonOrderIds);
    if (ids && ids.length > 50) return invalid('AmazonOrderIds accepts at most 50 values.');
    query = {
      marketplaceIds,
      field: byCreation ? 'PurchaseDate' : 'LastUpdateDate',
      after,
      before,
      statuses: csv(q.OrderStatuses),
      channels: csv(q.FulfillmentChannels),
      ids,
      sellerOrderId: q.SellerOrderId,
      size,
    };
  }

  const keyOf = (o: AmazonOrder): [number, string] => [Date.parse(String(o[query.field])), o.AmazonOrderId];
  const after = (a: [number, string], b: [number, string]): boolean => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  const matching = seller.orders
    .filter((o) => {
      const at = Date.parse(String(o[query.field]));
      if (at < query.after || at > query.before) return false;
      if (!query.marketplaceIds.includes(o.MarketplaceId)) return false;
      if (query.statuses && !query.statuses.includes(o.OrderStatus)) return false;
      if (query.channels && !query.channels.includes(o.FulfillmentChannel)) return false;
      if (query.ids && !query.ids.includes(o.AmazonOrderId)) return false;
      if (query.sellerOrderId !== undefined && o.SellerOrderId !== query.sellerOrderId) return false;
      return true;
    })
    .sort((a, b) => (after(keyOf(a), keyOf(b)) ? 1 : after(keyOf(b), keyOf(a)) ? -1 : 0));
  const position = query.position;
  const rest = position ? matching.filter((o) => after(keyOf(o), position)) : matching;
  const page = rest.slice(0, query.size);
  const last = page[page.length - 1];
  const payload: Record<string, unknown> = { Orders: page };
  if (last && rest.length > page.length) payload.NextToken = encodeToken({ ...query, position: keyOf(last) });
  payload[query.field === 'PurchaseDate' ? 'CreatedBefore' : 'LastUpdatedBefore'] = amazonTime(query.before);
  return { body: { payload } };
}

/** The criteria of an inventory query, carried in its nextToken. */
interface InventoryQuery {
  startDateTime?: string;
  sellerSkus?: string[];
  position: [number, string];
}

/** getInventorySummaries: `payload.inventorySummaries` paged by `pagination.nextToken`. */
export function getInventorySummaries(req: FakeRequest, seller: AmazonSellerStore, pageSize: number): FakeResponse {
  const q = req.query;
  if (q.granularityType !== 'Marketplace') return invalid('granularityType is required and must be Marketplace.');
  if (!q.granularityId) return invalid('Missing required parameter: granularityId.');
  const marketplaceIds = csv(q.marketplaceIds);
  if (!marketplaceIds) return invalid('Missing required parameter: marketplaceIds.');
  if (marketplaceIds.length > 1) return invalid('marketplaceIds accepts only one value.');
  for (const id of [q.granularityId, ...marketplaceIds])
    if (!seller.marketplaceIds.includes(id)) return invalid(`Invalid marketplace: ${id}.`);
  if (q.startDateTime !== undefined && Number.isNaN(Date.parse(q.startDateTime)))
    return invalid(`Invalid startDateTime: ${q.startDateTime}.`);

  let query: Omit<InventoryQuery, 'position'> & { position?: [number, string] };
  if (q.nextToken !== undefined) {
    const decoded = decodeToken<InventoryQuery>(q.nextToken);
    if (!decoded || !Array.isArray(decoded.position)) return invalid('Invalid nextToken.');
    if (decoded.startDateTime !== undefined && decoded.startDateTime !== q.startDateTime) {
      return invalid('The startDateTime of the first request must be sent again with nextToken.');
    }
    query = decoded;
  } else {
    const sellerSkus = csv(q.sellerSkus);
    if (sellerSkus && sellerSkus.length > 50) return invalid('sellerSkus accepts at most 50 values.');
    // sellerSkus is ignored when startDateTime is set.
    query = q.startDateTime !== undefined ? { startDateTime: q.startDateTime } : { sellerSkus };
  }

  const keyOf = (s: AmazonInventorySummary): [number, string] => [Date.parse(s.lastUpdatedTime), s.sellerSku];
  const after = (a: [number, string], b: [number, string]): boolean => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  const since = query.startDateTime === undefined ? undefined : Date.parse(query.startDateTime);
  const matching = seller.inventory
    .filter(
      (s) =>
        (since === undefined || Date.parse(s.lastUpdatedTime) >= since) && (!query.sellerSkus || query.sellerSkus.includes(s.sellerSku)),
    )
    .sort((a, b) => (after(keyOf(a), keyOf(b)) ? 1 : after(keyOf(b), keyOf(a)) ? -1 : 0));
  const position = query.position;
  const rest = position ? matching.filter((s) => after(keyOf(s), position)) : matching;
  const page = rest.slice(0, pageSize);
  const last = page[page.length - 1];
  const details = q.details === 'true';
  const summaries = page.map((s) => {
    if (details) return s;
    const { inventoryDetails: _omitted, ...rest } = s;
    return rest;
  });
  const body: Record<string, unknown> = {};
  if (last && rest.length > page.length) body.pagination = { nextToken: encodeToken({ ...query, position: keyOf(last) }) };
  body.payload = { granularity: { granularityType: 'Marketplace', granularityId: q.granularityId }, inventorySummaries: summaries };
  return { body };
}

/** searchCatalogItems: unwrapped `items`, paged by `pagination.nextToken` sent back as `pageToken`. */
export function searchCatalogItems(
  req: FakeRequest,
  seller: AmazonSellerStore,
  catalog: AmazonCatalogItem[],
  sellers: AmazonSellerStore[],
): FakeResponse {
  const q = req.query;
  const marketplaceIds = csv(q.marketplaceIds);
  if (!marketplaceIds) return invalid('Missing required parameter: marketplaceIds.');
  if (marketplaceIds.length > 1) return invalid('marketplaceIds accepts only one value.');
  const identifiers = csv(q.identifiers);
  const keywords = q.keywords?.trim();
  if (identifiers && keywords) return invalid('Cannot specify both identifiers and keywords.');
  if (!identifiers && !keywords) return invalid('Either identifiers or keywords must be specified.');
  const included = csv(q.includedData) ?? ['summaries'];
  const unknown = included.find((d) => !INCLUDED_DATA.has(d));
  if (unknown) return invalid(`Invalid includedData: ${unknown}.`);
  const pageSize = q.pageSize === undefined ? 10 : Number(q.pageSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 20) return invalid('pageSize must be between 1 and 20.');

  let matches: AmazonCatalogItem[];
  let offset = 0;
  if (identifiers) {
    if (identifiers.length > 20) return invalid('identifiers accepts at most 20 values.');
    const type = q.identifiersType;
    if (!type || !IDENTIFIER_TYPES.has(type)) return invalid('identifiersType is required with identifiers.');
    if (type === 'SKU' && !q.sellerId) return invalid('sellerId is required when identifiersType is SKU.');
    const skuOwner = type === 'SKU' ? sellers.find((s) => s.sellerId === q.sellerId) : undefined;
    if (type === 'SKU' && skuOwner !== seller) return invalid(`Invalid sellerId: ${q.sellerId ?? ''}.`);
    matches = catalog.filter((item) => {
      if (type === 'ASIN') return identifiers.includes(item.asin);
      if (type === 'SKU') return seller.listings.some((l) => l['asin1'] === item.asin && identifiers.includes(l['seller-sku']));
      return item.identifiers.some((m) =>
        m.identifiers.some(
          (i) => (i.identifierType === type || (type === 'GTIN' && i.identifierType === 'EAN')) && identifiers.includes(i.identifier),
        ),
      );
    });
  } else {
    const words = (keywords ?? '')
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    const brands = csv(q.brandNames);
    matches = catalog.filter((item) => {
      const summary = item.summaries[0] ?? {};
      const text = `${String(summary.itemName)} ${String(summary.brand)}`.toLowerCase();
      return words.every((w) => text.includes(w)) && (!brands || brands.includes(String(summary.brand)));
    });
    if (q.pageToken !== undefined) {
      const token = decodeToken<{ keywords: string; offset: number }>(q.pageToken);
      if (!token || token.keywords !== keywords || typeof token.offset !== 'number') return invalid('Invalid pageToken.');
      offset = token.offset;
    }
  }

  const page = identifiers ? matches : matches.slice(offset, offset + pageSize);
  const pagination: Record<string, string> = {};
  if (!identifiers && offset + pageSize < matches.length) pagination.nextToken = encodeToken({ keywords, offset: offset + pageSize });
  if (!identifiers && offset > 0) pagination.previousToken = encodeToken({ keywords, offset: Math.max(0, offset - pageSize) });
  const count = <K extends string>(key: (i: AmazonCatalogItem) => string, name: K) =>
    [...new Set(matches.map(key))].map((value) => ({ numberOfResults: matches.filter((i) => key(i) === value).length, [name]: value }));
  const classification = (i: AmazonCatalogItem) =>
    (i.summaries[0]?.browseClassification as { classificationId: string } | undefined)?.classificationId ?? '';
  return {
    body: {
      numberOfResults: matches.length,
      pagination,
      refinements: {
        brands: count((i) => String(i.summaries[0]?.brand), 'brandName'),
        classifications: count(classification, 'classificationId').map((c) => ({
          ...c,
          displayName: (
            matches.find((i) => classification(i) === c.classificationId)?.summaries[0]?.browseClassification as
              { displayName: string } | undefined
          )?.displayName,
        })),
      },
      items: page.map((item) => Object.fromEntries([['asin', item.asin], ...included.filter((d) => d in item).map((d) => [d, item[d]])])),
    },
  };
}
