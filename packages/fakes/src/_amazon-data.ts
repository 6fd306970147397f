/**
 * Deterministic seed data of the Amazon SP-API fake: a catalog shared by all sellers, and per seller
 * its orders (with order items) and FBA inventory summaries. Field names follow the SP-API models
 * (ordersV0, catalogItems 2022-04-01, fbaInventory); amounts are strings as in `Money`.
 */
import { createSeededRandom, type SeededRandom } from './_seeded-random.js';

/** SP-API `Money`: the amount is a decimal string. */
export interface AmazonMoney {
  CurrencyCode: string;
  Amount: string;
}

/** An order as getOrders returns it (ordersV0 `Order`). */
export interface AmazonOrder {
  AmazonOrderId: string;
  PurchaseDate: string;
  LastUpdateDate: string;
  OrderStatus:
    'Pending' | 'Unshipped' | 'PartiallyShipped' | 'Shipped' | 'Canceled' | 'Unfulfillable' | 'InvoiceUnconfirmed' | 'PendingAvailability';
  FulfillmentChannel: 'AFN' | 'MFN';
  MarketplaceId: string;
  /** Left out on canceled orders, as SP-API does. */
  OrderTotal?: AmazonMoney;
  NumberOfItemsShipped: number;
  NumberOfItemsUnshipped: number;
  [field: string]: unknown;
}

/** An order item as getOrderItems returns it (ordersV0 `OrderItem`). */
export interface AmazonOrderItem {
  ASIN: string;
  SellerSKU: string;
  OrderItemId: string;
  Title: string;
  QuantityOrdered: number;
  QuantityShipped: number;
  ItemPrice: AmazonMoney;
  [field: string]: unknown;
}

/** An FBA inventory summary (fbaInventory `InventorySummary`); `inventoryDetails` only with `details=true`. */
export interface AmazonInventorySummary {
  asin: string;
  fnSku: string;
  sellerSku: string;
  condition: string;
  inventoryDetails: Record<string, unknown>;
  lastUpdatedTime: string;
  productName: string;
  totalQuantity: number;
}

/** A catalog item with every `includedData` set (catalogItems 2022-04-01 `Item`). */
export interface AmazonCatalogItem {
  asin: string;
  summaries: Array<Record<string, unknown>>;
  attributes: Record<string, unknown>;
  identifiers: Array<{ marketplaceId: string; identifiers: Array<{ identifierType: string; identifier: string }> }>;
  images: Array<Record<string, unknown>>;
  productTypes: Array<Record<string, unknown>>;
  salesRanks: Array<Record<string, unknown>>;
  [includedData: string]: unknown;
}

/** The marketplace of the fake sellers unless told otherwise (Amazon.com). */
export const US_MARKETPLACE = 'ATVPDKIKX0DER';

/** SP-API timestamps: ISO 8601 UTC without milliseconds. */
export function amazonTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

const money = (cents: number): AmazonMoney => ({ CurrencyCode: 'USD', Amount: (cents / 100).toFixed(2) });
const BRANDS = ['Brennan', 'Parker', 'Swagelok', 'Anderson Metals'] as const;
const NAMES = [
  'Brass Male Connector',
  'Brass 90° Elbow',
  'Straight Union',
  'Hex Nipple',
  'Tee Adapter',
  'Bulkhead Fitting',
  'Reducer Bushing',
  'Swivel Nut',
] as const;
const SIZES = ['1/4 x 1/8', '1/4 x 1/4', '3/8 x 1/4', '1/2 x 3/8'] as const;
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

const code = (rnd: SeededRandom, length: number): string => Array.from({ length }, () => rnd.pick(ALNUM.split(''))).join('');

/** The catalog: `count` items with ASINs, EAN/UPC identifiers, summaries, attributes and ranks. */
export function createAmazonCatalog(seed: number, count = 40, marketplaceId = US_MARKETPLACE): AmazonCatalogItem[] {
  const rnd = createSeededRandom(seed);
  const items: AmazonCatalogItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const asin = `B0${code(rnd, 8)}`;
    const brand = BRANDS[i % BRANDS.length] ?? 'Brennan';
    const itemName = `${brand} ${NAMES[i % NAMES.length] ?? 'Fitting'} ${SIZES[i % SIZES.length] ?? ''} in., Pack of ${1 + (i % 3) * 5}`;
    const upc = String(12_345_600_000 + i * 7).padStart(12, '0');
    const classificationId = String(3_754_161 + (i % 3));
    const classification = ['Pipe Fittings', 'Hydraulic Fittings', 'Compression Fittings'][i % 3] ?? 'Pipe Fittings';
    const priceCents = rnd.int(399, 6999);
    items.push({
      asin,
      summaries: [
        {
          marketplaceId,
          adultProduct: false,
          autographed: false,
          brand,
          browseClassification: { displayName: classification, classificationId },
          itemClassification: 'BASE_PRODUCT',
          itemName,
          manufacturer: brand,
          memorabilia: false,
          modelNumber: `${brand.slice(0, 3).toUpperCase()}-${String(300 + i)}`,
          packageQuantity: 1 + (i % 3) * 5,
          partNumber: `${brand.slice(0, 3).toUpperCase()}-${String(300 + i)}-P`,
          size: SIZES[i % SIZES.length],
          tradeInEligible: false,
          websiteDisplayGroup: 'home_improvement_display_on_website',
          websiteDisplayGroupName: 'Tools & Home Improvement',
        },
      ],
      attributes: {
        item_name: [{ value: itemName, language_tag: 'en_US', marketplace_id: marketplaceId }],
        brand: [{ value: brand, language_tag: 'en_US', marketplace_id: marketplaceId }],
        list_price: [{ value: priceCents / 100, currency: 'USD', marketplace_id: marketplaceId }],
        material: [{ value: 'Brass', language_tag: 'en_US', marketplace_id: marketplaceId }],
      },
      identifiers: [
        {
          marketplaceId,
          identifiers: [
            { identifierType: 'EAN', identifier: `0${upc}` },
            { identifierType: 'UPC', identifier: upc },
          ],
        },
      ],
      images: [
        { marketplaceId, images: [{ variant: 'MAIN', link: `https://m.media-amazon.com/images/I/${asin}.jpg`, height: 500, width: 500 }] },
      ],
      productTypes: [{ marketplaceId, productType: 'PLUMBING_FIXTURE' }],
      salesRanks: [
        {
          marketplaceId,
          classificationRanks: [
            {
              classificationId,
              title: classification,
              link: `http://www.amazon.com/gp/bestsellers/hi/${classificationId}`,
              rank: rnd.int(50, 90_000),
            },
          ],
          displayGroupRanks: [
            {
              websiteDisplayGroup: 'home_improvement_display_on_website',
              title: 'Tools & Home Improvement',
              link: 'http://www.amazon.com/gp/bestsellers/hi',
              rank: rnd.int(10_000, 900_000),
            },
          ],
        },
      ],
    });
  }
  return items;
}

/** What one seller holds. */
export interface AmazonSellerData {
  orders: AmazonOrder[];
  /** Items of each order, by `AmazonOrderId`. */
  orderItems: Map<string, AmazonOrderItem[]>;
  inventory: AmazonInventorySummary[];
}

/**
 * Seeds one seller's orders and FBA inventory over `skuCount` catalog items. Orders are created over
 * the 60 days after `epochMs`; each order's `OrderTotal` is the sum of its items' prices, shipping and tax.
 */
export function createAmazonSellerData(
  seed: number,
  catalog: AmazonCatalogItem[],
  options: { orders?: number; skus?: number; marketplaceId?: string; skuPrefix?: string; epochMs?: number } = {},
): AmazonSellerData {
  const rnd = createSeededRandom(seed);
  const marketplaceId = options.marketplaceId ?? US_MARKETPLACE;
  const epoch = options.epochMs ?? Date.UTC(2024, 3, 1, 12);
  const listings = catalog.slice(0, Math.min(options.skus ?? 30, catalog.length)).map((item, i) => ({
    item,
    sku: `${options.skuPrefix ?? 'BRN'}-${String(100 + i)}-${String(seed % 97).padStart(2, '0')}`,
    priceCents: rnd.int(499, 7999),
    title: String(item.summaries[0]?.itemName ?? item.asin),
  }));

  const inventory: AmazonInventorySummary[] = listings.map(({ item, sku, title }, i) => {
    const fulfillable = rnd.int(0, 250);
    const inbound = [rnd.int(0, 40), rnd.int(0, 20), rnd.int(0, 10)] as const;
    const reserved = [rnd.int(0, 8), rnd.int(0, 4), rnd.int(0, 4)] as const;
    const unfulfillable = rnd.chance(0.2) ? rnd.int(1, 5) : 0;
    const researching = rnd.chance(0.1) ? rnd.int(1, 3) : 0;
    const reservedTotal = reserved[0] + reserved[1] + reserved[2];
    return {
      asin: item.asin,
      fnSku: `X00${code(rnd, 7)}`,
      sellerSku: sku,
      condition: 'NewItem',
      inventoryDetails: {
        fulfillableQuantity: fulfillable,
        inboundWorkingQuantity: inbound[0],
        inboundShippedQuantity: inbound[1],
        inboundReceivingQuantity: inbound[2],
        reservedQuantity: {
          totalReservedQuantity: reservedTotal,
          pendingCustomerOrderQuantity: reserved[0],
          pendingTransshipmentQuantity: reserved[1],
          fcProcessingQuantity: reserved[2],
        },
        researchingQuantity: { totalResearchingQuantity: researching, researchingQuantityBreakdown: [] },
        unfulfillableQuantity: {
          totalUnfulfillableQuantity: unfulfillable,
          customerDamagedQuantity: unfulfillable,
          warehouseDamagedQuantity: 0,
          distributorDamagedQuantity: 0,
          carrierDamagedQuantity: 0,
          defectiveQuantity: 0,
          expiredQuantity: 0,
        },
      },
      lastUpdatedTime: amazonTime(epoch + i * 36 * 3_600_000 + rnd.int(0, 3_599) * 1000),
      productName: title,
      totalQuantity: fulfillable + inbound[0] + inbound[1] + inbound[2] + reservedTotal + unfulfillable + researching,
    };
  });

  const orders: AmazonOrder[] = [];
  const orderItems = new Map<string, AmazonOrderItem[]>();
  const count = options.orders ?? 40;
  for (let i = 0; i < count; i += 1) {
    const id = `${rnd.pick(['111', '112', '113', '114'])}-${String(rnd.int(0, 9_999_999)).padStart(7, '0')}-${String(rnd.int(0, 9_999_999)).padStart(7, '0')}`;
    const purchased = epoch + Math.floor(i * ((60 * 86_400_000) / Math.max(count, 1))) + rnd.int(0, 3_599) * 1000;
    const roll = rnd.next();
    const status: AmazonOrder['OrderStatus'] =
      roll < 0.6 ? 'Shipped' : roll < 0.75 ? 'Unshipped' : roll < 0.85 ? 'Pending' : roll < 0.93 ? 'Canceled' : 'PartiallyShipped';
    const channel = rnd.chance(0.5) ? 'AFN' : 'MFN';
    const lines: AmazonOrderItem[] = [];
    for (let l = rnd.int(1, 3); l > 0 && listings.length > 0; l -= 1) {
      const listing = rnd.pick(listings);
      const quantity = rnd.int(1, 4);
      const shipped = status === 'Shipped' ? quantity : status === 'PartiallyShipped' && lines.length === 0 ? Math.max(1, quantity - 1) : 0;
      const priceCents = listing.priceCents * quantity;
      lines.push({
        ASIN: listing.item.asin,
        SellerSKU: listing.sku,
        OrderItemId: String(rnd.int(10_000_000_000_000, 99_999_999_999_999)),
        Title: listing.title,
        QuantityOrdered: quantity,
        QuantityShipped: shipped,
        ProductInfo: { NumberOfItems: '1' },
        ItemPrice: money(priceCents),
        ShippingPrice: money(channel === 'MFN' ? 499 : 0),
        ItemTax: money(Math.round(priceCents * 0.0725)),
        ShippingTax: money(0),
        PromotionDiscount: money(0),
        PromotionDiscountTax: money(0),
        IsGift: 'false',
        ConditionId: 'New',
        ConditionSubtypeId: 'New',
        IsTransparency: false,
        SerialNumberRequired: false,
      });
    }
    const cents = (m: unknown): number => Math.round(Number((m as AmazonMoney).Amount) * 100);
    const totalCents = lines.reduce((sum, line) => sum + cents(line.ItemPrice) + cents(line.ShippingPrice) + cents(line.ItemTax), 0);
    const shippedCount = lines.reduce((sum, line) => sum + line.QuantityShipped, 0);
    const orderedCount = lines.reduce((sum, line) => sum + line.QuantityOrdered, 0);
    const order: AmazonOrder = {
      AmazonOrderId: id,
      SellerOrderId: id,
      PurchaseDate: amazonTime(purchased),
      LastUpdateDate: amazonTime(purchased + rnd.int(1, 96) * 1_800_000),
      OrderStatus: status,
      FulfillmentChannel: channel,
      SalesChannel: 'Amazon.com',
      ShipServiceLevel: channel === 'AFN' ? 'Expedited' : 'Std US D2D Dom',
      ...(status === 'Canceled' ? {} : { OrderTotal: money(totalCents) }),
      NumberOfItemsShipped: shippedCount,
      NumberOfItemsUnshipped: status === 'Canceled' ? 0 : orderedCount - shippedCount,
      PaymentMethod: 'Other',
      PaymentMethodDetails: ['Standard'],
      MarketplaceId: marketplaceId,
      ShipmentServiceLevelCategory: channel === 'AFN' ? 'Expedited' : 'Standard',
      OrderType: 'StandardOrder',
      EarliestShipDate: amazonTime(purchased + 86_400_000),
      LatestShipDate: amazonTime(purchased + 3 * 86_400_000),
      IsBusinessOrder: rnd.chance(0.15),
      IsPrime: channel === 'AFN' && rnd.chance(0.7),
      IsPremiumOrder: false,
      IsGlobalExpressEnabled: false,
      IsReplacementOrder: 'false',
      IsSoldByAB: false,
      IsISPU: false,
      IsAccessPointOrder: false,
      HasRegulatedItems: false,
      ShippingAddress: {
        StateOrRegion: rnd.pick(['NY', 'CA', 'TX', 'WA']),
        PostalCode: String(rnd.int(10000, 99999)),
        City: rnd.pick(['ALBANY', 'FRESNO', 'AUSTIN', 'SEATTLE']),
        CountryCode: 'US',
      },
    };
    orders.push(order);
    orderItems.set(id, lines);
  }
  return { orders, orderItems, inventory };
}
